"""The ``compare`` root field over HTTP."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from support import data_of, error_messages

from govgraph.store import BoltStore

COMPARE = """
query ($cities: [String!]!) {
  compare(cities: $cities) {
    city { id name }
    functions {
      function
      heading
      holders { entity { __typename id } basis evidence { document quote } }
    }
    bodies
    units
    steeringChairs { body { id } chair { __typename id } side evidence { document quote } }
    advisoryCouncilOnSteering
    rhythms { body { id } text }
    founded { body { id } text }
    actionFields
    measures
    measuresWithOwner
    shareOfMeasuresWithOwner
    reportingDepth
    reportingChain { __typename id }
  }
}
"""

CITY_IDS = """
query ($cities: [String!]!) {
  compare(cities: $cities) { city { id } }
}
"""

DOC = Path(__file__).parents[2] / "docs" / "compare.md"
ROUND_TRIPS = 3
"""The city check (one batch of the entity loader), then the cities' nodes and lines."""


def _holders(city: dict[str, object], function: str) -> list[tuple[str, str]]:
    cells = {cell["function"]: cell for cell in city["functions"]}  # type: ignore[attr-defined]
    return [(h["entity"]["id"], h["basis"]) for h in cells[function]["holders"]]


def test_two_cities_side_by_side(api: httpx.Client) -> None:
    # when
    bamberg, erlangen = data_of(api, COMPARE, cities=["bamberg", "erlangen"])["compare"]

    # then
    assert (bamberg["city"], erlangen["city"]) == (
        {"id": "bamberg", "name": "Bamberg"},
        {"id": "erlangen", "name": "Erlangen"},
    )
    assert [cell["function"] for cell in bamberg["functions"]] == [
        "POLITICAL_DECISION",
        "COMMITTEE_OVERSIGHT",
        "ADMINISTRATIVE_STEERING",
        "COORDINATION",
        "WORKING_GROUPS",
        "MONITORING",
        "ADVISORY_COUNCIL",
        "OPEN_FORUM",
        "EXTERNAL_NETWORK",
        "INTEGRATION_OFFICERS",
    ]
    assert bamberg["functions"][2]["heading"] == "Verwaltungssteuerung"
    assert _holders(bamberg, "ADMINISTRATIVE_STEERING") == [
        ("bamberg-steuerungsgremium-integration", "Steuerungsgremium")
    ]
    assert _holders(bamberg, "COORDINATION") == [
        ("bamberg-bereich-familie-jugend-senioren", "in den Daten zugeordnet"),
        ("bamberg-fachbereich-integration-ehrenamt-familie", "Koordinationsstelle"),
    ]
    assert _holders(erlangen, "MONITORING") == []
    assert _holders(erlangen, "INTEGRATION_OFFICERS") == [
        ("erlangen-integrationsverantwortliche", "von den Dienststellen benannt")
    ]
    assert all(holder["evidence"] for cell in bamberg["functions"] for holder in cell["holders"])
    assert (bamberg["bodies"], bamberg["units"], erlangen["bodies"], erlangen["units"]) == (
        11,
        16,
        10,
        9,
    )
    [chair] = bamberg["steeringChairs"]
    assert chair["body"] == {"id": "bamberg-steuerungsgremium-integration"}
    assert chair["chair"] == {"__typename": "Post", "id": "bamberg-oberbuergermeister"}
    assert chair["side"] == "POLITICAL"
    assert {
        "document": "bamberg-sitzungsvorlage-2018",
        "quote": ("Den Vorsitz übernimmt der Oberbürgermeister."),
    } in chair["evidence"]
    [unknown] = erlangen["steeringChairs"]
    assert (unknown["chair"], unknown["side"]) == (None, "UNKNOWN")
    assert unknown["evidence"]
    assert (bamberg["advisoryCouncilOnSteering"], erlangen["advisoryCouncilOnSteering"]) == (
        True,
        True,
    )
    assert erlangen["rhythms"] == [
        {"body": {"id": "erlangen-integrationskonferenz"}, "text": "jährlich"}
    ]
    assert [fact["text"] for fact in erlangen["founded"]] == ["2008-09-25", "2008-09-25"]
    assert bamberg["founded"] == []
    assert (bamberg["actionFields"], bamberg["measures"], bamberg["measuresWithOwner"]) == (
        8,
        10,
        5,
    )
    assert bamberg["shareOfMeasuresWithOwner"] == 0.5
    assert (bamberg["reportingDepth"], bamberg["reportingChain"]) == (None, [])
    assert erlangen["reportingDepth"] == 1
    assert erlangen["reportingChain"] == [
        {"__typename": "Body", "id": "erlangen-lenkungskreis-integration"},
        {"__typename": "Body", "id": "erlangen-stadtrat"},
    ]


def test_cited_claims_and_missing_figures(api: httpx.Client) -> None:
    # when
    magdeburg, braunschweig = data_of(api, COMPARE, cities=["magdeburg", "braunschweig"])["compare"]

    # then
    assert _holders(magdeburg, "ADMINISTRATIVE_STEERING") == [
        ("magdeburg-projektgruppe-integration", "in den Daten zugeordnet")
    ]
    assert _holders(magdeburg, "EXTERNAL_NETWORK") == [
        ("magdeburg-netzwerk-integrations-und-auslaenderarbeit", "Netzwerk")
    ]
    assert braunschweig["advisoryCouncilOnSteering"] is None
    assert magdeburg["advisoryCouncilOnSteering"] is False
    assert braunschweig["shareOfMeasuresWithOwner"] == 0.0
    assert [c["function"] for c in braunschweig["functions"] if c["holders"]] == [
        "POLITICAL_DECISION",
        "COMMITTEE_OVERSIGHT",
        "ADMINISTRATIVE_STEERING",
    ]
    assert [entity["id"] for entity in magdeburg["reportingChain"]] == [
        "magdeburg-projektgruppe-integration",
        "magdeburg-oberbuergermeister",
    ]


def test_cities_come_back_in_the_order_asked(api: httpx.Client) -> None:
    # given
    cities = ["nuernberg", "braunschweig", "erlangen", "magdeburg", "bamberg"]

    # when
    answer = data_of(api, CITY_IDS, cities=cities)["compare"]

    # then
    assert [entry["city"]["id"] for entry in answer] == cities


def test_the_graph_is_read_once(api: httpx.Client, store: BoltStore) -> None:
    # given
    cities = ["nuernberg", "braunschweig", "erlangen", "magdeburg", "bamberg"]
    before = store.round_trips

    # when
    data_of(api, COMPARE, cities=cities)

    # then
    assert store.round_trips - before <= ROUND_TRIPS


def test_no_city_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, CITY_IDS, cities=[])

    # then
    assert messages == ["name at least one city to compare"]


def test_more_than_ten_cities_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, CITY_IDS, cities=["erlangen"] * 11)

    # then
    assert messages == ["compare at most 10 cities at once, not 11"]


def test_unknown_city_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, CITY_IDS, cities=["erlangen", "atlantis", "gondor"])

    # then
    assert messages == ["unknown city 'atlantis'; the field 'cities' lists the known ids"]


def test_the_documented_example_is_answered(api: httpx.Client) -> None:
    # given
    [query] = re.findall(r"^```graphql\n(.*?)^```$", DOC.read_text("utf-8"), re.M | re.S)

    # when
    answer = data_of(api, query)["compare"]

    # then
    assert [entry["city"]["name"] for entry in answer] == ["Erlangen", "Bamberg"]
