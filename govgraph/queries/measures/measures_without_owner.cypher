// name: measures_without_owner
// The measures of a city that nobody owns, by name.
// params: city, first, offset
// result: many
MATCH (measure:Measure)
WHERE measure.city = $city AND NOT ()-[:OWNS]->(measure)
RETURN measure.id AS id, labels(measure)[0] AS label, properties(measure) AS properties
ORDER BY toLower(measure.name), id
SKIP $offset LIMIT $first
