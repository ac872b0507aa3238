"""The meeting rhythms of the bodies of cities, city by city, with what the documents say."""

from __future__ import annotations

import networkx as nx

from govgraph.analysis import CityGraph, Evidence, citations_of
from govgraph.graphmodel import Label, fold
from govgraph.graphmodel.rules import rhythm_of
from govgraph.reports.kind import CityChoice, ReportKind
from govgraph.reports.report import Report, cited

__all__ = ["NOT_GIVEN", "REPORT", "rhythm_report"]

NOT_GIVEN = "nicht angegeben"
"""The cell of a body whose documents give no rhythm."""


def rhythm_report(graph: nx.MultiDiGraph[str], cities: list[str]) -> Report:
    """Every body of ``cities`` (in the order given, by name within a city) with its
    meeting rhythm as written (else its meetings per year) and the body's citations.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("x", label="City", city="x", name="X")
    >>> G.add_node("ag", label="Body", city="x", name="AG Sprache", rhythm="monatlich",
    ...            source_documents=["d"], source_quotes=["Die AG tagt monatlich."])
    >>> G.add_node("rat", label="Body", city="x", name="Beirat")
    >>> report = rhythm_report(G, ["x"])
    >>> [row[1:4] for row in report.rows]
    [('AG Sprache', 'monatlich', '„Die AG tagt monatlich.“ (d)'), ('Beirat', 'nicht angegeben', '')]

    The evidence of a rhythm is the body's citations with a word that starts with one of
    its words (of four letters or more, folded); if none has, all its citations; without
    a rhythm, none.
    >>> report.notes[0]
    '2 Gremien, 1 mit Sitzungsrhythmus'
    """
    rows = []
    for city in cities:
        view = CityGraph(graph, city)
        bodies = sorted(view.own_nodes(Label.BODY), key=lambda b: (fold(b[1]["name"]), b[0]))
        for _, data in bodies:
            rhythm = rhythm_of(data)
            evidence = cited(_saying(citations_of(data), rhythm)) if rhythm else ""
            rows.append((graph.nodes[city]["name"], data["name"], rhythm or NOT_GIVEN, evidence))
    given = sum(1 for row in rows if row[2] != NOT_GIVEN)
    notes = [
        f"{len(rows)} Gremien, {given} mit Sitzungsrhythmus",
        "Sitzungsrhythmus wie in den Dokumenten geschrieben, sonst die Zahl der Sitzungen im "
        f"Jahr; „{NOT_GIVEN}“: Die Dokumente nennen keinen. Beleg: die Zitate des Gremiums, "
        "die ein Wort des Rhythmus enthalten (sonst alle Zitate des Gremiums).",
    ]
    headers = ("Stadt", "Gremium", "Sitzungsrhythmus", "Beleg")
    return Report("Sitzungsrhythmen der Gremien", headers, rows, notes, "Sitzungsrhythmen")


def _saying(citations: Evidence, rhythm: str) -> Evidence:
    """The citations with a word that starts with a word of ``rhythm`` (of four letters
    or more, folded), else all.

    >>> _saying((("d", "Die jährliche Konferenz"), ("d", "Der Beirat")), "jährlich")
    (('d', 'Die jährliche Konferenz'),)
    """
    words = tuple(word for word in fold(rhythm).split() if len(word) >= 4)
    saying = tuple(c for c in citations if any(w.startswith(words) for w in fold(c[1]).split()))
    return saying or citations


REPORT = ReportKind(
    "rhythms",
    "Sitzungsrhythmen der Gremien",
    "Rhythmen zeigen",
    "List how often each body of cities meets, as its documents say.",
    CityChoice.SEVERAL,
    rhythm_report,
)
"""``govgraph rhythms`` and ``/analysis/rhythms?city=…&city=…``."""
