"""``govgraph compare``: cities side by side, as a report."""

from __future__ import annotations

import typer

from govgraph.cli.reports import (
    CitiesArgument,
    FormatOption,
    OutputOption,
    ReportFormat,
    emit_report,
    read_cities,
)
from govgraph.graphmodel.comparison import compare_cities
from govgraph.visualisations.comparison_report import comparison_report
from govgraph.visualisations.report_page import comparison_form

__all__ = ["compare"]


def compare(
    ctx: typer.Context,
    cities: CitiesArgument = None,
    fmt: FormatOption = ReportFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Compare cities: who fills each governance function, and structural figures."""
    read = read_cities(ctx, cities)
    report = comparison_report(compare_cities(read.graph, read.wanted))
    emit_report(report, fmt, output, comparison_form(read.known, read.wanted))
