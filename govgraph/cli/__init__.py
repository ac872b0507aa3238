"""The ``govgraph`` command line."""
