// name: action_fields
// The action fields (Handlungsfelder) of a city, or the one given, by name.
// params: city, action_field, first, offset
// result: many
MATCH (field:ActionField {city: $city})
WHERE $action_field IS NULL OR field.id = $action_field
RETURN field.id AS id, 'ActionField' AS label, properties(field) AS properties
ORDER BY toLower(field.name), id
SKIP $offset LIMIT $first
