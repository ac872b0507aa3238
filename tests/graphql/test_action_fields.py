"""``responsibilities`` over HTTP: action fields, responsible units, overseeing committees."""

from __future__ import annotations

import httpx
from support import data_of, error_messages

RESPONSIBILITIES = """
query Responsibilities($city: String!, $actionField: String) {
  responsibilities(city: $city, actionField: $actionField) {
    id name responsible { id name } overseenBy { id name } measures { id }
  }
}
"""


def test_responsibilities_of_one_action_field(api: httpx.Client) -> None:
    # when
    data = data_of(
        api, RESPONSIBILITIES, city="bamberg", actionField="bamberg-hf-kindertagesbetreuung"
    )

    # then
    [field] = data["responsibilities"]
    assert [r["id"] for r in field["responsible"]] == ["bamberg-amt-51"]
    assert [o["id"] for o in field["overseenBy"]] == ["bamberg-jugendhilfeausschuss"]


def test_action_fields_without_named_responsibility_stay_empty(api: httpx.Client) -> None:
    # when
    data = data_of(api, RESPONSIBILITIES, city="magdeburg")

    # then: the Magdeburg concept names the fields but no responsible unit for them
    assert len(data["responsibilities"]) == 12
    assert all(f["responsible"] == [] and f["overseenBy"] == [] for f in data["responsibilities"])


def test_unknown_action_field_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, RESPONSIBILITIES, city="bamberg", actionField="bamberg-hf-mond")

    # then
    assert messages == ["unknown action field 'bamberg-hf-mond' in city 'bamberg'"]


def test_one_action_field_paged_past_its_end_is_empty(api: httpx.Client) -> None:
    # when
    data = data_of(
        api,
        '{ responsibilities(city: "bamberg", actionField: "bamberg-hf-wohnen", offset: 1) { id } }',
    )

    # then
    assert data["responsibilities"] == []


def test_an_entity_that_is_no_action_field_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(
        api, RESPONSIBILITIES, city="bamberg", actionField="bamberg-steuerungsgremium-integration"
    )

    # then
    assert messages == [
        "unknown action field 'bamberg-steuerungsgremium-integration' in city 'bamberg'"
    ]
