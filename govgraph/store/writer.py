"""Planning of a layer replacement: checks, batched deletes of stale data, batched merges.

A graph replaces one or more (city, layer) pairs: the curated structure of a city, or
what one import added to it. Every write is an ``UNWIND $rows …`` statement over at most
`BATCH_SIZE` rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import networkx as nx

from govgraph.errors import Problem
from govgraph.graphmodel import CURATED, Label
from govgraph.store.base import Record

__all__ = [
    "BATCH_SIZE",
    "Write",
    "find_conflicts",
    "layers_of",
    "plan_deletions",
    "plan_merges",
    "plan_schema",
]

T = TypeVar("T")

BATCH_SIZE = 1000
"""Rows per statement; ArcadeDB slows down sharply on much larger UNWIND batches."""


@dataclass(frozen=True)
class Write:
    """One statement to run: its name, template values and parameters."""

    statement: str
    params: dict[str, Any]
    template: dict[str, str]


def layers_of(graph: nx.MultiDiGraph[str]) -> list[tuple[str, str]]:
    """The (city, layer) pairs the graph replaces.

    A graph that names only its cities (``G.graph["cities"]``) replaces their curated layer.
    """
    layers = graph.graph.get("layers") or [(city, CURATED) for city in graph.graph["cities"]]
    return [(city, layer) for city, layer in layers]


def plan_schema() -> list[Write]:
    """Uniqueness constraints on ``id`` for every label (idempotent)."""
    return [Write("ensure_unique_id", {}, {"label": label.value}) for label in Label]


def plan_merges(graph: nx.MultiDiGraph[str]) -> list[Write]:
    """Batched merges of every node (by label and id) and relationship (by type and key).

    Nodes marked ``linked_only`` belong to another layer and are only linked to.
    """
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id, attrs in graph.nodes(data=True):
        if attrs.get("linked_only"):
            continue
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


def find_conflicts(graph: nx.MultiDiGraph[str], found: Iterable[Record]) -> list[Problem]:
    """Nodes the graph would take over from another city or layer, and missing references.

    ``found`` are the rows of the ``nodes_by_id`` statement for the graph's node ids.
    """
    problems = []
    scopes = set(layers_of(graph))
    stored = {row["id"]: row for row in found}
    origins: dict[tuple[str, str], str] = graph.graph.get("origins", {})
    anywhere = ", ".join(sorted(set(origins.values()))) or "the graph"
    for node_id, attrs in graph.nodes(data=True):
        row = stored.get(node_id)
        origin = origins.get((str(attrs.get("city")), str(attrs.get("layer"))), anywhere)
        if attrs.get("linked_only"):
            if row is None or row["label"] != attrs["label"]:
                message = f"links to {attrs['label']} '{node_id}', which the store does not hold"
                problems.append(Problem(origin, None, node_id, None, message))
        elif row is not None and (row["city"], row["layer"]) not in scopes:
            message = f"id already used in city '{row['city']}', layer '{row['layer']}'"
            problems.append(Problem(origin, None, node_id, "id", message))
    return problems


def plan_deletions(
    graph: nx.MultiDiGraph[str], nodes: Iterable[Record], relationships: Iterable[Record]
) -> list[Write]:
    """Deletes of what the store holds for the graph's layers but the graph no longer has.

    ``nodes`` and ``relationships`` are the rows of the ``layer_nodes`` and
    ``layer_relationships`` statements for those layers. A node whose label changed
    counts as stale under its old label.
    """
    edge_keys = {key for _, _, key in graph.edges(keys=True)}
    stale_nodes: dict[str, set[str]] = defaultdict(set)
    stale_relationships: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in nodes:
        node_id, label = row["id"], row["label"]
        attrs = graph.nodes.get(node_id, {})
        if attrs.get("label") != label or attrs.get("linked_only"):
            stale_nodes[label].add(node_id)
    for row in relationships:
        if row["key"] not in edge_keys:
            stale_relationships[(row["type"], row["label"])][row["key"]] = row["id"]
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
