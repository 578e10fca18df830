; JavaScript and TypeScript if/else-if chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

(if_statement condition: (parenthesized_expression (_) @condition) consequence: (_) @body) @branch
(if_statement alternative: (else_clause (if_statement) @branch.next)) @branch.owner
(if_statement alternative: (else_clause [(statement_block) (expression_statement) (return_statement) (throw_statement)] @branch.else)) @branch.owner

(binary_expression left: (_) @test.left ["==" "==="] right: (_) @test.right) @test
(call_expression
  function: (member_expression object: (_) @test.subject property: (property_identifier) @_starts)
  arguments: (arguments . (_) @test.value .)
  (#eq? @_starts "startsWith")) @test.prefix
(call_expression
  function: (member_expression object: (array) @test.values property: (property_identifier) @_includes)
  arguments: (arguments . (_) @test.subject .)
  (#eq? @_includes "includes")) @test.in

(binary_expression "||") @or
(binary_expression "&&") @and
