; PHP tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(binary_expression left: (_) @test.left ["==" "==="] right: (_) @test.right) @test
(function_call_expression
  function: (name) @_starts
  arguments: (arguments . (argument (_) @test.subject) . (argument (_) @test.value) .)
  (#eq? @_starts "str_starts_with")) @test.prefix
(function_call_expression
  function: (name) @_in
  arguments: (arguments . (argument (_) @test.subject) . (argument (array_creation_expression) @test.values))
  (#eq? @_in "in_array")) @test.in

(binary_expression ["||" "or"]) @or
(binary_expression ["&&" "and"]) @and
