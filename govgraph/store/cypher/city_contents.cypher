// name: city_contents
// Every node of a city with its label, and every relationship of the city with its
// type, key and start node; read inside a replacement to find what has gone stale.
// params: city
// result: many
MATCH (n)
WHERE n.city = $city
OPTIONAL MATCH (n)-[r]->()
WHERE r.city = $city
RETURN labels(n)[0] AS label, n.id AS id, type(r) AS type, r.key AS key
