// name: update_nodes
// Replace all properties of a batch of stored nodes of one label, found by id.
// params: rows
// template: label
// result: none
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.id})
SET n = row.props
