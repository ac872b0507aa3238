// name: store_version
// The store's format version; no row for a store written before versions were recorded.
// params:
// result: many
MATCH (v:GovgraphStore {id: 'govgraph'})
RETURN v.version AS version
