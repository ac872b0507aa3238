// name: catalogue_documents
// Every catalogue's document (the id of its layer), with its city and name; read when a
// store of format 2 is upgraded, whose imports made ids with the search fold.
// params: kind
// scan: the Document label, once, when a store of format 2 is upgraded
// result: many
MATCH (d:Document)
WHERE d.kind = $kind
RETURN d.city AS city, d.id AS id, d.name AS name
