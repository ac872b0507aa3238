// name: search_in_city
// Nodes of one city whose name, short name or an alias contains the folded text (see
// govgraph.graphmodel.search.fold), optionally of some kinds.
// params: text, city, kinds, first, offset
// result: many
MATCH (n:Entity {city: $city})
WHERE n.search_key CONTAINS $text AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n
ORDER BY toLower(n.name), n.id
SKIP $offset LIMIT $first
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label,
       properties(n) AS properties
