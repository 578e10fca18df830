; `static final` fields, final locals and interface constants, with their literal value when they have one.

(_
  (modifiers "final")
  declarator: (variable_declarator
    name: (identifier) @constant.name
    value: [
      (string_literal) @constant.string
      (decimal_integer_literal) @constant.number
      (hex_integer_literal) @constant.number
      (_)
    ])) @constant.definition

(constant_declaration
  declarator: (variable_declarator
    name: (identifier) @constant.name
    value: [
      (string_literal) @constant.string
      (decimal_integer_literal) @constant.number
      (hex_integer_literal) @constant.number
      (_)
    ])) @constant.definition
