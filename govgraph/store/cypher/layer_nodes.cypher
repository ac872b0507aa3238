// name: layer_nodes
// Every node of the given layers (rows of city and layer; nodes written before layers
// existed count as curated) with its fingerprint and search key; read inside a
// replacement to find what has gone stale and what is unchanged.
// params: layers
// result: many
UNWIND $layers AS scope
MATCH (n:Entity {city: scope.city})
WHERE coalesce(n.layer, 'curated') = scope.layer
RETURN head([l IN labels(n) WHERE l <> 'Entity']) AS label, n.id AS id,
       scope.city AS city, scope.layer AS layer, n.fingerprint AS fingerprint,
       n.search_key AS search_key
