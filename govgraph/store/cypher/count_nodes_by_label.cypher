// name: count_nodes_by_label
// Number of nodes of one city per label.
// params: city
// result: many
MATCH (n:Entity {city: $city})
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label
