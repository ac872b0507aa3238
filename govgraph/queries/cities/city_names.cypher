// name: city_names
// The id and name of every city in the store, by id (the forms' lists, db info).
// params:
// scan: the City label: the answer is every city
// result: many
MATCH (city:City)
RETURN city.id AS id, city.name AS name
ORDER BY id
