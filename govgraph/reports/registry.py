"""Every analyst report, in the order the start page and the CLI help list them."""

from __future__ import annotations

from govgraph.reports import comparison, gaps, raci, rhythms
from govgraph.reports.kind import ReportKind

__all__ = ["REPORTS", "report_named"]

REPORTS: tuple[ReportKind, ...] = (comparison.REPORT, gaps.REPORT, raci.REPORT, rhythms.REPORT)
"""A new report is a module with its `ReportKind`, listed here."""


def report_named(name: str) -> ReportKind:
    """The report called ``name``.

    >>> report_named("gaps").path
    '/analysis/gaps'
    """
    [kind] = [kind for kind in REPORTS if kind.name == name]
    return kind
