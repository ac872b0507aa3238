// name: cities
// The cities in the store, by id, one window of them (sorted by id alone, then read).
// params: first, offset
// scan: the City label: the answer is the cities
// result: many
MATCH (city:City)
WITH city.id AS id
ORDER BY id
SKIP $offset LIMIT $first
MATCH (city:City {id: id})
RETURN id, 'City' AS label, properties(city) AS properties
ORDER BY id
