"""The content of every analyst report: a titled table of German text with notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Report"]


@dataclass(frozen=True)
class Report:
    """A titled table with notes (the rules behind it) below; every cell is German text."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    notes: Sequence[str] = field(default_factory=tuple)
    sheet: str = "Bericht"
