// name: measures_without_owner
// The measures of a city that nobody owns, by name.
// params: city, first, offset
// constants: ownership
// result: many
MATCH (measure:Measure {city: $city})
WHERE NOT (measure)<-[:{{ownership}}]-(:Entity)
RETURN measure.id AS id, 'Measure' AS label, properties(measure) AS properties
ORDER BY toLower(measure.name), id
SKIP $offset LIMIT $first
