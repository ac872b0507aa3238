// name: delete_everything
// Delete every node and relationship in the database (tests and benchmarks).
// params:
// scan: empties the whole store (tests and benchmarks only)
// result: none
MATCH (n)
DETACH DELETE n
