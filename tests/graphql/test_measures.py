"""``measures`` and ``measuresWithoutOwner`` over HTTP."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from support import data_of, error_messages

MEASURES = """
query Measures($city: String!, $actionField: String, $owner: String, $status: String) {
  measures(city: $city, actionField: $actionField, owner: $owner, status: $status) {
    id name status owners { id } actionFields { id }
  }
}
"""

WITHOUT_OWNER = """
query WithoutOwner($city: String!, $first: Int!) {
  measuresWithoutOwner(city: $city, first: $first) { id name sources { document } }
}
"""


def test_measures_with_their_owners(api: httpx.Client) -> None:
    # when
    data = data_of(api, MEASURES, city="nuernberg")

    # then
    assert {m["id"]: sorted(o["id"] for o in m["owners"]) for m in data["measures"]} == {
        "nuernberg-fortschreibung-integrationsprogramm": [
            "nuernberg-ad-hoc-arbeitsgruppen",
            "nuernberg-koordinierungsgruppe-integration",
        ],
        "nuernberg-umsetzung-leitlinien": ["nuernberg-koordinierungsgruppe-integration"],
    }


def test_measures_of_one_owner(api: httpx.Client) -> None:
    # when
    data = data_of(api, MEASURES, city="nuernberg", owner="nuernberg-ad-hoc-arbeitsgruppen")

    # then
    assert [m["id"] for m in data["measures"]] == ["nuernberg-fortschreibung-integrationsprogramm"]


def test_measures_with_one_status(api: httpx.Client) -> None:
    # when
    data = data_of(api, MEASURES, city="bamberg", status="steht aus")

    # then
    assert [m["status"] for m in data["measures"]] == ["steht aus"]


def test_measures_of_one_action_field(api: httpx.Client, load_example: Callable[..., str]) -> None:
    # given
    city = load_example("massnahmenstadt")

    # when
    data = data_of(api, MEASURES, city=city, actionField=f"{city}-hf-sprache")

    # then
    assert data["measures"] == [
        {
            "id": f"{city}-m-sprachkurse",
            "name": "Sprachkurse für Eltern",
            "status": None,
            "owners": [{"id": f"{city}-amt-soziales"}],
            "actionFields": [{"id": f"{city}-hf-sprache"}],
        }
    ]


def test_measures_filter_by_an_entity_of_another_city_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(
        api, MEASURES, city="bamberg", owner="nuernberg-ad-hoc-arbeitsgruppen"
    )

    # then
    assert messages == ["'nuernberg-ad-hoc-arbeitsgruppen' is not in city 'bamberg'"]


def test_which_measures_lack_an_owner_in_braunschweig(api: httpx.Client) -> None:
    # when
    data = data_of(api, WITHOUT_OWNER, city="braunschweig", first=100)

    # then
    assert sorted(m["id"] for m in data["measuresWithoutOwner"]) == [
        "braunschweig-m-massnahmenkatalog",
        "braunschweig-m-status-quo-bericht",
        "braunschweig-m-ueberpruefung-massnahmenkatalog",
        "braunschweig-m-zielvereinbarungsgespraeche",
    ]
    assert all(m["sources"] for m in data["measuresWithoutOwner"])


def test_measures_without_owner_leave_out_owned_ones(api: httpx.Client) -> None:
    # when
    data = data_of(api, WITHOUT_OWNER, city="nuernberg", first=100)

    # then
    assert data["measuresWithoutOwner"] == []


def test_measures_without_owner_pages(api: httpx.Client) -> None:
    # when
    data = data_of(api, WITHOUT_OWNER, city="bamberg", first=2)

    # then
    assert len(data["measuresWithoutOwner"]) == 2


def test_measures_of_something_that_is_no_action_field_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(
        api, MEASURES, city="bamberg", actionField="bamberg-steuerungsgremium-integration"
    )

    # then
    assert messages == [
        "unknown action field 'bamberg-steuerungsgremium-integration' in city 'bamberg'"
    ]


def test_measures_are_ordered_by_name_regardless_of_case(api: httpx.Client) -> None:
    # when
    names = [m["name"] for m in data_of(api, MEASURES, city="bamberg")["measures"]]

    # then
    assert names == sorted(names, key=str.lower)
