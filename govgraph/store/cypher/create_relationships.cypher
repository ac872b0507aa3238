// name: create_relationships
// Create a batch of relationships of one type between nodes of two labels, at least one
// end of each created in the same replacement (so it cannot exist yet).
// params: rows
// template: type, from_label, to_label
// result: none
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.source})
MATCH (b:{{to_label}} {id: row.target})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.props
