"""Reading a catalogue file (CSV or XLSX) into checked rows of text."""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from govgraph.errors import InputError, Problem
from govgraph.graphmodel.search import fold
from govgraph.loaders.catalogue.columns import DEFAULT_NAMES, Column, header_key, recognise
from govgraph.loaders.catalogue.mapping import Mapping, read_mapping
from govgraph.tables import unguard_formula

__all__ = ["ERROR_VALUES", "MAX_CELL", "MAX_MEASURE", "Catalogue", "CatalogueRow", "read_catalogue"]

MAX_CELL = 2000
"""The most characters a cell may hold."""

MAX_MEASURE = 300
"""The most characters a measure name may hold."""

ERROR_VALUES = frozenset(
    {
        *("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"),
        *("#WERT!", "#BEZUG!", "#ZAHL!", "#NV", "#SPILL!", "#ÜBERLAUF!", "#CALC!", "#BERECHNEN!"),
    }
)
"""Excel's error values, English and German; a cell showing one is a problem."""

_EMPTY = frozenset({"-", "–", "—", "n/a"})
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class CatalogueRow:
    """One data row: its number as the spreadsheet shows it (header = 1) and its cells."""

    row: int
    cells: dict[Column, str]
    """Non-empty cells only, whitespace-stripped, otherwise as written."""
    headers: dict[Column, str]
    """The header of each column of the file as written there, for messages."""


@dataclass(frozen=True)
class Catalogue:
    """A catalogue file read and checked."""

    file: str
    rows: tuple[CatalogueRow, ...]
    ignored_headers: tuple[str, ...]
    """Headers that name no column (and are not ignored by the mapping file)."""
    encoding: str | None
    """CSV: "utf-8" or "cp1252"; XLSX: None."""
    delimiter: str | None
    """CSV: ";", "," or tab; XLSX: None."""


@dataclass(frozen=True)
class _Table:
    """The raw cell texts of a file, each row with its spreadsheet row number."""

    records: list[tuple[int, list[str]]]
    encoding: str | None = None
    delimiter: str | None = None
    letters: bool = False
    """Whether messages name columns by letter (XLSX)."""


@dataclass(frozen=True)
class _Layout:
    """Which cell holds which column, and the headers as written."""

    file: str
    positions: dict[int, Column]
    headers: dict[Column, str]
    letters: bool

    @property
    def delimiter_hint(self) -> bool:
        """Whether a cell under no header may come from an unquoted delimiter (CSV)."""
        return not self.letters

    def problem(self, row: int, entity: str | None, column: Column, message: str) -> Problem:
        """A problem in ``column`` of ``row``, naming the column letter for XLSX."""
        index = next(index for index, known in self.positions.items() if known is column)
        return Problem(self.file, row, entity, self.headers[column], message + self.where(index))

    def cells(self, texts: Sequence[str]) -> dict[Column, str]:
        """The non-empty cells of a row, by column."""
        found = {column: _clean(texts[i]) for i, column in self.positions.items() if i < len(texts)}
        return {column: text for column, text in found.items() if text}

    def where(self, index: int) -> str:
        """Where the cell at ``index`` is, for messages: ' (column D)' in XLSX, else nothing."""
        return f" (column {get_column_letter(index + 1)})" if self.letters else ""


def read_catalogue(path: Path, mapping: Path | None = None) -> Catalogue:
    """Read a measure catalogue (``.csv`` or ``.xlsx``) and check its rows.

    CSV is decoded as UTF-8 (with or without BOM), else as Windows-1252; its delimiter
    (``;``, ``,`` or tab) is the one that splits the header row into the most known
    headers. A leading apostrophe that ``write_catalogue`` put before a formula
    character is removed. XLSX is read from the first sheet or the mapping's ``sheet``,
    with the values Excel cached for formulas. Row 1 holds the headers; blank rows are
    skipped; "-", "–", "—" and "n/a" count as empty.

    Raises
    ------
    InputError
        Every problem found: in the mapping file, or in the catalogue (no header row,
        no measure column, a column named twice, a row without a measure, a cell too
        long, an Excel error value, a cell under no header, a number or, without a
        number column, a measure name given twice).
    """
    file = str(path)
    settings = Mapping(None, {}) if mapping is None else read_mapping(mapping)
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        table = _read_csv(path, settings)
    elif suffix == ".xlsx":
        table = _read_xlsx(path, settings)
    else:
        message = "unsupported file type: expected a .csv or .xlsx file"
        raise InputError([Problem(file, None, None, None, message)])
    return _check(file, table, settings)


