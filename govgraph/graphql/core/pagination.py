"""Paging of list fields: ``first`` (at most 100) items after skipping ``offset``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from govgraph.errors import ArgumentError

__all__ = ["MAX_PAGE", "Page", "page"]

MAX_PAGE = 100
"""The most items one list field returns."""

T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    """A validated window into a list."""

    first: int
    offset: int

    def params(self) -> dict[str, int]:
        """The window as Cypher parameters (``$first``, ``$offset``)."""
        return {"first": self.first, "offset": self.offset}

    def of(self, items: Sequence[T]) -> list[T]:
        """The window of an already loaded list."""
        return list(items[self.offset : self.offset + self.first])


def page(first: int, offset: int) -> Page:
    """Check ``first`` and ``offset`` and return the window.

    >>> page(10, 0).of("abcdefghijklmnop")
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
    >>> page(101, 0)
    Traceback (most recent call last):
    ...
    govgraph.errors.ArgumentError: first must be between 1 and 100, not 101
    """
    if not 1 <= first <= MAX_PAGE:
        raise ArgumentError(f"first must be between 1 and {MAX_PAGE}, not {first}")
    if offset < 0:
        raise ArgumentError(f"offset must not be negative, not {offset}")
    return Page(first, offset)
