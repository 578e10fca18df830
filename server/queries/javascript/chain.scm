; JavaScript and TypeScript if/else-if chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

(if_statement condition: (parenthesized_expression (_) @condition) consequence: (_) @body) @branch
(if_statement alternative: (else_clause (if_statement) @branch.next)) @branch.owner
(if_statement alternative: (else_clause [(statement_block) (expression_statement) (return_statement) (throw_statement)] @branch.else)) @branch.owner
