// name: city_relationships
// Every relationship of the given cities: its ends, type and properties.
// params: cities
// result: many
MATCH (a)-[r]->(b)
WHERE r.city IN $cities
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
ORDER BY source, type, target
