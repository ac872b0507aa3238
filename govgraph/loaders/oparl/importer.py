"""Importing an OParl system (or a folder of OParl JSON) into a city of the store."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import networkx as nx

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import to_networkx
from govgraph.loaders.layers import replace_layer
from govgraph.loaders.oparl.build import OParlImport, build_oparl_layer
from govgraph.loaders.oparl.client import OParlClient
from govgraph.loaders.oparl.ids import oparl_layer_id
from govgraph.loaders.oparl.objects import OParlObjects, read_folder
from govgraph.loaders.oparl.sync import fetch_missing, known_objects, merge_delta, touched_ids
from govgraph.loaders.oparl.walk import PageCallback, fetch_system
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import GraphStore, LayerChanges

__all__ = ["OParlResult", "import_oparl", "is_url"]


@dataclass(frozen=True)
class OParlResult:
    """What an import built (with warnings), the whole layer as written, and the changes."""

    built: OParlImport
    graph: nx.MultiDiGraph[str]
    changes: LayerChanges


def is_url(source: str | Path) -> bool:
    """Whether ``source`` names an OParl server rather than a folder."""
    return str(source).startswith(("http://", "https://"))


def import_oparl(
    store: GraphStore,
    source: str | Path,
    city: str,
    *,
    body: str | None = None,
    since: datetime | None = None,
    client: OParlClient | None = None,
    cache_dir: Path | None = None,
    progress: PageCallback | None = None,
    today: date | None = None,
    dry_run: bool = False,
) -> OParlResult:
    """Import the bodies, persons and memberships of an OParl system as the city's layer.

    Without ``since`` the layer is replaced as a whole: what the system no longer lists
    is removed. With ``since`` only what changed since then is fetched (deleted objects
    included) and merged into the stored layer. ``cache_dir`` keeps the answers, so an
    interrupted walk resumes; the caller removes it once the import is done.

    Raises
    ------
    ImportSourceError
        The server fails after retries, or answers what is not OParl.
    InputError
        The objects cannot be mapped; or ``since`` without an earlier import, or with a
        folder.
    NotFoundError
        The store does not hold ``city``.
    """
    city_graph = read_city_graph(QueryExecutor(store), [city])
    known = known_objects(city_graph, oparl_layer_id(city))
    if since is not None and not (is_url(source) and known):
        message = "--since needs an OParl URL and an earlier import of the city"
        raise InputError([Problem(str(source), None, None, "since", message)])
    objects = _objects(source, since, client, cache_dir, progress, known)
    built = build_oparl_layer(
        objects, city_graph, city, body=body, today=today, known=known if since else None
    )
    if since is None:
        graph = to_networkx([built.layer])
    else:
        graph = merge_delta(city_graph, built.layer, touched_ids(objects))
    changes = replace_layer(store, city_graph, graph, dry_run=dry_run)
    return OParlResult(built, graph, changes)


def _objects(
    source: str | Path,
    since: datetime | None,
    client: OParlClient | None,
    cache_dir: Path | None,
    progress: PageCallback | None,
    known: dict[str, str],
) -> OParlObjects:
    if not is_url(source):
        return read_folder(Path(source))
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(OParlClient())
        objects = fetch_system(
            str(source), client, since=since, cache_dir=cache_dir, progress=progress
        )
        if since is not None:
            fetch_missing(objects, client, known)
        return objects
