"""Upgrading a store written by an earlier version of govgraph, in place.

Format 1 (no version node) stored each node under its own label only, without
fingerprints or search terms. Format 2 adds the common label `ENTITY`, the fingerprints
and the search terms. An engine may give an existing node a second label only by
writing it anew, so the upgrade reads every format 1 node and relationship, deletes them
and writes them again through the writer, all in one transaction. ArcadeDB keeps a
deleted node's id in the unique index of its label until the transaction ends, when the
transaction creates it anew under two labels; so the store drops those constraints
first and creates them again afterwards (`BoltStore.upgrade`).

Format 3 transcribes the ids that imports make after DIN 5007-2 instead of folding them
(`govgraph.store.renaming`): the upgrade from format 2 reads the catalogue layers and
replaces them by the same layers under their new ids; from format 1 the ids are renamed
on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from govgraph.errors import StoreError
from govgraph.graphmodel import DocumentKind, Label
from govgraph.store.base import Record
from govgraph.store.renaming import catalogue_renames, renamed
from govgraph.store.schema import FINGERPRINT, STORE_VERSION
from govgraph.store.writer import Stored, Write, plan_replacement

__all__ = ["Upgrade", "found_version", "upgrade"]

Send = Callable[[Write], list[Record]]


@dataclass(frozen=True)
class Upgrade:
    """What an upgrade did: the format found (``None`` for a new, empty store), the
    number of nodes and relationships written anew and of the ids renamed."""

    found: int | None
    nodes: int = 0
    relationships: int = 0
    renamed: int = 0

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
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[], layers=[])
    stored = Stored()
    if found == 1:
        graph = _format_1_graph(send)
        for label in Label:
            send(Write("delete_unlabelled_nodes", {}, {"label": label.value}))
    elif found is not None:
        graph, stored = _catalogue_layers(send)
    renames = catalogue_renames(graph)
    plan = plan_replacement(renamed(graph, renames), stored)
    for write in plan:
        send(write)
    send(Write("set_store_version", {"version": STORE_VERSION}))
    nodes = _rows(plan, "create_nodes", "update_nodes")
    relationships = _rows(plan, "create_relationships", "merge_relationships")
    return Upgrade(found, nodes, relationships, len(renames))


def _rows(plan: list[Write], *statements: str) -> int:
    """How many rows the plan's writes of these statements carry."""
    return sum(len(write.params["rows"]) for write in plan if write.statement in statements)


def _catalogue_layers(send: Send) -> tuple[nx.MultiDiGraph[str], Stored]:
    """The catalogue layers of every city, as the writer takes them and as stored.

    Nodes of other layers at the end of their relationships are marked ``linked_only``.
    """
    kind = DocumentKind.CATALOGUE.value
    layers = [
        {"city": row["city"], "layer": row["id"]}
        for row in send(Write("catalogue_documents", {"kind": kind}))
    ]
    cities = sorted({scope["city"] for scope in layers})
    pairs = [(scope["city"], scope["layer"]) for scope in layers]
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=cities, layers=pairs)
    if not layers:
        return graph, Stored()
    for row in send(Write("layer_contents", {"layers": layers})):
        graph.add_node(row["id"], label=row["label"], **_model_properties(row["properties"]))
    _add_relationships(graph, send(Write("layer_relationship_contents", {"layers": layers})))
    stored = Stored(
        (),
        send(Write("layer_nodes", {"layers": layers})),
        send(Write("layer_relationships", {"layers": layers})),
    )
    return graph, stored


def _format_1_graph(send: Send) -> nx.MultiDiGraph[str]:
    """Every format 1 node and every relationship at one, as the writer takes them.

    Nodes already in the current format at the other end of such a relationship are
    marked ``linked_only``: they are linked to, not written.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[], layers=[])
    for label in Label:
        template = {"label": label.value}
        for row in send(Write("unlabelled_nodes", {}, template)):
            graph.add_node(row["id"], label=label.value, **_model_properties(row["properties"]))
    for label in Label:
        _add_relationships(
            graph, send(Write("unlabelled_relationships", {}, {"label": label.value}))
        )
    return graph


def _add_relationships(graph: nx.MultiDiGraph[str], rows: list[Record]) -> None:
    """Add the relationships of ``rows`` (with both ends' ids and labels), once each; an
    end the graph lacks is added ``linked_only``."""
    for row in rows:
        for end in ("source", "target"):
            if row[end] not in graph:
                graph.add_node(row[end], label=row[f"{end}_label"], linked_only=True)
        props = _model_properties(row["properties"])
        key = props.pop("key")
        graph.add_edge(row["source"], row["target"], key=key, type=row["type"], **props)


def _model_properties(properties: Record) -> dict[str, Any]:
    """Stored properties without what the writer adds itself (the id and fingerprint)."""
    return {k: v for k, v in properties.items() if k not in ("id", FINGERPRINT)}
