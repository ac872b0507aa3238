// name: delete_unused_search_terms
// Delete those of the given search terms that no node links to any more.
// params: words
// result: none
UNWIND $words AS word
MATCH (term:SearchTerm {word: word})
WHERE NOT (term)<-[:HAS_TERM]-()
DELETE term
