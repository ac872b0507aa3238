"""Which entity fills which governance function: each rule on the small example city."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support import EXAMPLE_SOURCES, adding, example_city, example_dataset

from govgraph.analysis.functions import CLAIMED, FunctionHolder, function_holders
from govgraph.errors import InputError
from govgraph.graphmodel import GovernanceFunction, to_networkx
from govgraph.graphmodel.provenance import find_unverified_quotes
from govgraph.loaders import load_structure_file

CITY = "funktionsstadt"
DOC = f"{CITY}-konzept"
F = GovernanceFunction


def holders_of(
    tmp_path: Path, edit: Callable[[str], str] = str
) -> dict[GovernanceFunction, list[FunctionHolder]]:
    """The function holders of the example city as ``CITY``, its YAML changed by ``edit``."""
    return function_holders(to_networkx([example_dataset(tmp_path, CITY, edit)]), CITY)


def names(holders: dict[GovernanceFunction, list[FunctionHolder]]) -> dict[str, list[str]]:
    """The holders' names of each function that has any."""
    return {f.value: [h.entity_name for h in found] for f, found in holders.items() if found}


def test_the_example_city_fills_functions_by_kind(tmp_path: Path) -> None:
    # when
    holders = holders_of(tmp_path)

    # then
    assert names(holders) == {
        "political_decision": ["Stadtrat"],
        "committee_oversight": ["Sozialausschuss"],
        "administrative_steering": ["Steuerungsgruppe Integration"],
        "coordination": ["Stabsstelle Integration"],
        "advisory_council": ["Integrationsbeirat"],
    }
    steering = holders[F.ADMINISTRATIVE_STEERING][0]
    assert (steering.basis, steering.label, steering.entity_id) == (
        "Steuerungsgremium",
        "Body",
        f"{CITY}-steuerungsgruppe",
    )
    assert steering.evidence == ((DOC, "Die Steuerungsgruppe Integration tagt vierteljährlich."),)


def test_a_unit_organising_the_steering_body_coordinates(tmp_path: Path) -> None:
    # given: the Stabsstelle is no longer marked as the coordination unit
    def unmarked(text: str) -> str:
        return text.replace("    coordination: true\n", "")

    # when
    coordination = holders_of(tmp_path, unmarked)[F.COORDINATION]

    # then
    assert [(h.entity_name, h.basis) for h in coordination] == [
        ("Stabsstelle Integration", "organisiert Steuerungsgruppe Integration")
    ]
    assert coordination[0].evidence == (
        (
            DOC,
            "Die Geschäftsführung liegt bei der Stabsstelle Integration",
        ),
    )


def test_a_body_organising_the_steering_body_does_not_coordinate(tmp_path: Path) -> None:
    # given
    edit = adding(
        "relationships",
        f"""\
  - type: organises
    from: {CITY}-integrationsbeirat
    to: {CITY}-steuerungsgruppe
    sources:
      - {{document: {DOC}, quote: Die Steuerungsgruppe Integration tagt vierteljährlich.}}
""",
    )

    # when
    coordination = holders_of(tmp_path, edit)[F.COORDINATION]

    # then
    assert [h.entity_name for h in coordination] == ["Stabsstelle Integration"]


def test_monitoring_by_the_name_of_a_body_and_by_an_owned_measure(tmp_path: Path) -> None:
    # given
    body = f"""\
  - id: {CITY}-ag-monitoring
    name: AG Integrationsmonitoring
    kind: working_group
    sources:
      - {{document: {DOC}, quote: "Maßnahme: Integrationsbericht."}}
"""
    measure = f"""\
  - id: {CITY}-m-monitoring
    name: Aufbau eines Integrationsmonitorings
    sources:
      - {{document: {DOC}, quote: "Maßnahme: Integrationsbericht."}}
"""
    owns = f"""\
  - type: owns
    from: {CITY}-amt-soziales
    to: {CITY}-m-monitoring
    sources:
      - {{document: {DOC}, quote: "Maßnahme: Integrationsbericht."}}
"""

    def edit(text: str) -> str:
        for section, yaml in (("bodies", body), ("measures", measure), ("relationships", owns)):
            text = adding(section, yaml)(text)
        return text

    # when
    holders = holders_of(tmp_path, edit)

    # then
    assert [(h.entity_name, h.basis) for h in holders[F.MONITORING]] == [
        ("AG Integrationsmonitoring", "Name nennt Monitoring"),
        ("Amt für Soziales", "verantwortet Aufbau eines Integrationsmonitorings"),
    ]
    assert holders[F.MONITORING][1].evidence == ((DOC, "Maßnahme: Integrationsbericht."),)
    assert [h.entity_name for h in holders[F.WORKING_GROUPS]] == ["AG Integrationsmonitoring"]


