"""What the import commands share: their options and the checked, reported write."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
import typer

from govgraph.cli.context import out_console
from govgraph.store import GraphStore, layer_changes

__all__ = ["CityOption", "DryRun", "write_graph"]

CityOption = Annotated[
    str, typer.Option("--city", help="Id of the city (already loaded) to import into.")
]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Check and report, but write nothing.")]


def write_graph(
    store: GraphStore,
    city_graph: nx.MultiDiGraph[str],
    graph: nx.MultiDiGraph[str],
    *,
    dry_run: bool,
) -> None:
    """Replace the graph's layer in the store (all or nothing) and say what changed.

    ``city_graph`` is the city as read before the import, to count the changes.
    """
    changes = layer_changes(city_graph, graph)
    if dry_run:
        out_console.print(f"dry run, nothing written; would be: {changes}", highlight=False)
        return
    store.replace_cities(graph)
    layers = ", ".join(layer for _, layer in graph.graph["layers"])
    out_console.print(f"{layers} in {store.description}: {changes}", highlight=False)
