; PHP if/elseif chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

[(if_statement condition: (parenthesized_expression (_) @condition) body: (_) @body) (else_if_clause condition: (parenthesized_expression (_) @condition) body: (_) @body)] @branch
(if_statement alternative: (else_if_clause) @branch.next) @branch.owner
(if_statement alternative: (else_clause body: (if_statement) @branch.next)) @branch.owner
(if_statement alternative: (else_clause body: [(compound_statement) (expression_statement) (return_statement)] @branch.else)) @branch.owner

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
