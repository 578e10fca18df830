; Go expression `switch` with a tag. Tagless switches test conditions and type switches test types, so neither is taken.

(expression_switch_statement
  "switch" @keyword
  value: [
    (identifier) @subject.name
    (selector_expression field: (field_identifier) @subject.name)
    (index_expression index: (interpreted_string_literal (interpreted_string_literal_content) @subject.name))
    (call_expression function: [
      (identifier) @subject.name
      (selector_expression field: (field_identifier) @subject.name)
    ])
    (_)
  ] @subject
  "}" @close .) @switch @statement

(expression_case value: (expression_list (_) @label)) @arm
(default_case) @default

(expression_case value: (expression_list [(interpreted_string_literal) (raw_string_literal)] @label.string))
(expression_case value: (expression_list (int_literal) @label.number))
(expression_case value: (expression_list [
  (identifier) @label.identifier
  (selector_expression field: (field_identifier) @label.identifier)
]))

; Dispatch maps: a map literal indexed by the subject, `map[string]func(){"S": onPaid}[status]`.
(index_expression operand: (composite_literal type: (map_type) body: (literal_value "{" @keyword)) index: (_) @subject) @switch @map
(index_expression operand: (composite_literal type: (map_type) body: (literal_value (keyed_element key: (literal_element (_) @label)) @arm.rule)))
(keyed_element key: (literal_element [(interpreted_string_literal) (raw_string_literal)] @label.string))
(keyed_element key: (literal_element (int_literal) @label.number))
