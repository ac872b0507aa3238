// name: link_search_terms
// Link nodes to the search terms of their names (one row per word with the ids of the
// nodes to link), creating the terms that do not exist yet.
// params: rows
// result: none
UNWIND $rows AS row
MERGE (term:SearchTerm {word: row.word})
WITH term, row
UNWIND row.ids AS id
MATCH (n:Entity {id: id})
CREATE (n)-[:HAS_TERM]->(term)
