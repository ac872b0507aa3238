// name: create_nodes
// Create a batch of nodes of one label (with the common Entity label) that the store
// does not hold yet.
// params: rows
// template: label
// result: none
UNWIND $rows AS row
CREATE (n:{{label}}:Entity)
SET n = row.props
