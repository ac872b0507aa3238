"""Writing a catalogue as CSV or XLSX, in the shape ``read_catalogue`` reads back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from govgraph.loaders.catalogue.columns import HEADERS, Column
from govgraph.tables import csv_text, xlsx_bytes

__all__ = ["SHEET", "CatalogueFormat", "write_catalogue"]

SHEET = "Maßnahmen"
"""The name of the one sheet of an exported XLSX file."""


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
    apostrophe in front (`govgraph.tables.guard_formula`), which ``read_catalogue``
    removes again; Excel shows it. XLSX has one sheet, "Maßnahmen", with a bold, frozen header row,
    an autofilter, wrapped text and fitted column widths; every value is a string cell,
    so no value becomes a formula there.
    """
    headers = list(HEADERS.values())
    cells = [[row.get(column, "") for column in HEADERS] for row in rows]
    if fmt is CatalogueFormat.CSV:
        data = csv_text(headers, cells, excel=True).encode("utf-8")
    else:
        data = xlsx_bytes(headers, cells, SHEET)
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)
