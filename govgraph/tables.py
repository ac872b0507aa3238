"""Tables as files: CSV that German Excel opens, XLSX, Markdown; the cells are plain text.

Shared by the catalogue import and export and the analyst reports (`govgraph.reports`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

__all__ = ["csv_text", "guard_formula", "markdown_table", "unguard_formula", "xlsx_bytes"]

Rows = Sequence[Sequence[str]]

_FORMULA_START = ("=", "+", "-", "@")
_MAX_WIDTH = 60


def guard_formula(text: str) -> str:
    """``text`` made safe from formula interpretation in a CSV cell; undone by ``unguard_formula``.

    Texts that start with a formula character after any apostrophes get one more
    apostrophe, so that guarding can be undone without ambiguity.

    >>> guard_formula("=SUMME(A1:A3)"), guard_formula("'-5"), guard_formula("Sprachkurse")
    ("'=SUMME(A1:A3)", "''-5", 'Sprachkurse')
    """
    return f"'{text}" if text.lstrip("'").startswith(_FORMULA_START) else text


def unguard_formula(text: str) -> str:
    """``text`` without the apostrophe ``guard_formula`` put in front.

    >>> unguard_formula("'=SUMME(A1:A3)"), unguard_formula("'Sprachkurse")
    ('=SUMME(A1:A3)', "'Sprachkurse")
    """
    guarded = text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START)
    return text[1:] if guarded else text


def csv_text(headers: Sequence[str], rows: Rows, *, excel: bool = False) -> str:
    """``headers`` and ``rows`` as CSV with ``;``, every cell guarded by `guard_formula`.

    With ``excel`` the text is what German Excel opens directly: a byte order mark in
    front and CRLF line ends (encode it as UTF-8); otherwise plain lines for a terminal.

    >>> print(csv_text(["Nr.", "Maßnahme"], [["1", "=Sprachkurse; online"]]), end="")
    Nr.;Maßnahme
    1;"'=Sprachkurse; online"
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n" if excel else "\n")
    writer.writerow(headers)
    writer.writerows([guard_formula(cell) for cell in row] for row in rows)
    return ("\ufeff" if excel else "") + buffer.getvalue()


def xlsx_bytes(headers: Sequence[str], rows: Rows, sheet: str) -> bytes:
    """An XLSX workbook of one sheet named ``sheet``: bold frozen header row, autofilter,
    wrapped text, fitted column widths; every non-empty cell a string, so none is a formula."""
    workbook = Workbook()
    worksheet = workbook.worksheets[0]
    worksheet.title = sheet
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    widths = [len(header) for header in headers]
    for index, header in enumerate(headers, 1):
        cell = worksheet.cell(1, index, header)
        cell.font = bold
        cell.alignment = wrap
    for row_index, row in enumerate(rows, 2):
        for index, value in enumerate(row):
            if not value:
                continue
            cell = worksheet.cell(row_index, index + 1, value)
            cell.data_type = "s"
            cell.alignment = wrap
            widths[index] = max(widths[index], *(len(line) for line in value.splitlines()))
    for index, width in enumerate(widths, 1):
        worksheet.column_dimensions[get_column_letter(index)].width = min(width + 2, _MAX_WIDTH)
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = worksheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def markdown_table(headers: Sequence[str], rows: Rows) -> str:
    """A Markdown (GFM) table; pipes in cells are escaped and line breaks become ``<br>``.

    >>> print(markdown_table(["Stadt", "Gremium"], [["Erlangen", "A|B"]]))
    | Stadt | Gremium |
    | --- | --- |
    | Erlangen | A\\|B |
    """
    lines = [_markdown_row(headers), _markdown_row(["---"] * len(headers))]
    lines += [_markdown_row(row) for row in rows]
    return "\n".join(lines)


def _markdown_row(cells: Sequence[str]) -> str:
    escaped = (cell.replace("|", "\\|").replace("\n", "<br>") for cell in cells)
    return "| " + " | ".join(escaped) + " |"
