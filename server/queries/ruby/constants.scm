; Assignments to constants, at any level.

(assignment
  left: (constant) @constant.name
  right: [
    (string) @constant.string
    (integer) @constant.number
    (_)
  ]) @constant.definition
