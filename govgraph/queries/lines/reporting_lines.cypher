// name: reporting_lines
// The reporting lines of a city: reports to, recommends to, prepares decisions for,
// informs.
// params: city
// result: many
MATCH (a)-[r]->(b)
WHERE r.city = $city
  AND type(r) IN ['REPORTS_TO', 'RECOMMENDS_TO', 'PREPARES_DECISIONS_FOR', 'INFORMS']
RETURN a.id AS source, type(r) AS type, b.id AS target, r.interpretation AS interpretation
ORDER BY source, type, target
