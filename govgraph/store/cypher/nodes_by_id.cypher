// name: nodes_by_id
// The label, city, layer and fingerprint of the stored nodes with the given ids, to check
// inside a replacement that it writes only its own nodes, links only to nodes that
// exist, and creates only nodes that are new.
// params: ids
// result: many
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN head([l IN labels(n) WHERE l <> 'Entity']) AS label, n.id AS id, n.city AS city,
       coalesce(n.layer, 'curated') AS layer
