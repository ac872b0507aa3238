"""Reports of the analyst commands (gaps, compare, raci): one table written as a terminal
table, CSV, Markdown, XLSX or the HTML page the server shows."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.table import Table

from govgraph.cli.context import err_console, out_console, state_of
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.tables import Report, csv_text, markdown_table, xlsx_bytes
from govgraph.visualisations.report_page import CityForm, known_cities, render_report_page

__all__ = [
    "CitiesArgument",
    "FormatOption",
    "OutputOption",
    "ReportFormat",
    "StoredCities",
    "emit_report",
    "read_cities",
]


class ReportFormat(StrEnum):
    """Output formats of the analyst commands."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"
    HTML = "html"


CitiesArgument = Annotated[
    list[str] | None,
    typer.Argument(help="City ids (default: every city in the store).", show_default=False),
]
FormatOption = Annotated[ReportFormat, typer.Option("--format", help="Output format.")]
OutputOption = Annotated[
    Path | None,
    typer.Option("-o", "--output", help="File to write (default, or '-': standard output)."),
]


@dataclass(frozen=True)
class StoredCities:
    """What an analyst command reads: every city in the store (id, name), those it asks
    for, and their graph."""

    known: list[tuple[str, str]]
    wanted: list[str]
    graph: nx.MultiDiGraph[str]


def read_cities(ctx: typer.Context, cities: Sequence[str] | None) -> StoredCities:
    """Read the graph of ``cities`` (none: every city in the store) from the store."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = known_cities(ask)
        wanted = list(cities or [city for city, _ in known])
        return StoredCities(known, wanted, read_city_graph(ask, wanted))


def emit_report(report: Report, fmt: ReportFormat, output: Path | None, form: CityForm) -> None:
    """Write ``report`` as ``fmt`` to ``output`` (default, or ``-``: standard output).

    XLSX needs a file or a redirected output. CSV holds the table alone; a CSV file starts
    with a byte order mark for Excel. Markdown and the terminal table add the title and
    the notes. HTML is the page the server shows, with ``form`` to pick other cities.
    """
    to_stdout = output is None or output == Path("-")
    if fmt is ReportFormat.TABLE:
        table = Table(*report.headers, title=report.title, show_lines=True)
        for row in report.rows:
            table.add_row(*row)
        out_console.print(table)
        for note in report.notes:
            out_console.print(note, highlight=False)
        return
    if fmt is ReportFormat.XLSX:
        if to_stdout and sys.stdout.isatty():
            raise typer.BadParameter("XLSX is binary: give a file", param_hint="-o")
        data = xlsx_bytes(report.headers, report.rows, report.sheet)
    elif fmt is ReportFormat.CSV:
        data = csv_text(report.headers, report.rows, excel=not to_stdout).encode("utf-8")
    elif fmt is ReportFormat.MD:
        parts = [f"## {report.title}", markdown_table(report.headers, report.rows), *report.notes]
        data = ("\n\n".join(parts) + "\n").encode("utf-8")
    else:
        data = render_report_page(report, form=form).encode("utf-8")
    if output is None or output == Path("-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)
        err_console.print(f"wrote {output}", highlight=False)
