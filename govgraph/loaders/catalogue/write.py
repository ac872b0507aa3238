"""Writing a catalogue as CSV or XLSX, in the shape ``read_catalogue`` reads back."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from govgraph.loaders.catalogue.columns import HEADERS, Column

__all__ = ["SHEET", "CatalogueFormat", "guard_formula", "unguard_formula", "write_catalogue"]

SHEET = "Maßnahmen"
"""The name of the one sheet of an exported XLSX file."""

_FORMULA_START = ("=", "+", "-", "@")
_MAX_WIDTH = 60


class CatalogueFormat(StrEnum):
    """A file format of catalogues."""

    CSV = "csv"
    XLSX = "xlsx"


def write_catalogue(
    rows: Sequence[Mapping[Column, str]], target: Path | BinaryIO, fmt: CatalogueFormat
) -> None:
    """Write ``rows`` under the headers of ``HEADERS``, all columns, in that order.

    CSV is what German Excel opens directly: UTF-8 with BOM, ``;``, CRLF, minimal quoting.
    A CSV cell that Excel would take for a formula (first character ``= + - @``) gets an
    apostrophe in front (see ``guard_formula``), which ``read_catalogue`` removes again;
    Excel shows it. XLSX has one sheet, "Maßnahmen", with a bold, frozen header row,
    an autofilter, wrapped text and fitted column widths; every value is a string cell,
    so no value becomes a formula there.
    """
    if fmt is CatalogueFormat.CSV:
        data = _csv(rows)
    else:
        buffer = io.BytesIO()
        _workbook(rows).save(buffer)
        data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)


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


def _csv(rows: Sequence[Mapping[Column, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS.values())
    for row in rows:
        writer.writerow(guard_formula(row.get(column, "")) for column in HEADERS)
    return buffer.getvalue().encode("utf-8-sig")


def _workbook(rows: Sequence[Mapping[Column, str]]) -> Workbook:
    workbook = Workbook()
    sheet = workbook.worksheets[0]
    sheet.title = SHEET
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    widths = [len(header) for header in HEADERS.values()]
    for index, header in enumerate(HEADERS.values(), 1):
        cell = sheet.cell(1, index, header)
        cell.font = bold
        cell.alignment = wrap
    for row_index, row in enumerate(rows, 2):
        for index, column in enumerate(HEADERS):
            value = row.get(column, "")
            if not value:
                continue
            cell = sheet.cell(row_index, index + 1, value)
            cell.data_type = "s"
            cell.alignment = wrap
            widths[index] = max(widths[index], *(len(line) for line in value.splitlines()))
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return workbook
