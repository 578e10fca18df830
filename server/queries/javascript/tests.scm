; JavaScript and TypeScript tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

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
