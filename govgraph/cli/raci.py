"""``govgraph raci``: the RACI matrix of a city, as a report."""

from __future__ import annotations

from typing import Annotated

import typer

from govgraph.cli.reports import FormatOption, OutputOption, ReportFormat, emit_report, read_cities
from govgraph.graphmodel.raci import raci_matrix
from govgraph.visualisations.raci_report import raci_report
from govgraph.visualisations.report_page import raci_form

__all__ = ["raci"]


def raci(
    ctx: typer.Context,
    city: Annotated[str, typer.Argument(help="City id, e.g. bamberg.", show_default=False)],
    fmt: FormatOption = ReportFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Show who is responsible, accountable, consulted and informed for each action field."""
    read = read_cities(ctx, [city])
    report = raci_report(raci_matrix(read.graph, city), read.graph.nodes[city]["name"])
    emit_report(report, fmt, output, raci_form(read.known, [city]))
