"""``govgraph diagram``: an interactive structure diagram as one offline HTML file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govgraph.cli.context import out_console
from govgraph.cli.drawing import Cities, ViewOption, WithPeople, read_drawing
from govgraph.visualisations import View, render_html

__all__ = ["diagram"]


def diagram(
    ctx: typer.Context,
    cities: Cities,
    view: ViewOption = View.STRUCTURE,
    with_people: WithPeople = False,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file (default: CITY-VIEW.html).")
    ] = None,
) -> None:
    """Draw what the store holds for a city as an interactive diagram (HTML, works offline)."""
    drawing = read_drawing(ctx, cities, view, with_people)
    target = output or Path(f"{'-'.join(cities)}-{view.value}.html")
    target.write_text(render_html(drawing), encoding="utf-8")
    out_console.print(
        f"wrote {target}: {len(drawing.nodes)} nodes, {len(drawing.edges)} relationships"
    )
