// name: delete_everything
// Delete every node and relationship in the database (tests and benchmarks).
// params:
// result: none
MATCH (n)
DETACH DELETE n
