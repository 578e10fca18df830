; Kotlin if/else-if chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

(if_expression condition: (_) @condition . (_) @body) @branch
(if_expression condition: (_) (_) (if_expression) @branch.next .) @branch.owner
(if_expression condition: (_) (_) (block) @branch.else .) @branch.owner
