// name: reporting_lines
// The reporting lines of a city (reports to, prepares decisions for, recommends to,
// informs), with both ends' labels and properties, found from the city's nodes.
// params: city
// constants: reporting_lines
// result: many
MATCH (a:Entity {city: $city})-[r]->(b:Entity)
WHERE r.city = $city
  AND type(r) IN $reporting_lines
RETURN a.id AS source, head([l IN labels(a) WHERE l <> 'Entity']) AS source_label,
       properties(a) AS source_properties, type(r) AS type, properties(r) AS properties,
       b.id AS target, head([l IN labels(b) WHERE l <> 'Entity']) AS target_label,
       properties(b) AS target_properties
ORDER BY source, type, target
