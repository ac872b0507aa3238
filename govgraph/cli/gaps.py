"""``govgraph gaps``: what the documents of cities leave open, as a report."""

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
from govgraph.visualisations.gap_report import gap_report
from govgraph.visualisations.report_page import gaps_form

__all__ = ["gaps"]


def gaps(
    ctx: typer.Context,
    cities: CitiesArgument = None,
    fmt: FormatOption = ReportFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """List the governance gaps of cities, each with what the documents do say."""
    read = read_cities(ctx, cities)
    report = gap_report(read.graph, read.wanted)
    emit_report(report, fmt, output, gaps_form(read.known, read.wanted))
