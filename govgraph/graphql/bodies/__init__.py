"""Bodies (Gremien), their members and chairs."""
