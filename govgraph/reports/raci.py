"""The RACI matrix of a city as a report: one row per action field, one column per actor."""

from __future__ import annotations

from govgraph.graphmodel.raci import RaciLetter, RaciMatrix
from govgraph.tables import Report

__all__ = ["raci_report"]


def raci_report(matrix: RaciMatrix, city_name: str) -> Report:
    """``matrix`` as a table: Handlungsfeld, then each actor's letters (empty if none);
    below it, the rule of each letter.

    Examples
    --------
    >>> from govgraph.graphmodel.raci import RaciAssignment
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
