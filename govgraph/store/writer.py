"""Planning of a city replacement as batched ``UNWIND $rows … MERGE`` statements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from govgraph.graphmodel import Label

__all__ = ["BATCH_SIZE", "Write", "plan_city_replacement", "plan_schema"]

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


def plan_city_replacement(graph: nx.MultiDiGraph[str]) -> list[Write]:
    """The writes that make the store's cities equal to those in ``graph``.

    First, for each city, its nodes and relationships that are no longer in the graph
    are deleted; then every node is merged by label and id, and every relationship by
    type, end labels and key, in batches of `BATCH_SIZE` rows. Run in one transaction,
    the plan is idempotent and all-or-nothing.
    """
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    ids_by_city: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node_id, attrs in graph.nodes(data=True):
        props = {k: v for k, v in attrs.items() if k != "label"}
        props["id"] = node_id
        nodes[attrs["label"]].append({"id": node_id, "props": props})
        ids_by_city[(props["city"], attrs["label"])].append(node_id)

    relationships: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    keys_by_city: dict[str, list[str]] = defaultdict(list)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        props = {k: v for k, v in attrs.items() if k != "type"}
        props["key"] = key
        group = (attrs["type"], graph.nodes[source]["label"], graph.nodes[target]["label"])
        relationships[group].append(
            {"source": source, "target": target, "key": key, "props": props}
        )
        keys_by_city[props["city"]].append(key)

    plan: list[Write] = []
    for city in graph.graph["cities"]:
        plan.append(
            Write("delete_stale_relationships", {"city": city, "keys": keys_by_city[city]}, {})
        )
        for label in Label:
            ids = ids_by_city[(city, label.value)]
            plan.append(
                Write("delete_stale_nodes", {"city": city, "ids": ids}, {"label": label.value})
            )
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


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]
