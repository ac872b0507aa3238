// name: count_all_nodes_by_label
// Number of nodes of the model per label, in the whole store.
// params:
// scan: counts the whole store (govgraph db info, govgraph load)
// result: many
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label
