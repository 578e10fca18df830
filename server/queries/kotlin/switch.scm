; Kotlin `when` with a subject. A `when` without one tests conditions, not codes, so it is left out.

(when_expression
  "when" @keyword
  (when_subject
    [
      (identifier) @subject.name
      (navigation_expression (identifier) @subject.name .)
      (call_expression (navigation_expression (identifier) @subject.name .))
      (call_expression . (identifier) @subject.name)
      (index_expression (string_literal (string_content) @subject.name) .)
      (_)
    ] @subject .)
  "}" @close .) @switch

(when_entry condition: (_) @label) @arm.rule
(when_entry "else") @default.rule

; This grammar reads `$name` and `\uXXXX` inside strings as plain text, so such labels are not taken as literals.
((when_entry condition: (string_literal) @label.string)
  (#not-match? @label.string "[^\\\\]([$][A-Za-z_{]|\\\\u)"))
(when_entry condition: (number_literal) @label.number)
(when_entry condition: [
  (identifier) @label.identifier
  (navigation_expression (identifier) @label.identifier .)
])
