"""``govgraph gaps``: what the documents of a city leave open, as a table, CSV, Markdown, XLSX
or an HTML page."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from govgraph.cli.context import state_of
from govgraph.cli.reports import OutputOption, emit_page, emit_report
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.visualisations.gap_report import gap_report
from govgraph.visualisations.report_page import gaps_form, render_report_page

__all__ = ["GapFormat", "gaps"]


class GapFormat(StrEnum):
    """Output formats of ``govgraph gaps``."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"
    HTML = "html"


def gaps(
    ctx: typer.Context,
    cities: Annotated[
        list[str] | None,
        typer.Argument(help="City ids (default: every city in the store).", show_default=False),
    ] = None,
    fmt: Annotated[GapFormat, typer.Option("--format", help="Output format.")] = GapFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """List the governance gaps of cities, each with what the documents do say."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = [(row["id"], row["properties"]["name"]) for row in ask.many("cities")]
        wanted = cities or [city for city, _ in known]
        graph = read_city_graph(ask, wanted)
    report = gap_report(graph, wanted)
    if fmt is GapFormat.HTML:
        emit_page(render_report_page(report, form=gaps_form(known, wanted)), output)
    else:
        emit_report(report, fmt.value, output)
