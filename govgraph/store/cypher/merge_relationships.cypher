// name: merge_relationships
// Merge a batch of relationships of one type between nodes of two labels, by key,
// and replace all their properties.
// params: rows
// template: type, from_label, to_label
// result: none
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.source})
MATCH (b:{{to_label}} {id: row.target})
MERGE (a)-[r:{{type}} {key: row.key}]->(b)
SET r = row.props
