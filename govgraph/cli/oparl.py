"""``govgraph import-oparl``: council bodies, people and memberships from an OParl 1.1 system."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from govgraph.cli.context import err_console, out_console, state_of
from govgraph.cli.imports import CityOption, DryRun, write_graph
from govgraph.graphmodel import to_networkx
from govgraph.loaders.oparl import (
    OParlClient,
    OParlObjects,
    build_oparl_layer,
    fetch_missing,
    fetch_system,
    known_objects,
    merge_delta,
    oparl_layer_id,
    read_folder,
    touched_ids,
)
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import StoreSettings, open_store

__all__ = ["CACHE_LIFETIME", "import_oparl"]

CACHE_LIFETIME = 24 * 3600
"""Seconds for which the answers of an interrupted run are reused."""

_SINCE_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]


def import_oparl(
    ctx: typer.Context,
    source: Annotated[
        str, typer.Argument(help="URL of an OParl system, or a folder of OParl JSON files.")
    ],
    city: CityOption,
    body: Annotated[
        str | None,
        typer.Option(
            help="The OParl body to import (id or part of its name), if there are several."
        ),
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option(
            formats=_SINCE_FORMATS,
            help="Incremental sync: only what changed since then (modified_since), "
            "merged into the previous import.",
        ),
    ] = None,
    restart: Annotated[
        bool,
        typer.Option("--restart", help="Discard answers kept from an interrupted run."),
    ] = False,
    delay: Annotated[
        float,
        typer.Option(min=0, help="Seconds to wait between requests, to spare the server."),
    ] = 0.25,
    dry_run: DryRun = False,
) -> None:
    """Import a council's bodies, people and memberships (chairs included) from OParl."""
    remote = source.startswith(("http://", "https://"))
    if since is not None and not remote:
        raise typer.BadParameter("an incremental sync needs an OParl URL", param_hint="--since")
    settings = state_of(ctx).settings
    with open_store(settings) as store:
        city_graph = read_city_graph(QueryExecutor(store), [city])
        layer = oparl_layer_id(city)
        known = known_objects(city_graph, layer)
        if since is not None and not known:
            raise typer.BadParameter(
                f"{city} has no earlier OParl import to update; import without --since first",
                param_hint="--since",
            )
        cache = _cache_dir(settings, source, city, since)
        if remote:
            objects = _fetch(source, since, cache, known, restart=restart, delay=delay)
        else:
            objects = read_folder(Path(source))
        built = build_oparl_layer(
            objects, city_graph, city, body=body, known=known if since else None
        )
        for warning in built.warnings:
            err_console.print(f"warning: {warning}", highlight=False, markup=False)
        if since is None:
            graph = to_networkx([built.layer])
        else:
            graph = merge_delta(city_graph, built.layer, touched_ids(objects))
        write_graph(store, city_graph, graph, dry_run=dry_run)
    if remote:
        shutil.rmtree(cache, ignore_errors=True)
    _print_summary(graph, layer, len(built.matched))


def _fetch(
    url: str,
    since: datetime | None,
    cache: Path,
    known: dict[str, str],
    *,
    restart: bool,
    delay: float,
) -> OParlObjects:
    """Walk the system with a progress display, keeping answers in ``cache`` to resume."""
    if restart or (cache.is_dir() and time.time() - cache.stat().st_mtime > CACHE_LIFETIME):
        shutil.rmtree(cache, ignore_errors=True)
    kept = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
    if kept:
        out_console.print(
            f"resuming: {kept} answers kept in {cache} (--restart fetches everything again)",
            highlight=False,
        )
    with (
        OParlClient(min_interval=delay) as client,
        Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err_console) as bar,
    ):
        task = bar.add_task(f"fetching {url}", total=None)

        def progress(description: str, count: int) -> None:
            bar.update(task, description=f"{description}: {count} objects")

        objects = fetch_system(url, client, since=since, cache_dir=cache, progress=progress)
        if since is not None:
            fetch_missing(objects, client, known)
        out_console.print(f"{client.requests} requests to {url}", highlight=False)
    return objects


def _cache_dir(settings: StoreSettings, source: str, city: str, since: datetime | None) -> Path:
    """Where the answers of one import are kept until it has been written."""
    key = hashlib.sha256(f"{source}|{city}|{since}".encode()).hexdigest()[:16]
    return settings.data_dir / "imports" / f"oparl-{city}-{key}"


def _print_summary(graph: nx.MultiDiGraph[str], layer: str, matched: int) -> None:
    labels = Counter(
        attrs["label"] for _, attrs in graph.nodes(data=True) if attrs.get("layer") == layer
    )
    roles = Counter(
        attrs.get("role")
        for _, _, attrs in graph.edges(data=True)
        if attrs.get("layer") == layer and attrs["type"] == "MEMBER_OF"
    )
    table = Table("bodies", "units", "matched to the city's", "persons", "memberships", "chairs")
    table.add_row(
        str(labels["Body"]),
        str(labels["OrgUnit"]),
        str(matched),
        str(labels["Person"]),
        str(sum(roles.values())),
        str(roles["chair"]),
    )
    out_console.print(table)
