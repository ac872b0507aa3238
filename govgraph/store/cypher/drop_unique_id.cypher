// name: drop_unique_id
// Drop the uniqueness constraint on the id of one label (while a store of format 1 is
// upgraded; see govgraph.store.migration).
// params:
// template: label
// result: none
DROP CONSTRAINT {{label}}_id IF EXISTS
