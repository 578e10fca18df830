; Python `match` (3.10+). It has no closing token: cases are inserted after the last arm when nothing catches all.

(match_statement
  "match" @keyword
  subject: [
    (identifier) @subject.name
    (attribute attribute: (identifier) @subject.name)
    (subscript subscript: (string (string_content) @subject.name))
    (call function: [
      (identifier) @subject.name
      (attribute attribute: (identifier) @subject.name)
    ])
    (_)
  ] @subject) @switch @statement

; `resp.get("resultCode")` names the discriminant after its key.
(match_statement
  subject: (call
    function: (attribute attribute: (identifier) @_get)
    arguments: (argument_list . (string (string_content) @subject.name) .))
  (#eq? @_get "get")) @switch

(case_clause (case_pattern [(string) (integer) (dotted_name (identifier) (identifier))] @label)) @arm
(case_clause (case_pattern (union_pattern (_) @label))) @arm

; `case _:` and a bare name both match anything, and nothing may follow them.
(case_clause (case_pattern "_") !guard) @default
(case_clause (case_pattern (dotted_name . (identifier) .)) !guard) @default

(case_pattern (string) @label.string)
(union_pattern (string) @label.string)
(case_pattern (integer) @label.number)
(union_pattern (integer) @label.number)
(case_pattern (dotted_name (identifier) @label.identifier .))
(union_pattern (dotted_name (identifier) @label.identifier .))

; Dispatch maps: a dict literal indexed by the subject, `{"S": on_paid, "F": on_failed}[status]` or `.get(status, …)`.
(subscript value: (dictionary "{" @keyword) subscript: (_) @subject) @switch @map
(call
  function: (attribute object: (dictionary "{" @keyword) attribute: (identifier) @_get)
  arguments: (argument_list . (_) @subject)
  (#eq? @_get "get")) @switch @map
(subscript value: (dictionary (pair key: (_) @label) @arm.rule))
(call function: (attribute object: (dictionary (pair key: (_) @label) @arm.rule)))
(pair key: (string) @label.string)
(pair key: (integer) @label.number)
