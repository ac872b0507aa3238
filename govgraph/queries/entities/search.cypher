// name: search
// Nodes of any city whose name, short name or an alias contains the folded text (see
// govgraph.graphmodel.search.fold), optionally of some kinds. `word` is the text's
// longest word: the search terms containing it lead to every candidate.
// params: text, word, kinds, first, offset
// result: many
MATCH (term:SearchTerm)
WHERE term.word CONTAINS $word
MATCH (term)<-[:HAS_TERM]-(n:Entity)
WITH DISTINCT n
WHERE n.search_key CONTAINS $text AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n
ORDER BY n.city, toLower(n.name), n.id
SKIP $offset LIMIT $first
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label,
       properties(n) AS properties
