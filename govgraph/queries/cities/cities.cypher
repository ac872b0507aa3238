// name: cities
// Every city in the store, by id.
// params:
// scan: the City label: the answer is every city
// result: many
MATCH (city:City)
RETURN city.id AS id, 'City' AS label, properties(city) AS properties
ORDER BY id
