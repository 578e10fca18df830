; Global, class and interface constants, and backed enum cases.

(const_element
  (name) @constant.name
  [
    (string) @constant.string
    (encapsed_string) @constant.string
    (integer) @constant.number
    (_)
  ] .) @constant.definition

(enum_case
  name: (name) @constant.name
  value: [
    (string) @constant.string
    (encapsed_string) @constant.string
    (integer) @constant.number
    (_)
  ]) @constant.definition
