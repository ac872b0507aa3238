"""``govgraph raci``: the RACI matrix of a city, as a table, CSV, Markdown, XLSX or HTML page."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from govgraph.cli.context import state_of
from govgraph.cli.reports import OutputOption, emit_page, emit_report
from govgraph.graphmodel.raci import raci_matrix
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.visualisations.raci_report import raci_report
from govgraph.visualisations.report_page import raci_form, render_report_page

__all__ = ["RaciFormat", "raci"]


class RaciFormat(StrEnum):
    """Output formats of ``govgraph raci``."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"
    HTML = "html"


def raci(
    ctx: typer.Context,
    city: Annotated[str, typer.Argument(help="City id, e.g. bamberg.", show_default=False)],
    fmt: Annotated[RaciFormat, typer.Option("--format", help="Output format.")] = RaciFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Show who is responsible, accountable, consulted and informed for each action field."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = [(row["id"], row["properties"]["name"]) for row in ask.many("cities")]
        graph = read_city_graph(ask, [city])
    report = raci_report(raci_matrix(graph, city), graph.nodes[city]["name"])
    if fmt is RaciFormat.HTML:
        emit_page(render_report_page(report, form=raci_form(known, [city])), output)
    else:
        emit_report(report, fmt.value, output)
