// name: ensure_unique_id
// Create the uniqueness constraint (and its index) on the id of one label.
// params:
// template: label
// result: none
CREATE CONSTRAINT {{label}}_id IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
