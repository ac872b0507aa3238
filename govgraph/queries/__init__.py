"""Questions to the graph: one parameterised Cypher file each, run by one executor."""

from govgraph.queries.city_graph import read_city_graph
from govgraph.queries.executor import QueryExecutor, questions

__all__ = ["QueryExecutor", "questions", "read_city_graph"]
