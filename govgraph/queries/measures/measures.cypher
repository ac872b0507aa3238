// name: measures
// The measures (Maßnahmen) of a city, optionally only those in one action field, owned
// by one entity, or with one status, by name.
// params: city, action_field, owner, status, first, offset
// constants: ownership
// result: many
MATCH (measure:Measure {city: $city})
WHERE $status IS NULL OR measure.status = $status
OPTIONAL MATCH (measure)-[:IN_FIELD]->(field:ActionField)
WITH measure, collect(field.id) AS fields
OPTIONAL MATCH (owner:Entity)-[:{{ownership}}]->(measure)
WITH measure, fields, collect(owner.id) AS owners
WHERE ($action_field IS NULL OR $action_field IN fields) AND ($owner IS NULL OR $owner IN owners)
RETURN measure.id AS id, 'Measure' AS label, properties(measure) AS properties
ORDER BY toLower(measure.name), id
SKIP $offset LIMIT $first
