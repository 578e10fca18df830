; C# `switch` statements and switch expressions (`x switch { … }`, where the discriminant comes first).

(switch_statement
  "switch" @keyword
  value: [
    (identifier) @subject.name
    (member_access_expression name: (identifier) @subject.name)
    (invocation_expression function: [
      (identifier) @subject.name
      (member_access_expression name: (identifier) @subject.name)
    ])
    (element_access_expression subscript: (bracketed_argument_list . (argument (string_literal (string_literal_content) @subject.name)) .))
    (_)
  ] @subject
  body: (switch_body "}" @close .)) @switch @statement

(switch_expression
  .
  [
    (identifier) @subject.name
    (member_access_expression name: (identifier) @subject.name)
    (invocation_expression function: [
      (identifier) @subject.name
      (member_access_expression name: (identifier) @subject.name)
    ])
    (element_access_expression subscript: (bracketed_argument_list . (argument (string_literal (string_literal_content) @subject.name)) .))
    (_)
  ] @subject
  "switch" @keyword
  "}" @close .) @switch

; A label is the pattern after `case` or before `=>`; `"A" or "B"` nests left, so three levels name each alternative.
(switch_section "case" . [
  (_) @label
  (or_pattern [(constant_pattern) @label (or_pattern [(constant_pattern) @label (or_pattern (constant_pattern) @label)])])
]) @arm
(switch_expression_arm . [
  (_) @label
  (or_pattern [(constant_pattern) @label (or_pattern [(constant_pattern) @label (or_pattern (constant_pattern) @label)])])
]) @arm.rule
(switch_section "default") @default
(switch_expression_arm . [(discard) (declaration_pattern type: (implicit_type)) (var_pattern)]) @default.rule

(constant_pattern (string_literal) @label.string)
(constant_pattern (integer_literal) @label.number)
(constant_pattern [
  (identifier) @label.identifier
  (member_access_expression name: (identifier) @label.identifier)
])
