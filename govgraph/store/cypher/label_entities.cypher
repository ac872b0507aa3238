// name: label_entities
// Give every node of one label the common Entity label (upgrading a version 1 store).
// params:
// template: label
// scan: one label, once, when a store written before version 2 is upgraded
// result: many
MATCH (n:{{label}})
WHERE NOT n:Entity
SET n:Entity
RETURN count(n) AS count
