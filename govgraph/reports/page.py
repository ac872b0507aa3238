"""Report pages: a `Report` as one print-ready, offline HTML document, escaped throughout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govgraph.queries import QueryExecutor
from govgraph.tables import Report
from govgraph.visualisations.templating import render_page

__all__ = [
    "COMPARISON_PATH",
    "GAPS_PATH",
    "RACI_PATH",
    "CityForm",
    "comparison_form",
    "gaps_form",
    "known_cities",
    "raci_form",
    "render_report_page",
]

COMPARISON_PATH = "/analysis/compare"
"""Where the comparison page is served (``?city=…&city=…``)."""
GAPS_PATH = "/analysis/gaps"
"""Where the gaps page is served (``?city=…``)."""
RACI_PATH = "/analysis/raci"
"""Where the RACI page of one city is served (``?city=…``)."""

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


def comparison_form(cities: Sequence[City], chosen: Sequence[str]) -> CityForm:
    """The form of the comparison: a checkbox per city of ``cities``, ``chosen`` ticked."""
    return CityForm(COMPARISON_PATH, "Vergleichen", cities, chosen, several=True)


def gaps_form(cities: Sequence[City], chosen: Sequence[str]) -> CityForm:
    """The form of the gaps: one select of ``cities``; one ``chosen`` city is selected."""
    return CityForm(GAPS_PATH, "Lücken anzeigen", cities, chosen, several=False)


def raci_form(cities: Sequence[City], chosen: Sequence[str]) -> CityForm:
    """The form of the RACI matrix: one select of ``cities`` (a matrix is of one city)."""
    return CityForm(
        RACI_PATH, "RACI-Matrix zeigen", cities, chosen, several=False, every_city=False
    )


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
