// name: search
// Nodes whose name, short name or an alias contains the folded text (see
// govgraph.graphmodel.search.fold), optionally within one city and some kinds.
// params: text, city, kinds, first, offset
// result: many
MATCH (n)
WHERE n.search_key CONTAINS $text
  AND ($city IS NULL OR n.city = $city)
  AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS properties
ORDER BY n.city, toLower(n.name), id
SKIP $offset LIMIT $first
