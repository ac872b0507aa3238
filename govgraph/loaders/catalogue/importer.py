"""Importing a Maßnahmenkatalog into a city of the store, in one call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govgraph.graphmodel import to_networkx
from govgraph.loaders.catalogue.build import CatalogueImport, build_catalogue_layer
from govgraph.loaders.catalogue.read import read_catalogue
from govgraph.loaders.layers import replace_layer
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import GraphStore, LayerChanges

__all__ = ["CatalogueResult", "import_catalogue"]


@dataclass(frozen=True)
class CatalogueResult:
    """The layer an import built (with its warnings) and what it changed in the store."""

    built: CatalogueImport
    changes: LayerChanges


def import_catalogue(
    store: GraphStore,
    path: Path,
    city: str,
    *,
    mapping: Path | None = None,
    name: str | None = None,
    create_fields: bool = False,
    dry_run: bool = False,
) -> CatalogueResult:
    """Read, resolve and write a catalogue (CSV or XLSX) as the city's layer ``name``.

    ``name`` defaults to the file's stem; importing under the same name again replaces
    what that import added, so the same file twice changes nothing.

    Raises
    ------
    InputError
        The file or the mapping is invalid, or rows cannot be resolved; nothing is written.
    NotFoundError
        The store does not hold ``city``.
    """
    catalogue = read_catalogue(path, mapping)
    city_graph = read_city_graph(QueryExecutor(store), [city])
    built = build_catalogue_layer(
        catalogue, city_graph, city, name=name or path.stem, create_fields=create_fields
    )
    graph = to_networkx([built.layer])
    graph.graph["layers"] += [(city, old) for old in built.replaces if old != built.layer.layer]
    changes = replace_layer(store, city_graph, graph, dry_run=dry_run)
    return CatalogueResult(built, changes)
