// name: nodes_by_id
// The label, city and layer of the nodes with the given ids, to check inside a
// replacement that it writes only its own nodes and links only to nodes that exist.
// params: ids
// result: many
MATCH (n)
WHERE n.id IN $ids
RETURN labels(n)[0] AS label, n.id AS id, n.city AS city, coalesce(n.layer, 'curated') AS layer
