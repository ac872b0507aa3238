"""Planning of a layer replacement: checks, then batched writes of exactly what changed.

A graph replaces one or more (city, layer) pairs: the curated structure of a city, or
what one import added to it. Inside the replacement's transaction the store reads what
it holds of the graph's ids and layers (`Stored`); `plan_replacement` turns that into
``UNWIND $rows …`` statements over at most `BATCH_SIZE` rows each: deletes of what the
graph no longer has, creates of new nodes, updates of nodes and relationships whose
fingerprint changed, and the search-term links of nodes whose names changed. An unchanged
graph plans no write at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx

from govgraph.errors import Problem
from govgraph.graphmodel import CURATED, Label
from govgraph.store.base import Record
from govgraph.store.schema import ENTITY, FINGERPRINT, fingerprint, search_words

__all__ = [
    "BATCH_SIZE",
    "Stored",
    "Write",
    "batched",
    "find_conflicts",
    "layers_of",
    "link_writes",
    "plan_replacement",
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
    template: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Stored:
    """What the store holds for a replacement, as read inside its transaction.

    ``by_id`` are the ``nodes_by_id`` rows for the graph's node ids, ``nodes`` and
    ``relationships`` the ``layer_nodes`` and ``layer_relationships`` rows of its layers.
    """

    by_id: Sequence[Record] = ()
    nodes: Sequence[Record] = ()
    relationships: Sequence[Record] = ()


def layers_of(graph: nx.MultiDiGraph[str]) -> list[tuple[str, str]]:
    """The (city, layer) pairs the graph replaces.

    A graph that names only its cities (``G.graph["cities"]``) replaces their curated layer.
    """
    layers = graph.graph.get("layers") or [(city, CURATED) for city in graph.graph["cities"]]
    return [(city, layer) for city, layer in layers]


def plan_schema() -> list[Write]:
    """Constraints and indexes (idempotent): id and city of every label and of `ENTITY`."""
    plan: list[Write] = []
    for label in [*(label.value for label in Label), ENTITY]:
        plan.append(Write("ensure_unique_id", {}, {"label": label}))
        plan.append(Write("ensure_city_index", {}, {"label": label}))
    return [*plan, Write("ensure_search_term_word", {}), Write("ensure_store_version_id", {})]


def find_conflicts(graph: nx.MultiDiGraph[str], found: Iterable[Record]) -> list[Problem]:
    """Nodes the graph would take over from another city or layer, and missing references.

    ``found`` are the rows of the ``nodes_by_id`` statement for the graph's node ids. A
    node the graph only links to must be stored, with its label, in the same city.
    """
    problems = []
    scopes = set(layers_of(graph))
    cities = {city for city, _ in scopes}
    stored = {row["id"]: row for row in found}
    origins: dict[tuple[str, str], str] = graph.graph.get("origins", {})
    anywhere = ", ".join(sorted(set(origins.values()))) or "the graph"
    for node_id, attrs in graph.nodes(data=True):
        row = stored.get(node_id)
        origin = origins.get((str(attrs.get("city")), str(attrs.get("layer"))), anywhere)
        if attrs.get("linked_only"):
            if row is None or row["label"] != attrs["label"] or row["city"] not in cities:
                message = f"links to {attrs['label']} '{node_id}', which the store does not hold"
                problems.append(Problem(origin, None, node_id, None, message))
        elif row is not None and (row["city"], row["layer"]) not in scopes:
            message = f"id already used in city '{row['city']}', layer '{row['layer']}'"
            problems.append(Problem(origin, None, node_id, "id", message))
    return problems


def plan_replacement(graph: nx.MultiDiGraph[str], stored: Stored) -> list[Write]:
    """The writes that make the graph's layers in the store equal to ``graph``.

    A stored node the graph lacks (or holds under another label, or only links to) is
    deleted with its relationships; so is a stored relationship whose key the graph lacks.
    A node is created when new, updated when its fingerprint differs, and left alone
    otherwise; relationships likewise (created at created nodes, else merged by key), and
    those of re-created nodes are written again. Nodes whose search key changed get their
    search terms anew; terms nobody links to any more are deleted.
    """
    nodes = {row["id"]: row for row in stored.nodes}
    stale = _stale_nodes(graph, stored.nodes)
    stale_ids = {node_id for ids in stale.values() for node_id in ids}
    creates: dict[str, list[Record]] = defaultdict(list)
    updates: dict[str, list[Record]] = defaultdict(list)
    unlinked: list[str] = []
    links: dict[str, list[str]] = defaultdict(list)
    old_words = {word for node_id in stale_ids for word in _words(nodes[node_id])}
    created: set[str] = set()
    for node_id, attrs in graph.nodes(data=True):
        if attrs.get("linked_only"):
            continue
        label, row = attrs["label"], _node_row(node_id, attrs)
        old = nodes.get(node_id) if node_id not in stale_ids else None
        if old is None:
            creates[label].append(row)
            created.add(node_id)
        elif old["fingerprint"] != row["props"][FINGERPRINT]:
            updates[label].append(row)
        if old is not None and old["search_key"] == attrs.get("search_key"):
            continue
        if old is not None:
            unlinked.append(node_id)
            old_words.update(_words(old))
        for word in search_words(attrs.get("search_key") or ""):
            links[word].append(node_id)
    plan = _deletions(graph, stale, stored.relationships)
    plan += [Write("unlink_search_terms", {"ids": b}) for b in batched(unlinked)]
    for statement, groups in (("create_nodes", creates), ("update_nodes", updates)):
        for label, rows in sorted(groups.items()):
            plan += [Write(statement, {"rows": b}, {"label": label}) for b in batched(rows)]
    plan += link_writes(links)
    plan += _relationship_writes(graph, stored.relationships, created)
    if old_words:
        words = sorted(old_words)
        plan += [Write("delete_unused_search_terms", {"words": b}) for b in batched(words)]
    return plan


def link_writes(links: dict[str, list[str]]) -> list[Write]:
    """The ``link_search_terms`` writes for ``links`` (word → ids of the nodes to link)."""
    rows = [{"word": word, "ids": ids} for word, ids in sorted(links.items())]
    return [Write("link_search_terms", {"rows": b}) for b in batched(rows, _weight)]


def batched(rows: Sequence[T], weight: Callable[[T], int] = lambda _: 1) -> Iterator[list[T]]:
    """``rows`` in consecutive batches of at most `BATCH_SIZE` (by ``weight``, one each)."""
    batch: list[T] = []
    size = 0
    for row in rows:
        if batch and size + weight(row) > BATCH_SIZE:
            yield batch
            batch, size = [], 0
        batch.append(row)
        size += weight(row)
    if batch:
        yield batch


def _weight(row: Record) -> int:
    return len(row["ids"])


def _node_row(node_id: str, attrs: dict[str, Any]) -> Record:
    props = {k: v for k, v in attrs.items() if k != "label"}
    props["id"] = node_id
    props[FINGERPRINT] = fingerprint(props)
    return {"id": node_id, "props": props}


def _words(row: Record) -> list[str]:
    return search_words(row.get("search_key") or "")


def _stale_nodes(graph: nx.MultiDiGraph[str], stored: Iterable[Record]) -> dict[str, set[str]]:
    """Stored ids by stored label that the graph lacks, relabels or only links to."""
    stale: dict[str, set[str]] = defaultdict(set)
    for row in stored:
        attrs = graph.nodes.get(row["id"], {})
        if attrs.get("label") != row["label"] or attrs.get("linked_only"):
            stale[row["label"]].add(row["id"])
    return stale


def _deletions(
    graph: nx.MultiDiGraph[str], stale: dict[str, set[str]], relationships: Iterable[Record]
) -> list[Write]:
    edge_keys = {key for _, _, key in graph.edges(keys=True)}
    stale_relationships: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in relationships:
        if row["key"] not in edge_keys:
            stale_relationships[(row["type"], row["label"])][row["key"]] = row["id"]
    plan: list[Write] = []
    for (rel_type, from_label), by_key in sorted(stale_relationships.items()):
        rows = [{"source": source, "key": key} for key, source in sorted(by_key.items())]
        template = {"type": rel_type, "from_label": from_label}
        plan += [Write("delete_relationships", {"rows": b}, template) for b in batched(rows)]
    for label, ids in sorted(stale.items()):
        plan += [Write("delete_nodes", {"ids": b}, {"label": label}) for b in batched(sorted(ids))]
    return plan


def _relationship_writes(
    graph: nx.MultiDiGraph[str], relationships: Iterable[Record], created: set[str]
) -> list[Write]:
    """Creates of relationships at created nodes, merges of the other new or changed ones."""
    stored = {row["key"]: row["fingerprint"] for row in relationships}
    groups: dict[tuple[str, str, str, str], list[Record]] = defaultdict(list)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        props = {k: v for k, v in attrs.items() if k != "type"}
        props["key"] = key
        props[FINGERPRINT] = fingerprint(props)
        new_end = source in created or target in created
        if stored.get(key) == props[FINGERPRINT] and not new_end:
            continue
        statement = "create_relationships" if new_end else "merge_relationships"
        labels = (graph.nodes[source]["label"], graph.nodes[target]["label"])
        groups[(statement, attrs["type"], *labels)].append(
            {"source": source, "target": target, "key": key, "props": props}
        )
    plan: list[Write] = []
    for (statement, rel_type, from_label, to_label), rows in sorted(groups.items()):
        template = {"type": rel_type, "from_label": from_label, "to_label": to_label}
        plan += [Write(statement, {"rows": b}, template) for b in batched(rows)]
    return plan
