"""Reports of the analyst commands: a table as terminal table, CSV, Markdown or XLSX, and
HTML pages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from govgraph.cli.context import err_console, out_console
from govgraph.tables import Report, csv_text, markdown_table, xlsx_bytes

__all__ = ["OutputOption", "emit_page", "emit_report"]

OutputOption = Annotated[
    Path | None,
    typer.Option("-o", "--output", help="File to write (default, or '-': standard output)."),
]


def emit_report(report: Report, fmt: str, output: Path | None) -> None:
    """Write ``report`` as ``fmt`` (``table``, ``csv``, ``md`` or ``xlsx``) to ``output``.

    Without ``output`` (or with ``-``) it goes to standard output; XLSX needs a file or a
    redirected output. CSV holds the table alone; a CSV file starts with a byte order mark
    for Excel. Markdown and the terminal table add the title and the notes.
    """
    to_stdout = output is None or output == Path("-")
    if fmt == "table":
        table = Table(*report.headers, title=report.title, show_lines=True)
        for row in report.rows:
            table.add_row(*row)
        out_console.print(table)
        for note in report.notes:
            out_console.print(note, highlight=False)
        return
    if fmt == "xlsx":
        if to_stdout and sys.stdout.isatty():
            raise typer.BadParameter("XLSX is binary: give a file", param_hint="-o")
        data = xlsx_bytes(report.headers, report.rows, report.sheet)
    elif fmt == "csv":
        data = csv_text(report.headers, report.rows, excel=not to_stdout).encode("utf-8")
    elif fmt == "md":
        parts = [f"## {report.title}", markdown_table(report.headers, report.rows), *report.notes]
        data = ("\n\n".join(parts) + "\n").encode("utf-8")
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    _write(data, output)


def emit_page(page: str, output: Path | None) -> None:
    """Write the HTML ``page`` to ``output`` (default, or ``-``: standard output), as UTF-8."""
    _write(page.encode("utf-8"), output)


def _write(data: bytes, output: Path | None) -> None:
    if output is None or output == Path("-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)
        err_console.print(f"wrote {output}", highlight=False)
