"""``govgraph raci`` against the real store."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from support import Cli

from govgraph.analysis.raci import RaciLetter
from govgraph.queries import QueryExecutor

ADVISES = """\
  - type: advises
    from: CITY-amt-soziales
    to: CITY-sozialausschuss
    sources:
      - {document: CITY-konzept, quote: Das Amt berät den Ausschuss.}
"""


def advising(city: str) -> Callable[[str], str]:
    """An edit: the Amt für Soziales advises the Sozialausschuss."""
    return lambda text: text.rstrip("\n") + "\n" + ADVISES.replace("CITY", city)


def test_csv_has_a_row_per_field_and_a_column_per_actor(
    cli: Cli, five_cities: QueryExecutor
) -> None:
    # when
    result = cli("raci", "bamberg", "--format", "csv")

    # then
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out), delimiter=";"))
    header = rows[0]
    assert header[:4] == ["Handlungsfeld", "Agentur für Arbeit", "Amt 11", "Amt 15"]
    assert len(header) == 1 + 20
    assert [row[0] for row in rows[1:]] == [
        "Arbeit und Wirtschaft",
        "Bildung, Schule und Sport",
        "Grundversorgung anerkannte Flüchtlinge",
        "Grundversorgung Asyl",
        "Jugendarbeit und unbegleitete Minderjährige",
        "Kindertagesbetreuung",
        "Personalentwicklung",
        "Wohnen",
    ]
    wohnen = dict(zip(header, rows[-1], strict=True))
    assert wohnen["Amt 15"] == "R"
    assert wohnen["Konversionssenat"] == "A"
    assert wohnen["Steuerungsgremium Integration"] == "A"
    assert wohnen["Migranten- und Integrationsbeirat"] == "C"
    assert wohnen["Amt 11"] == ""


def test_markdown_has_title_table_and_the_rule_of_each_letter(
    cli: Cli, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example("mdracistadt", advising("mdracistadt"))

    # when
    result = cli("raci", city, "--format", "md")

    # then
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "## RACI-Matrix: Musterstadt",
        "",
        "| Handlungsfeld | Amt für Soziales | Sozialausschuss |",
        "| --- | --- | --- |",
        "| Arbeit |  |  |",
        "| Sprache | R/C | A |",
        "",
        f"R – verantwortlich: {RaciLetter.RESPONSIBLE.rule}",
        "",
        f"A – rechenschaftspflichtig / entscheidet: {RaciLetter.ACCOUNTABLE.rule}",
        "",
        f"C – beteiligt (konsultiert): {RaciLetter.CONSULTED.rule}",
        "",
        f"I – informiert: {RaciLetter.INFORMED.rule}",
    ]


def test_table_by_default(cli: Cli, load_example: Callable[..., str]) -> None:
    # given
    city = load_example("tableracistadt")

    # when
    result = cli("raci", city)

    # then
    assert result.code == 0, result.err
    assert "RACI-Matrix: Musterstadt" in result.out
    assert "Sozialausschuss" in result.out
    assert "R – verantwortlich" in result.out


def test_xlsx_file_has_the_matrix_on_sheet_raci(
    cli: Cli, load_example: Callable[..., str], tmp_path: Path
) -> None:
    # given
    city = load_example("xlsxracistadt", advising("xlsxracistadt"))
    target = tmp_path / "raci.xlsx"

    # when
    result = cli("raci", city, "--format", "xlsx", "-o", str(target))

    # then
    assert result.code == 0, result.err
    sheet = load_workbook(target)["RACI"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [
        ["Handlungsfeld", "Amt für Soziales", "Sozialausschuss"],
        ["Arbeit", None, None],
        ["Sprache", "R/C", "A"],
    ]


def test_html_file_is_the_page_with_the_matrix(
    cli: Cli, load_example: Callable[..., str], tmp_path: Path
) -> None:
    # given
    city = load_example("htmlracistadt", advising("htmlracistadt"))
    target = tmp_path / "raci.html"

    # when
    result = cli("raci", city, "--format", "html", "-o", str(target))

    # then
    assert result.code == 0, result.err
    page = target.read_text(encoding="utf-8")
    assert "<title>RACI-Matrix: Musterstadt</title>" in page
    assert '<th scope="row">Sprache</th><td>R/C</td><td>A</td>' in page
    assert '<th scope="row">Arbeit</th><td></td><td></td>' in page
    assert f'<option value="{city}" selected>' in page


def test_unknown_city_fails(cli: Cli) -> None:
    # when
    result = cli("raci", "atlantis", "--format", "csv")

    # then
    assert result.code == 1
    assert "unknown city 'atlantis'" in result.err
    assert result.out == ""
