"""The diagram views: structure, responsibility map, posts and people, comparison."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import networkx as nx

from govgraph.graphmodel import Label, RelType
from govgraph.visualisations.diagram import Diagram, DiagramEdge, DiagramNode, Row
from govgraph.visualisations.layout import place
from govgraph.visualisations.style import edge_style, node_style
from govgraph.visualisations.tiers import Tier, tier_of

__all__ = ["View", "build_diagram"]


class View(StrEnum):
    """The views a city can be drawn in."""

    STRUCTURE = "structure"
    RESPONSIBILITY = "responsibility"
    PEOPLE = "people"
    COMPARE = "compare"

    @property
    def heading(self) -> str:
        """The view's German title."""
        return _VIEW_TITLES[self]


_VIEW_TITLES = {
    View.STRUCTURE: "Strukturübersicht",
    View.RESPONSIBILITY: "Zuständigkeiten in den Handlungsfeldern",
    View.PEOPLE: "Funktionen und Vorsitze",
    View.COMPARE: "Strukturvergleich",
}

_STRUCTURE_LINES = {
    t.cypher_type
    for t in (
        RelType.MEMBER_OF,
        RelType.REPORTS_TO,
        RelType.RECOMMENDS_TO,
        RelType.PREPARES_DECISIONS_FOR,
        RelType.INFORMS,
        RelType.ORGANISES,
        RelType.ADVISES,
        RelType.PART_OF,
        RelType.HEADS,
        RelType.APPOINTS,
        RelType.NOMINATES,
        RelType.CONTACT_FOR,
        RelType.HOLDS,
    )
}
_RESPONSIBILITY_LINES = {RelType.RESPONSIBLE_FOR.cypher_type, RelType.OVERSEES.cypher_type}
_PEOPLE_LINES = {
    t.cypher_type
    for t in (
        RelType.HOLDS,
        RelType.MEMBER_OF,
        RelType.HEADS,
        RelType.ORGANISES,
        RelType.CONTACT_FOR,
    )
}
_RESPONSIBILITY_ROWS = {
    1: "Begleitende Ausschüsse",
    2: "Handlungsfelder",
    3: "Zuständige Stellen",
}
_PEOPLE_ROWS = {1: "Personen", 2: "Funktionen", 3: "Gremien und Stellen"}


def build_diagram(graph: nx.MultiDiGraph[str], view: View, *, with_people: bool = False) -> Diagram:
    """The diagram of ``view`` for the cities in ``graph`` (see `read_city_graph`).

    Persons (personal data) are left out unless ``with_people``. The comparison view
    draws each city's structure in its own column, on the same rows.

    Raises
    ------
    ValueError
        For the comparison view with fewer than two cities.
    """
    cities: list[str] = graph.graph["cities"]
    if view is View.COMPARE and len(cities) < 2:
        raise ValueError("a comparison needs at least two cities")
    if view is View.RESPONSIBILITY:
        rows, lines, titles = _responsibility_row, _RESPONSIBILITY_LINES, _RESPONSIBILITY_ROWS
    elif view is View.PEOPLE:
        rows, lines, titles = _people_row, _PEOPLE_LINES, _PEOPLE_ROWS
    else:
        rows, lines = _structure_row, _STRUCTURE_LINES
        titles = {tier.value: tier.title for tier in Tier}
    names = [graph.nodes[c]["name"] for c in cities]
    diagram = Diagram(f"{view.heading}: {', '.join(names)}", view.value, list(cities))
    for node_id in sorted(graph.nodes):
        attributes = graph.nodes[node_id]
        if attributes["label"] == Label.PERSON.value and not with_people:
            continue
        row = rows(graph, node_id)
        if row is not None:
            diagram.nodes.append(_diagram_node(node_id, attributes, row))
    kept = {drawn.id for drawn in diagram.nodes}
    for source, target, line in sorted(graph.edges(data=True), key=_edge_order):
        if line["type"] in lines and source in kept and target in kept:
            diagram.edges.append(_diagram_edge(graph, source, target, line))
    used = sorted({node.row for node in diagram.nodes})
    diagram.rows = [Row(number, titles[number]) for number in used]
    place(diagram, names)
    return diagram


def _structure_row(graph: nx.MultiDiGraph[str], node: str) -> int | None:
    outgoing = {data["type"] for _, _, data in graph.out_edges(node, data=True)}
    tier = tier_of(graph.nodes[node], outgoing)
    return None if tier is None else tier.value


def _responsibility_row(graph: nx.MultiDiGraph[str], node: str) -> int | None:
    if graph.nodes[node]["label"] == Label.ACTION_FIELD.value:
        return 2
    outgoing = {data["type"] for _, _, data in graph.out_edges(node, data=True)}
    if RelType.OVERSEES.cypher_type in outgoing:
        return 1
    if RelType.RESPONSIBLE_FOR.cypher_type in outgoing:
        return 3
    return None


def _people_row(graph: nx.MultiDiGraph[str], node: str) -> int | None:
    label = graph.nodes[node]["label"]
    if label == Label.PERSON.value:
        return 1
    if label == Label.POST.value:
        return 2
    reached_by_posts = any(
        graph.nodes[source]["label"] in (Label.POST.value, Label.PERSON.value)
        and data["type"] in _PEOPLE_LINES
        for source, _, data in graph.in_edges(node, data=True)
    )
    return 3 if reached_by_posts else None


def _edge_order(edge: tuple[str, str, Mapping[str, Any]]) -> tuple[str, str, str, str]:
    source, target, data = edge
    return (source, target, data["type"], str(data.get("role") or ""))


def _diagram_node(node: str, data: Mapping[str, Any], row: int) -> DiagramNode:
    style = node_style(data["label"], data["kind"])
    lines = [data["name"], f"Art: {style.title}", *_details(data, _NODE_DETAILS)]
    return DiagramNode(
        id=node,
        name=data["name"],
        label=data["label"],
        kind=data["kind"],
        city=data["city"],
        row=row,
        style=style,
        tooltip="\n".join(lines),
    )


def _diagram_edge(
    graph: nx.MultiDiGraph[str], source: str, target: str, data: Mapping[str, Any]
) -> DiagramEdge:
    role = data.get("role")
    style = edge_style(data["type"], role)
    lines = [
        f"{graph.nodes[source]['name']} → {graph.nodes[target]['name']}: {style.title}",
        *_details(data, _EDGE_DETAILS),
    ]
    return DiagramEdge(source, target, data["type"], role, style, "\n".join(lines))


_NODE_DETAILS = (
    ("short_name", "Kurzname"),
    ("rhythm", "Sitzungsrhythmus"),
    ("established", "eingerichtet"),
    ("status", "Stand"),
    ("interpretation", "Lesart"),
)
_EDGE_DETAILS = (
    ("count_text", "Anzahl"),
    ("condition", "Bedingung"),
    ("purpose", "Zweck"),
    ("interpretation", "Lesart"),
)


def _details(data: Mapping[str, Any], fields: tuple[tuple[str, str], ...]) -> list[str]:
    """Tooltip lines: the stated ``fields`` under their German titles, then the citations."""
    lines = [f"{title}: {data[key]}" for key, title in fields if data.get(key)]
    documents = data.get("source_documents") or []
    quotes = data.get("source_quotes") or []
    lines += [f"Quelle: {doc}: „{quote}“" for doc, quote in zip(documents, quotes, strict=True)]
    return lines
