; Ruby if/elsif chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

[(if condition: (_) @condition consequence: (_)? @body) (elsif condition: (_) @condition consequence: (_)? @body)] @branch
(if alternative: (elsif) @branch.next) @branch.owner
(elsif alternative: (elsif) @branch.next) @branch.owner
(if alternative: (else) @branch.else) @branch.owner
(elsif alternative: (else) @branch.else) @branch.owner
