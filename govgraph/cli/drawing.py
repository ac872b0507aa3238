"""What ``govgraph diagram`` and ``govgraph chart`` share: their arguments and the drawing."""

from __future__ import annotations

from typing import Annotated

import typer

from govgraph.cli.context import state_of
from govgraph.queries import QueryExecutor
from govgraph.store import open_store
from govgraph.visualisations import Diagram, View, build_diagram, read_city_graph

__all__ = ["Cities", "ViewOption", "WithPeople", "read_drawing"]

Cities = Annotated[
    list[str], typer.Argument(help="City id; several for --view compare.", show_default=False)
]
ViewOption = Annotated[View, typer.Option(help="What to draw.")]
WithPeople = Annotated[
    bool, typer.Option("--with-people", help="Also draw named persons (personal data).")
]


def read_drawing(ctx: typer.Context, cities: list[str], view: View, with_people: bool) -> Diagram:
    """Check the number of cities for ``view``, read them from the store and lay them out."""
    if view is not View.COMPARE and len(cities) != 1:
        raise typer.BadParameter("give one city, or several with --view compare")
    if view is View.COMPARE and len(cities) < 2:
        raise typer.BadParameter("--view compare needs at least two cities")
    with open_store(state_of(ctx).settings) as store:
        graph = read_city_graph(QueryExecutor(store), cities)
    return build_diagram(graph, view, with_people=with_people)
