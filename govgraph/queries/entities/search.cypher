// name: search
// Nodes of any city whose name, short name or an alias contains the folded text (see
// govgraph.graphmodel.search.fold), optionally of some kinds. `word` is the text's
// longest word: the search terms containing it lead to every candidate. The window is
// chosen on the sort keys alone, then its nodes are read.
// params: text, word, kinds, first, offset
// result: many
MATCH (term:SearchTerm)
WHERE term.word CONTAINS $word
MATCH (term)<-[:HAS_TERM]-(n:Entity)
WHERE n.search_key CONTAINS $text AND ($kinds IS NULL OR n.kind IN $kinds)
WITH DISTINCT n.city AS city, toLower(n.name) AS name, n.id AS id
ORDER BY city, name, id
SKIP $offset LIMIT $first
MATCH (n:Entity {id: id})
RETURN id, head([l IN labels(n) WHERE l <> 'Entity']) AS label, properties(n) AS properties
ORDER BY city, name, id
