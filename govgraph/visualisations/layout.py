"""Fixed positions: one row per tier, one column block per city, fewer crossings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from govgraph.visualisations.diagram import Diagram, DiagramNode

__all__ = ["COLUMN_GAP", "NODE_GAP", "ROW_GAP", "place"]

NODE_GAP = 230.0
"""Horizontal distance between neighbours in a row (pixels in the HTML diagram)."""
ROW_GAP = 190.0
"""Vertical distance between rows."""
COLUMN_GAP = 2 * NODE_GAP
"""Extra space between cities drawn side by side."""


def place(diagram: Diagram, city_names: list[str]) -> None:
    """Give every node of ``diagram`` a fixed x and y, and every row its y.

    Rows are stacked top to bottom. Within a row, each node sits near the mean x of the
    nodes it is linked with in the rows above (the barycenter heuristic), ties broken by
    name, so lines cross less. Each city gets its own block of columns, left to right.
    """
    row_y = {row.number: index * ROW_GAP for index, row in enumerate(diagram.rows)}
    diagram.rows = [replace(row, y=row_y[row.number]) for row in diagram.rows]
    neighbours: defaultdict[str, set[str]] = defaultdict(set)
    for edge in diagram.edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    left = 0.0
    diagram.columns = []
    for city, name in zip(diagram.cities, city_names, strict=True):
        in_city = [node for node in diagram.nodes if node.city == city]
        width = _place_city(in_city, row_y, neighbours, left)
        diagram.columns.append((name, left + width / 2))
        left += width + COLUMN_GAP


def _place_city(
    nodes: list[DiagramNode],
    row_y: dict[int, float],
    neighbours: dict[str, set[str]],
    left: float,
) -> float:
    """Place one city's nodes from ``left``; return the width its block takes."""
    by_row: defaultdict[int, list[DiagramNode]] = defaultdict(list)
    for node in nodes:
        by_row[node.row].append(node)
    widest = max((len(row) for row in by_row.values()), default=1)
    width = (widest - 1) * NODE_GAP
    placed: dict[str, float] = {}
    for number in sorted(by_row):
        row = by_row[number]

        def wish(node: DiagramNode) -> tuple[float, str]:
            xs = [placed[other] for other in neighbours.get(node.id, ()) if other in placed]
            centre = sum(xs) / len(xs) if xs else left + width / 2
            return (centre, node.name.casefold())

        row.sort(key=wish)
        start = left + (width - (len(row) - 1) * NODE_GAP) / 2
        for index, node in enumerate(row):
            node.x = start + index * NODE_GAP
            node.y = row_y[number]
            placed[node.id] = node.x
    return width
