// name: catalogue
// The measures of a city as catalogue rows: their fields and the names of their owners
// and action fields; only those nobody owns if without_owner is true.
// params: city, without_owner
// constants: ownership
// result: many
MATCH (measure:Measure {city: $city})
OPTIONAL MATCH (owner:Entity)-[:{{ownership}}]->(measure)
WITH measure, collect(DISTINCT owner.name) AS owners
WHERE NOT $without_owner OR size(owners) = 0
OPTIONAL MATCH (measure)-[:IN_FIELD]->(field:ActionField)
WITH measure, owners, collect(DISTINCT field.name) AS fields
RETURN measure.id AS id, properties(measure) AS properties, owners, fields
ORDER BY id
