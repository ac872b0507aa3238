"""What the import commands share: their options and how they report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

import typer

from govgraph.cli.context import err_console, out_console
from govgraph.errors import Problem
from govgraph.store import GraphStore, LayerChanges

__all__ = ["CityOption", "DryRun", "print_changes", "print_warnings"]

CityOption = Annotated[
    str, typer.Option("--city", help="Id of the city (already loaded) to import into.")
]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Check and report, but write nothing.")]


def print_warnings(warnings: Iterable[Problem]) -> None:
    """Print what the import left out or could not resolve, one line each."""
    for warning in warnings:
        err_console.print(f"warning: {warning}", highlight=False, markup=False)


def print_changes(store: GraphStore, layer: str, changes: LayerChanges, *, dry_run: bool) -> None:
    """Say what the import changed in the store, or would have changed."""
    if dry_run:
        out_console.print(f"dry run, nothing written; would be: {changes}", highlight=False)
        return
    out_console.print(f"{layer} in {store.description}: {changes}", highlight=False)
