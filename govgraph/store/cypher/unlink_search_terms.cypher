// name: unlink_search_terms
// Remove the links of the given nodes to their search terms (before they get new ones).
// params: ids
// result: none
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[link:HAS_TERM]->(:SearchTerm)
DELETE link
