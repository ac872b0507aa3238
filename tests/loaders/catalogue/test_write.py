"""Tests for govgraph.loaders.catalogue.write: the files written and reading them back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govgraph.loaders.catalogue import (
    HEADERS,
    CatalogueFormat,
    Column,
    read_catalogue,
    write_catalogue,
)

ROWS: list[dict[Column, str]] = [
    {
        Column.NUMBER: "1",
        Column.MEASURE: "Sprachkurse für Eltern",
        Column.DESCRIPTION: "Kurse in Kitas; zweimal pro Woche\nmit Kinderbetreuung",
        Column.ACTION_FIELD: "Sprache",
        Column.OWNER: "Amt für Soziales",
        Column.INVOLVED: "Volkshochschule, Integrationsbeirat",
        Column.STATUS: "laufend",
        Column.DUE: "2025",
        Column.REMARK: 'Förderantrag "Vielfalt" gestellt',
    },
    {
        Column.NUMBER: "2",
        Column.MEASURE: '=HYPERLINK("https://example.org")',
        Column.DESCRIPTION: "- Schulungen\n- Leitfaden",
        Column.OWNER: "@Personalamt",
        Column.REMARK: "+49 911 123",
    },
    {Column.NUMBER: "3", Column.MEASURE: "'Straßenfest' der Kulturen", Column.DUE: "-5"},
]


def written(rows: list[dict[Column, str]], fmt: CatalogueFormat) -> bytes:
    target = io.BytesIO()
    write_catalogue(rows, target, fmt)
    return target.getvalue()


# --- CSV -----------------------------------------------------------------------------------


def test_write_catalogue_writes_csv_as_german_excel_opens_it() -> None:
    # given
    rows = [{Column.MEASURE: "Sprachcafé", Column.INVOLVED: "VHS; Beirat"}]

    # when
    data = written(rows, CatalogueFormat.CSV)

    # then
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == (
        "Nr.;Maßnahme;Beschreibung;Handlungsfeld;Zuständigkeit;Beteiligte;Status;"
        "Frist/Zieljahr;Bemerkung\r\n"
        ';Sprachcafé;;;;"VHS; Beirat";;;\r\n'
    )


def test_write_catalogue_guards_csv_cells_that_excel_takes_for_formulas() -> None:
    # given
    rows = [{Column.MEASURE: "=1+1", Column.OWNER: "@Amt", Column.DUE: "-5", Column.STATUS: "ok"}]

    # when
    data = written(rows, CatalogueFormat.CSV)

    # then
    assert data.decode("utf-8-sig").splitlines()[1] == ";'=1+1;;;'@Amt;;ok;'-5;"


def test_write_catalogue_writes_a_csv_file_to_a_path(tmp_path: Path) -> None:
    # given
    path = tmp_path / "katalog.csv"

    # when
    write_catalogue(ROWS, path, CatalogueFormat.CSV)

    # then
    assert path.read_bytes() == written(ROWS, CatalogueFormat.CSV)


# --- XLSX ----------------------------------------------------------------------------------


def test_write_catalogue_writes_a_formatted_xlsx_sheet(tmp_path: Path) -> None:
    # given
    path = tmp_path / "katalog.xlsx"

    # when
    write_catalogue(ROWS, path, CatalogueFormat.XLSX)

    # then
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Maßnahmen"]
    sheet = workbook["Maßnahmen"]
    assert [cell.value for cell in sheet[1]] == list(HEADERS.values())
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["B2"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I4"
    assert sheet["C2"].alignment.wrap_text


def test_write_catalogue_fits_xlsx_column_widths_to_their_content(tmp_path: Path) -> None:
    # given
    rows = [{Column.NUMBER: "1", Column.MEASURE: "Sprachcafé", Column.DESCRIPTION: "x" * 500}]
    path = tmp_path / "katalog.xlsx"

    # when
    write_catalogue(rows, path, CatalogueFormat.XLSX)

    # then
    widths = load_workbook(path)["Maßnahmen"].column_dimensions
    assert widths["A"].width == len("Nr.") + 2
    assert widths["B"].width == len("Sprachcafé") + 2
    assert widths["C"].width == 60


def test_write_catalogue_writes_formula_like_values_as_xlsx_strings(tmp_path: Path) -> None:
    # given
    rows = [{Column.MEASURE: "=SUMME(A1:A3)", Column.STATUS: "#NV", Column.DUE: "2025"}]
    path = tmp_path / "katalog.xlsx"

    # when
    write_catalogue(rows, path, CatalogueFormat.XLSX)

    # then
    sheet = load_workbook(path)["Maßnahmen"]
    assert (sheet["B2"].value, sheet["B2"].data_type) == ("=SUMME(A1:A3)", "s")
    assert (sheet["G2"].value, sheet["G2"].data_type) == ("#NV", "s")
    assert (sheet["H2"].value, sheet["H2"].data_type) == ("2025", "s")


def test_write_catalogue_writes_every_header_for_no_rows(tmp_path: Path) -> None:
    # given
    path = tmp_path / "katalog.xlsx"

    # when
    write_catalogue([], path, CatalogueFormat.XLSX)

    # then
    sheet = load_workbook(path)["Maßnahmen"]
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [list(HEADERS.values())]


# --- round trip ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(CatalogueFormat))
def test_read_catalogue_reads_back_what_write_catalogue_wrote(
    tmp_path: Path, fmt: CatalogueFormat
) -> None:
    # given
    path = tmp_path / f"katalog.{fmt}"
    write_catalogue(ROWS, path, fmt)

    # when
    catalogue = read_catalogue(path)

    # then
    assert [row.cells for row in catalogue.rows] == ROWS
    assert [row.row for row in catalogue.rows] == [2, 3, 4]
    assert catalogue.rows[0].headers == HEADERS
    assert catalogue.ignored_headers == ()


def test_read_catalogue_reads_back_a_csv_written_to_a_stream(tmp_path: Path) -> None:
    # given
    path = tmp_path / "katalog.csv"
    with path.open("wb") as stream:
        write_catalogue(ROWS, stream, CatalogueFormat.CSV)

    # when
    catalogue = read_catalogue(path)

    # then
    assert (catalogue.encoding, catalogue.delimiter) == ("utf-8", ";")
    assert catalogue.rows[1].cells[Column.MEASURE] == '=HYPERLINK("https://example.org")'
