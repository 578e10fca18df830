; Ruby `case … when` with a value. `case … in` (pattern matching) and value-less `case` are left out.

(case
  "case" @keyword
  value: [
    (identifier) @subject.name
    (instance_variable) @subject.name
    (call method: (identifier) @subject.name)
    (element_reference . (_) . [(simple_symbol) @subject.name (string (string_content) @subject.name)] .)
    (_)
  ] @subject
  "end" @close .) @switch

(when pattern: (pattern (_) @label)) @arm
(case (else) @default)

(pattern (string) @label.string)
(pattern (integer) @label.number)
(pattern [
  (constant) @label.identifier
  (scope_resolution name: (constant) @label.identifier)
])

; Dispatch maps: a hash literal indexed by the subject, `{ 'S' => method(:paid) }[status]`.
(element_reference object: (hash "{" @keyword) . (_) @subject .) @switch @map
(element_reference object: (hash (pair key: (_) @label) @arm.rule))
(pair key: (string) @label.string)
(pair key: (integer) @label.number)
