"""Provenance checks: every cited quote must occur verbatim in its source document."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from govgraph.errors import Problem
from govgraph.graphmodel.dataset import CityDataset
from govgraph.graphmodel.nodes import Node
from govgraph.graphmodel.relationship import Relationship

__all__ = ["find_unverified_quotes", "normalise_text"]

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Remove HTML tags and collapse whitespace, nothing else.

    >>> normalise_text("<p>Federführend: 52 Amt für Inklusion</p>\\t <p>Beteiligt:</p>")
    'Federführend: 52 Amt für Inklusion Beteiligt:'
    """
    return _SPACE.sub(" ", _TAG.sub(" ", text)).strip()


def find_unverified_quotes(datasets: Iterable[CityDataset], sources_dir: Path) -> list[Problem]:
    """Every citation whose quote does not occur in its document under ``sources_dir``.

    A document ``d`` is read from ``sources_dir/d.txt``; a citation of a document with no
    such file is a problem too. Documents that are not sources (concepts the sources
    name) cannot be cited.
    """
    texts: dict[str, str | None] = {}
    problems: list[Problem] = []
    for data in datasets:
        # derived links (not in ``lines``) repeat a citation of their node, checked there
        cited: list[tuple[str, Node | Relationship]] = [(n.id, n) for n in data.all_nodes()]
        cited += [(r.key, r) for r in data.relationships if r.key in data.lines]
        for name, item in cited:
            line = data.lines.get(name)
            for source in item.citations:
                if source.document not in texts:
                    path = sources_dir / f"{source.document}.txt"
                    texts[source.document] = (
                        normalise_text(path.read_text(encoding="utf-8")) if path.is_file() else None
                    )
                text = texts[source.document]
                if text is None:
                    message = f"no source file {source.document}.txt in {sources_dir}"
                elif normalise_text(source.quote) not in text:
                    message = f"quote not found in {source.document}: {source.quote!r}"
                else:
                    continue
                field = "sources" if source in item.sources else "functions"
                problems.append(Problem(data.origin, line, name, field, message))
    return problems
