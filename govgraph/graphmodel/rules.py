"""The domain rules every layer applies, each stated once: what a chair, an owner, a
reporting line, a body's meeting rhythm and a city's own node are.

The analyses use the predicates, the GraphQL types and the CLI the constants, and the
question files the same constants through their ``constants:`` header
(`CYPHER_CONSTANTS`), so a rule changes in this module or nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from govgraph.graphmodel.kinds import RelType, Role

__all__ = [
    "CHAIR_ROLE",
    "CYPHER_CONSTANTS",
    "MEMBERSHIP",
    "OWNERSHIP",
    "REPORTING_LINES",
    "ROLE_LINES",
    "UPWARD_LINES",
    "has_owner",
    "is_chair",
    "is_own",
    "rhythm_of",
]


def _stored(*types: RelType) -> frozenset[str]:
    return frozenset(t.cypher_type for t in types)


UPWARD_LINES = _stored(RelType.REPORTS_TO, RelType.PREPARES_DECISIONS_FOR, RelType.RECOMMENDS_TO)
"""Relationship types (as stored) that lead upward in a reporting chain."""
REPORTING_LINES = UPWARD_LINES | _stored(RelType.INFORMS)
"""A city's reporting lines: the upward ones and ``INFORMS`` (a working group that only
informs someone still reports somewhere)."""
ROLE_LINES = _stored(
    RelType.MEMBER_OF,
    RelType.ORGANISES,
    RelType.ADVISES,
    RelType.HEADS,
    RelType.OVERSEES,
    RelType.RESPONSIBLE_FOR,
    RelType.OWNS,
    RelType.APPOINTS,
    RelType.NOMINATES,
    RelType.INFORMS,
    RelType.CONTACT_FOR,
)
"""The lines that say what an entity does (its roles)."""
MEMBERSHIP = RelType.MEMBER_OF.cypher_type
"""The line from a member to its body; its ``role`` says how it sits there."""
CHAIR_ROLE = Role.CHAIR.value
"""The membership role of whoever chairs a body."""
OWNERSHIP = RelType.OWNS.cypher_type
"""The line from an owner to the measure it owns."""

CYPHER_CONSTANTS: Mapping[str, Any] = {
    "chair_role": CHAIR_ROLE,
    "membership": MEMBERSHIP,
    "ownership": OWNERSHIP,
    "reporting_lines": sorted(REPORTING_LINES),
    "role_lines": sorted(ROLE_LINES),
}
"""The rules as question files use them: a ``$name`` parameter, or a ``{{name}}`` type."""


def is_chair(line: Mapping[str, Any]) -> bool:
    """Whether a line (its stored properties) is a membership with the chair role.

    >>> is_chair({"type": "MEMBER_OF", "role": "chair"}), is_chair({"type": "MEMBER_OF"})
    (True, False)
    """
    return line.get("type") == MEMBERSHIP and line.get("role") == CHAIR_ROLE


def is_own(node: Mapping[str, Any], city: str) -> bool:
    """Whether a node (its attributes) belongs to ``city``, not only linked from it.

    >>> is_own({"city": "x"}, "x"), is_own({"city": "x", "linked_only": True}, "x")
    (True, False)
    """
    return node.get("city") == city and not node.get("linked_only")


def rhythm_of(body: Mapping[str, Any]) -> str | None:
    """A body's meeting rhythm as written, else its meetings per year; None if neither.

    >>> rhythm_of({"rhythm": "vierteljährlich"}), rhythm_of({"meetings_per_year": 4})
    ('vierteljährlich', '4× im Jahr')
    >>> rhythm_of({}) is None
    True
    """
    if body.get("rhythm"):
        return str(body["rhythm"])
    if body.get("meetings_per_year") is not None:
        return f"{body['meetings_per_year']}× im Jahr"
    return None


def has_owner(graph: nx.MultiDiGraph[str], measure: str) -> bool:
    """Whether a line of type ``OWNS`` ends at ``measure`` (as ``measures_without_owner`` asks).

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("amt", "kurs", type="OWNS")
    0
    >>> has_owner(G, "kurs"), has_owner(G, "amt")
    (True, False)
    """
    return any(d["type"] == OWNERSHIP for _, _, d in graph.in_edges(measure, data=True))
