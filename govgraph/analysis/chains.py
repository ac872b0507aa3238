"""The reporting chain upward from an entity: who it reports, recommends or submits to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from govgraph.graphmodel.rules import UPWARD_LINES

__all__ = ["ChainStep", "reporting_chain"]


@dataclass(frozen=True)
class ChainStep:
    """One line of a reporting chain, ``level`` steps above the start."""

    level: int
    source: str
    type: str
    target: str
    properties: dict[str, Any]
    closes_cycle: bool


def reporting_chain(graph: nx.MultiDiGraph[str], source: str) -> list[ChainStep]:
    """The lines upward from ``source``, breadth first, until no line leads further.

    Each node's lines are taken in order of type and target. A line to a node already
    reached is kept but not followed again; if that node lies on the way from
    ``source`` to the line (the line leads back down into its own chain), the step is
    marked ``closes_cycle``. So every chain ends. Edges whose ``type`` is not one of
    `UPWARD_LINES` are ignored.

    Parameters
    ----------
    graph
        A graph whose edges carry ``type`` (``REPORTS_TO`` …) and their properties.
    source
        The node to start from; a node absent from ``G`` has an empty chain.

    Returns
    -------
    list[ChainStep]
        The steps, level by level.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("ag", "lenkung", type="REPORTS_TO")
    0
    >>> G.add_edge("lenkung", "rat", type="PREPARES_DECISIONS_FOR")
    0
    >>> G.add_edge("rat", "ag", type="INFORMS")
    0
    >>> [(s.level, s.source, s.target) for s in reporting_chain(G, "ag")]
    [(1, 'ag', 'lenkung'), (2, 'lenkung', 'rat')]
    >>> G.add_edge("lenkung", "ag", type="RECOMMENDS_TO")
    0
    >>> [(s.target, s.closes_cycle) for s in reporting_chain(G, "ag")]
    [('lenkung', False), ('rat', False), ('ag', True)]
    """
    if source not in graph:
        return []
    below: dict[str, str | None] = {source: None}
    frontier = [source]
    steps: list[ChainStep] = []
    level = 0
    while frontier:
        level += 1
        following: list[str] = []
        for node in frontier:
            lines = sorted(
                (
                    (target, data)
                    for _, target, data in graph.out_edges(node, data=True)
                    if data.get("type") in UPWARD_LINES
                ),
                key=lambda line: (line[1]["type"], line[0]),
            )
            for target, data in lines:
                props = {k: v for k, v in data.items() if k != "type"}
                cycle = target in _way_up_to(below, node)
                steps.append(ChainStep(level, node, data["type"], target, props, cycle))
                if target not in below:
                    below[target] = node
                    following.append(target)
        frontier = following
    return steps


def _way_up_to(below: dict[str, str | None], node: str) -> set[str]:
    """The nodes on the way from the start up to ``node``, both included."""
    way: set[str] = set()
    current: str | None = node
    while current is not None:
        way.add(current)
        current = below[current]
    return way
