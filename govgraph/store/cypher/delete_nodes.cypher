// name: delete_nodes
// Delete nodes of one label by id, with their relationships.
// params: ids
// template: label
// result: none
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
DETACH DELETE n
