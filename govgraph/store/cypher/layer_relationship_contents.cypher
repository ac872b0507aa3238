// name: layer_relationship_contents
// Every relationship of the given layers (rows of city and layer), found from the city's
// nodes, with its type, properties and both ends' ids and labels, to be written again
// under other ids.
// params: layers
// result: many
UNWIND $layers AS scope
MATCH (a:Entity {city: scope.city})-[r]->(b:Entity)
WHERE r.city = scope.city AND r.layer = scope.layer
RETURN a.id AS source, head([l IN labels(a) WHERE l <> 'Entity']) AS source_label,
       b.id AS target, head([l IN labels(b) WHERE l <> 'Entity']) AS target_label,
       type(r) AS type, properties(r) AS properties
