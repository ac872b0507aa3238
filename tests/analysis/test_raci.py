"""The RACI letters, each rule on the small example city, and the bundled Bamberg matrix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from support import chained, example_dataset

import govgraph.loaders.structure_yaml as structure_yaml
from govgraph.analysis.raci import RaciAssignment, RaciLetter, RaciMatrix, raci_matrix
from govgraph.graphmodel import to_networkx
from govgraph.loaders.bundled import bundled_structure_files

CITY = "racistadt"
DOC = f"{CITY}-konzept"
SPRACHE = f"{CITY}-hf-sprache"
ARBEIT = f"{CITY}-hf-arbeit"
AMT = f"{CITY}-amt-soziales"
STABSSTELLE = f"{CITY}-stabsstelle-integration"
AUSSCHUSS = f"{CITY}-sozialausschuss"
STEUERUNG = f"{CITY}-steuerungsgruppe"
BEIRAT = f"{CITY}-integrationsbeirat"
STADTRAT = f"{CITY}-stadtrat"

LEITLINIEN = """\
  - id: racistadt-leitlinien
    name: Leitlinien Arbeit
    kind: guideline
    sources:
      - {document: racistadt-leitlinien, quote: Leitlinien Arbeit}
"""


def line(type_: str, source: str, target: str, quote: str) -> str:
    """One relationship entry of the YAML format."""
    return (
        f"  - type: {type_}\n    from: {source}\n    to: {target}\n    sources:\n"
        f'      - {{document: {DOC}, quote: "{quote}"}}\n'
    )


def with_lines(*lines: str) -> Callable[[str], str]:
    """An edit adding relationships (the last section of the example)."""
    return lambda text: text.rstrip("\n") + "\n" + "".join(lines)


def with_document(yaml: str) -> Callable[[str], str]:
    """An edit adding document entries."""
    return lambda text: text.replace("\nunits:\n", f"\n{yaml}\nunits:\n")


def matrix_of(tmp_path: Path, edit: Callable[[str], str] = str) -> RaciMatrix:
    """The RACI matrix of the example city as ``CITY``, its YAML changed by ``edit``."""
    return raci_matrix(to_networkx([example_dataset(tmp_path, CITY, edit)]), CITY)


def held(matrix: RaciMatrix, field: str, letter: RaciLetter) -> list[RaciAssignment]:
    """The assignments of ``letter`` for ``field``, in matrix order."""
    return [a for a in matrix.assignments if a.action_field_id == field and a.letter is letter]


def row(matrix: RaciMatrix, field: str) -> dict[str, str]:
    """The non-empty cells of ``field``'s row, by actor id."""
    cells = {actor: matrix.letters(field, actor) for actor, _, _ in matrix.actors}
    return {actor: letters for actor, letters in cells.items() if letters}


SHARED_BASIS = with_lines(
    line("based_on", ARBEIT, DOC, "Handlungsfelder des Konzepts Integration: Arbeit")
)


def test_example_city_responsible_unit_and_overseeing_committee(tmp_path: Path) -> None:
    # when
    matrix = matrix_of(tmp_path)

    # then
    assert matrix.city_id == CITY
    assert matrix.action_fields == ((ARBEIT, "Arbeit"), (SPRACHE, "Sprache"))
    assert matrix.actors == (
        (AMT, "Amt für Soziales", "OrgUnit"),
        (AUSSCHUSS, "Sozialausschuss", "Body"),
    )
    assert matrix.assignments == (
        RaciAssignment(
            action_field_id=SPRACHE,
            actor_id=AMT,
            actor_name="Amt für Soziales",
            actor_label="OrgUnit",
            letter=RaciLetter.RESPONSIBLE,
            basis="zuständige Stelle",
            evidence=((DOC, "Handlungsfeld Sprache: Zuständige Stelle ist das Amt für Soziales"),),
        ),
        RaciAssignment(
            action_field_id=SPRACHE,
            actor_id=AUSSCHUSS,
            actor_name="Sozialausschuss",
            actor_label="Body",
            letter=RaciLetter.ACCOUNTABLE,
            basis="zuständiger Ausschuss",
            evidence=((DOC, "zuständig ist der Sozialausschuss"),),
        ),
    )
    assert row(matrix, ARBEIT) == {}


