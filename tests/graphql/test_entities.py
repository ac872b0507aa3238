"""``entity``, ``search`` and ``roles`` over HTTP."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from support import data_of, error_messages

ENTITY = """
query Entity($id: ID!) {
  entity(id: $id) {
    __typename id name kind city interpretation sources { document quote }
    ... on Body { rhythm members { role member { id } } }
    ... on OrgUnit { shortName parent { id } children { id } }
  }
}
"""

SEARCH = """
query Search($text: String!, $city: String, $kinds: [String!]) {
  search(text: $text, city: $city, kinds: $kinds) { __typename id name kind city }
}
"""

ROLES = """
query Roles($id: ID!) {
  roles(id: $id) { relation role target { id name } via { id } sources { document } }
}
"""


def test_entity_by_id_with_its_type_fields(api: httpx.Client) -> None:
    # when
    data = data_of(api, ENTITY, id="erlangen-integrationskonferenz")

    # then
    konferenz = data["entity"]
    assert (konferenz["__typename"], konferenz["name"], konferenz["kind"]) == (
        "Body",
        "Integrationskonferenz",
        "forum",
    )
    assert konferenz["rhythm"] == "jährlich"
    assert konferenz["sources"][0]["document"] == "erlangen-organisationsstruktur"


def test_unit_exposes_parent_and_children(api: httpx.Client) -> None:
    # when
    data = data_of(api, ENTITY, id="erlangen-koordinationsstelle-integration")

    # then
    assert data["entity"]["parent"] == {"id": "erlangen-buergermeister-und-presseamt"}


def test_unknown_id_is_a_clear_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, ENTITY, id="erlangen-nirgendwo")

    # then
    assert messages == ["unknown id 'erlangen-nirgendwo'"]


@pytest.mark.parametrize("text", ["Nürnberg", "Nuernberg", "Nurnberg", "NÜRNBERG", "nürnb"])
def test_search_is_case_and_umlaut_tolerant(api: httpx.Client, text: str) -> None:
    # when
    data = data_of(api, SEARCH, text=text, kinds=["city"])

    # then
    assert [(e["id"], e["name"]) for e in data["search"]] == [("nuernberg", "Nürnberg")]


def test_search_within_a_city_and_kinds(api: httpx.Client) -> None:
    # when
    data = data_of(api, SEARCH, text="Auslaenderbeirat", city="erlangen")
    beirat = data_of(
        api, SEARCH, text="integrationsbeirat", city="erlangen", kinds=["advisory_council"]
    )

    # then
    assert data["search"] == []
    assert [(e["__typename"], e["name"]) for e in beirat["search"]] == [
        ("Body", "Ausländer- und Integrationsbeirat")
    ]


def test_search_finds_aliases(api: httpx.Client) -> None:
    # when
    data = data_of(api, SEARCH, text="verwaltungsinterne AG", city="magdeburg")

    # then
    assert [e["id"] for e in data["search"]] == ["magdeburg-projektgruppe-integration"]


def test_search_ignores_punctuation(api: httpx.Client) -> None:
    # when
    data = data_of(api, SEARCH, text="Projektgruppe Integration", city="magdeburg")

    # then
    assert [e["name"] for e in data["search"]] == [
        "Projektgruppe „Integration“",
        "Stadtinterne Projektgruppe „Integration“ – Geschäftsordnung",
    ]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"text": "a"}, "search text needs at least 2 letters"),
        ({"text": "Rat", "kinds": ["amt"]}, "unknown kinds ['amt']; known: "),
        ({"text": "Rat", "city": "atlantis"}, "unknown city 'atlantis'"),
    ],
)
def test_search_rejects_bad_arguments(
    api: httpx.Client, variables: dict[str, object], message: str
) -> None:
    # when
    [error] = error_messages(api, SEARCH, **variables)

    # then
    assert error.startswith(message)


def test_roles_list_what_a_unit_does(api: httpx.Client) -> None:
    # when
    data = data_of(api, ROLES, id="erlangen-koordinationsstelle-integration")

    # then
    done = {(r["relation"], r["role"], r["target"]["id"]) for r in data["roles"]}
    assert ("MEMBER_OF", "MEMBER", "erlangen-lenkungskreis-integration") in done
    assert ("ORGANISES", None, "erlangen-integrationskonferenz") in done
    assert all(r["sources"] for r in data["roles"])


def test_roles_of_a_person_include_those_of_the_post_they_hold(
    api: httpx.Client, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example("rollenstadt")

    # when
    data = data_of(api, ROLES, id=f"{city}-erika-mustermann")

    # then
    assert [(r["relation"], r["role"], r["target"]["id"], r["via"]) for r in data["roles"]] == [
        ("MEMBER_OF", "CHAIR", f"{city}-steuerungsgruppe", {"id": f"{city}-oberbuergermeisterin"})
    ]


def test_roles_of_an_unknown_id_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, ROLES, id="nobody")

    # then
    assert messages == ["unknown id 'nobody'"]
