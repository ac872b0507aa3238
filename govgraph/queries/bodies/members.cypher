// name: members
// The members of the given bodies with their roles, counts, mandators and conditions
// (the membership's properties), and each member's label and properties.
// params: bodies
// constants: membership
// result: many
UNWIND $bodies AS wanted
MATCH (body:Body {id: wanted})<-[m:{{membership}}]-(member:Entity)
RETURN body.id AS body, member.id AS member,
       head([l IN labels(member) WHERE l <> 'Entity']) AS label,
       properties(member) AS member_properties, properties(m) AS properties,
       m.role AS role, m.count AS count, m.count_text AS count_text
ORDER BY body, member, role
