// name: unlabelled_nodes
// The nodes of one label written before the common Entity label existed (format 1),
// with their properties, to be written again in the current format.
// params:
// template: label
// scan: one label, once, when a store of format 1 is upgraded
// result: many
MATCH (n:{{label}})
WHERE NOT n:Entity
RETURN n.id AS id, properties(n) AS properties
