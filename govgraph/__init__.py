"""govgraph: a graph model of municipal integration governance."""

__all__ = ["__version__"]

__version__ = "0.1.0"
