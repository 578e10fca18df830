; Go tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(binary_expression left: (_) @test.left "==" right: (_) @test.right) @test
(call_expression
  function: (selector_expression operand: (identifier) @_strings field: (field_identifier) @_prefix)
  arguments: (argument_list . (_) @test.subject . (_) @test.value .)
  (#eq? @_strings "strings") (#eq? @_prefix "HasPrefix")) @test.prefix
(call_expression
  function: (selector_expression operand: (identifier) @_slices field: (field_identifier) @_contains)
  arguments: (argument_list . (composite_literal body: (literal_value) @test.values) . (_) @test.subject .)
  (#eq? @_slices "slices") (#eq? @_contains "Contains")) @test.in

(binary_expression "||") @or
(binary_expression "&&") @and
