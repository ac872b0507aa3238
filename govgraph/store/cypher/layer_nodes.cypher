// name: layer_nodes
// Every node of one layer of a city (nodes written before layers existed count as
// curated); read inside a replacement to find the nodes that have gone stale.
// params: city, layer
// result: many
MATCH (n)
WHERE n.city = $city AND coalesce(n.layer, 'curated') = $layer
RETURN labels(n)[0] AS label, n.id AS id
