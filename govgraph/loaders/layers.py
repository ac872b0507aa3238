"""Writing an imported layer: count what changes, then replace the layer all or nothing."""

from __future__ import annotations

import networkx as nx

from govgraph.store import GraphStore, LayerChanges, layer_changes

__all__ = ["replace_layer"]


def replace_layer(
    store: GraphStore,
    city_graph: nx.MultiDiGraph[str],
    graph: nx.MultiDiGraph[str],
    *,
    dry_run: bool = False,
) -> LayerChanges:
    """Replace the graph's layers in ``store`` (unless ``dry_run``) and return the changes.

    ``city_graph`` is the city as read before the import (`read_city_graph`).
    """
    changes = layer_changes(city_graph, graph)
    if not dry_run:
        store.replace_cities(graph)
    return changes
