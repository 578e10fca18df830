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

; Enum constants stand for their own names: `case PAYMENT_IN_PROCESS:` over an enum whose constants are codes.
(enum_declaration
  name: (identifier) @constant.enum
  body: (enum_body (enum_constant name: (identifier) @constant.name))) @constant.definition
