"""The report page: a complete, offline, escaped document with its form."""

from __future__ import annotations

import re

from govgraph.reports import render_report_page, report_named
from govgraph.reports.report import Report

CITIES = [("a-stadt", "A-Stadt"), ("b-stadt", "B<Stadt>")]


def test_page_is_complete_and_requests_nothing() -> None:
    # given
    report = Report("Titel", ["", "A"], [["Zeile", "eins\nzwei"]], ["Hinweis"])

    # when
    page = render_report_page(report)

    # then
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">')
    assert "default-src 'none'" in page
    assert "script-src" not in page
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "<title>Titel</title>" in page
    assert '<tr><th scope="row">Zeile</th><td>eins\nzwei</td></tr>' in page
    assert "white-space: pre-line" in page
    assert "@page { size: A4 landscape; margin: 12mm; }" in page
    assert "<li>Hinweis</li>" in page
    assert '<a href="/">' in page
    assert "<form" not in page


def test_empty_report_says_so() -> None:
    # when
    page = render_report_page(Report("Lücken", ["Stadt"], [], ["0 Lücken"]))

    # then
    assert "<table" not in page
    assert "Keine Einträge." in page


def test_comparison_form_ticks_the_chosen_cities() -> None:
    # when
    page = render_report_page(
        Report("T", ["", "A"], []), form=report_named("compare").form(CITIES, ["a-stadt"])
    )

    # then
    assert '<form class="cities" method="get" action="/analysis/compare">' in page
    assert '<input type="checkbox" name="city" value="a-stadt" checked> A-Stadt' in page
    assert '<input type="checkbox" name="city" value="b-stadt"> B&lt;Stadt&gt;' in page
    assert '<button type="submit">Vergleichen</button>' in page


def test_gaps_form_selects_one_chosen_city_else_all() -> None:
    # when
    one = render_report_page(
        Report("T", ["S"], []), form=report_named("gaps").form(CITIES, ["b-stadt"])
    )
    both = render_report_page(
        Report("T", ["S"], []), form=report_named("gaps").form(CITIES, ["a-stadt", "b-stadt"])
    )

    # then
    assert '<option value="b-stadt" selected>B&lt;Stadt&gt;</option>' in one
    assert '<option value="">Alle Städte</option>' in both
    assert "selected" not in both
    assert '<button type="submit">Lücken anzeigen</button>' in one
