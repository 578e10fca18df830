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
