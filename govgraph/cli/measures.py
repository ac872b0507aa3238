"""``govgraph import-measures`` and ``export-measures``: Maßnahmenkataloge in and out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from govgraph.cli.context import out_console, state_of
from govgraph.cli.imports import CityOption, DryRun, print_changes, print_warnings
from govgraph.errors import NotFoundError
from govgraph.graphmodel import Label
from govgraph.graphmodel.rules import OWNERSHIP
from govgraph.loaders.catalogue import (
    CatalogueFormat,
    Column,
    catalogue_rows,
    import_catalogue,
    write_catalogue,
)
from govgraph.queries import QueryExecutor
from govgraph.store import open_store

__all__ = ["export_measures", "import_measures"]


def import_measures(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(help="The catalogue: .csv (UTF-8 or Windows-1252, ; or ,) or .xlsx."),
    ],
    city: CityOption,
    mapping: Annotated[
        Path | None,
        typer.Option(help="YAML file mapping other headers to catalogue columns."),
    ] = None,
    create_fields: Annotated[
        bool,
        typer.Option("--create-fields", help="Create action fields the city does not have."),
    ] = False,
    name: Annotated[
        str | None,
        typer.Option(
            help="Name of the catalogue (default: the file name without suffix); "
            "importing under the same name replaces the earlier import."
        ),
    ] = None,
    dry_run: DryRun = False,
) -> None:
    """Import a Maßnahmenkatalog into a city: its measures, owners and action fields."""
    with open_store(state_of(ctx).settings) as store:
        result = import_catalogue(
            store,
            file,
            city,
            mapping=mapping,
            name=name,
            create_fields=create_fields,
            dry_run=dry_run,
        )
        print_warnings(result.built.warnings)
        print_changes(store, result.built.layer.layer, result.changes, dry_run=dry_run)
    built = result.built
    measures = [n for n in built.layer.nodes if n.label is Label.MEASURE]
    owned = {r.target for r in built.layer.relationships if r.type.cypher_type == OWNERSHIP}
    table = Table("measures", "with owner", "without owner", "new action fields")
    table.add_row(
        str(len(measures)),
        str(len(owned)),
        str(len(measures) - len(owned)),
        ", ".join(built.created_fields) or "—",
    )
    out_console.print(table)


def export_measures(
    ctx: typer.Context,
    city: CityOption,
    fmt: Annotated[
        CatalogueFormat, typer.Option("--format", help="File format.")
    ] = CatalogueFormat.CSV,
    without_owner: Annotated[
        bool, typer.Option("--without-owner", help="Only the measures nobody owns.")
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="File to write (default: CITY-massnahmen.FORMAT; '-': stdout)."
        ),
    ] = None,
) -> None:
    """Export a city's measures as a catalogue that import-measures reads back."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = ask.many("entities", ids=[city])
        if not any(row["label"] == "City" for row in known):
            raise NotFoundError(f"unknown city '{city}'")
        rows = catalogue_rows(ask.many("catalogue", city=city, without_owner=without_owner))
    if output == Path("-"):
        if fmt is CatalogueFormat.XLSX and sys.stdout.isatty():
            raise typer.BadParameter("XLSX is binary: give a file", param_hint="-o")
        write_catalogue(rows, sys.stdout.buffer, fmt)
        return
    target = output or Path(f"{city}-massnahmen.{fmt.value}")
    write_catalogue(rows, target, fmt)
    owned = sum(1 for row in rows if Column.OWNER in row)
    out_console.print(f"wrote {target}: {len(rows)} measures, {owned} with owner", highlight=False)
