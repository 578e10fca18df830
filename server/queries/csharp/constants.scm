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
