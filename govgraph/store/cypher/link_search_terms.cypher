// name: link_search_terms
// Link nodes to the search terms of their names (one row per node and word), creating
// the terms that do not exist yet.
// params: rows
// result: none
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MERGE (term:SearchTerm {word: row.word})
CREATE (n)-[:HAS_TERM]->(term)
