// name: count_relationships_by_type
// Number of relationships per type, for one city or (city null) the whole store.
// params: city
// result: many
MATCH ()-[r]->()
WHERE $city IS NULL OR r.city = $city
RETURN type(r) AS type, count(*) AS count
ORDER BY type
