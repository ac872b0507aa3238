"""``govgraph compare`` against the real store: the five cities cell by cell."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from openpyxl import load_workbook
from support import COMPARISON_ROWS, Cli

from govgraph.queries import QueryExecutor

DOC = Path(__file__).parents[2] / "docs" / "compare.md"
CITIES = ["erlangen", "nuernberg", "magdeburg", "bamberg", "braunschweig"]
NAMES = ["Erlangen", "Nürnberg", "Magdeburg", "Bamberg", "Braunschweig"]

EXPECTED = {
    "Verwaltungssteuerung": [
        "Lenkungskreis Integration",
        "Koordinierungsgruppe Integration",
        "Projektgruppe „Integration“",
        "Steuerungsgremium Integration",
        "Steuerungsgruppe „Umsetzung Integrationsplanung“",
    ],
    "Koordination / Prozessverantwortung": [
        "Koordinationsstelle für Integration",
        "Koordinierungsgruppe Integration",
        "Koordinator für Integration und Zuwanderung",
        "Bereich Familie, Jugend und Senioren; Fachbereich Integration, Ehrenamt und Familie",
        "—",
    ],
    "Beteiligung Zugewanderter (Beirat)": [
        "Ausländer- und Integrationsbeirat",
        "Rat für Integration und Zuwanderung",
        "Beirat",
        "Migranten- und Integrationsbeirat",
        "—",
    ],
    "Monitoring": [
        "—",
        "—",
        "Projektgruppe „Integration“",
        "Arbeitsgruppe Integrationsmonitoring",
        "—",
    ],
    "Politische Entscheidung": ["Stadtrat", "—", "Stadtrat", "Stadtrat", "Rat der Stadt"],
    "Gremien": ["10", "3", "7", "11", "3"],
    "Organisationseinheiten": ["9", "14", "17", "16", "2"],
    "Vorsitz Steuerungsgremium": [
        "unbekannt",
        "unbekannt",
        "unbekannt",
        "Oberbürgermeister (politisch)",
        "unbekannt",
    ],
    "Beirat im Steuerungsgremium": ["ja", "nicht genannt", "nicht genannt", "ja", "—"],
    "Handlungsfelder": ["0", "0", "12", "8", "0"],
    "Maßnahmen": ["2", "2", "1", "10", "4"],
    "Maßnahmen mit Verantwortlichen": [
        "2 von 2 (100 %)",
        "2 von 2 (100 %)",
        "1 von 1 (100 %)",
        "5 von 10 (50 %)",
        "0 von 4 (0 %)",
    ],
    "Tiefe der Berichtskette": [
        "1 (Lenkungskreis Integration → Stadtrat)",
        "1 (Koordinierungsgruppe Integration → Oberbürgermeister)",
        "1 (Projektgruppe „Integration“ → Oberbürgermeister)",
        "—",
        "—",
    ],
}


def _matrix(text: str) -> tuple[list[str], dict[str, dict[str, str]]]:
    """The CSV's header and its cells by row label, then city name."""
    header, *rows = csv.reader(io.StringIO(text), delimiter=";")
    return header, {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in rows}


def test_csv_of_the_five_cities_cell_by_cell(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("compare", *CITIES, "--format", "csv")

    # then
    assert result.code == 0, result.err
    header, cells = _matrix(result.out)
    assert header == ["", *NAMES]
    assert list(cells) == COMPARISON_ROWS
    for label, expected in EXPECTED.items():
        assert [cells[label][name] for name in NAMES] == expected, label
    assert cells["Externes Netzwerk"]["Magdeburg"] == (
        "Magdeburger Netzwerk für Integrations- und Ausländerarbeit"
    )
    assert cells["Externes Netzwerk"]["Erlangen"] == "—"
    assert cells["Arbeitsgruppen"]["Magdeburg"] == (
        "Arbeitsgruppe Arbeit und Ausbildung; Arbeitsgruppe Interkultur und Soziales; "
        "Arbeitsgruppe Sprache"
    )
    assert cells["Sitzungsrhythmus"]["Bamberg"] == (
        "Arbeitsgruppe Integrationsmonitoring: mindestens zweimal im Jahr; "
        "Fachkonferenz Integration: jährlich; "
        "Steuerungsgremium Integration: mindestens zwei Treffen im Jahr"
    )
    assert cells["Gründung"]["Nürnberg"] == "Koordinierungsgruppe Integration: 2002"
    assert cells["Gründung"]["Magdeburg"] == "—"


def test_markdown_has_title_table_and_legend(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("compare", "bamberg", "erlangen", "--format", "md")

    # then
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[:4] == [
        "## Strukturvergleich: Bamberg, Erlangen",
        "",
        "|  | Bamberg | Erlangen |",
        "| --- | --- | --- |",
    ]
    assert "| Vorsitz Steuerungsgremium | Oberbürgermeister (politisch) | unbekannt |" in lines
    assert lines[4 + len(COMPARISON_ROWS) :][1].startswith("Funktionen: ")
    assert any(line.startswith("Tiefe der Berichtskette: ") for line in lines[-3:])


def test_table_of_one_city(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("compare", "magdeburg")

    # then
    assert result.code == 0, result.err
    assert "Strukturvergleich: Magdeburg" in result.out
    assert "Koordinator für Integration und Zuwanderung" in result.out


def test_without_cities_every_city_in_the_store(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("compare", "--format", "csv")

    # then
    assert result.code == 0, result.err
    header, _ = _matrix(result.out)
    assert set(NAMES) <= set(header)


def test_html_file_is_the_page_with_the_table(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    target = tmp_path / "vergleich.html"

    # when
    result = cli("compare", "erlangen", "bamberg", "--format", "html", "-o", str(target))

    # then
    assert result.code == 0, result.err
    page = target.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">')
    assert "<title>Strukturvergleich: Erlangen, Bamberg</title>" in page
    assert '<th scope="row">Vorsitz Steuerungsgremium</th><td>unbekannt</td>' in page
    assert page.count("<tr>") == 1 + len(COMPARISON_ROWS)


def test_xlsx_file_has_a_row_per_function_and_figure(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    target = tmp_path / "vergleich.xlsx"

    # when
    result = cli("compare", "bamberg", "magdeburg", "--format", "xlsx", "-o", str(target))

    # then
    assert result.code == 0, result.err
    rows = [[cell.value for cell in row] for row in load_workbook(target)["Vergleich"].iter_rows()]
    assert rows[0] == [None, "Bamberg", "Magdeburg"]
    assert [row[0] for row in rows[1:]] == COMPARISON_ROWS
    assert dict((row[0], row[1:]) for row in rows)["Externes Netzwerk"] == [
        "—",
        "Magdeburger Netzwerk für Integrations- und Ausländerarbeit",
    ]


def test_unknown_city_fails(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("compare", "erlangen", "atlantis")

    # then
    assert result.code == 1
    assert "unknown city 'atlantis'" in result.err


def test_the_documented_output_is_current(cli: Cli, five_cities: QueryExecutor) -> None:
    # given
    documented = re.search(
        r"<!-- compare-output -->\n(.*)<!-- /compare-output -->", DOC.read_text("utf-8"), re.S
    )
    assert documented is not None

    # when
    result = cli("compare", *CITIES, "--format", "md")

    # then
    assert result.code == 0, result.err
    assert result.out == documented.group(1)