def test_owning_a_measure_of_the_field_makes_responsible(tmp_path: Path) -> None:
    # given
    owns = with_lines(
        line("owns", STABSSTELLE, f"{CITY}-m-integrationsbericht", "Bericht: Stabsstelle"),
        line("in_field", f"{CITY}-m-integrationsbericht", ARBEIT, "Bericht zum Feld Arbeit"),
    )

    # when
    matrix = matrix_of(tmp_path, owns)

    # then
    assert [
        (a.actor_id, a.basis, a.evidence) for a in held(matrix, ARBEIT, RaciLetter.RESPONSIBLE)
    ] == [
        (
            STABSSTELLE,
            "verantwortet Maßnahme „Integrationsbericht“",
            ((DOC, "Bericht: Stabsstelle"), (DOC, "Bericht zum Feld Arbeit")),
        )
    ]


def test_a_direct_responsibility_goes_before_an_owned_measure(tmp_path: Path) -> None:
    # given: the Amt für Soziales is responsible for Sprache and owns Sprachkurse in it

    # when
    matrix = matrix_of(tmp_path)

    # then
    responsible = held(matrix, SPRACHE, RaciLetter.RESPONSIBLE)
    assert [(a.actor_id, a.basis) for a in responsible] == [(AMT, "zuständige Stelle")]


def test_steering_body_on_the_fields_document_is_accountable(tmp_path: Path) -> None:
    # when
    matrix = matrix_of(tmp_path, SHARED_BASIS)

    # then
    assert [
        (a.actor_id, a.basis, a.evidence) for a in held(matrix, ARBEIT, RaciLetter.ACCOUNTABLE)
    ] == [
        (
            STEUERUNG,
            "Steuerungsgremium auf gemeinsamer Grundlage „Konzept Integration Musterstadt“",
            (
                (DOC, "das Konzept Integration beschlossen"),
                (DOC, "Handlungsfelder des Konzepts Integration: Arbeit"),
            ),
        )
    ]


def test_steering_body_on_another_document_is_not_accountable(tmp_path: Path) -> None:
    # given
    other = chained(
        with_document(LEITLINIEN),
        with_lines(line("based_on", ARBEIT, f"{CITY}-leitlinien", "Leitlinien Arbeit")),
    )

    # when
    matrix = matrix_of(tmp_path, other)

    # then
    assert row(matrix, ARBEIT) == {}


def test_advisory_council_in_the_accountable_body_is_consulted(tmp_path: Path) -> None:
    # given: the Fraktionen and the Amt für Soziales are (non-advisory) members too

    # when
    matrix = matrix_of(tmp_path, SHARED_BASIS)

    # then
    consulted = held(matrix, ARBEIT, RaciLetter.CONSULTED)
    assert [(a.actor_id, a.basis, a.evidence) for a in consulted] == [
        (
            BEIRAT,
            "Beirat, Mitglied von Steuerungsgruppe Integration",
            ((DOC, "eine Vertretung des Integrationsbeirats (beratend)"),),
        )
    ]


@pytest.mark.parametrize(
    ("type_", "basis"),
    [
        ("advises", "berät Amt für Soziales"),
        ("recommends_to", "gibt Empfehlungen an Amt für Soziales"),
    ],
)
def test_who_advises_or_recommends_to_the_responsible_unit_is_consulted(
    tmp_path: Path, type_: str, basis: str
) -> None:
    # given
    advises = with_lines(line(type_, BEIRAT, AMT, "Der Beirat berät das Amt."))

    # when
    matrix = matrix_of(tmp_path, advises)

    # then
    consulted = held(matrix, SPRACHE, RaciLetter.CONSULTED)
    assert [(a.actor_id, a.basis, a.evidence) for a in consulted] == [
        (BEIRAT, basis, ((DOC, "Der Beirat berät das Amt."),))
    ]
    assert row(matrix, ARBEIT) == {}


