// name: count_relationships_by_type
// Number of relationships of one city per type.
// params: city
// result: many
MATCH (:Entity {city: $city})-[r]->(:Entity)
WHERE r.city = $city
RETURN type(r) AS type, count(*) AS count
ORDER BY type
