"""Nested fields the bundled data leaves empty, answered on the example city."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from support import data_of

NESTED = """
query Nested($city: String!, $field: String!, $person: ID!) {
  chairs(city: $city) { chair { id ... on Post { heldBy { id } } } heldBy { name } }
  responsibilities(city: $city, actionField: $field) { measures { id } }
  entity(id: $person) { ... on Person { holds { id } } }
}
"""


def test_holders_and_measures_of_fields(
    api: httpx.Client, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example("inhaberstadt")

    # when
    data = data_of(
        api, NESTED, city=city, field=f"{city}-hf-sprache", person=f"{city}-erika-mustermann"
    )

    # then
    [chairing] = data["chairs"]
    assert chairing["chair"] == {
        "id": f"{city}-oberbuergermeisterin",
        "heldBy": [{"id": f"{city}-erika-mustermann"}],
    }
    assert chairing["heldBy"] == [{"name": "Erika Mustermann"}]
    assert data["responsibilities"] == [{"measures": [{"id": f"{city}-m-sprachkurse"}]}]
    assert data["entity"] == {"holds": [{"id": f"{city}-oberbuergermeisterin"}]}