def _read_csv(path: Path, settings: Mapping) -> _Table:
    file = str(path)
    data = _read_bytes(path)
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as error:
            message = (
                f"neither UTF-8 nor Windows-1252 text "
                f"(byte 0x{data[error.start]:02X} at offset {error.start})"
            )
            raise InputError([Problem(file, None, None, None, message)]) from None
    delimiter = max(_DELIMITERS, key=lambda candidate: _header_score(text, candidate, settings))
    records: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            records.append((number, [unguard_formula(cell) for cell in cells]))
    except csv.Error as error:
        problem = Problem(file, len(records) + 1, None, None, f"malformed CSV: {error}")
        raise InputError([problem]) from None
    return _Table(records, encoding, delimiter)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        problem = Problem(str(path), None, None, None, f"cannot read: {error.strerror}")
        raise InputError([problem]) from None


def _header_score(text: str, delimiter: str, settings: Mapping) -> tuple[int, int]:
    """How well ``delimiter`` splits the header row: known headers, then cells."""
    try:
        header = next(csv.reader(io.StringIO(text), delimiter=delimiter), [])
    except csv.Error:
        return (0, 0)
    return (sum(recognise(cell, settings.columns) is not None for cell in header), len(header))


def _read_xlsx(path: Path, settings: Mapping) -> _Table:
    file = str(path)
    with warnings.catch_warnings():
        # openpyxl warns of features it drops (data validation, conditional formats …)
        warnings.simplefilter("ignore", UserWarning)
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except OSError as error:
            raise InputError(
                [Problem(file, None, None, None, f"cannot read: {error.strerror}")]
            ) from None
        except (InvalidFileException, BadZipFile, KeyError, ValueError) as error:
            raise InputError(
                [Problem(file, None, None, None, f"not an XLSX file ({error})")]
            ) from None
        try:
            sheet = _sheet(workbook, settings.sheet, file)
            sheet.reset_dimensions()  # some writers record wrong ones; read every row
            records = [
                (number, [_text(value) for value in row])
                for number, row in enumerate(sheet.values, 1)
            ]
        finally:
            workbook.close()
    return _Table(records, letters=True)


def _sheet(workbook: Workbook, name: str | None, file: str) -> ReadOnlyWorksheet:
    if name is None:
        if not workbook.worksheets:
            raise InputError([Problem(file, None, None, None, "the workbook has no worksheet")])
        sheet: object = workbook.worksheets[0]
    elif name in workbook.sheetnames:
        sheet = workbook[name]
    else:
        sheets = ", ".join(repr(title) for title in workbook.sheetnames)
        message = f"no sheet {name!r}, as the mapping file asks (sheets: {sheets})"
        raise InputError([Problem(file, None, None, None, message)])
    if not isinstance(sheet, ReadOnlyWorksheet):
        raise InputError([Problem(file, None, None, None, f"sheet {name!r} is not a worksheet")])
    return sheet


