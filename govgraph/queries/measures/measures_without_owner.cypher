// name: measures_without_owner
// The measures of a city that nobody owns.
// params: city
// result: many
MATCH (measure:Measure)
WHERE measure.city = $city AND NOT ()-[:OWNS]->(measure)
RETURN measure.id AS id, measure.name AS name
ORDER BY id
