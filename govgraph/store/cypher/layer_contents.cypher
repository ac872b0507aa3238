// name: layer_contents
// Every node of the given layers (rows of city and layer) with its label and properties,
// to be written again under other ids.
// params: layers
// result: many
UNWIND $layers AS scope
MATCH (n:Entity {city: scope.city})
WHERE n.layer = scope.layer
RETURN head([l IN labels(n) WHERE l <> 'Entity']) AS label, n.id AS id,
       properties(n) AS properties
