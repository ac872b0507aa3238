"""What a drawing shows, independent of how it is drawn: nodes in rows, edges, a legend."""

from __future__ import annotations

from dataclasses import dataclass, field

from govgraph.visualisations.style import EdgeStyle, NodeStyle

__all__ = ["Diagram", "DiagramEdge", "DiagramNode", "Row"]


@dataclass
class DiagramNode:
    """A node to draw: its id, name, kind, row and position, style and tooltip text."""

    id: str
    name: str
    label: str
    kind: str
    city: str
    row: int
    style: NodeStyle
    tooltip: str
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class DiagramEdge:
    """A relationship to draw, with its style and tooltip text."""

    source: str
    target: str
    type: str
    role: str | None
    style: EdgeStyle
    tooltip: str


@dataclass(frozen=True)
class Row:
    """One horizontal band of a diagram (a tier), with its German title."""

    number: int
    title: str
    y: float = 0.0


@dataclass
class Diagram:
    """A view of one or more cities, ready for pyvis (HTML) or Graphviz (charts)."""

    title: str
    view: str
    cities: list[str]
    nodes: list[DiagramNode] = field(default_factory=list)
    edges: list[DiagramEdge] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    columns: list[tuple[str, float]] = field(default_factory=list)
    """For side-by-side views: each city's name and the x of its column's centre."""

    def node_legend(self) -> list[NodeStyle]:
        """The node styles the diagram uses, in a stable order."""
        seen = {node.style.title: node.style for node in self.nodes}
        return [seen[title] for title in sorted(seen)]

    def edge_legend(self) -> list[EdgeStyle]:
        """The edge styles the diagram uses, in a stable order."""
        seen = {edge.style.title: edge.style for edge in self.edges}
        return [seen[title] for title in sorted(seen)]
