"""The RACI matrix of a city as a report: one row per action field, one column per actor."""

from __future__ import annotations

import networkx as nx

from govgraph.analysis.raci import RaciLetter, RaciMatrix, raci_matrix
from govgraph.reports.kind import CityChoice, ReportKind
from govgraph.reports.report import Report

__all__ = ["REPORT", "raci_report"]


def raci_report(matrix: RaciMatrix, city_name: str) -> Report:
    """``matrix`` as a table: Handlungsfeld, then each actor's letters (empty if none);
    below it, the rule of each letter.

    Examples
    --------
    >>> from govgraph.analysis.raci import RaciAssignment
    >>> matrix = RaciMatrix(
    ...     "x",
    ...     (("hf", "Wohnen"),),
    ...     (("amt", "Wohnungsamt", "OrgUnit"), ("aus", "Bauausschuss", "Body")),
    ...     (RaciAssignment("hf", "amt", "Wohnungsamt", "OrgUnit", RaciLetter.RESPONSIBLE,
    ...                     "zuständige Stelle", ()),),
    ... )
    >>> report = raci_report(matrix, "Musterstadt")
    >>> report.title, list(report.headers)
    ('RACI-Matrix: Musterstadt', ['Handlungsfeld', 'Wohnungsamt', 'Bauausschuss'])
    >>> report.rows
    [['Wohnen', 'R', '']]
    >>> report.notes[0].split(":")[0]
    'R – verantwortlich'
    """
    headers = ["Handlungsfeld", *(name for _, name, _ in matrix.actors)]
    rows = [
        [name, *(matrix.letters(field, actor) for actor, _, _ in matrix.actors)]
        for field, name in matrix.action_fields
    ]
    notes = [f"{letter.value} – {letter.heading}: {letter.rule}" for letter in RaciLetter]
    return Report(f"RACI-Matrix: {city_name}", headers, rows, notes, "RACI")


def _build(graph: nx.MultiDiGraph[str], cities: list[str]) -> Report:
    [city] = cities
    return raci_report(raci_matrix(graph, city), graph.nodes[city]["name"])


REPORT = ReportKind(
    "raci",
    "RACI-Matrix der Handlungsfelder",
    "RACI-Matrix zeigen",
    "Show who is responsible, accountable, consulted and informed for each action field.",
    CityChoice.ONE,
    _build,
)
"""``govgraph raci CITY`` and ``/analysis/raci?city=…``."""
