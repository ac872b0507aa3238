"""``govgraph gaps``: what the documents of a city leave open, as a table, CSV or Markdown."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from govgraph.cli.context import out_console, state_of
from govgraph.graphmodel.evidence import Evidence
from govgraph.graphmodel.gaps import find_gaps
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store

__all__ = ["GapFormat", "gaps"]

HEADERS = ("Stadt", "Art der Lücke", "Gremium/Stelle", "Befund", "Beleg")


class GapFormat(StrEnum):
    """Output formats of ``govgraph gaps``."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"


def gaps(
    ctx: typer.Context,
    cities: Annotated[
        list[str] | None,
        typer.Argument(help="City ids (default: every city in the store).", show_default=False),
    ] = None,
    fmt: Annotated[GapFormat, typer.Option("--format", help="Output format.")] = GapFormat.TABLE,
) -> None:
    """List the governance gaps of cities, each with what the documents do say."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        wanted = cities or [row["id"] for row in ask.many("cities")]
        graph = read_city_graph(ask, wanted)
    rows = [
        (graph.nodes[city]["name"], gap.kind.heading, gap.entity_name, gap.message, gap.evidence)
        for city in wanted
        for gap in find_gaps(graph, city)
    ]
    if fmt is GapFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
        writer.writerow(HEADERS)
        writer.writerows((*row[:4], _cited(row[4], " | ")) for row in rows)
        typer.echo(buffer.getvalue(), nl=False)
    elif fmt is GapFormat.MD:
        lines = [_md_row(HEADERS), _md_row(("---",) * len(HEADERS))]
        lines += [_md_row((*row[:4], _cited(row[4], "<br>"))) for row in rows]
        typer.echo("\n".join(lines))
    else:
        table = Table(*HEADERS, show_lines=True)
        for row in rows:
            table.add_row(*row[:4], _cited(row[4], "\n"))
        out_console.print(table)
        out_console.print(f"{len(rows)} Lücken", highlight=False)


def _cited(evidence: Evidence, separator: str) -> str:
    """The citations as „quote“ (document), joined by ``separator``."""
    return separator.join(f"„{quote}“ ({document})" for document, quote in evidence)


def _md_row(cells: tuple[str, ...]) -> str:
    """One Markdown table row, pipes in cells escaped."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
