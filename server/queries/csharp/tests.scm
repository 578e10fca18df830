; C# tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(binary_expression left: (_) @test.left "==" right: (_) @test.right) @test
(invocation_expression
  function: (member_access_expression expression: (_) @test.left name: (identifier) @_equals)
  arguments: (argument_list . (argument (_) @test.right) .)
  (#eq? @_equals "Equals")) @test
(invocation_expression
  function: (member_access_expression expression: (_) @test.subject name: (identifier) @_starts)
  arguments: (argument_list . (argument (_) @test.value) .)
  (#eq? @_starts "StartsWith")) @test.prefix
(is_pattern_expression expression: (_) @test.subject pattern: [(constant_pattern) (or_pattern)] @test.values) @test.in

(binary_expression "||") @or
(binary_expression "&&") @and
