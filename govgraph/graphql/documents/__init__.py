"""Documents: sources, concepts, decisions."""
