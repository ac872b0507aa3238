"""``govgraph db``: the store's state, and the embedded server's life."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from govgraph.cli.context import out_console, state_of
from govgraph.cli.data import print_counts
from govgraph.queries import QueryExecutor
from govgraph.store import EmbeddedServer, Engine, StoreSettings, open_store
from govgraph.store.schema import STORE_VERSION

__all__ = ["db_app"]

db_app = typer.Typer(
    help="Inspect the store, upgrade its format; start or stop the embedded server.",
    no_args_is_help=True,
)


@db_app.command("info")
def info(
    ctx: typer.Context,
    city: Annotated[str | None, typer.Option(help="Count one city only (its id).")] = None,
) -> None:
    """Which store is used, its cities, and counts by label and relationship type."""
    with open_store(state_of(ctx).settings) as store:
        out_console.print(f"Store: {store.description}")
        cities = Table("city", "name", title="Cities")
        for row in QueryExecutor(store).many("city_names"):
            cities.add_row(row["id"], row["name"])
        out_console.print(cities)
        print_counts(store.counts(city))


@db_app.command("migrate")
def migrate(ctx: typer.Context) -> None:
    """Bring a store written by an earlier govgraph up to the current format (in place)."""
    with open_store(state_of(ctx).settings) as store:
        done = store.upgrade()  # opening upgrades already; this reports what it did
        if done.found is None:
            out_console.print(f"Neuer Speicher: Format {STORE_VERSION} eingerichtet.")
        elif done.changed:
            out_console.print(
                f"Speicher von Format {done.found} auf {STORE_VERSION} umgestellt: "
                f"{done.nodes} Knoten und {done.relationships} Beziehungen neu geschrieben, "
                f"{done.renamed} Kennungen umbenannt."
            )
        else:
            out_console.print(f"Speicher hat bereits Format {STORE_VERSION}; nichts zu tun.")


def _embedded(settings: StoreSettings) -> EmbeddedServer:
    if not settings.embedded:
        raise typer.BadParameter(
            "a Bolt URI is configured; db start/stop manage the embedded store only"
        )
    return EmbeddedServer(settings.data_dir, settings.heap, settings.engine)


@db_app.command("start")
def start(
    ctx: typer.Context,
    engine: Annotated[
        Engine | None, typer.Option(help="Engine (default: --engine of govgraph, arcadedb).")
    ] = None,
) -> None:
    """Start the embedded server in the background (it runs until ``db stop``)."""
    settings = state_of(ctx).settings
    if engine is not None:
        settings = settings.model_copy(update={"engine": engine})
    server = _embedded(settings)
    info, started = server.start()
    verb = "started" if started else "already running"
    out_console.print(f"embedded store {verb}: {info.uri} (pid {info.pid}, data {server.data_dir})")


@db_app.command("stop")
def stop(ctx: typer.Context) -> None:
    """Stop the embedded server."""
    server = _embedded(state_of(ctx).settings)
    out_console.print(
        "embedded store stopped" if server.stop() else "embedded store was not running"
    )
