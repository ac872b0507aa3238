// name: count_nodes_by_label
// Number of nodes per label, for one city or (city null) the whole store.
// params: city
// result: many
MATCH (n)
WHERE $city IS NULL OR n.city = $city
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
