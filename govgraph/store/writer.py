"""Planning of a city replacement: batched deletes of stale data, then batched merges.

Every write is an ``UNWIND $rows …`` statement over at most `BATCH_SIZE` rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import networkx as nx

from govgraph.graphmodel import Label
from govgraph.store.base import Record

__all__ = ["BATCH_SIZE", "Write", "plan_deletions", "plan_merges", "plan_schema"]

T = TypeVar("T")

BATCH_SIZE = 1000
"""Rows per statement; ArcadeDB slows down sharply on much larger UNWIND batches."""


@dataclass(frozen=True)
class Write:
    """One statement to run: its name, template values and parameters."""

    statement: str
    params: dict[str, Any]
    template: dict[str, str]


def plan_schema() -> list[Write]:
    """Uniqueness constraints on ``id`` for every label (idempotent)."""
    return [Write("ensure_unique_id", {}, {"label": label.value}) for label in Label]


def plan_merges(graph: nx.MultiDiGraph[str]) -> list[Write]:
    """Batched merges of every node (by label and id) and relationship (by type and key)."""
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id, attrs in graph.nodes(data=True):
        props = {k: v for k, v in attrs.items() if k != "label"}
        props["id"] = node_id
        nodes[attrs["label"]].append({"id": node_id, "props": props})
    relationships: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        props = {k: v for k, v in attrs.items() if k != "type"}
        props["key"] = key
        group = (attrs["type"], graph.nodes[source]["label"], graph.nodes[target]["label"])
        relationships[group].append(
            {"source": source, "target": target, "key": key, "props": props}
        )
    plan: list[Write] = []
    for node_label, rows in sorted(nodes.items()):
        plan.extend(
            Write("merge_nodes", {"rows": batch}, {"label": node_label}) for batch in _batches(rows)
        )
    for (rel_type, from_label, to_label), rows in sorted(relationships.items()):
        template = {"type": rel_type, "from_label": from_label, "to_label": to_label}
        plan.extend(
            Write("merge_relationships", {"rows": batch}, template) for batch in _batches(rows)
        )
    return plan


def plan_deletions(graph: nx.MultiDiGraph[str], stored: Iterable[Record]) -> list[Write]:
    """Deletes of what the store holds for the graph's cities but the graph no longer has.

    ``stored`` are the rows of the ``city_contents`` statement for those cities: a
    node's label and id, and (where it has any) one of its relationships' type and key.
    A node whose label changed counts as stale under its old label.
    """
    edge_keys = {key for _, _, key in graph.edges(keys=True)}
    stale_nodes: dict[str, set[str]] = defaultdict(set)
    stale_relationships: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in stored:
        node_id, label = row["id"], row["label"]
        if graph.nodes.get(node_id, {}).get("label") != label:
            stale_nodes[label].add(node_id)
        key = row["key"]
        if key is not None and key not in edge_keys:
            stale_relationships[(row["type"], label)][key] = node_id
    plan: list[Write] = []
    for (rel_type, from_label), by_key in sorted(stale_relationships.items()):
        rows = [{"source": source, "key": key} for key, source in sorted(by_key.items())]
        template = {"type": rel_type, "from_label": from_label}
        plan.extend(Write("delete_relationships", {"rows": b}, template) for b in _batches(rows))
    for label, ids in sorted(stale_nodes.items()):
        plan.extend(
            Write("delete_nodes", {"ids": batch}, {"label": label})
            for batch in _batches(sorted(ids))
        )
    return plan


def _batches(rows: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]
