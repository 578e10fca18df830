; Java tests in a branch's condition, queried within each condition the chain query captured.
; Captures: see the header of server/src/syntax/chainCaptures.ts.

(binary_expression left: (_) @test.left "==" right: (_) @test.right) @test
(method_invocation
  object: (_) @test.left
  name: (identifier) @_equals
  arguments: (argument_list . (_) @test.right .)
  (#any-of? @_equals "equals" "equalsIgnoreCase")) @test
(method_invocation
  object: (identifier) @_objects
  name: (identifier) @_equals
  arguments: (argument_list . (_) @test.left . (_) @test.right .)
  (#eq? @_objects "Objects") (#eq? @_equals "equals")) @test
(method_invocation
  object: (_) @test.subject
  name: (identifier) @_starts
  arguments: (argument_list . (_) @test.value .)
  (#eq? @_starts "startsWith")) @test.prefix
(method_invocation
  object: (method_invocation name: (identifier) @_of arguments: (argument_list) @test.values)
  name: (identifier) @_contains
  arguments: (argument_list . (_) @test.subject .)
  (#any-of? @_of "of" "asList") (#eq? @_contains "contains")) @test.in

(binary_expression "||") @or
(binary_expression "&&") @and