def test_who_advises_the_overseeing_committee_is_consulted(tmp_path: Path) -> None:
    # given
    advises = with_lines(line("advises", STABSSTELLE, AUSSCHUSS, "Die Stabsstelle berät."))

    # when
    matrix = matrix_of(tmp_path, advises)

    # then
    consulted = held(matrix, SPRACHE, RaciLetter.CONSULTED)
    assert [(a.actor_id, a.basis) for a in consulted] == [(STABSSTELLE, "berät Sozialausschuss")]


def test_advising_someone_without_a_letter_consults_nobody(tmp_path: Path) -> None:
    # given
    advises = with_lines(line("advises", BEIRAT, STABSSTELLE, "Der Beirat berät die Stabsstelle."))

    # when
    matrix = matrix_of(tmp_path, advises)

    # then
    assert BEIRAT not in {actor for actor, _, _ in matrix.actors}


def test_whom_the_responsible_unit_informs_is_informed(tmp_path: Path) -> None:
    # given
    informs = with_lines(line("informs", AMT, BEIRAT, "Das Amt informiert den Beirat."))

    # when
    matrix = matrix_of(tmp_path, informs)

    # then
    informed = held(matrix, SPRACHE, RaciLetter.INFORMED)
    assert [(a.actor_id, a.basis, a.evidence) for a in informed] == [
        (BEIRAT, "wird informiert von Amt für Soziales", ((DOC, "Das Amt informiert den Beirat."),))
    ]


@pytest.mark.parametrize(
    ("type_", "basis"),
    [
        ("reports_to", "erhält Berichte von Sozialausschuss"),
        ("recommends_to", "erhält Empfehlungen von Sozialausschuss"),
        ("prepares_decisions_for", "erhält Entscheidungsvorlagen von Sozialausschuss"),
    ],
)
def test_whom_the_accountable_body_leads_up_to_is_informed(
    tmp_path: Path, type_: str, basis: str
) -> None:
    # given
    upward = with_lines(line(type_, AUSSCHUSS, STADTRAT, "Der Ausschuss berichtet dem Stadtrat."))

    # when
    matrix = matrix_of(tmp_path, upward)

    # then
    informed = held(matrix, SPRACHE, RaciLetter.INFORMED)
    assert [(a.actor_id, a.basis) for a in informed] == [(STADTRAT, basis)]


def test_upward_lines_of_the_responsible_unit_inform_nobody(tmp_path: Path) -> None:
    # given
    upward = with_lines(line("reports_to", AMT, STADTRAT, "Das Amt berichtet dem Stadtrat."))

    # when
    matrix = matrix_of(tmp_path, upward)

    # then
    assert held(matrix, SPRACHE, RaciLetter.INFORMED) == []


def test_the_steering_body_informs_the_council_it_recommends_to(tmp_path: Path) -> None:
    # when
    matrix = matrix_of(tmp_path, SHARED_BASIS)

    # then
    informed = held(matrix, ARBEIT, RaciLetter.INFORMED)
    assert [(a.actor_id, a.basis, a.evidence) for a in informed] == [
        (
            STADTRAT,
            "erhält Empfehlungen von Steuerungsgruppe Integration",
            (
                (
                    DOC,
                    "Die Steuerungsgruppe empfiehlt dem Stadtrat die jährlichen Integrationsziele.",
                ),
            ),
        )
    ]


def test_an_actor_with_two_letters_has_both_in_its_cell(tmp_path: Path) -> None:
    # given
    advises = with_lines(line("advises", AMT, AUSSCHUSS, "Das Amt berät den Ausschuss."))

    # when
    matrix = matrix_of(tmp_path, advises)

    # then
    assert matrix.letters(SPRACHE, AMT) == "R/C"
    assert matrix.letters(SPRACHE, AUSSCHUSS) == "A"
    assert matrix.letters(ARBEIT, AMT) == ""
    assert [a.letter for a in matrix.assignments if a.actor_id == AMT] == [
        RaciLetter.RESPONSIBLE,
        RaciLetter.CONSULTED,
    ]


