"""The contract every graph store fulfils.

A store runs parameterised Cypher statements (see `govgraph.store.statements`) and
replaces whole cities atomically. The one implementation is `BoltStore`, which talks
Bolt to ArcadeDB (embedded) or Neo4j 5.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx

from govgraph.store.statements import Statement

__all__ = ["GraphStore", "Progress", "Record", "StoreCounts"]

Record = dict[str, Any]
Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each batch of a write."""


@dataclass(frozen=True)
class StoreCounts:
    """Node counts by label and relationship counts by type."""

    nodes: Mapping[str, int] = field(default_factory=dict)
    relationships: Mapping[str, int] = field(default_factory=dict)

    @property
    def total_nodes(self) -> int:
        """All nodes."""
        return sum(self.nodes.values())

    @property
    def total_relationships(self) -> int:
        """All relationships."""
        return sum(self.relationships.values())


class GraphStore(Protocol):
    """What the layers above need from a store."""

    description: str

    @property
    def round_trips(self) -> int:
        """Statements sent so far."""

    def run(
        self,
        statement: Statement,
        params: Mapping[str, Any],
        template: Mapping[str, str] | None = None,
    ) -> list[Record]:
        """Run one statement in a read transaction and return its records."""

    def replace_cities(self, graph: nx.MultiDiGraph[str], progress: Progress | None = None) -> None:
        """Replace the cities in ``graph.graph["cities"]`` by the graph's content, atomically."""

    def counts(self, city: str | None = None) -> StoreCounts:
        """Counts for one city, or for the whole store."""

    def ping(self) -> None:
        """Raise `StoreUnavailableError` unless the store answers."""

    def close(self) -> None:
        """Release connections."""
