"""The content of every analyst report: a titled table of German text with notes, and
how its cells cite the documents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from govgraph.analysis.evidence import Evidence

__all__ = ["Report", "cited"]


@dataclass(frozen=True)
class Report:
    """A titled table with notes (the rules behind it) below; every cell is German text."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    notes: Sequence[str] = field(default_factory=tuple)
    sheet: str = "Bericht"


def cited(evidence: Evidence) -> str:
    """The citations as „quote“ (document), one per line.

    >>> print(cited((("d", "erster Satz"), ("e", "zweiter Satz"))))
    „erster Satz“ (d)
    „zweiter Satz“ (e)
    """
    return "\n".join(f"„{quote}“ ({document})" for document, quote in evidence)
