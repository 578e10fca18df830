; `const` specs, alone or in a block, that give one name one value.

(const_spec
  name: (identifier) @constant.name
  value: (expression_list .
    [
      (interpreted_string_literal) @constant.string
      (raw_string_literal) @constant.string
      (int_literal) @constant.number
      (_)
    ] .)) @constant.definition
