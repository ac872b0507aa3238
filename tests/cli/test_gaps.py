"""``govgraph gaps`` against the real store."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from support import Cli

from govgraph.queries import QueryExecutor

HEADER = "Stadt;Art der Lücke;Gremium/Stelle;Befund;Beleg"


def test_csv_lists_each_gap_with_its_evidence(cli: Cli, load_example: Callable[..., str]) -> None:
    # given
    city = load_example("clilueckenstadt")

    # when
    result = cli("gaps", city, "--format", "csv")

    # then
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == HEADER
    rows = list(csv.reader(io.StringIO(result.out), delimiter=";"))[1:]
    assert rows[0] == [
        "Musterstadt",
        "Maßnahme ohne Verantwortliche",
        "Integrationsbericht",
        "Keine verantwortliche Stelle benannt",
        f"„Maßnahme: Integrationsbericht.“ ({city}-konzept)",
    ]
    assert [row[1] for row in rows] == [
        "Maßnahme ohne Verantwortliche",
        "Gremium ohne Vorsitz",
        "Gremium ohne Vorsitz",
        "Handlungsfeld ohne zuständige Stelle",
        "Handlungsfeld ohne Ausschuss",
        "Gremium ohne Sitzungsrhythmus",
        "Gremium ohne Sitzungsrhythmus",
    ]


def test_markdown_and_table(cli: Cli, load_example: Callable[..., str]) -> None:
    # given
    city = load_example("mdlueckenstadt")

    # when
    markdown = cli("gaps", city, "--format", "md")
    table = cli("gaps", city)

    # then
    assert markdown.code == 0, markdown.err
    lines = markdown.out.splitlines()
    assert lines[:4] == [
        "## Lücken in der Governance",
        "",
        "| Stadt | Art der Lücke | Gremium/Stelle | Befund | Beleg |",
        "| --- | --- | --- | --- | --- |",
    ]
    assert len(lines) == 4 + 7 + 2
    assert lines[-1] == "7 Lücken"
    assert table.code == 0, table.err
    assert "Kein Vorsitz bekannt" in table.out
    assert "7 Lücken" in table.out


def test_without_cities_every_city_in_the_store(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("gaps", "--format", "csv")

    # then
    assert result.code == 0, result.err
    cities = {row[0] for row in csv.reader(io.StringIO(result.out), delimiter=";")}
    assert {"Bamberg", "Braunschweig", "Erlangen", "Magdeburg", "Nürnberg"} <= cities


def test_unknown_city_fails(cli: Cli) -> None:
    # when
    result = cli("gaps", "atlantis")

    # then
    assert result.code == 1
    assert "unknown city 'atlantis'" in result.err


def test_xlsx_file_has_one_row_per_gap(
    cli: Cli, load_example: Callable[..., str], tmp_path: Path
) -> None:
    # given
    city = load_example("xlsxlueckenstadt")
    target = tmp_path / "luecken.xlsx"

    # when
    result = cli("gaps", city, "--format", "xlsx", "-o", str(target))

    # then
    assert result.code == 0, result.err
    sheet = load_workbook(target)["Lücken"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Stadt", "Art der Lücke", "Gremium/Stelle", "Befund", "Beleg"]
    assert len(rows) == 1 + 7
    assert rows[1][3] == "Keine verantwortliche Stelle benannt"
