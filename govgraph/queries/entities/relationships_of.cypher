// name: relationships_of
// Every relationship starting or ending at the given nodes: type, direction, the
// relationship's properties, and the other end with its label and properties.
// params: ids
// result: many
UNWIND $ids AS wanted
MATCH (n)-[r]-(other)
WHERE n.id = wanted
RETURN n.id AS id, type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS properties,
       other.id AS other, labels(other)[0] AS other_label, properties(other) AS other_properties
ORDER BY id, type, other
