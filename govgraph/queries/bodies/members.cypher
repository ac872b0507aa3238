// name: members
// The members of a body with their roles, counts, mandators and conditions.
// params: body
// result: many
MATCH (member)-[m:MEMBER_OF]->(body:Body {id: $body})
RETURN member.id AS member, labels(member)[0] AS label, member.name AS name, m.role AS role,
       m.count AS count, m.count_text AS count_text, m.on_behalf_of AS on_behalf_of,
       m.condition AS condition
ORDER BY member, role
