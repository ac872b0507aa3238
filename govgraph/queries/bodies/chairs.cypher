// name: chairs
// Who chairs which body of a city: the body, the chairing post, person, unit or body,
// and the membership carrying the chair role (condition, sources). Bodies whose chair
// is unknown do not appear.
// params: city, first, offset
// constants: membership, chair_role
// result: many
MATCH (body:Body {city: $city})<-[m:{{membership}}]-(chair:Entity)
WHERE m.role = $chair_role
RETURN body.id AS id, properties(body) AS body, properties(m) AS properties,
       chair.id AS chair, head([l IN labels(chair) WHERE l <> 'Entity']) AS chair_label,
       properties(chair) AS chair_properties
ORDER BY toLower(body.name), id, chair
SKIP $offset LIMIT $first
