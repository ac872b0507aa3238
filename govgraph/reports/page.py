"""Report pages: a `Report` as one print-ready, offline HTML document, escaped throughout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govgraph.queries import QueryExecutor
from govgraph.reports.report import Report
from govgraph.visualisations.templating import render_page

__all__ = ["City", "CityForm", "known_cities", "render_report_page"]

City = tuple[str, str]
"""A city's id and name."""


@dataclass(frozen=True)
class CityForm:
    """A small GET form that asks ``action`` for other cities.

    With ``several`` every city is a checkbox (those ``chosen`` checked); otherwise the
    cities are the options of one select, after „Alle Städte“ (an empty value, which the
    pages read as no city: every city) when ``every_city`` is offered.
    """

    action: str
    submit: str
    cities: Sequence[City]
    chosen: Sequence[str]
    several: bool
    every_city: bool = True


def known_cities(ask: QueryExecutor) -> list[City]:
    """The id and name of every city in the store, as the forms list them."""
    return [(row["id"], row["name"]) for row in ask.many("city_names")]


def render_report_page(report: Report, *, form: CityForm | None = None) -> str:
    """``report`` as a complete HTML page: title, ``form`` (if any), table, notes.

    The page loads nothing and runs no script (its Content-Security-Policy forbids both),
    the first column holds row headers, line breaks in cells show, and it prints on A4
    landscape without the form and the links.

    Examples
    --------
    >>> page = render_report_page(Report("Titel", ["", "A"], [["Zeile", "<b>x</b>"]]))
    >>> '<th scope="row">Zeile</th>' in page, "&lt;b&gt;x&lt;/b&gt;" in page
    (True, True)
    """
    return render_page("report.html.j2", report=report, form=form)
