// name: delete_stale_nodes
// Delete a city's nodes of one label whose ids are not in the new data, with their
// relationships.
// params: city, ids
// template: label
// result: none
MATCH (n:{{label}})
WHERE n.city = $city AND NOT n.id IN $ids
DETACH DELETE n
