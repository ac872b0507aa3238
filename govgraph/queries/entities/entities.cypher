// name: entities
// The nodes with the given ids: label and all properties. Unknown ids give no row.
// params: ids
// result: many
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label,
       properties(n) AS properties
