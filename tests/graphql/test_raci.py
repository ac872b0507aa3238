"""The ``raci`` root field over HTTP."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import httpx
from support import data_of, error_messages

from govgraph.store import BoltStore

DOC = Path(__file__).parents[2] / "docs" / "raci.md"
_FENCE = re.compile(r"^```graphql\n(?P<query>.*?)^```$", re.MULTILINE | re.DOTALL)

RACI = """
query ($city: String!) {
  raci(city: $city) {
    city
    actionFields { __typename id name }
    actors { __typename id name }
    assignments {
      actionField { id }
      actor { id name }
      letter
      basis
      evidence { document quote }
    }
  }
}
"""


def test_bamberg_assignments_of_one_field(api: httpx.Client) -> None:
    # when
    raci = data_of(api, RACI, city="bamberg")["raci"]

    # then
    assert raci["city"] == "bamberg"
    assert len(raci["actionFields"]) == 8
    assert {f["__typename"] for f in raci["actionFields"]} == {"ActionField"}
    assert len(raci["actors"]) == 20
    wohnen = [a for a in raci["assignments"] if a["actionField"]["id"] == "bamberg-hf-wohnen"]
    assert [(a["actor"]["name"], a["letter"]) for a in wohnen] == [
        ("Amt 15", "RESPONSIBLE"),
        ("Konversionssenat", "ACCOUNTABLE"),
        ("Steuerungsgremium Integration", "ACCOUNTABLE"),
        ("Arbeitsgruppe Integrationsmonitoring", "CONSULTED"),
        ("Bereich Familie, Jugend und Senioren", "CONSULTED"),
        ("Fachbereich Integration, Ehrenamt und Familie", "CONSULTED"),
        ("Fachkonferenz Integration", "CONSULTED"),
        ("Migranten- und Integrationsbeirat", "CONSULTED"),
        ("Referatsinterne Arbeitsgruppen Integration", "CONSULTED"),
    ]
    assert wohnen[0] == {
        "actionField": {"id": "bamberg-hf-wohnen"},
        "actor": {"id": "bamberg-amt-15", "name": "Amt 15"},
        "letter": "RESPONSIBLE",
        "basis": "zuständige Stelle",
        "evidence": [
            {
                "document": "bamberg-sitzungsvorlage-2018",
                "quote": "Wohnen Zuständige Stelle: Amt 15",
            }
        ],
    }


def test_a_constructed_city_with_two_letters_for_one_actor(
    api: httpx.Client, load_example: Callable[..., str]
) -> None:
    # given
    def advising(text: str) -> str:
        return (
            text.rstrip("\n")
            + "\n"
            + (
                "  - type: advises\n"
                "    from: graphqlraci-amt-soziales\n"
                "    to: graphqlraci-sozialausschuss\n"
                "    sources:\n"
                "      - {document: graphqlraci-konzept, quote: Das Amt berät den Ausschuss.}\n"
            )
        )

    city = load_example("graphqlraci", advising)

    # when
    raci = data_of(api, RACI, city=city)["raci"]

    # then
    assert [f["name"] for f in raci["actionFields"]] == ["Arbeit", "Sprache"]
    assert [(a["__typename"], a["name"]) for a in raci["actors"]] == [
        ("OrgUnit", "Amt für Soziales"),
        ("Body", "Sozialausschuss"),
    ]
    assert [(a["actor"]["name"], a["letter"], a["basis"]) for a in raci["assignments"]] == [
        ("Amt für Soziales", "RESPONSIBLE", "zuständige Stelle"),
        ("Amt für Soziales", "CONSULTED", "berät Sozialausschuss"),
        ("Sozialausschuss", "ACCOUNTABLE", "zuständiger Ausschuss"),
    ]


def test_unknown_city_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, RACI, city="atlantis")

    # then
    assert messages == ["unknown city 'atlantis'; the field 'cities' lists the known ids"]


def test_the_example_of_the_doc_page_is_answered(api: httpx.Client) -> None:
    # given
    examples = [m["query"] for m in _FENCE.finditer(DOC.read_text(encoding="utf-8"))]

    # when
    answers = [data_of(api, query)["raci"] for query in examples]

    # then
    assert len(answers) == 1
    assert answers[0]["actors"]
    assert answers[0]["assignments"][0]["basis"] == "zuständige Stelle"


def test_the_graph_is_read_once_whatever_the_matrix_size(
    api: httpx.Client, store: BoltStore
) -> None:
    # given
    before = store.round_trips

    # when
    matrix = data_of(api, RACI, city="bamberg")["raci"]

    # then
    assert len(matrix["assignments"]) > 3
    assert store.round_trips - before <= 3
