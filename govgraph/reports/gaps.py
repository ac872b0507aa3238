"""The gaps of cities as a report: one row per gap, with its evidence."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from govgraph.analysis.gaps import find_gaps
from govgraph.reports.kind import CityChoice, ReportKind
from govgraph.reports.report import Report, cited

__all__ = ["GAP_HEADERS", "REPORT", "gap_report"]

GAP_HEADERS = ("Stadt", "Art der Lücke", "Gremium/Stelle", "Befund", "Beleg")
"""The columns of the gap report."""


def gap_report(graph: nx.MultiDiGraph[str], cities: Sequence[str]) -> Report:
    """The gaps of ``cities`` (in the order given, each as `find_gaps` orders them).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("x", label="City", city="x", name="X")
    >>> G.add_node("m", label="Measure", city="x", name="Kurs", kind="measure",
    ...            source_documents=["d"], source_quotes=["Maßnahme: Kurs"])
    >>> report = gap_report(G, ["x"])
    >>> report.rows[0][:3]
    ('X', 'Maßnahme ohne Verantwortliche', 'Kurs')
    >>> report.rows[0][4]
    '„Maßnahme: Kurs“ (d)'
    >>> report.notes
    ['1 Lücken']
    """
    rows = [
        (
            graph.nodes[city]["name"],
            gap.kind.heading,
            gap.entity_name,
            gap.message,
            cited(gap.evidence),
        )
        for city in cities
        for gap in find_gaps(graph, city)
    ]
    return Report("Lücken in der Governance", GAP_HEADERS, rows, [f"{len(rows)} Lücken"], "Lücken")


REPORT = ReportKind(
    "gaps",
    "Lücken in der Governance",
    "Lücken anzeigen",
    "List the governance gaps of cities, each with what the documents do say.",
    CityChoice.ANY,
    gap_report,
)
"""``govgraph gaps`` and ``/analysis/gaps[?city=…]``."""
