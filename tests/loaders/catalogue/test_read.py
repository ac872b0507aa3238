"""Tests for govgraph.loaders.catalogue.read, through read_catalogue on real files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from support import DATA, problems_of, where, write_yaml

from govgraph.loaders.catalogue import Column, read_catalogue

CATALOGUES = DATA / "catalogue"
HEADER = "Nr.;Maßnahme;Beschreibung;Zuständigkeit\n"


def write_csv(
    tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "katalog.csv"
) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(
    tmp_path: Path, *sheets: tuple[str, list[list[object]]], name: str = "katalog.xlsx"
) -> Path:
    """An XLSX file with the given sheets, each a title and its rows from row 1."""
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


# --- CSV -----------------------------------------------------------------------------------


def test_read_catalogue_reads_a_utf8_semicolon_file_with_a_multiline_cell() -> None:
    # given
    path = CATALOGUES / "katalog-utf8.csv"

    # when
    catalogue = read_catalogue(path)

    # then
    assert (catalogue.file, catalogue.encoding, catalogue.delimiter) == (str(path), "utf-8", ";")
    assert catalogue.ignored_headers == ()
    first = catalogue.rows[0]
    assert first.cells == {
        Column.NUMBER: "1",
        Column.MEASURE: "Sprachkurse für Eltern",
        Column.DESCRIPTION: "Kurse in Kitas und Schulen,\nzweimal pro Woche",
        Column.ACTION_FIELD: "Sprache",
        Column.OWNER: "Amt für Soziales",
        Column.INVOLVED: "Volkshochschule, Integrationsbeirat",
        Column.STATUS: "laufend",
        Column.DUE: "2025",
    }
    assert first.headers[Column.OWNER] == "Zuständigkeit"
    assert first.headers[Column.DUE] == "Frist/Zieljahr"


def test_read_catalogue_counts_rows_as_the_spreadsheet_shows_them() -> None:
    # given a multi-line cell in row 2 and a blank row 4
    path = CATALOGUES / "katalog-utf8.csv"

    # when
    catalogue = read_catalogue(path)

    # then
    assert [(row.row, row.cells[Column.NUMBER]) for row in catalogue.rows] == [
        (2, "1"),
        (3, "2"),
        (5, "3"),
    ]


def test_read_catalogue_keeps_quotes_and_drops_placeholder_cells() -> None:
    # given "–", "-" and "n/a" cells
    path = CATALOGUES / "katalog-utf8.csv"

    # when
    _, second, third = read_catalogue(path).rows

    # then
    assert Column.INVOLVED not in second.cells
    assert second.cells[Column.REMARK] == 'Förderantrag "Vielfalt" gestellt'
    assert second.cells[Column.MEASURE] == "Interkulturelle Öffnung der Verwaltung"
    assert set(third.cells) == {
        Column.NUMBER,
        Column.MEASURE,
        Column.ACTION_FIELD,
        Column.OWNER,
        Column.INVOLVED,
        Column.STATUS,
    }
    assert third.cells[Column.MEASURE] == "Begrüßungsmappe für Neuzugewanderte"


def test_read_catalogue_reads_a_windows_1252_comma_file() -> None:
    # given
    path = CATALOGUES / "katalog-cp1252.csv"

    # when
    catalogue = read_catalogue(path)

    # then
    assert (catalogue.encoding, catalogue.delimiter) == ("cp1252", ",")
    assert [row.cells[Column.MEASURE] for row in catalogue.rows] == [
        "Mehrsprachige Elternabende",
        "Servicezeiten der Ausländerbehörde erweitern",
        "Straßenfest der Kulturen",
    ]
    second = catalogue.rows[1]
    assert second.cells[Column.OWNER] == "Ausländerbehörde"
    assert second.cells[Column.INVOLVED] == "Bürgerbüro"
    assert second.cells[Column.REMARK] == "Kosten 5.000 €"
    assert second.headers == {
        Column.NUMBER: "Nr",
        Column.MEASURE: "Massnahme",
        Column.OWNER: "Federführung",
        Column.INVOLVED: "Beteiligte",
        Column.DUE: "Zieljahr",
        Column.REMARK: "Bemerkung",
    }
    assert catalogue.rows[0].cells[Column.INVOLVED] == "Elternbeirat, Migrantenorganisationen"


def test_read_catalogue_reads_a_utf8_file_with_byte_order_mark(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, HEADER + "1;Sprachcafé;;Bürgerbüro\n", encoding="utf-8-sig")

    # when
    catalogue = read_catalogue(path)

    # then
    assert catalogue.encoding == "utf-8"
    [row] = catalogue.rows
    assert row.headers[Column.NUMBER] == "Nr."
    assert row.cells == {
        Column.NUMBER: "1",
        Column.MEASURE: "Sprachcafé",
        Column.OWNER: "Bürgerbüro",
    }


def test_read_catalogue_reads_a_tab_separated_file_with_crlf_line_ends(tmp_path: Path) -> None:
    # given
    text = 'Nr.\tMaßnahme\tBemerkung\r\n1\tSprachcafé\t"Dienstag\r\nDonnerstag"\r\n2\tLotsen\t\r\n'
    path = write_csv(tmp_path, text)

    # when
    catalogue = read_catalogue(path)

    # then
    assert catalogue.delimiter == "\t"
    assert [(row.row, row.cells[Column.MEASURE]) for row in catalogue.rows] == [
        (2, "Sprachcafé"),
        (3, "Lotsen"),
    ]
    assert catalogue.rows[0].cells[Column.REMARK] == "Dienstag\r\nDonnerstag"


def test_read_catalogue_is_not_misled_by_a_comma_in_a_semicolon_header(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Nr.;Maßnahme;Frist, Zieljahr\n1;Sprachcafé, offen;2025\n")

    # when
    catalogue = read_catalogue(path)

    # then
    assert catalogue.delimiter == ";"
    assert catalogue.rows[0].cells == {
        Column.NUMBER: "1",
        Column.MEASURE: "Sprachcafé, offen",
        Column.DUE: "2025",
    }


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("MASSNAHME", Column.MEASURE),
        ("Massnahme", Column.MEASURE),
        ("Maßnahmen", Column.MEASURE),
        ("Titel", Column.MEASURE),
        ("  Maßnahme:  ", Column.MEASURE),
        ("Zuständigkeit:", Column.OWNER),
        ("ZUSTAENDIGKEIT", Column.OWNER),
        ("federführend", Column.OWNER),
        ("lfd. Nr.", Column.NUMBER),
        ("Kennung", Column.NUMBER),
        ("Inhalt", Column.DESCRIPTION),
        ("Handlungsfelder", Column.ACTION_FIELD),
        ("Kooperationspartner", Column.INVOLVED),
        ("Stand", Column.STATUS),
        ("Zeitraum", Column.DUE),
        ("Anmerkung", Column.REMARK),
    ],
)
def test_read_catalogue_recognises_header_variants(
    tmp_path: Path, header: str, column: Column
) -> None:
    # given
    text = f"{header}\nx\n" if column is Column.MEASURE else f"Maßnahme;{header}\nSprachcafé;x\n"
    path = write_csv(tmp_path, text)

    # when
    catalogue = read_catalogue(path)

    # then
    [row] = catalogue.rows
    assert row.cells[column] == "x"
    assert row.headers[column] == header.strip()


def test_read_catalogue_reports_unknown_headers_as_ignored(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme;Kosten;;Farbe\nSprachcafé;100 €;;grün\n")

    # when
    catalogue = read_catalogue(path)

    # then
    assert catalogue.ignored_headers == ("Kosten", "Farbe")
    assert catalogue.rows[0].cells == {Column.MEASURE: "Sprachcafé"}


def test_read_catalogue_accepts_an_upper_case_suffix(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme\nSprachcafé\n", name="KATALOG.CSV")

    # when
    catalogue = read_catalogue(path)

    # then
    assert [row.cells for row in catalogue.rows] == [{Column.MEASURE: "Sprachcafé"}]


# --- the mapping file ----------------------------------------------------------------------


def test_read_catalogue_reads_other_headers_through_a_mapping_file() -> None:
    # given
    path = CATALOGUES / "andere-koepfe.csv"

    # when
    catalogue = read_catalogue(path, CATALOGUES / "mapping.yaml")

    # then
    assert catalogue.ignored_headers == ("Farbe",)
    first, second = catalogue.rows
    assert first.cells == {
        Column.NUMBER: "A1",
        Column.MEASURE: "Lotsenprojekt für Geflüchtete",
        Column.OWNER: "Stabsstelle Integration",
        Column.DESCRIPTION: "Orientierung in den ersten Monaten",
    }
    assert first.headers == {
        Column.NUMBER: "Pos.",
        Column.MEASURE: "Titel der Maßnahme",
        Column.OWNER: "Verantwortliche Stelle",
        Column.DESCRIPTION: "Ziel",
    }
    assert second.cells[Column.OWNER] == "Sozialamt"


def test_read_catalogue_consults_the_mapping_before_the_default_headers(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme;Status;Stand\nSprachcafé;neu;2024\n")
    mapping = write_yaml(tmp_path, "columns:\n  STATUS: remark\n  Stand: ignore\n", "m.yaml")

    # when
    catalogue = read_catalogue(path, mapping)

    # then
    assert catalogue.rows[0].cells == {Column.MEASURE: "Sprachcafé", Column.REMARK: "neu"}
    assert catalogue.ignored_headers == ()


def test_read_catalogue_reports_a_bad_mapping_file(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme\nSprachcafé\n")
    mapping = write_yaml(tmp_path, "columns:\n  Titel: titel\n", "m.yaml")

    # when
    [problem] = problems_of(read_catalogue, path, mapping)

    # then
    assert where(problem) == (str(mapping), 2, None, "Titel")


# --- XLSX ----------------------------------------------------------------------------------


def test_read_catalogue_turns_xlsx_values_into_text(tmp_path: Path) -> None:
    # given
    rows: list[list[object]] = [
        ["Nr.", "Maßnahme", "Frist", "Stand", "Bemerkung", "Beteiligte"],
        [1, "Sprachcafé", 2025, date(2025, 3, 31), True, 2.5],
        [2.0, "Lotsen", 2026.0, datetime(2025, 3, 31, 14, 30), False, datetime(2024, 1, 2)],
    ]
    path = write_xlsx(tmp_path, ("Tabelle1", rows))

    # when
    catalogue = read_catalogue(path)

    # then
    assert (catalogue.encoding, catalogue.delimiter) == (None, None)
    assert [row.cells for row in catalogue.rows] == [
        {
            Column.NUMBER: "1",
            Column.MEASURE: "Sprachcafé",
            Column.DUE: "2025",
            Column.STATUS: "2025-03-31",
            Column.REMARK: "ja",
            Column.INVOLVED: "2.5",
        },
        {
            Column.NUMBER: "2",
            Column.MEASURE: "Lotsen",
            Column.DUE: "2026",
            Column.STATUS: "2025-03-31 14:30",
            Column.REMARK: "nein",
            Column.INVOLVED: "2024-01-02",
        },
    ]


def test_read_catalogue_skips_blank_xlsx_rows_keeping_row_numbers(tmp_path: Path) -> None:
    # given rows 3 to 6 are blank, row 7 has no measure
    rows: list[list[object]] = [
        ["Nr.", "Maßnahme", "Zuständigkeit"],
        [1, "Sprachcafé", "Bürgerbüro"],
        [],
        [None, None, None],
        ["", "  ", "-"],
        [],
        [7, None, "Sozialamt"],
        [8, "Lotsen", None],
    ]
    path = write_xlsx(tmp_path, ("Tabelle1", rows))

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 7, "7", "Maßnahme")
    assert problem.message == "empty; every row needs a measure (column B)"


def test_read_catalogue_reports_an_xlsx_error_cell_with_its_column(tmp_path: Path) -> None:
    # given
    rows: list[list[object]] = [
        ["Nr.", "Maßnahme", "Beschreibung", "Federführung"],
        [1, "Sprachcafé", "offen", "#REF!"],
    ]
    path = write_xlsx(tmp_path, ("Tabelle1", rows))

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 2, "1", "Federführung")
    assert problem.message == "Excel error value #REF! (column D)"
    assert str(problem) == (
        f"{path}:2: 1: field 'Federführung': Excel error value #REF! (column D)"
    )


def test_read_catalogue_reads_the_sheet_the_mapping_names(tmp_path: Path) -> None:
    # given
    overview: list[list[object]] = [["Übersicht"], ["siehe Blatt Maßnahmen 2025"]]
    measures: list[list[object]] = [
        ["Pos.", "Titel der Maßnahme", "Verantwortliche Stelle"],
        ["A1", "Lotsenprojekt für Geflüchtete", "Stabsstelle Integration"],
    ]
    path = write_xlsx(tmp_path, ("Übersicht", overview), ("Maßnahmen 2025", measures))

    # when
    catalogue = read_catalogue(path, CATALOGUES / "mapping.yaml")

    # then
    [row] = catalogue.rows
    assert row.cells == {
        Column.NUMBER: "A1",
        Column.MEASURE: "Lotsenprojekt für Geflüchtete",
        Column.OWNER: "Stabsstelle Integration",
    }


def test_read_catalogue_reads_the_first_sheet_without_a_mapping(tmp_path: Path) -> None:
    # given
    first: list[list[object]] = [["Maßnahme"], ["Sprachcafé"]]
    second: list[list[object]] = [["Maßnahme"], ["Lotsen"]]
    path = write_xlsx(tmp_path, ("Erstes", first), ("Zweites", second))

    # when
    catalogue = read_catalogue(path)

    # then
    assert [row.cells[Column.MEASURE] for row in catalogue.rows] == ["Sprachcafé"]


def test_read_catalogue_reports_a_missing_sheet(tmp_path: Path) -> None:
    # given
    path = write_xlsx(tmp_path, ("Tabelle1", [["Maßnahme"], ["Sprachcafé"]]))

    # when
    [problem] = problems_of(read_catalogue, path, CATALOGUES / "mapping.yaml")

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message == (
        "no sheet 'Maßnahmen 2025', as the mapping file asks (sheets: 'Tabelle1')"
    )


def test_read_catalogue_rejects_a_file_that_is_not_xlsx(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme\nSprachcafé\n", name="katalog.xlsx")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message.startswith("not an XLSX file")


# --- problems ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".xls", ".ods", ""])
def test_read_catalogue_rejects_an_unsupported_suffix(tmp_path: Path, suffix: str) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme\nSprachcafé\n", name=f"katalog{suffix}")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message == "unsupported file type: expected a .csv or .xlsx file"


def test_read_catalogue_reports_a_missing_file(tmp_path: Path) -> None:
    # given
    path = tmp_path / "fehlt.csv"

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message.startswith("cannot read")


def test_read_catalogue_rejects_bytes_that_windows_1252_cannot_decode(tmp_path: Path) -> None:
    # given 0x81 is neither UTF-8 nor Windows-1252
    path = tmp_path / "katalog.csv"
    path.write_bytes(b"Ma\xdfnahme\nSprach\x81caf\xe9\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message == "neither UTF-8 nor Windows-1252 text (byte 0x81 at offset 15)"


@pytest.mark.parametrize("text", ["", "\n", ";;\nSprachcafé;;\n", "\ufeff"])
def test_read_catalogue_requires_a_header_row(tmp_path: Path, text: str) -> None:
    # given
    path = write_csv(tmp_path, text)

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 1, None, None)
    assert problem.message == "no header row: row 1 is empty"


def test_read_catalogue_requires_an_empty_xlsx_sheet_to_have_a_header(tmp_path: Path) -> None:
    # given
    path = write_xlsx(tmp_path, ("Tabelle1", []))

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 1, None, None)


def test_read_catalogue_requires_a_measure_column(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Nr.;Aufgabe;Zuständigkeit\n1;Sprachcafé;Bürgerbüro\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 1, None, None)
    assert problem.message == (
        "no measure column; headers found: 'Nr.', 'Aufgabe', 'Zuständigkeit'; "
        "accepted for the measure: 'Maßnahme', 'Massnahme', 'Maßnahmen', 'Titel'"
    )


def test_read_catalogue_names_mapped_headers_among_the_accepted_ones(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Aufgabe\nSprachcafé\n")
    mapping = write_yaml(tmp_path, "columns:\n  Vorhaben: measure\n", "m.yaml")

    # when
    [problem] = problems_of(read_catalogue, path, mapping)

    # then
    assert problem.message.endswith("'Titel', 'vorhaben'")


def test_read_catalogue_rejects_two_headers_for_one_column(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, "Maßnahme;Zuständigkeit;Federführung\nSprachcafé;A;B\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 1, None, "Federführung")
    assert problem.message == "names the same column (owner) as 'Zuständigkeit'"


def test_read_catalogue_names_the_column_letter_of_a_second_xlsx_header(tmp_path: Path) -> None:
    # given
    path = write_xlsx(
        tmp_path, ("Tabelle1", [["Maßnahme", "Nr.", "Titel"], ["Sprachcafé", 1, "x"]])
    )

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 1, None, "Titel")
    assert problem.message == "names the same column (measure) as 'Maßnahme' (column C)"


def test_read_catalogue_reports_a_row_without_a_measure(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, HEADER + "1;Sprachcafé;;\n2;–;Treffen;Bürgerbüro\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 3, "2", "Maßnahme")
    assert problem.message == "empty; every row needs a measure"


def test_read_catalogue_reports_a_problem_in_line_7_as_row_7(tmp_path: Path) -> None:
    # given blank lines 3, 4 and 6
    text = HEADER + "1;Sprachcafé;;\n\n;;;\n5;Lotsen;;\n\n;;;Bürgerbüro\n"
    path = write_csv(tmp_path, text)

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert text.splitlines()[6] == ";;;Bürgerbüro"
    assert where(problem) == (str(path), 7, None, "Maßnahme")


@pytest.mark.parametrize(
    ("length", "field"), [(2001, "Beschreibung"), (2001, "Zuständigkeit"), (301, "Maßnahme")]
)
def test_read_catalogue_rejects_a_too_long_cell(tmp_path: Path, length: int, field: str) -> None:
    # given
    cells = {"Nr.": "4", "Maßnahme": "Sprachcafé", "Beschreibung": "", "Zuständigkeit": ""}
    cells[field] = "x" * length
    path = write_csv(tmp_path, HEADER + "1;Lotsen;;\n" + ";".join(cells.values()) + "\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 3, "4", field)
    assert problem.message == f"{length} characters, more than the {length - 1} allowed"


def test_read_catalogue_accepts_cells_of_the_greatest_length(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, HEADER + f"1;{'m' * 300};{'b' * 2000};{'z' * 2000}\n")

    # when
    catalogue = read_catalogue(path)

    # then
    assert len(catalogue.rows[0].cells[Column.MEASURE]) == 300


@pytest.mark.parametrize("value", ["#NV", "#WERT!", "#DIV/0!", "#NAME?", "#N/A", "#VALUE!"])
def test_read_catalogue_rejects_excel_error_values_in_csv(tmp_path: Path, value: str) -> None:
    # given
    path = write_csv(tmp_path, HEADER + f"1;Sprachcafé;{value};\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 2, "1", "Beschreibung")
    assert problem.message == f"Excel error value {value}"


def test_read_catalogue_rejects_a_duplicate_number(tmp_path: Path) -> None:
    # given
    text = HEADER + "1;Sprachcafé;;\n2;Lotsen;;\n3;Dolmetscher;;\n3;Sprachcafé;;\n"
    path = write_csv(tmp_path, text)

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 5, "3", "Nr.")
    assert problem.message == "Nr. '3' already in row 4"


def test_read_catalogue_allows_a_repeated_measure_with_its_own_number(tmp_path: Path) -> None:
    # given
    path = write_csv(tmp_path, HEADER + "1;Sprachcafé;;\n2;Sprachcafé;;\n")

    # when
    catalogue = read_catalogue(path)

    # then
    assert len(catalogue.rows) == 2


def test_read_catalogue_rejects_a_duplicate_measure_without_numbers(tmp_path: Path) -> None:
    # given
    text = "Maßnahme;Status\nSprachkurse für Eltern;neu\nLotsen;neu\nSPRACHKURSE FUER ELTERN;alt\n"
    path = write_csv(tmp_path, text)

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 4, None, "Maßnahme")
    assert problem.message == "Maßnahme 'SPRACHKURSE FUER ELTERN' already in row 2"


def test_read_catalogue_reports_every_problem_at_once(tmp_path: Path) -> None:
    # given
    text = (
        "Nr.;Maßnahme;Zuständig;Verantwortlich\n"
        "1;Sprachcafé;;\n"
        "2;;Bürgerbüro;\n"
        "1;Lotsen;#NV;\n"
        f"4;{'x' * 301};;\n"
    )
    path = write_csv(tmp_path, text)

    # when
    problems = problems_of(read_catalogue, path)

    # then
    assert [where(problem) for problem in problems] == [
        (str(path), 1, None, "Verantwortlich"),
        (str(path), 3, "2", "Maßnahme"),
        (str(path), 4, "1", "Nr."),
        (str(path), 4, "1", "Zuständig"),
        (str(path), 5, "4", "Maßnahme"),
    ]


def test_read_catalogue_reports_a_cell_under_no_header(tmp_path: Path) -> None:
    # given: an unquoted ";" inside a cell shifts the rest of the row
    path = write_csv(tmp_path, "Maßnahme;Beteiligte;Status\nSprachcafé;Kitas; Eltern;geplant\n")

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 2, None, None)
    assert problem.message == (
        "cell 'geplant' has no header (a delimiter inside a cell that is not quoted?)"
    )


def test_read_catalogue_reports_an_xlsx_cell_under_no_header_with_its_column(
    tmp_path: Path,
) -> None:
    # given
    path = write_xlsx(tmp_path, ("Tabelle1", [["Maßnahme", None], ["Sprachcafé", "verloren"]]))

    # when
    [problem] = problems_of(read_catalogue, path)

    # then
    assert where(problem) == (str(path), 2, None, None)
    assert problem.message == "cell 'verloren' has no header (column B)"
