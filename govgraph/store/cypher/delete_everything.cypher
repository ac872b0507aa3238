// name: delete_everything
// Delete up to `limit` nodes of the database with their relationships; the number deleted
// (run until it is 0 to empty the store: tests and benchmarks).
// params: limit
// scan: empties the whole store (tests and benchmarks only)
// result: many
MATCH (n)
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
