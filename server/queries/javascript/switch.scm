; JavaScript, TypeScript, JSX and TSX `switch`; the grammars share these node names.

(switch_statement
  "switch" @keyword
  value: (parenthesized_expression
    [
      (identifier) @subject.name
      (member_expression property: (property_identifier) @subject.name)
      (subscript_expression index: (string (string_fragment) @subject.name))
      (call_expression function: [
        (identifier) @subject.name
        (member_expression property: (property_identifier) @subject.name)
      ])
      (_)
    ] @subject)
  body: (switch_body "}" @close .)) @switch @statement

(switch_case value: (_) @label) @arm
(switch_default) @default

(switch_case value: [(string) (template_string)] @label.string)
(switch_case value: (number) @label.number)
(switch_case value: [
  (identifier) @label.identifier
  (member_expression property: (property_identifier) @label.identifier)
])

; Dispatch maps: an object literal indexed by the subject, `({ S: onPaid, F: onFailed })[status]`.
(subscript_expression object: (parenthesized_expression (object "{" @keyword)) index: (_) @subject) @switch @map
(subscript_expression object: (parenthesized_expression (object (pair key: (_) @label) @arm.rule)))
(pair key: (string) @label.string)
(pair key: (number) @label.number)
(pair key: (property_identifier) @label.key)
