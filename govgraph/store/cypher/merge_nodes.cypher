// name: merge_nodes
// Merge a batch of nodes of one label by id and replace all their properties.
// params: rows
// template: label
// result: none
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n = row.props
