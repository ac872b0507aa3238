"""Commands on input files: validate, load, verify-sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from govgraph.cli.context import out_console, state_of
from govgraph.errors import SourceQuoteError
from govgraph.graphmodel import CityDataset, to_networkx
from govgraph.graphmodel.provenance import find_unverified_quotes
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.store import GraphStore, StoreCounts, open_store

__all__ = ["load", "print_counts", "validate", "verify_sources", "write_cities"]

Paths = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Structure files (YAML); default: the bundled five cities.", show_default=False
    ),
]


def _load(paths: list[Path] | None) -> list[CityDataset]:
    return load_structure_files(paths or bundled_structure_files())


def validate(paths: Annotated[list[Path], typer.Argument(help="Structure files (YAML).")]) -> None:
    """Check structure files and report every problem (exit 1 if any)."""
    datasets = load_structure_files(paths)
    for data in datasets:
        out_console.print(
            f"[green]ok[/] {data.origin}: {data.city.name} — {len(data.all_nodes())} nodes, "
            f"{len(data.relationships)} relationships"
        )


def load(ctx: typer.Context, paths: Paths = None) -> None:
    """Load structure files into the store, replacing the cities they describe."""
    datasets = _load(paths)
    with open_store(state_of(ctx).settings) as store:
        write_cities(store, datasets)
        print_counts(store.counts())


def write_cities(store: GraphStore, datasets: list[CityDataset]) -> None:
    """Replace the datasets' cities in ``store``, with a progress bar and a summary table."""
    graph = to_networkx(datasets)
    with Progress(
        TextColumn("writing"),
        BarColumn(),
        MofNCompleteColumn(),
        console=out_console,
        transient=True,
    ) as bar:
        task = bar.add_task("write", total=None)
        store.replace_cities(
            graph, lambda done, total: bar.update(task, completed=done, total=total)
        )
    table = Table(
        "city", "name", "nodes", "relationships", title=f"Loaded into {store.description}"
    )
    for data in datasets:
        counts = store.counts(data.city.id)
        table.add_row(
            data.city.id, data.city.name, str(counts.total_nodes), str(counts.total_relationships)
        )
    out_console.print(table)


def verify_sources(
    sources: Annotated[
        Path, typer.Option("--sources", help="Folder with the source documents (<id>.txt).")
    ],
    paths: Paths = None,
) -> None:
    """Check that every quote occurs in its source document (exit 1 on any miss)."""
    if not sources.is_dir():
        raise typer.BadParameter(f"{sources} is not a folder", param_hint="--sources")
    datasets = _load(paths)
    problems = find_unverified_quotes(datasets, sources)
    if problems:
        raise SourceQuoteError(problems)
    quotes = sum(len(node.citations) for data in datasets for node in data.all_nodes()) + sum(
        len(rel.citations) for data in datasets for rel in data.relationships
    )
    out_console.print(
        f"[green]ok[/] {quotes} citations in {len(datasets)} files found in {sources}"
    )


def print_counts(counts: StoreCounts) -> None:
    """Print node counts by label and relationship counts by type side by side."""
    table = Table("label", "nodes", "type", "relationships", title="Store contents")
    nodes, rels = sorted(counts.nodes.items()), sorted(counts.relationships.items())
    for index in range(max(len(nodes), len(rels))):
        label, count = nodes[index] if index < len(nodes) else ("", "")
        rel_type, rel_count = rels[index] if index < len(rels) else ("", "")
        table.add_row(label, str(count), rel_type, str(rel_count))
    table.add_row(
        "[b]total", f"[b]{counts.total_nodes}", "[b]total", f"[b]{counts.total_relationships}"
    )
    out_console.print(table)
