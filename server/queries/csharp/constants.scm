; `const` fields and locals.

(_
  (modifier "const")
  (variable_declaration
    (variable_declarator
      name: (identifier) @constant.name
      [
        (string_literal) @constant.string
        (integer_literal) @constant.number
        (_)
      ] .))) @constant.definition

; Enum members stand for their own names: `PayResult.PAYMENT_IN_PROCESS` over an enum whose members are codes.
(enum_declaration
  name: (identifier) @constant.enum
  body: (enum_member_declaration_list (enum_member_declaration name: (identifier) @constant.name))) @constant.definition
