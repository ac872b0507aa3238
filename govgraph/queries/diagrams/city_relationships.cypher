// name: city_relationships
// Every relationship of the given cities (found from their nodes: a relationship starts
// at a node of its own city): its ends, type and properties.
// params: cities
// result: many
UNWIND $cities AS wanted
MATCH (a:Entity {city: wanted})-[r]->(b:Entity)
WHERE r.city = wanted
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
ORDER BY source, type, target
