"""``govgraph chart``: a print-ready org chart (SVG, PDF or PNG) drawn by Graphviz."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govgraph.cli.context import out_console, state_of
from govgraph.queries import QueryExecutor
from govgraph.store import open_store
from govgraph.visualisations import (
    ChartFormat,
    Paper,
    View,
    build_diagram,
    read_city_graph,
    render_chart,
)

__all__ = ["chart"]


def chart(
    ctx: typer.Context,
    cities: Annotated[
        list[str], typer.Argument(help="City id; several for --view compare.", show_default=False)
    ],
    chart_format: Annotated[
        ChartFormat,
        typer.Option("--format", help="File format.", show_default=False),
    ],
    view: Annotated[View, typer.Option(help="What to draw.")] = View.STRUCTURE,
    paper: Annotated[Paper, typer.Option(help="Page the chart fills (landscape).")] = Paper.A4,
    with_people: Annotated[
        bool, typer.Option("--with-people", help="Also draw named persons (personal data).")
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Chart file (default: CITY-VIEW.FORMAT)."),
    ] = None,
) -> None:
    """Draw what the store holds for a city as a print-ready chart (needs Graphviz 'dot')."""
    if view is not View.COMPARE and len(cities) != 1:
        raise typer.BadParameter("give one city, or several with --view compare")
    if view is View.COMPARE and len(cities) < 2:
        raise typer.BadParameter("--view compare needs at least two cities")
    with open_store(state_of(ctx).settings) as store:
        graph = read_city_graph(QueryExecutor(store), cities)
    drawing = build_diagram(graph, view, with_people=with_people)
    drawn = render_chart(drawing, chart_format, paper)
    target = output or Path(f"{'-'.join(cities)}-{view.value}.{chart_format.value}")
    target.write_bytes(drawn)
    out_console.print(
        f"wrote {target}: {len(drawing.nodes)} nodes, {len(drawing.edges)} relationships, "
        f"{paper.value.upper()} landscape",
        highlight=False,
    )
