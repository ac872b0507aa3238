// name: entities
// The nodes with the given ids: label and all properties. Unknown ids give no row.
// params: ids
// result: many
UNWIND $ids AS wanted
MATCH (n)
WHERE n.id = wanted
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS properties
