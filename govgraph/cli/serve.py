"""``govgraph serve``: the GraphQL API (and GraphiQL) over the configured store."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer
import uvicorn

from govgraph.cli.context import err_console, out_console, state_of
from govgraph.cli.data import write_cities
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.queries import QueryExecutor
from govgraph.store import open_store
from govgraph.web import create_app

__all__ = ["serve"]


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to bind; anything but loopback exposes the API.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    reload_data: Annotated[
        bool, typer.Option("--reload-data", help="Load the bundled five cities even if present.")
    ] = False,
) -> None:
    """Serve the GraphQL API at /graphql (GraphiQL in a browser) and /healthz.

    Loads the bundled five cities first when the store holds no city (or with
    --reload-data). Stops on Ctrl-C.
    """
    if not _is_loopback(host):
        err_console.print(f"warning: binding {host} makes the API reachable from other machines")
    with open_store(state_of(ctx).settings) as store:
        if reload_data or not QueryExecutor(store).many("cities", first=1, offset=0):
            write_cities(store, load_structure_files(bundled_structure_files()))
        url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
        for line in (
            f"govgraph serving {store.description}",
            f"GraphQL (GraphiQL in a browser): {url}/graphql",
            f"health: {url}/healthz",
        ):
            out_console.print(line, soft_wrap=True, highlight=False, markup=False)
        uvicorn.run(create_app(store), host=host, port=port, log_level="info")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