def test_actors_by_best_letter_then_name(tmp_path: Path) -> None:
    # given
    lines = chained(
        SHARED_BASIS,
        with_lines(
            line("informs", AMT, f"{CITY}-fraktionen", "Das Amt informiert die Fraktionen."),
            line("responsible_for", STABSSTELLE, ARBEIT, "Arbeit: Stabsstelle Integration"),
        ),
    )

    # when
    matrix = matrix_of(tmp_path, lines)

    # then
    assert [name for _, name, _ in matrix.actors] == [
        "Amt für Soziales",
        "Stabsstelle Integration",
        "Sozialausschuss",
        "Steuerungsgruppe Integration",
        "Integrationsbeirat",
        "Fraktionen",
        "Stadtrat",
    ]
    assert row(matrix, ARBEIT) == {
        STABSSTELLE: "R",
        STEUERUNG: "A",
        BEIRAT: "C",
        STADTRAT: "I",
    }


def test_lines_from_other_cities_are_ignored(tmp_path: Path) -> None:
    # given
    graph = to_networkx(
        [example_dataset(tmp_path, CITY), example_dataset(tmp_path, "nachbarstadt")]
    )
    graph.add_edge("nachbarstadt-amt-soziales", ARBEIT, type="RESPONSIBLE_FOR")
    graph.add_edge("nachbarstadt-integrationsbeirat", AMT, type="ADVISES")

    # when
    matrix = raci_matrix(graph, CITY)

    # then
    assert [actor for actor, _, _ in matrix.actors] == [AMT, AUSSCHUSS]
    assert row(matrix, ARBEIT) == {}


@pytest.fixture(scope="module")
def bundled() -> nx.MultiDiGraph[str]:
    """The bundled five cities as one graph."""
    return to_networkx(
        [structure_yaml.load_structure_file(path) for path in bundled_structure_files()]
    )


def test_bamberg_wohnen_row(bundled: nx.MultiDiGraph[str]) -> None:
    # when
    matrix = raci_matrix(bundled, "bamberg")

    # then
    assert len(matrix.action_fields) == 8
    cells = {name: matrix.letters("bamberg-hf-wohnen", actor) for actor, name, _ in matrix.actors}
    assert cells == {
        "Agentur für Arbeit": "",
        "Amt 11": "",
        "Amt 15": "R",
        "Amt 50": "",
        "Amt 51": "",
        "Jobcenter": "",
        "Referat 4": "",
        "Wirtschaftsförderung": "",
        "Familien- und Integrationssenat": "",
        "Jugendhilfeausschuss": "",
        "Konversionssenat": "A",
        "Kultursenat": "",
        "Personalsenat": "",
        "Steuerungsgremium Integration": "A",
        "Arbeitsgruppe Integrationsmonitoring": "C",
        "Bereich Familie, Jugend und Senioren": "C",
        "Fachbereich Integration, Ehrenamt und Familie": "C",
        "Fachkonferenz Integration": "C",
        "Migranten- und Integrationsbeirat": "C",
        "Referatsinterne Arbeitsgruppen Integration": "C",
    }
    assert list(cells) == [name for _, name, _ in matrix.actors]
    bases = {
        (a.actor_name, a.basis) for a in matrix.assignments if a.action_field_id.endswith("wohnen")
    }
    assert (
        "Migranten- und Integrationsbeirat",
        "Beirat, Mitglied von Steuerungsgremium Integration",
    ) in bases
    assert (
        "Steuerungsgremium Integration",
        "Steuerungsgremium auf gemeinsamer Grundlage „Kommunale Integrationsförderung Bamberg“",
    ) in bases
    assert all(a.evidence for a in matrix.assignments)


def test_magdeburg_fields_without_lines_are_empty_rows(bundled: nx.MultiDiGraph[str]) -> None:
    # when
    matrix = raci_matrix(bundled, "magdeburg")

    # then
    assert len(matrix.action_fields) == 12
    assert (matrix.actors, matrix.assignments) == ((), ())
