// name: measures_without_owner
// The measures of a city that nobody owns, by name.
// params: city, first, offset
// result: many
MATCH (measure:Measure {city: $city})
WHERE NOT (measure)<-[:OWNS]-(:Entity)
RETURN measure.id AS id, 'Measure' AS label, properties(measure) AS properties
ORDER BY toLower(measure.name), id
SKIP $offset LIMIT $first
