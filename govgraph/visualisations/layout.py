"""Fixed positions: one band per tier, one column block per city, fewer crossings."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace

from govgraph.visualisations.diagram import Diagram, DiagramNode

__all__ = ["COLUMN_GAP", "LINE_GAP", "NODE_GAP", "PER_LINE", "ROW_GAP", "place"]

NODE_GAP = 230.0
"""Horizontal distance between neighbours in a row (pixels in the HTML diagram)."""
PER_LINE = 7
"""Most nodes side by side; a fuller row wraps onto further lines within its band."""
LINE_GAP = 110.0
"""Vertical distance between the lines of one band."""
ROW_GAP = 200.0
"""Vertical distance from one band's last line to the next band."""
COLUMN_GAP = 2 * NODE_GAP
"""Extra space between cities drawn side by side."""


def place(diagram: Diagram, city_names: list[str]) -> None:
    """Give every node of ``diagram`` a fixed x and y, and every row (band) its y.

    Bands are stacked top to bottom, each as tall as its fullest city needs. Within a
    band, each node sits near the mean x of the nodes it is linked with in the bands
    above (the barycenter heuristic), ties broken by name, so lines cross less; more
    than `PER_LINE` nodes wrap onto further lines. Each city gets its own block of
    columns, left to right.
    """
    counts: defaultdict[tuple[str, int], int] = defaultdict(int)
    for node in diagram.nodes:
        counts[(node.city, node.row)] += 1
    row_y: dict[int, float] = {}
    top = 0.0
    for row in diagram.rows:
        row_y[row.number] = top
        lines = max(
            (math.ceil(n / PER_LINE) for (_, r), n in counts.items() if r == row.number), default=1
        )
        top += (lines - 1) * LINE_GAP + ROW_GAP
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
    widest = min(max((len(row) for row in by_row.values()), default=1), PER_LINE)
    width = (widest - 1) * NODE_GAP
    placed: dict[str, float] = {}
    for number in sorted(by_row):
        row = by_row[number]

        def wish(node: DiagramNode) -> tuple[float, str]:
            xs = [placed[other] for other in neighbours.get(node.id, ()) if other in placed]
            centre = sum(xs) / len(xs) if xs else left + width / 2
            return (centre, node.name.casefold())

        row.sort(key=wish)
        for line_number, start_index in enumerate(range(0, len(row), PER_LINE)):
            line = row[start_index : start_index + PER_LINE]
            start = left + (width - (len(line) - 1) * NODE_GAP) / 2
            for index, node in enumerate(line):
                node.x = start + index * NODE_GAP
                node.y = row_y[number] + line_number * LINE_GAP
                placed[node.id] = node.x
    return width
