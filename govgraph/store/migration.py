"""Upgrading a store written by an earlier version of govgraph, in place.

Version 1 (no version node) stored each node under its own label only and had no search
terms. Version 2 adds the common label `ENTITY` to every node and links every node to
the words of its names; fingerprints need no upgrade, since a node without one simply
counts as changed at its next load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from govgraph.errors import StoreError
from govgraph.graphmodel import Label
from govgraph.store.base import Record
from govgraph.store.schema import STORE_VERSION
from govgraph.store.writer import Write, batched, link_rows

__all__ = ["Upgrade", "upgrade"]

Send = Callable[[Write], list[Record]]


@dataclass(frozen=True)
class Upgrade:
    """What an upgrade did: the version found (``None`` for a new store) and the work."""

    found: int | None
    labelled: int = 0
    indexed: int = 0

    @property
    def changed(self) -> bool:
        """Whether the store was written to."""
        return self.found != STORE_VERSION


def upgrade(send: Send) -> Upgrade:
    """Bring the store to `STORE_VERSION` through ``send`` (one transaction's statements).

    A store without a version node that holds no city is new: it only gets the node.
    """
    rows = send(Write("store_version", {}))
    found = int(rows[0]["version"]) if rows and rows[0]["version"] is not None else None
    if found == STORE_VERSION:
        return Upgrade(found)
    if found is not None and found > STORE_VERSION:
        raise StoreError(
            f"Der Speicher hat das Format {found}; diese govgraph-Version kennt nur bis "
            f"{STORE_VERSION}. Bitte govgraph aktualisieren."
        )
    labelled = indexed = 0
    if found is not None or send(Write("any_city", {})):
        for label in Label:
            template = {"label": label.value}
            labelled += send(Write("label_entities", {}, template))[0]["count"]
            unindexed = send(Write("unindexed_search_keys", {}, template))
            links = [link for row in unindexed for link in link_rows(row["id"], row["search_key"])]
            for batch in batched(links):
                send(Write("link_search_terms", {"rows": batch}))
            indexed += len(unindexed)
    send(Write("set_store_version", {"version": STORE_VERSION}))
    return Upgrade(found, labelled, indexed)
