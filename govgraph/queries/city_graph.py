"""The cities as loaded in the store, read back into networkx (drawing, imports)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from govgraph.errors import NotFoundError
from govgraph.queries.executor import QueryExecutor
from govgraph.store.schema import FINGERPRINT

__all__ = ["read_city_graph"]


def read_city_graph(ask: QueryExecutor, cities: Sequence[str]) -> nx.MultiDiGraph[str]:
    """The stored nodes and relationships of ``cities`` as a MultiDiGraph.

    Nodes carry ``label`` and their stored properties, edges ``type`` and theirs, as
    `govgraph.graphmodel.to_networkx` builds them, keyed by the relationship key.
    ``G.graph["cities"]`` lists the cities asked for, in order.

    Raises
    ------
    NotFoundError
        When a city is not in the store.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=list(cities))
    for row in ask.many("city_nodes", cities=list(cities)):
        graph.add_node(row["id"], label=row["label"], **_model_properties(row["properties"]))
    missing = [c for c in cities if graph.nodes.get(c, {}).get("label") != "City"]
    if missing:
        raise NotFoundError(f"unknown city {', '.join(map(repr, missing))}")
    for row in ask.many("city_relationships", cities=list(cities)):
        props = _model_properties(row["properties"])
        key = props.pop("key")  # the writer stores each relationship's key
        graph.add_edge(row["source"], row["target"], key=key, type=row["type"], **props)
    return graph


def _model_properties(properties: dict[str, Any]) -> dict[str, Any]:
    """The stored properties without the store's own bookkeeping (the fingerprint)."""
    return {key: value for key, value in properties.items() if key != FINGERPRINT}
