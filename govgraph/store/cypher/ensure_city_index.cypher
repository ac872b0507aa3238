// name: ensure_city_index
// Create the index on the city of one label.
// params:
// template: label
// result: none
CREATE INDEX {{label}}_city IF NOT EXISTS FOR (n:{{label}}) ON (n.city)
