"""The analyst commands, one per registered report (``govgraph compare``, ``gaps``, ``raci``
…): a table in the terminal, or CSV, Markdown, XLSX or the HTML page the server shows."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from govgraph.cli.context import err_console, out_console, state_of
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.reports import (
    CityChoice,
    CityForm,
    Report,
    ReportFormat,
    ReportKind,
    known_cities,
    report_bytes,
)
from govgraph.store import open_store

__all__ = ["emit_report", "report_command"]

CitiesArgument = Annotated[
    list[str] | None,
    typer.Argument(help="City ids (default: every city in the store).", show_default=False),
]
CityArgument = Annotated[str, typer.Argument(help="City id, e.g. bamberg.", show_default=False)]
FormatOption = Annotated[ReportFormat, typer.Option("--format", help="Output format.")]
OutputOption = Annotated[
    Path | None,
    typer.Option("-o", "--output", help="File to write (default, or '-': standard output)."),
]


def report_command(kind: ReportKind) -> Callable[..., None]:
    """The command of report ``kind``: one city argument, or any number (none: all)."""
    command: Callable[..., None]
    if kind.cities is CityChoice.ONE:

        def one_city(
            ctx: typer.Context,
            city: CityArgument,
            fmt: FormatOption = ReportFormat.TABLE,
            output: OutputOption = None,
        ) -> None:
            _run(ctx, kind, [city], fmt, output)

        command = one_city
    else:

        def cities(
            ctx: typer.Context,
            cities: CitiesArgument = None,
            fmt: FormatOption = ReportFormat.TABLE,
            output: OutputOption = None,
        ) -> None:
            _run(ctx, kind, cities, fmt, output)

        command = cities
    command.__doc__ = kind.summary
    return command


def _run(
    ctx: typer.Context,
    kind: ReportKind,
    cities: Sequence[str] | None,
    fmt: ReportFormat,
    output: Path | None,
) -> None:
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        known = known_cities(ask)
        wanted = list(cities or [city for city, _ in known])
        graph = read_city_graph(ask, wanted)
    emit_report(kind.build(graph, wanted), fmt, output, kind.form(known, wanted))


def emit_report(report: Report, fmt: ReportFormat, output: Path | None, form: CityForm) -> None:
    """Write ``report`` as ``fmt`` to ``output`` (default, or ``-``: standard output).

    XLSX needs a file or a redirected output; a CSV file starts with a byte order mark for
    Excel. The terminal table adds the title and the notes.
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
    if fmt is ReportFormat.XLSX and to_stdout and sys.stdout.isatty():
        raise typer.BadParameter("XLSX is binary: give a file", param_hint="-o")
    data = report_bytes(report, fmt, form, excel=not to_stdout)
    if output is None or output == Path("-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)
        err_console.print(f"wrote {output}", highlight=False)
