; PHP if/elseif chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

[(if_statement condition: (parenthesized_expression (_) @condition) body: (_) @body) (else_if_clause condition: (parenthesized_expression (_) @condition) body: (_) @body)] @branch
(if_statement alternative: (else_if_clause) @branch.next) @branch.owner
(if_statement alternative: (else_clause body: (if_statement) @branch.next)) @branch.owner
(if_statement alternative: (else_clause body: [(compound_statement) (expression_statement) (return_statement)] @branch.else)) @branch.owner
