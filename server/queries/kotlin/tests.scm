; Kotlin tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(binary_expression left: (_) @test.left "==" right: (_) @test.right) @test
(call_expression
  (navigation_expression (_) @test.left (identifier) @_equals .)
  (value_arguments . (value_argument (_) @test.right) .)
  (#eq? @_equals "equals")) @test
(call_expression
  (navigation_expression (_) @test.subject (identifier) @_starts .)
  (value_arguments . (value_argument (_) @test.value) .)
  (#eq? @_starts "startsWith")) @test.prefix
(in_expression left: (_) @test.subject right: (call_expression (identifier) @_of (value_arguments) @test.values)
  (#any-of? @_of "listOf" "setOf" "arrayOf")) @test.in

(binary_expression "||") @or
(binary_expression "&&") @and
