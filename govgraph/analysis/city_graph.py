"""One city's view of a graph: its own nodes, and the lines at a node by type and role."""

from __future__ import annotations

from typing import Any

import networkx as nx

from govgraph.graphmodel.kinds import Label, RelType
from govgraph.graphmodel.rules import MEMBERSHIP, has_owner, is_chair, is_own

__all__ = ["CityGraph", "Line"]

Line = tuple[str, dict[str, Any]]
"""A line seen from one end: the node at its other end, and its stored properties."""


class CityGraph:
    """The analyses' one way into a graph of cities (as `read_city_graph` gives it).

    Nodes carry ``label``, ``city``, ``name`` and their properties; lines carry ``type``
    (as stored, e.g. ``MEMBER_OF``) and theirs. The rules (`govgraph.graphmodel.rules`)
    are applied here, not re-derived by each analysis.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ag", label="Body", city="x", name="AG")
    >>> G.add_node("ob", label="Post", city="x", name="OB")
    >>> G.add_edge("ob", "ag", type="MEMBER_OF", role="chair")
    0
    >>> view = CityGraph(G, "x")
    >>> [node for node, _ in view.own_nodes(Label.BODY)], [s for s, _ in view.chairs("ag")]
    (['ag'], ['ob'])
    """

    def __init__(self, graph: nx.MultiDiGraph[str], city: str) -> None:
        self.graph = graph
        self.city = city

    def own_nodes(self, *labels: Label) -> list[tuple[str, dict[str, Any]]]:
        """The city's own nodes (not those it only links to), of ``labels`` if given."""
        wanted = {label.value for label in labels}
        return [
            (node, data)
            for node, data in self.graph.nodes(data=True)
            if is_own(data, self.city) and (not wanted or data["label"] in wanted)
        ]

    def owns(self, node: str) -> bool:
        """Whether ``node`` is one of the city's own nodes."""
        return node in self.graph and is_own(self.graph.nodes[node], self.city)

    def node(self, node: str) -> dict[str, Any]:
        """The attributes of ``node``."""
        data: dict[str, Any] = self.graph.nodes[node]
        return data

    def incoming(self, node: str, *types: RelType | str, role: str | None = None) -> list[Line]:
        """The lines ending at ``node``, of ``types`` (all if none) and ``role`` if given."""
        return self._select(self.graph.in_edges(node, data=True), 0, types, role)

    def outgoing(self, node: str, *types: RelType | str, role: str | None = None) -> list[Line]:
        """The lines starting at ``node``, of ``types`` (all if none) and ``role`` if given."""
        return self._select(self.graph.out_edges(node, data=True), 1, types, role)

    def chairs(self, body: str) -> list[Line]:
        """Who chairs ``body``: its memberships with the chair role."""
        return [line for line in self.incoming(body, MEMBERSHIP) if is_chair(line[1])]

    def has_owner(self, measure: str) -> bool:
        """Whether someone owns ``measure``."""
        return has_owner(self.graph, measure)

    @staticmethod
    def _select(
        edges: Any, end: int, types: tuple[RelType | str, ...], role: str | None
    ) -> list[Line]:
        wanted = {t.cypher_type if isinstance(t, RelType) else t for t in types}
        return [
            (edge[end], edge[2])
            for edge in edges
            if (not wanted or edge[2]["type"] in wanted)
            and (role is None or edge[2].get("role") == role)
        ]
