// name: unindexed_search_keys
// The ids and search keys of the nodes of one label not yet linked to their search terms
// (upgrading a version 1 store).
// params:
// template: label
// scan: one label, once, when a store written before version 2 is upgraded
// result: many
MATCH (n:{{label}})
WHERE n.search_key IS NOT NULL AND NOT (n)-[:HAS_TERM]->(:SearchTerm)
RETURN n.id AS id, n.search_key AS search_key
