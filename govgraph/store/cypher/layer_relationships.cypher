// name: layer_relationships
// Every relationship of the given layers (rows of city and layer) with its type, key,
// fingerprint and start node, found from the city's nodes (a relationship starts at a
// node of its own city); read inside a replacement to find what is stale or unchanged.
// params: layers
// result: many
UNWIND $layers AS scope
MATCH (a:Entity {city: scope.city})-[r]->(:Entity)
WHERE r.city = scope.city AND coalesce(r.layer, 'curated') = scope.layer
RETURN head([l IN labels(a) WHERE l <> 'Entity']) AS label, a.id AS id, type(r) AS type,
       r.key AS key, r.fingerprint AS fingerprint
