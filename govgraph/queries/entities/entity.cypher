// name: entity
// One node by id: its label and all its properties.
// params: id
// result: one
MATCH (n)
WHERE n.id = $id
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS properties
