"""``govgraph compare``: cities side by side, as a report."""

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
from govgraph.graphmodel.comparison import compare_cities
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.visualisations.comparison_report import comparison_report
from govgraph.visualisations.report_page import comparison_form, known_cities

__all__ = ["compare"]


def compare(
    ctx: typer.Context,
    cities: CitiesArgument = None,
    fmt: FormatOption = ReportFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Compare cities: who fills each governance function, and structural figures."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = known_cities(ask)
        wanted = cities or [city for city, _ in known]
        graph = read_city_graph(ask, wanted)
    report = comparison_report(compare_cities(graph, wanted))
    emit_report(report, fmt, output, comparison_form(known, wanted))
