// name: set_store_version
// Record the store's format version.
// params: version
// result: none
MERGE (v:GovgraphStore {id: 'govgraph'})
SET v.version = $version
