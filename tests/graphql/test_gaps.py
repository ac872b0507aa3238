"""The ``gaps`` root field over HTTP."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from support import data_of, error_messages

from govgraph.store import BoltStore

GAPS = """
query ($city: String!) {
  gaps(city: $city) {
    kind
    heading
    entity { __typename id name }
    message
    evidence { document quote }
  }
}
"""


def test_gaps_of_a_city_with_entities_and_evidence(
    api: httpx.Client, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example("graphqlluecken")

    # when
    gaps = data_of(api, GAPS, city=city)["gaps"]

    # then
    assert [(g["kind"], g["entity"]["id"]) for g in gaps] == [
        ("MEASURE_WITHOUT_OWNER", f"{city}-m-integrationsbericht"),
        ("BODY_WITHOUT_CHAIR", f"{city}-integrationsbeirat"),
        ("BODY_WITHOUT_CHAIR", f"{city}-sozialausschuss"),
        ("ACTION_FIELD_WITHOUT_RESPONSIBLE", f"{city}-hf-arbeit"),
        ("ACTION_FIELD_WITHOUT_OVERSIGHT", f"{city}-hf-arbeit"),
        ("BODY_WITHOUT_RHYTHM", f"{city}-integrationsbeirat"),
        ("BODY_WITHOUT_RHYTHM", f"{city}-sozialausschuss"),
    ]
    assert gaps[1] == {
        "kind": "BODY_WITHOUT_CHAIR",
        "heading": "Gremium ohne Vorsitz",
        "entity": {
            "__typename": "Body",
            "id": f"{city}-integrationsbeirat",
            "name": "Integrationsbeirat",
        },
        "message": "Kein Vorsitz bekannt",
        "evidence": [
            {
                "document": f"{city}-konzept",
                "quote": "eine Vertretung des Integrationsbeirats (beratend)",
            }
        ],
    }


def test_gaps_of_a_bundled_city(api: httpx.Client) -> None:
    # when
    gaps = data_of(api, GAPS, city="erlangen")["gaps"]

    # then
    assert ("WORKING_GROUP_REPORTING_TO_NOBODY", "erlangen-arbeitsgruppen") in {
        (g["kind"], g["entity"]["id"]) for g in gaps
    }
    assert all(g["evidence"] for g in gaps)


def test_unknown_city_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, GAPS, city="atlantis")

    # then
    assert messages == ["unknown city 'atlantis'; the field 'cities' lists the known ids"]


def test_the_graph_is_read_once_whatever_the_number_of_gaps(
    api: httpx.Client, store: BoltStore
) -> None:
    # given
    before = store.round_trips

    # when
    gaps = data_of(api, GAPS, city="bamberg")["gaps"]

    # then
    assert len(gaps) > 3
    assert store.round_trips - before <= 3