def _text(value: object) -> str:
    """The text of an XLSX cell value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d" if value.time() == time() else "%Y-%m-%d %H:%M")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _clean(text: str) -> str:
    stripped = text.strip()
    return "" if stripped.casefold() in _EMPTY else stripped


def _check(file: str, table: _Table, settings: Mapping) -> Catalogue:
    header = [_clean(cell) for cell in table.records[0][1]] if table.records else []
    if not any(header):
        raise InputError([Problem(file, 1, None, None, "no header row: row 1 is empty")])
    problems: list[Problem] = []
    layout, ignored = _layout(file, header, table.letters, settings, problems)
    if Column.MEASURE not in layout.headers:
        problems.append(Problem(file, 1, None, None, _no_measure_message(header, settings)))
    rows: list[CatalogueRow] = []
    for number, cells in table.records[1:]:
        problems.extend(_headless_cells(layout, header, number, cells))
        filled = layout.cells(cells)
        if filled:
            row = CatalogueRow(number, filled, dict(layout.headers))
            problems.extend(_row_problems(layout, row))
            rows.append(row)
    problems.extend(_duplicates(layout, rows))
    if problems:
        raise InputError(problems)
    return Catalogue(file, tuple(rows), tuple(ignored), table.encoding, table.delimiter)


def _layout(
    file: str, header: list[str], letters: bool, settings: Mapping, problems: list[Problem]
) -> tuple[_Layout, list[str]]:
    """The columns the header row names, and the headers it names none with."""
    layout = _Layout(file, {}, {}, letters)
    ignored: list[str] = []
    for index, text in enumerate(header):
        column = recognise(text, settings.columns)
        if column is None:
            if text and header_key(text) not in settings.columns:
                ignored.append(text)
        elif column in layout.headers:
            first = layout.headers[column]
            message = f"names the same column ({column}) as '{first}'{layout.where(index)}"
            problems.append(Problem(file, 1, None, text, message))
        else:
            layout.positions[index] = column
            layout.headers[column] = text
    return layout, ignored


def _headless_cells(
    layout: _Layout, header: Sequence[str], row: int, cells: Sequence[str]
) -> Iterator[Problem]:
    """Cells with text under no header: data the import would otherwise lose."""
    for index, text in enumerate(cells):
        if _clean(text) and (index >= len(header) or not header[index]):
            message = f"cell '{_clean(text)}' has no header{layout.where(index)}"
            if layout.delimiter_hint:
                message += " (a delimiter inside a cell that is not quoted?)"
            yield Problem(layout.file, row, None, None, message)


def _no_measure_message(header: Sequence[str], settings: Mapping) -> str:
    found = ", ".join(f"'{text}'" for text in header if text)
    mapped = [key for key, column in settings.columns.items() if column is Column.MEASURE]
    accepted = ", ".join(f"'{name}'" for name in [*DEFAULT_NAMES[Column.MEASURE], *mapped])
    return f"no measure column; headers found: {found}; accepted for the measure: {accepted}"


def _row_problems(layout: _Layout, row: CatalogueRow) -> Iterator[Problem]:
    entity = row.cells.get(Column.NUMBER)
    for column, text in row.cells.items():
        limit = MAX_MEASURE if column is Column.MEASURE else MAX_CELL
        if text in ERROR_VALUES:
            yield layout.problem(row.row, entity, column, f"Excel error value {text}")
        elif len(text) > limit:
            message = f"{len(text)} characters, more than the {limit} allowed"
            yield layout.problem(row.row, entity, column, message)
    if Column.MEASURE in layout.headers and Column.MEASURE not in row.cells:
        yield layout.problem(row.row, entity, Column.MEASURE, "empty; every row needs a measure")


def _duplicates(layout: _Layout, rows: Sequence[CatalogueRow]) -> Iterator[Problem]:
    """Numbers given twice; without a number column, measure names given twice (folded)."""
    by_number = Column.NUMBER in layout.headers
    column = Column.NUMBER if by_number else Column.MEASURE
    first: dict[str, int] = {}
    for row in rows:
        value = row.cells.get(column)
        if value is None:
            continue
        key = value if by_number else fold(value)
        if key in first:
            message = f"{layout.headers[column]} '{value}' already in row {first[key]}"
            yield layout.problem(row.row, row.cells.get(Column.NUMBER), column, message)
        else:
            first[key] = row.row
