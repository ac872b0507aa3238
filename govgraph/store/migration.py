"""Upgrading a store written by an earlier version of govgraph, in place.

Format 1 (no version node) stored each node under its own label only, without
fingerprints or search terms. Format 2 adds the common label `ENTITY`, the fingerprints
and the search terms. An engine may give an existing node a second label only by
writing it anew, so the upgrade reads every format 1 node and relationship, deletes them
and writes them again through the writer, all in one transaction. ArcadeDB keeps a
deleted node's id in the unique index of its label until the transaction ends, when the
transaction creates it anew under two labels; so the store drops those constraints
first and creates them again afterwards (`BoltStore.upgrade`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from govgraph.errors import StoreError
from govgraph.graphmodel import Label
from govgraph.store.base import Record
from govgraph.store.schema import STORE_VERSION
from govgraph.store.writer import Stored, Write, plan_replacement

__all__ = ["Upgrade", "found_version", "upgrade"]

Send = Callable[[Write], list[Record]]


@dataclass(frozen=True)
class Upgrade:
    """What an upgrade did: the format found (``None`` for a new, empty store) and the
    number of nodes and relationships written anew."""

    found: int | None
    nodes: int = 0
    relationships: int = 0

    @property
    def changed(self) -> bool:
        """Whether the store was written to."""
        return self.found != STORE_VERSION


def found_version(send: Send) -> int | None:
    """The store's format: its version node's, else 1 if it holds a city, else ``None``.

    Raises
    ------
    StoreError
        When the store has a newer format than this version of govgraph writes.
    """
    rows = send(Write("store_version", {}))
    found = int(rows[0]["version"]) if rows and rows[0]["version"] is not None else None
    if found is None and send(Write("any_city", {})):
        found = 1
    if found is not None and found > STORE_VERSION:
        raise StoreError(
            f"Der Speicher hat das Format {found}; diese govgraph-Version kennt nur bis "
            f"{STORE_VERSION}. Bitte govgraph aktualisieren."
        )
    return found


def upgrade(send: Send, found: int | None) -> Upgrade:
    """Bring a store of format ``found`` (`found_version`) to `STORE_VERSION` through
    ``send``, the statements of one transaction. A new store only gets the version node.
    """
    if found == STORE_VERSION:
        return Upgrade(found)
    graph = _format_1_graph(send) if found is not None else nx.MultiDiGraph()
    for label in Label:
        send(Write("delete_unlabelled_nodes", {}, {"label": label.value}))
    for write in plan_replacement(graph, Stored()):
        send(write)
    send(Write("set_store_version", {"version": STORE_VERSION}))
    written = sum(1 for _, attrs in graph.nodes(data=True) if not attrs.get("linked_only"))
    return Upgrade(found, written, graph.number_of_edges())


def _format_1_graph(send: Send) -> nx.MultiDiGraph[str]:
    """Every format 1 node and every relationship at one, as the writer takes them.

    Nodes already in the current format at the other end of such a relationship are
    marked ``linked_only``: they are linked to, not written.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[], layers=[])
    for label in Label:
        template = {"label": label.value}
        for row in send(Write("unlabelled_nodes", {}, template)):
            graph.add_node(row["id"], label=label.value, **row["properties"])
    for label in Label:
        for row in send(Write("unlabelled_relationships", {}, {"label": label.value})):
            for end in ("source", "target"):
                if row[end] not in graph:
                    graph.add_node(row[end], label=row[f"{end}_label"], linked_only=True)
            props = dict(row["properties"])
            key = props.pop("key")
            graph.add_edge(row["source"], row["target"], key=key, type=row["type"], **props)
    for attrs in graph.nodes.values():
        attrs.pop("id", None)
    return graph
