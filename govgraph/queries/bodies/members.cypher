// name: members
// The members of the given bodies with their roles, counts, mandators and conditions
// (the membership's properties), and each member's label and properties.
// params: bodies
// result: many
UNWIND $bodies AS wanted
MATCH (member)-[m:MEMBER_OF]->(body:Body)
WHERE body.id = wanted
RETURN body.id AS body, member.id AS member, labels(member)[0] AS label,
       properties(member) AS member_properties, properties(m) AS properties,
       m.role AS role, m.count AS count, m.count_text AS count_text
ORDER BY body, member, role
