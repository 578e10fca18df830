; Python if/elif chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

[(if_statement condition: (_) @condition consequence: (_) @body) (elif_clause condition: (_) @condition consequence: (_) @body)] @branch
(if_statement alternative: (elif_clause) @branch.next) @branch.owner
(if_statement alternative: (else_clause body: (_) @branch.else)) @branch.owner
