// name: relationships_of
// Every relationship starting or ending at the given nodes: type, direction, the
// relationship's properties, and the other end with its label and properties.
// params: ids
// result: many
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})-[r]-(other:Entity)
RETURN n.id AS id, type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS properties,
       other.id AS other, head([l IN labels(other) WHERE l <> 'Entity']) AS other_label,
       properties(other) AS other_properties
ORDER BY id, type, other
