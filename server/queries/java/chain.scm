; Java if/else-if chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

(if_statement condition: (parenthesized_expression (_) @condition) consequence: (_) @body) @branch
(if_statement alternative: (if_statement) @branch.next) @branch.owner
(if_statement alternative: [(block) (expression_statement) (return_statement) (throw_statement)] @branch.else) @branch.owner
