; PHP `switch` statements and `match` expressions.

; Both constructs: a wildcard parent owning the keyword keeps the discriminant patterns in one place.
(_
  ["switch" "match"] @keyword
  condition: (parenthesized_expression
    [
      (variable_name (name) @subject.name)
      (member_access_expression name: (name) @subject.name)
      (member_call_expression name: (name) @subject.name)
      (function_call_expression function: (name) @subject.name)
      (subscript_expression [(string (string_content) @subject.name) (encapsed_string (string_content) @subject.name)])
      (_)
    ] @subject)
  body: (_ "}" @close .)) @switch

(switch_statement) @statement

(case_statement value: (_) @label) @arm
(default_statement) @default
(match_conditional_expression conditional_expressions: (match_condition_list (_) @label)) @arm.rule
(match_default_expression) @default.rule

(case_statement value: [(string) (encapsed_string)] @label.string)
(case_statement value: (integer) @label.number)
(case_statement value: [
  (name) @label.identifier
  (class_constant_access_expression (name) @label.identifier .)
])
(match_condition_list [(string) (encapsed_string)] @label.string)
(match_condition_list (integer) @label.number)
(match_condition_list [
  (name) @label.identifier
  (class_constant_access_expression (name) @label.identifier .)
])

; Dispatch maps: an array literal indexed by the subject, `['S' => $onPaid, 'F' => $onFailed][$status]`.
(subscript_expression . (array_creation_expression "[" @keyword) . (_) @subject) @switch @map
(subscript_expression . (array_creation_expression (array_element_initializer . (_) @label . "=>") @arm.rule))
(array_element_initializer . [(string) (encapsed_string)] @label.string . "=>")
(array_element_initializer . (integer) @label.number . "=>")
