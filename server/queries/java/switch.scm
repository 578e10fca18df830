; Java `switch` statements and expressions: both are `switch_expression` nodes in this grammar.

(switch_expression
  "switch" @keyword
  condition: (parenthesized_expression
    [
      (identifier) @subject.name
      (field_access field: (identifier) @subject.name)
      (method_invocation name: (identifier) @subject.name)
      (_)
    ] @subject)
  body: (switch_block "}" @close .)) @switch

; Where a switch stands as a statement its arms may `break` instead of producing a value.
(block (switch_expression) @statement)
(switch_block_statement_group (switch_expression) @statement)
(labeled_statement (switch_expression) @statement)

(switch_block_statement_group (switch_label "case" (_) @label)) @arm
(switch_rule (switch_label "case" (_) @label)) @arm.rule
(switch_block_statement_group (switch_label "default")) @default
(switch_rule (switch_label "default")) @default.rule

(switch_label (string_literal) @label.string)
(switch_label [(decimal_integer_literal) (hex_integer_literal)] @label.number)
(switch_label [
  (identifier) @label.identifier
  (field_access field: (identifier) @label.identifier)
])
