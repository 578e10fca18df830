; Python if/elif chains. Captures: see the header of server/src/syntax/chainCaptures.ts.

[(if_statement condition: (_) @condition consequence: (_) @body) (elif_clause condition: (_) @condition consequence: (_) @body)] @branch
(if_statement alternative: (elif_clause) @branch.next) @branch.owner
(if_statement alternative: (else_clause body: (_) @branch.else)) @branch.owner

(comparison_operator . (_) @test.left . "==" . (_) @test.right .) @test
(comparison_operator . (_) @test.subject . "in" . [(tuple) (list) (set)] @test.values .) @test.in
(call
  function: (attribute object: (_) @test.subject attribute: (identifier) @_starts)
  arguments: (argument_list . (_) @test.value .)
  (#eq? @_starts "startswith")) @test.prefix

(boolean_operator "or") @or
(boolean_operator "and") @and
