; `const val` at top level, in objects and companion objects.

(property_declaration
  (modifiers (property_modifier "const"))
  (variable_declaration (identifier) @constant.name)) @constant.definition

; This grammar reads `$name` and `\uXXXX` inside strings as plain text, so such values are not taken as literals.
((property_declaration
  (modifiers (property_modifier "const"))
  (variable_declaration (identifier) @constant.name)
  (string_literal) @constant.string .) @constant.definition
  (#not-match? @constant.string "[^\\\\]([$][A-Za-z_{]|\\\\u)"))

(property_declaration
  (modifiers (property_modifier "const"))
  (variable_declaration (identifier) @constant.name)
  (number_literal) @constant.number .) @constant.definition

; Enum entries stand for their own names: `PayResult.PAYMENT_IN_PROCESS` over an enum whose entries are codes.
(class_declaration
  name: (identifier) @constant.enum
  (enum_class_body (enum_entry (identifier) @constant.name))) @constant.definition
