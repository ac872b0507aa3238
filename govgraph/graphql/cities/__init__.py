"""Cities: the roots of the datasets."""
