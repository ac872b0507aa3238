"""``govgraph schema``: print the GraphQL schema (SDL), or write it to a file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from govgraph.cli.context import out_console
from govgraph.graphql import schema_sdl

__all__ = ["print_schema"]


def print_schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write to this file (e.g. govgraph/graphql/schema.graphql)."
        ),
    ] = None,
) -> None:
    """Print the GraphQL schema in SDL; with -o, write it to a file instead."""
    if output is None:
        out_console.print(schema_sdl(), markup=False, highlight=False, soft_wrap=True, end="")
        return
    output.write_text(schema_sdl(), encoding="utf-8")
    out_console.print(f"wrote {output}")
