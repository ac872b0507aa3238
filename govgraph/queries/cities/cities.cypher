// name: cities
// The cities in the store, by id, one window of them.
// params: first, offset
// scan: the City label: the answer is the cities
// result: many
MATCH (city:City)
WITH city
ORDER BY city.id
SKIP $offset LIMIT $first
RETURN city.id AS id, 'City' AS label, properties(city) AS properties
