// name: responsibilities
// Each action field of a city with the units responsible for it and the committees
// overseeing it (ids, sorted).
// params: city
// result: many
MATCH (field:ActionField)
WHERE field.city = $city
OPTIONAL MATCH (unit)-[:RESPONSIBLE_FOR]->(field)
WITH field, collect(DISTINCT unit.id) AS responsible
OPTIONAL MATCH (committee:Body)-[:OVERSEES]->(field)
RETURN field.id AS field, field.name AS name, responsible,
       collect(DISTINCT committee.id) AS overseen_by
ORDER BY field
