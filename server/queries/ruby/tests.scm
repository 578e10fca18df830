; Ruby tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(binary left: (_) @test.left "==" right: (_) @test.right) @test
(call
  receiver: (_) @test.subject
  method: (identifier) @_starts
  arguments: (argument_list . (_) @test.value .)
  (#eq? @_starts "start_with?")) @test.prefix
(call
  receiver: [(array) (string_array)] @test.values
  method: (identifier) @_include
  arguments: (argument_list . (_) @test.subject .)
  (#eq? @_include "include?")) @test.in

(binary ["||" "or"]) @or
(binary ["&&" "and"]) @and
