// name: delete_all_relationships
// Delete up to `limit` relationships of the database; the number deleted (run until it is
// 0 before `delete_everything`, so no transaction detaches a node with many relationships,
// such as a common search term, in one go).
// params: limit
// scan: empties the whole store (tests and benchmarks only)
// result: many
MATCH ()-[r]->()
WITH r
LIMIT $limit
DELETE r
RETURN count(*) AS deleted
