"""``bodies`` and ``chairs`` over HTTP, with members and chairs of bodies."""

from __future__ import annotations

import httpx
from support import data_of, error_messages

BODIES = """
query Bodies($city: String!, $kind: BodyKind) {
  bodies(city: $city, kind: $kind) {
    id name kind mandate rhythm
    chair { member { id } role }
    members { role count countText member { __typename id } onBehalfOf { id } }
  }
}
"""

CHAIRS = """
query Chairs($city: String!) {
  chairs(city: $city) {
    body { id name }
    chair { __typename id name }
    heldBy { id name }
    condition
    sources { document quote }
  }
}
"""


def test_bodies_of_a_kind(api: httpx.Client) -> None:
    # when
    data = data_of(api, BODIES, city="erlangen", kind="STEERING")

    # then
    assert [(b["id"], b["name"]) for b in data["bodies"]] == [
        ("erlangen-lenkungskreis-integration", "Lenkungskreis Integration")
    ]


def test_body_members_carry_role_and_count(api: httpx.Client) -> None:
    # when
    data = data_of(api, BODIES, city="erlangen", kind="STEERING")

    # then
    [lenkungskreis] = data["bodies"]
    seats = {(m["member"]["id"], m["role"], m["count"]) for m in lenkungskreis["members"]}
    assert ("erlangen-csu-fraktion", "MEMBER", 2) in seats
    assert ("erlangen-koordinationsstelle-integration", "MEMBER", None) in seats


def test_members_name_whom_they_represent(api: httpx.Client) -> None:
    # when
    data = data_of(api, BODIES, city="nuernberg", kind="STEERING")

    # then
    represented = {
        m["member"]["id"]: m["onBehalfOf"]["id"]
        for body in data["bodies"]
        for m in body["members"]
        if m["onBehalfOf"]
    }
    assert represented
    assert all(mandator.startswith("nuernberg-") for mandator in represented.values())


def test_body_without_known_chair_has_null_chair(api: httpx.Client) -> None:
    # when
    data = data_of(api, BODIES, city="erlangen", kind="STEERING")

    # then: the Erlangen text does not say who chairs the Lenkungskreis
    assert data["bodies"][0]["chair"] is None


def test_chairs_say_who_chairs_what_in_bamberg(api: httpx.Client) -> None:
    # when
    data = data_of(api, CHAIRS, city="bamberg")

    # then
    assert [
        (c["body"]["name"], c["chair"]["__typename"], c["chair"]["name"]) for c in data["chairs"]
    ] == [
        ("Referatsinterne Arbeitsgruppen Integration", "Post", "Referent"),
        ("Steuerungsgremium Integration", "Post", "Oberbürgermeister"),
    ]
    assert all(c["sources"] for c in data["chairs"])


def test_chairs_leave_out_bodies_whose_chair_is_unknown(api: httpx.Client) -> None:
    # when
    data = data_of(api, CHAIRS, city="erlangen")

    # then
    assert [c["body"]["id"] for c in data["chairs"]] == [
        "erlangen-auslaender-und-integrationsbeirat"
    ]


def test_chairs_can_be_bodies(api: httpx.Client) -> None:
    # when
    data = data_of(api, CHAIRS, city="nuernberg")

    # then
    assert [
        (c["body"]["id"], c["chair"]["__typename"], c["chair"]["id"]) for c in data["chairs"]
    ] == [("nuernberg-ad-hoc-arbeitsgruppen", "Body", "nuernberg-koordinierungsgruppe-integration")]


def test_bodies_of_an_unknown_city_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, BODIES, city="atlantis")

    # then
    assert messages == ["unknown city 'atlantis'; the field 'cities' lists the known ids"]
