; `const` declarations.

(lexical_declaration
  kind: "const"
  (variable_declarator
    name: (identifier) @constant.name
    value: [
      (string) @constant.string
      (number) @constant.number
      (_)
    ])) @constant.definition
