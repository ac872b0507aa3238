"""``govgraph gaps``: what the documents of cities leave open, as a report."""

from __future__ import annotations

import typer

from govgraph.cli.context import state_of
from govgraph.cli.reports import (
    CitiesArgument,
    FormatOption,
    OutputOption,
    ReportFormat,
    emit_report,
)
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.visualisations.gap_report import gap_report
from govgraph.visualisations.report_page import gaps_form, known_cities

__all__ = ["gaps"]


def gaps(
    ctx: typer.Context,
    cities: CitiesArgument = None,
    fmt: FormatOption = ReportFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """List the governance gaps of cities, each with what the documents do say."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = known_cities(ask)
        wanted = cities or [city for city, _ in known]
        graph = read_city_graph(ask, wanted)
    emit_report(gap_report(graph, wanted), fmt, output, gaps_form(known, wanted))
