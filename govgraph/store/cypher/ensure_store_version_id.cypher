// name: ensure_store_version_id
// Create the uniqueness constraint on the id of the node that records the store's version.
// params:
// result: none
CREATE CONSTRAINT GovgraphStore_id IF NOT EXISTS FOR (v:GovgraphStore) REQUIRE v.id IS UNIQUE
