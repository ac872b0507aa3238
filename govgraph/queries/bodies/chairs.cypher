// name: chairs
// Who chairs which body of a city: the chairing post, person, unit or body, the person
// holding a chairing post where known, and any condition. Bodies whose chair is unknown
// do not appear.
// params: city
// result: many
MATCH (chair)-[m:MEMBER_OF {role: 'chair'}]->(body:Body)
WHERE body.city = $city
OPTIONAL MATCH (holder:Person)-[:HOLDS]->(chair)
RETURN body.id AS body, body.name AS body_name, chair.id AS chair, labels(chair)[0] AS chair_label,
       chair.name AS chair_name, holder.name AS holder, m.condition AS condition
ORDER BY body, chair
