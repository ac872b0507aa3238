// name: layer_relationships
// Every relationship of one layer of a city with its type, key and start node, wherever
// that node belongs; read inside a replacement to find what has gone stale.
// params: city, layer
// result: many
MATCH (a)-[r]->()
WHERE r.city = $city AND coalesce(r.layer, 'curated') = $layer
RETURN labels(a)[0] AS label, a.id AS id, type(r) AS type, r.key AS key
