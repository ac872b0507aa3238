// name: relationships_of
// Every relationship starting or ending at a node: type, direction, the other end and
// the relationship's properties.
// params: id
// result: many
MATCH (n)-[r]-(other)
WHERE n.id = $id
RETURN type(r) AS type, startNode(r) = n AS outgoing, other.id AS other,
       properties(r) AS properties
ORDER BY type, other
