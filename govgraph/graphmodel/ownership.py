"""Whether a measure has an owner: someone ``OWNS`` it."""

from __future__ import annotations

import networkx as nx

from govgraph.graphmodel.kinds import RelType

__all__ = ["has_owner"]


def has_owner(graph: nx.MultiDiGraph[str], measure: str) -> bool:
    """Whether a line of type ``OWNS`` ends at ``measure`` (as ``measures_without_owner`` asks).

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("amt", "kurs", type="OWNS")
    0
    >>> has_owner(G, "kurs"), has_owner(G, "amt")
    (True, False)
    """
    return any(
        d["type"] == RelType.OWNS.cypher_type for _, _, d in graph.in_edges(measure, data=True)
    )
