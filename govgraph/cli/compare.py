"""``govgraph compare``: cities side by side, as a table, CSV, Markdown, XLSX or an HTML page."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from govgraph.cli.context import state_of
from govgraph.cli.reports import OutputOption, emit_page, emit_report
from govgraph.graphmodel.comparison import compare_cities
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.visualisations.comparison_report import comparison_report
from govgraph.visualisations.report_page import comparison_form, render_report_page

__all__ = ["CompareFormat", "compare"]


class CompareFormat(StrEnum):
    """Output formats of ``govgraph compare``."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"
    HTML = "html"


def compare(
    ctx: typer.Context,
    cities: Annotated[
        list[str] | None,
        typer.Argument(help="City ids (default: every city in the store).", show_default=False),
    ] = None,
    fmt: Annotated[
        CompareFormat, typer.Option("--format", help="Output format.")
    ] = CompareFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Compare cities: who fills each governance function, and structural figures."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = [(row["id"], row["properties"]["name"]) for row in ask.many("cities")]
        wanted = cities or [city for city, _ in known]
        graph = read_city_graph(ask, wanted)
    report = comparison_report(compare_cities(graph, wanted))
    if fmt is CompareFormat.HTML:
        emit_page(render_report_page(report, form=comparison_form(known, wanted)), output)
    else:
        emit_report(report, fmt.value, output)
