"""The RACI report: a row per action field, a column per actor, the rules as notes."""

from __future__ import annotations

from pathlib import Path

from support import example_dataset

from govgraph.analysis.raci import RaciLetter, raci_matrix
from govgraph.graphmodel import to_networkx
from govgraph.reports.raci import raci_report

CITY = "raciberichtstadt"

ADVISES = f"""\
  - type: advises
    from: {CITY}-amt-soziales
    to: {CITY}-sozialausschuss
    sources:
      - {{document: {CITY}-konzept, quote: Das Amt berät den Ausschuss.}}
"""


def test_report_of_the_example_city(tmp_path: Path) -> None:
    # given
    dataset = example_dataset(tmp_path, CITY, lambda text: text.rstrip("\n") + "\n" + ADVISES)
    matrix = raci_matrix(to_networkx([dataset]), CITY)

    # when
    report = raci_report(matrix, "Musterstadt")

    # then
    assert report.title == "RACI-Matrix: Musterstadt"
    assert report.sheet == "RACI"
    assert list(report.headers) == ["Handlungsfeld", "Amt für Soziales", "Sozialausschuss"]
    assert [list(row) for row in report.rows] == [["Arbeit", "", ""], ["Sprache", "R/C", "A"]]
    assert list(report.notes) == [
        f"R – verantwortlich: {RaciLetter.RESPONSIBLE.rule}",
        f"A – rechenschaftspflichtig / entscheidet: {RaciLetter.ACCOUNTABLE.rule}",
        f"C – beteiligt (konsultiert): {RaciLetter.CONSULTED.rule}",
        f"I – informiert: {RaciLetter.INFORMED.rule}",
    ]


def test_a_city_without_letters_has_rows_but_no_actors(tmp_path: Path) -> None:
    # given
    def no_lines(text: str) -> str:
        return text.split("\nrelationships:\n")[0] + "\n"

    matrix = raci_matrix(to_networkx([example_dataset(tmp_path, CITY, no_lines)]), CITY)

    # when
    report = raci_report(matrix, "Musterstadt")

    # then
    assert list(report.headers) == ["Handlungsfeld"]
    assert [list(row) for row in report.rows] == [["Arbeit"], ["Sprache"]]
