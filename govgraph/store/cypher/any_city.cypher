// name: any_city
// One city id, if the store holds any (whether an unversioned store holds data).
// params:
// scan: the City label, stopping at its first node
// result: many
MATCH (city:City)
RETURN city.id AS id
LIMIT 1
