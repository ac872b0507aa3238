// name: count_all_relationships_by_type
// Number of relationships of the model per type, in the whole store.
// params:
// scan: counts the whole store (govgraph db info, govgraph load)
// result: many
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
