"""``govgraph chart``: a print-ready org chart (SVG, PDF or PNG) drawn by Graphviz."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govgraph.cli.context import out_console
from govgraph.cli.drawing import Cities, ViewOption, WithPeople, read_drawing
from govgraph.visualisations import (
    ChartFormat,
    Paper,
    View,
    render_chart,
)

__all__ = ["chart"]


def chart(
    ctx: typer.Context,
    cities: Cities,
    chart_format: Annotated[
        ChartFormat,
        typer.Option("--format", help="File format.", show_default=False),
    ],
    view: ViewOption = View.STRUCTURE,
    paper: Annotated[Paper, typer.Option(help="Page the chart fills (landscape).")] = Paper.A4,
    with_people: WithPeople = False,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Chart file (default: CITY-VIEW.FORMAT)."),
    ] = None,
) -> None:
    """Draw what the store holds for a city as a print-ready chart (needs Graphviz 'dot')."""
    drawing = read_drawing(ctx, cities, view, with_people)
    drawn = render_chart(drawing, chart_format, paper)
    target = output or Path(f"{'-'.join(cities)}-{view.value}.{chart_format.value}")
    target.write_bytes(drawn)
    out_console.print(
        f"wrote {target}: {len(drawing.nodes)} nodes, {len(drawing.edges)} relationships, "
        f"{paper.value.upper()} landscape",
        highlight=False,
    )
