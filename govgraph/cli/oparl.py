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
from govgraph.cli.imports import CityOption, DryRun, print_changes, print_warnings
from govgraph.graphmodel.rules import CHAIR_ROLE, MEMBERSHIP
from govgraph.loaders import oparl
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
        typer.Option(help="The OParl body to import (id or part of its name), if several."),
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
    settings = state_of(ctx).settings
    cache = _cache_dir(settings, source, city, since)
    if oparl.is_url(source):
        _prepare(cache, restart=restart)
    with (
        open_store(settings) as store,
        oparl.OParlClient(min_interval=delay) as client,
        Progress(
            SpinnerColumn(), TextColumn("{task.description}"), console=err_console, transient=True
        ) as bar,
    ):
        task = bar.add_task(f"reading {source}", total=None)

        def progress(description: str, count: int) -> None:
            bar.update(task, description=f"{description}: {count} objects")

        result = oparl.import_oparl(
            store,
            source,
            city,
            body=body,
            since=since,
            client=client,
            cache_dir=cache if oparl.is_url(source) else None,
            progress=progress,
            dry_run=dry_run,
        )
        if oparl.is_url(source):
            out_console.print(f"{client.requests} requests to {source}", highlight=False)
        print_warnings(result.built.warnings)
        print_changes(store, result.built.layer.layer, result.changes, dry_run=dry_run)
    shutil.rmtree(cache, ignore_errors=True)
    _print_summary(result.graph, len(result.built.matched))


def _prepare(cache: Path, *, restart: bool) -> None:
    """Drop kept answers when asked or too old; say when a run resumes."""
    if restart or (cache.is_dir() and time.time() - cache.stat().st_mtime > CACHE_LIFETIME):
        shutil.rmtree(cache, ignore_errors=True)
    kept = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
    if kept:
        out_console.print(
            f"resuming: {kept} answers kept in {cache} (--restart fetches everything again)",
            highlight=False,
        )


def _cache_dir(settings: StoreSettings, source: str, city: str, since: datetime | None) -> Path:
    """Where the answers of one import are kept until it has been written."""
    key = hashlib.sha256(f"{source}|{city}|{since}".encode()).hexdigest()[:16]
    return settings.data_dir / "imports" / f"oparl-{city}-{key}"


def _print_summary(graph: nx.MultiDiGraph[str], matched: int) -> None:
    [(_, layer)] = graph.graph["layers"]
    labels = Counter(
        attrs["label"] for _, attrs in graph.nodes(data=True) if attrs.get("layer") == layer
    )
    roles = Counter(
        attrs.get("role")
        for _, _, attrs in graph.edges(data=True)
        if attrs.get("layer") == layer and attrs["type"] == MEMBERSHIP
    )
    table = Table("bodies", "units", "matched to the city's", "persons", "memberships", "chairs")
    table.add_row(
        str(labels["Body"]),
        str(labels["OrgUnit"]),
        str(matched),
        str(labels["Person"]),
        str(sum(roles.values())),
        str(roles[CHAIR_ROLE]),
    )
    out_console.print(table)
