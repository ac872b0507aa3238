"""Tests for govgraph.tables: CSV, XLSX and Markdown tables."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from govgraph.tables import csv_text, guard_formula, markdown_table, unguard_formula, xlsx_bytes

HEADERS = ["Handlungsfeld", "Amt 50"]
ROWS = [["Wohnen; Arbeit", "R"], ["=1+1", ""]]


@pytest.mark.parametrize("text", ["=x", "'=x", "''=x", "'x", "x", "+1", "-", "@", "", "a=b"])
def test_unguard_formula_undoes_guard_formula(text: str) -> None:
    # given
    guarded = guard_formula(text)

    # when
    unguarded = unguard_formula(guarded)

    # then
    assert unguarded == text


def test_csv_for_excel_has_bom_crlf_and_guarded_formulas() -> None:
    # when
    text = csv_text(HEADERS, ROWS, excel=True)

    # then
    assert text == '\ufeffHandlungsfeld;Amt 50\r\n"Wohnen; Arbeit";R\r\n\'=1+1;\r\n'


def test_xlsx_keeps_every_cell_as_text_under_a_frozen_filtered_header() -> None:
    # when
    data = xlsx_bytes(HEADERS, ROWS, "RACI")

    # then
    sheet = load_workbook(io.BytesIO(data))["RACI"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        HEADERS,
        ["Wohnen; Arbeit", "R"],
        ["=1+1", None],
    ]
    assert sheet["A3"].data_type == "s"
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:B3"


def test_markdown_escapes_pipes_and_breaks_lines() -> None:
    # when
    table = markdown_table(["a"], [["x|y\nz"]])

    # then
    assert table.splitlines()[-1] == "| x\\|y<br>z |"
