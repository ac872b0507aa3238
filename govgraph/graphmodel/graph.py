"""Conversion of validated datasets to the networkx graph used by every later layer."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from govgraph.graphmodel.dataset import CityDataset, ImportedLayer

__all__ = ["to_networkx"]


def to_networkx(datasets: Iterable[CityDataset | ImportedLayer]) -> nx.MultiDiGraph[str]:
    """Build one MultiDiGraph from city datasets and imported layers.

    Nodes are keyed by id and carry ``label`` plus their stored properties, ``layer``
    included; edges are keyed by the relationship key and carry ``type`` (as stored, e.g.
    ``MEMBER_OF``) plus their properties. Nodes of other layers that an imported layer
    links to carry only ``label`` and ``linked_only=True``; they are not written.
    ``G.graph["cities"]`` lists the city ids and ``G.graph["layers"]`` the (city, layer)
    pairs the graph replaces, in order.

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
    >>> G.nodes["d"]["label"], G.nodes["d"]["layer"], G.graph["layers"]
    ('Document', 'curated', [('m', 'curated')])
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[], layers=[], origins={})
    parts = list(datasets)
    for data in parts:
        city, layer = data.city_id, data.layer
        if city not in graph.graph["cities"]:
            graph.graph["cities"].append(city)
        graph.graph["layers"].append((city, layer))
        graph.graph["origins"][(city, layer)] = data.origin
        for node in data.all_nodes():
            graph.add_node(node.id, label=node.label.value, layer=layer, **node.properties(city))
        for rel in data.relationships:
            props = rel.properties(city)
            graph.add_edge(
                rel.source,
                rel.target,
                key=rel.key,
                type=rel.type.cypher_type,
                layer=layer,
                **props,
            )
    for data in parts:
        for node_id, label in data.references.items():
            if node_id not in graph or "layer" not in graph.nodes[node_id]:
                graph.add_node(node_id, label=label.value, linked_only=True)
    return graph
