// name: list_cities
// The cities in the store with their names, ordered by id.
// params:
// result: many
MATCH (c:City)
RETURN c.id AS id, c.name AS name
ORDER BY id
