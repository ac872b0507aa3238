// name: delete_unlabelled_nodes
// Delete the format 1 nodes of one label with their relationships (they have been read,
// and are written again in the current format in the same transaction).
// params:
// template: label
// scan: one label, once, when a store of format 1 is upgraded
// result: none
MATCH (n:{{label}})
WHERE NOT n:Entity
DETACH DELETE n
