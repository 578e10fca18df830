; Go if/else-if chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

(if_statement condition: (_) @condition consequence: (_) @body) @branch
(if_statement alternative: (if_statement) @branch.next) @branch.owner
(if_statement alternative: (block) @branch.else) @branch.owner
