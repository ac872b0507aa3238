// name: delete_relationships
// Delete relationships of one type by key, found from their start nodes.
// params: rows
// template: type, from_label
// result: none
UNWIND $rows AS row
MATCH (:{{from_label}} {id: row.source})-[r:{{type}} {key: row.key}]->()
DELETE r
