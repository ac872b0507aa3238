"""``govgraph import-measures`` and ``export-measures``: Maßnahmenkataloge in and out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from govgraph.cli.context import err_console, out_console, state_of
from govgraph.cli.imports import CityOption, DryRun, write_graph
from govgraph.errors import NotFoundError
from govgraph.graphmodel import to_networkx
from govgraph.loaders.catalogue import (
    CatalogueFormat,
    Column,
    build_catalogue_layer,
    catalogue_rows,
    read_catalogue,
    write_catalogue,
)
from govgraph.queries import QueryExecutor, read_city_graph
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
    catalogue = read_catalogue(file, mapping)
    with open_store(state_of(ctx).settings) as store:
        city_graph = read_city_graph(QueryExecutor(store), [city])
        built = build_catalogue_layer(
            catalogue, city_graph, city, name=name or file.stem, create_fields=create_fields
        )
        for warning in built.warnings:
            err_console.print(f"warning: {warning}", highlight=False, markup=False)
        write_graph(store, city_graph, to_networkx([built.layer]), dry_run=dry_run)
    measures = [n for n in built.layer.nodes if n.label.value == "Measure"]
    owned = {r.target for r in built.layer.relationships if r.type.value == "owns"}
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