def test_a_post_units_appoint_is_the_integration_officers(tmp_path: Path) -> None:
    # given: the Amt appoints officers; the mayor (a post) appoints a second post
    posts = f"""\
  - id: {CITY}-integrationsverantwortliche
    name: Integrationsverantwortliche
    sources:
      - {{document: {DOC}, quote: die Leitung des Amtes für Soziales}}
  - id: {CITY}-beauftragte
    name: Beauftragte
    sources:
      - {{document: {DOC}, quote: Den Vorsitz übernimmt die Oberbürgermeisterin.}}
"""
    appoints = f"""\
  - type: appoints
    from: {CITY}-amt-soziales
    to: {CITY}-integrationsverantwortliche
    sources:
      - {{document: {DOC}, quote: die Leitung des Amtes für Soziales}}
  - type: appoints
    from: {CITY}-oberbuergermeisterin
    to: {CITY}-beauftragte
    sources:
      - {{document: {DOC}, quote: Den Vorsitz übernimmt die Oberbürgermeisterin.}}
"""

    def edit(text: str) -> str:
        return adding("relationships", appoints)(adding("posts", posts)(text))

    # when
    officers = holders_of(tmp_path, edit)[F.INTEGRATION_OFFICERS]

    # then
    assert [(h.entity_name, h.basis, h.evidence) for h in officers] == [
        (
            "Integrationsverantwortliche",
            "von den Dienststellen benannt",
            ((DOC, "die Leitung des Amtes für Soziales"),),
        )
    ]


CLAIM = f"""\
    functions:
      - function: coordination
        sources:
          - {{document: {DOC}, quote: Die Steuerungsgruppe empfiehlt dem Stadtrat}}
          - {{document: {DOC}, quote: die jährlichen Integrationsziele}}
      - function: monitoring
        sources:
          - {{document: {DOC}, quote: "Maßnahme: Integrationsbericht."}}
"""


def claimed(text: str) -> str:
    """The Steuerungsgruppe with two cited function claims."""
    anchor = "    meetings_per_year: 4\n"
    return text.replace(anchor, anchor + CLAIM, 1)


def test_claimed_functions_replace_those_of_kind_and_lines(tmp_path: Path) -> None:
    # when
    holders = holders_of(tmp_path, claimed)

    # then
    assert holders[F.ADMINISTRATIVE_STEERING] == []
    assert [(h.entity_name, h.basis) for h in holders[F.COORDINATION]] == [
        ("Stabsstelle Integration", "Koordinationsstelle"),
        ("Steuerungsgruppe Integration", CLAIMED),
    ]
    assert holders[F.COORDINATION][1].evidence == (
        (DOC, "Die Steuerungsgruppe empfiehlt dem Stadtrat"),
        (DOC, "die jährlichen Integrationsziele"),
    )
    assert [h.entity_name for h in holders[F.MONITORING]] == ["Steuerungsgruppe Integration"]


def test_claims_are_stored_as_one_entry_per_citation(tmp_path: Path) -> None:
    # given
    dataset = example_dataset(tmp_path, CITY, claimed)
    steering = next(n for n in dataset.nodes if n.id == f"{CITY}-steuerungsgruppe")

    # when
    properties = steering.properties(CITY)

    # then
    assert properties["functions"] == ["coordination", "coordination", "monitoring"]
    assert properties["function_documents"] == [DOC] * 3
    assert properties["function_quotes"] == [
        "Die Steuerungsgruppe empfiehlt dem Stadtrat",
        "die jährlichen Integrationsziele",
        "Maßnahme: Integrationsbericht.",
    ]


def test_a_claim_quote_missing_from_its_source_names_the_functions_field(tmp_path: Path) -> None:
    # given
    def misquoted(text: str) -> str:
        # the claim comes first in the file, before the measure citing the same words
        return claimed(text).replace(
            '"Maßnahme: Integrationsbericht."}', '"Maßnahme: Bericht."}', 1
        )

    dataset = example_dataset(tmp_path, CITY, misquoted)
    text = (EXAMPLE_SOURCES / "musterstadt-konzept.txt").read_text(encoding="utf-8")
    (tmp_path / f"{DOC}.txt").write_text(text, encoding="utf-8")

    # when
    problems = find_unverified_quotes([dataset], tmp_path)

    # then
    assert [(p.entity, p.field) for p in problems] == [(f"{CITY}-steuerungsgruppe", "functions")]
    assert "Maßnahme: Bericht." in problems[0].message


def test_an_unknown_function_is_an_error_naming_file_line_and_field(tmp_path: Path) -> None:
    # given
    path = example_city(
        tmp_path, CITY, lambda t: claimed(t).replace("function: monitoring", "function: aufsicht")
    )

    # when
    with pytest.raises(InputError) as raised:
        load_structure_file(path)

    # then
    [problem] = raised.value.problems
    assert (problem.file, problem.entity, problem.field) == (
        str(path),
        f"{CITY}-steuerungsgruppe",
        "functions.1.function",
    )
    assert problem.line is not None
    assert problem.message.endswith("got 'aufsicht'")


def test_only_the_city_asked_for(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, CITY), example_dataset(tmp_path, "anderestadt")])

    # when
    holders = function_holders(graph, "anderestadt")

    # then
    assert {h.entity_id.split("-")[0] for found in holders.values() for h in found} == {
        "anderestadt"
    }
