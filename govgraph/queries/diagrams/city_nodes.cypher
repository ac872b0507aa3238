// name: city_nodes
// Every node of the given cities: id, label and properties.
// params: cities
// result: many
UNWIND $cities AS wanted
MATCH (n:Entity {city: wanted})
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label,
       properties(n) AS properties
ORDER BY id
