// name: roles
// Everything an entity does, and (for a person) what the posts it holds do: the bodies
// it chairs or sits in, what it organises, advises, heads, oversees, is responsible for,
// owns, appoints, nominates or informs. `via` names the held post, if any.
// params: id
// constants: role_lines
// result: many
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[:HOLDS]->(post:Post)
WITH n, collect(post) AS posts
UNWIND [n] + posts AS actor
MATCH (actor)-[r]->(target:Entity)
WHERE type(r) IN $role_lines
RETURN CASE WHEN actor.id = n.id THEN null ELSE actor.id END AS via, type(r) AS type,
       properties(r) AS properties, target.id AS target,
       head([l IN labels(target) WHERE l <> 'Entity']) AS target_label,
       properties(target) AS target_properties
ORDER BY type, target, via
