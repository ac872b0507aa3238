"""``govgraph raci``: the RACI matrix of a city, as a report."""

from __future__ import annotations

from typing import Annotated

import typer

from govgraph.cli.context import state_of
from govgraph.cli.reports import (
    FormatOption,
    OutputOption,
    ReportFormat,
    emit_report,
)
from govgraph.graphmodel.raci import raci_matrix
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.visualisations.raci_report import raci_report
from govgraph.visualisations.report_page import known_cities, raci_form

__all__ = ["raci"]


def raci(
    ctx: typer.Context,
    city: Annotated[str, typer.Argument(help="City id, e.g. bamberg.", show_default=False)],
    fmt: FormatOption = ReportFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Show who is responsible, accountable, consulted and informed for each action field."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = known_cities(ask)
        graph = read_city_graph(ask, [city])
    report = raci_report(raci_matrix(graph, city), graph.nodes[city]["name"])
    emit_report(report, fmt, output, raci_form(known, [city]))
