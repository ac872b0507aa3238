"""What the store keeps besides the model: the common label, indexes, fingerprints, search terms.

Every node of the model carries its own label (``Body``, ``Measure`` …) and the common
label `ENTITY`, so that a node is found by its id alone through one index. Each label has
a uniqueness constraint on ``id`` and an index on ``city``; `ENTITY` has both as well.
Search goes through `SEARCH_TERM` nodes, one per folded word of the names, linked from
every node whose name, short name or alias has that word (`HAS_TERM`). A node and a
relationship store a `fingerprint` of their properties, so that a reload rewrites only
what changed. The store's format version sits on one `STORE_VERSION_LABEL` node.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from govgraph.graphmodel import Label

__all__ = [
    "ENTITY",
    "FINGERPRINT",
    "HAS_TERM",
    "INDEXED_PROPERTIES",
    "SEARCH_TERM",
    "STORE_VERSION",
    "STORE_VERSION_LABEL",
    "fingerprint",
    "search_words",
]

ENTITY = "Entity"
"""The label every node of the model carries besides its own."""

SEARCH_TERM = "SearchTerm"
"""The label of the search index's word nodes (not part of the model; no city)."""

HAS_TERM = "HAS_TERM"
"""The relationship type from a node to each word of its names."""

STORE_VERSION_LABEL = "GovgraphStore"
"""The label of the one node that records the store's format version."""

STORE_VERSION = 3
"""The store format this code writes: 2 adds `ENTITY`, fingerprints and search terms; 3
transcribes the ids imports make (`govgraph.graphmodel.ids`)."""

FINGERPRINT = "fingerprint"
"""The stored property with a hash of a node's or relationship's other properties."""

INDEXED_PROPERTIES: Mapping[str, frozenset[str]] = {
    **{label.value: frozenset({"id", "city"}) for label in Label},
    ENTITY: frozenset({"id", "city"}),
    SEARCH_TERM: frozenset({"word"}),
    STORE_VERSION_LABEL: frozenset({"id"}),
}
"""The properties each label is indexed by: what a statement may start from."""


def fingerprint(properties: Mapping[str, Any]) -> str:
    """A hash of ``properties`` that changes exactly when one of them does.

    >>> fingerprint({"a": 1, "b": [2]}) == fingerprint({"b": [2], "a": 1})
    True
    >>> fingerprint({"a": 1}) == fingerprint({"a": 2})
    False
    """
    text = json.dumps(properties, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def search_words(search_key: str) -> list[str]:
    """The distinct words of a stored search key, sorted (the `SEARCH_TERM` nodes it links to).

    >>> search_words("amt fur soziales | amt 50")
    ['50', 'amt', 'fur', 'soziales']
    """
    return sorted(set(search_key.split()) - {"|"})
