"""What the import commands share: their options and the checked, reported write."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
import typer

from govgraph.cli.context import out_console
from govgraph.graphmodel import ImportedLayer, to_networkx
from govgraph.store import GraphStore, layer_changes

__all__ = ["CityOption", "DryRun", "write_layer"]

CityOption = Annotated[
    str, typer.Option("--city", help="Id of the city (already loaded) to import into.")
]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Check and report, but write nothing.")]


def write_layer(
    store: GraphStore, city_graph: nx.MultiDiGraph[str], layer: ImportedLayer, *, dry_run: bool
) -> None:
    """Replace the layer in the store (all or nothing) and say what changed."""
    graph = to_networkx([layer])
    changes = layer_changes(city_graph, graph)
    if dry_run:
        out_console.print(f"dry run, nothing written; would be: {changes}", highlight=False)
        return
    store.replace_cities(graph)
    out_console.print(f"{layer.layer} in {store.description}: {changes}", highlight=False)
