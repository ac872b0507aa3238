// name: unlabelled_relationships
// The relationships at nodes of one label written before the common Entity label existed
// (format 1), in either direction, with both ends' labels and ids.
// params:
// template: label
// scan: one label, once, when a store of format 1 is upgraded
// result: many
MATCH (n:{{label}})-[r]-()
WHERE NOT n:Entity
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN a.id AS source, head([l IN labels(a) WHERE l <> 'Entity']) AS source_label,
       b.id AS target, head([l IN labels(b) WHERE l <> 'Entity']) AS target_label,
       type(r) AS type, properties(r) AS properties
