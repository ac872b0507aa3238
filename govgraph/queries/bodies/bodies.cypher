// name: bodies
// The bodies (Gremien) of a city, optionally of one kind, by name.
// params: city, kind, first, offset
// result: many
MATCH (body:Body {city: $city})
WHERE $kind IS NULL OR body.kind = $kind
RETURN body.id AS id, 'Body' AS label, properties(body) AS properties
ORDER BY toLower(body.name), id
SKIP $offset LIMIT $first
