"""``cities`` and ``city`` over HTTP."""

from __future__ import annotations

import httpx
from support import data_of, error_messages

CITIES = """
query Cities($first: Int!, $offset: Int!) {
  cities(first: $first, offset: $offset) { id name state kind city sources { document quote } }
}
"""

CITY = """
query City($id: ID!) { city(id: $id) { id name state } }
"""


def test_cities_lists_the_five_cities_with_their_states(api: httpx.Client) -> None:
    # when
    data = data_of(api, CITIES, first=100, offset=0)

    # then
    bundled = {"bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"}
    rows = {c["id"]: (c["name"], c["state"]) for c in data["cities"] if c["id"] in bundled}
    assert rows == {
        "bamberg": ("Bamberg", "Bayern"),
        "braunschweig": ("Braunschweig", "Niedersachsen"),
        "erlangen": ("Erlangen", "Bayern"),
        "magdeburg": ("Magdeburg", "Sachsen-Anhalt"),
        "nuernberg": ("Nürnberg", "Bayern"),
    }


def test_cities_cite_their_source_document(api: httpx.Client) -> None:
    # when
    data = data_of(api, CITIES, first=100, offset=0)

    # then
    [erlangen] = [c for c in data["cities"] if c["id"] == "erlangen"]
    assert (erlangen["kind"], erlangen["city"]) == ("city", "erlangen")
    assert erlangen["sources"] == [
        {
            "document": "erlangen-organisationsstruktur",
            "quote": "Integrationsleitbild für die Stadt Erlangen: Organisationsstruktur",
        }
    ]


def test_cities_pages_with_first_and_offset(api: httpx.Client) -> None:
    # given
    everything = [c["id"] for c in data_of(api, CITIES, first=100, offset=0)["cities"]]

    # when
    second_page = data_of(api, CITIES, first=2, offset=2)["cities"]

    # then
    assert [c["id"] for c in second_page] == everything[2:4]


def test_city_by_id(api: httpx.Client) -> None:
    # when
    data = data_of(api, CITY, id="nuernberg")

    # then
    assert data["city"] == {"id": "nuernberg", "name": "Nürnberg", "state": "Bayern"}


def test_unknown_city_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, CITY, id="fuerth")

    # then
    assert messages == ["unknown city 'fuerth'; the field 'cities' lists the known ids"]


def test_an_entity_that_is_not_a_city_is_not_found_as_city(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, CITY, id="erlangen-stadtrat")

    # then
    assert messages == ["unknown city 'erlangen-stadtrat'; the field 'cities' lists the known ids"]
