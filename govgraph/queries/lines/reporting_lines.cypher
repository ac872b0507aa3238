// name: reporting_lines
// The reporting lines of a city (reports to, prepares decisions for, recommends to,
// informs), with both ends' labels and properties.
// params: city
// result: many
MATCH (a)-[r]->(b)
WHERE r.city = $city
  AND type(r) IN ['REPORTS_TO', 'PREPARES_DECISIONS_FOR', 'RECOMMENDS_TO', 'INFORMS']
RETURN a.id AS source, labels(a)[0] AS source_label, properties(a) AS source_properties,
       type(r) AS type, properties(r) AS properties,
       b.id AS target, labels(b)[0] AS target_label, properties(b) AS target_properties
ORDER BY source, type, target
