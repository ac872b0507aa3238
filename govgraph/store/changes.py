"""What a replacement will change: nodes and relationships added, changed, removed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from govgraph.store.writer import layers_of

__all__ = ["LayerChanges", "layer_changes"]


@dataclass(frozen=True)
class LayerChanges:
    """Counts of what a replacement adds, changes, removes and leaves as it was."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return (
            f"{self.added} new, {self.changed} changed, {self.removed} removed, "
            f"{self.unchanged} unchanged"
        )


def layer_changes(stored: nx.MultiDiGraph[str], graph: nx.MultiDiGraph[str]) -> LayerChanges:
    """Compare the layers ``graph`` replaces with what ``stored`` holds of them.

    ``stored`` is the cities as read back from the store (`read_city_graph`); nodes and
    relationships count alike.
    """
    scopes = set(layers_of(graph))

    def in_scope(attrs: dict[str, Any]) -> bool:
        return (attrs.get("city"), attrs.get("layer", "curated")) in scopes

    old = {
        ("node", node_id): _without(attrs, "id")
        for node_id, attrs in stored.nodes(data=True)
        if in_scope(attrs)
    }
    old.update(
        (("edge", key), dict(attrs))
        for _, _, key, attrs in stored.edges(keys=True, data=True)
        if in_scope(attrs)
    )
    new = {
        ("node", node_id): _without(attrs, "id")
        for node_id, attrs in graph.nodes(data=True)
        if not attrs.get("linked_only")
    }
    new.update(
        (("edge", key), dict(attrs)) for _, _, key, attrs in graph.edges(keys=True, data=True)
    )
    return LayerChanges(
        added=_count(name not in old for name in new),
        changed=_count(name in old and old[name] != attrs for name, attrs in new.items()),
        removed=_count(name not in new for name in old),
        unchanged=_count(old.get(name) == attrs for name, attrs in new.items()),
    )


def _without(attrs: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if k != key}


def _count(flags: Iterable[bool]) -> int:
    return sum(1 for flag in flags if flag)
