// name: delete_stale_relationships
// Delete a city's relationships whose keys are not in the new data.
// params: city, keys
// result: none
MATCH ()-[r]->()
WHERE r.city = $city AND NOT r.key IN $keys
DELETE r
