// name: ensure_search_term_word
// Create the uniqueness constraint (and its index) on the word of the search terms.
// params:
// result: none
CREATE CONSTRAINT SearchTerm_word IF NOT EXISTS FOR (t:SearchTerm) REQUIRE t.word IS UNIQUE
