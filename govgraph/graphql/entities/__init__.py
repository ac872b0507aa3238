"""Any entity: lookup by id, search, and what an entity does."""
