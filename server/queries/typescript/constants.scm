; TypeScript adds enum members and `static readonly` fields to the JavaScript constants.

(enum_assignment
  name: (property_identifier) @constant.name
  value: [
    (string) @constant.string
    (number) @constant.number
    (_)
  ]) @constant.definition

(public_field_definition
  "static"
  "readonly"
  name: (property_identifier) @constant.name
  value: [
    (string) @constant.string
    (number) @constant.number
    (_)
  ]) @constant.definition
