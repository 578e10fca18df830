; Module-level and class-level assignments of a literal to a single name.

(module (expression_statement (assignment
  left: (identifier) @constant.name
  right: [
    (string) @constant.string
    (integer) @constant.number
    (_)
  ]) @constant.definition))

(class_definition body: (block (expression_statement (assignment
  left: (identifier) @constant.name
  right: [
    (string) @constant.string
    (integer) @constant.number
    (_)
  ]) @constant.definition)))
