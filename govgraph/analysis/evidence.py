"""Citations read back from a stored node or relationship, as (document, quote) pairs."""

from __future__ import annotations

from typing import Any

__all__ = ["Evidence", "citations_of"]

Evidence = tuple[tuple[str, str], ...]
"""Citations as (document id, quote) pairs."""


def citations_of(properties: dict[str, Any]) -> Evidence:
    """The (document, quote) pairs stored on a node or relationship.

    >>> citations_of({"source_documents": ["d"], "source_quotes": ["tagt jährlich"]})
    (('d', 'tagt jährlich'),)
    """
    documents = properties.get("source_documents") or []
    quotes = properties.get("source_quotes") or []
    return tuple(zip(documents, quotes, strict=True))
