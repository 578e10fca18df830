; Python tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(comparison_operator . (_) @test.left . "==" . (_) @test.right .) @test
(comparison_operator . (_) @test.subject . "in" . [(tuple) (list) (set)] @test.values .) @test.in
(call
  function: (attribute object: (_) @test.subject attribute: (identifier) @_starts)
  arguments: (argument_list . (_) @test.value .)
  (#eq? @_starts "startswith")) @test.prefix

(boolean_operator "or") @or
(boolean_operator "and") @and
