// name: cities
// Every city in the store, by id.
// params:
// result: many
MATCH (city:City)
RETURN city.id AS id, labels(city)[0] AS label, properties(city) AS properties
ORDER BY id
