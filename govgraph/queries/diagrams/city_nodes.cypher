// name: city_nodes
// Every node of the given cities: id, label and properties.
// params: cities
// result: many
MATCH (n)
WHERE n.city IN $cities
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS properties
ORDER BY id
