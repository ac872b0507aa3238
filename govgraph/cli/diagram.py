"""``govgraph diagram``: an interactive structure diagram as one offline HTML file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govgraph.cli.context import out_console, state_of
from govgraph.queries import QueryExecutor
from govgraph.store import open_store
from govgraph.visualisations import View, build_diagram, read_city_graph, render_html

__all__ = ["diagram"]


def diagram(
    ctx: typer.Context,
    cities: Annotated[
        list[str], typer.Argument(help="City id; several for --view compare.", show_default=False)
    ],
    view: Annotated[View, typer.Option(help="What to draw.")] = View.STRUCTURE,
    with_people: Annotated[
        bool, typer.Option("--with-people", help="Also draw named persons (personal data).")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file (default: CITY-VIEW.html).")
    ] = None,
) -> None:
    """Draw what the store holds for a city as an interactive diagram (HTML, works offline)."""
    if view is not View.COMPARE and len(cities) != 1:
        raise typer.BadParameter("give one city, or several with --view compare")
    if view is View.COMPARE and len(cities) < 2:
        raise typer.BadParameter("--view compare needs at least two cities")
    with open_store(state_of(ctx).settings) as store:
        graph = read_city_graph(QueryExecutor(store), cities)
    drawing = build_diagram(graph, view, with_people=with_people)
    target = output or Path(f"{'-'.join(cities)}-{view.value}.html")
    target.write_text(render_html(drawing), encoding="utf-8")
    out_console.print(
        f"wrote {target}: {len(drawing.nodes)} nodes, {len(drawing.edges)} relationships"
    )
