"""Conversion of validated datasets to the networkx graph used by every later layer."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from govgraph.graphmodel.dataset import CityDataset

__all__ = ["to_networkx"]


def to_networkx(datasets: Iterable[CityDataset]) -> nx.MultiDiGraph[str]:
    """Build one MultiDiGraph from city datasets.

    Nodes are keyed by id and carry ``label`` plus their stored properties; edges are
    keyed by the relationship key and carry ``type`` (as stored, e.g. ``MEMBER_OF``) plus
    their properties. ``G.graph["cities"]`` lists the city ids, in order.

    Examples
    --------
    >>> from govgraph.graphmodel.dataset import Located, assemble_city
    >>> from govgraph.graphmodel.nodes import City, Document
    >>> src = [{"document": "d", "quote": "Musterstadt"}]
    >>> data = assemble_city(
    ...     Located(City(id="m", name="Musterstadt", sources=src)),
    ...     [Located(Document(id="d", name="Konzept", kind="concept", sources=src))],
    ...     [],
    ...     file="m.yaml",
    ... )
    >>> G = to_networkx([data])
    >>> G.nodes["d"]["label"], G.graph["cities"]
    ('Document', ['m'])
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[])
    for data in datasets:
        city = data.city.id
        graph.graph["cities"].append(city)
        for node in data.all_nodes():
            graph.add_node(node.id, label=node.label.value, **node.properties(city))
        for rel in data.relationships:
            props = rel.properties(city)
            graph.add_edge(rel.source, rel.target, key=rel.key, type=rel.type.cypher_type, **props)
    return graph
