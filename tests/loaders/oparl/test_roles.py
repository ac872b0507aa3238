"""Tests for govgraph.loaders.oparl.roles.normalise_role."""

from __future__ import annotations

import pytest

from govgraph.graphmodel import Role
from govgraph.loaders.oparl.roles import normalise_role


@pytest.mark.parametrize(
    "text",
    [
        "stellv. Vorsitzende",
        "Stellvertretender Vorsitzender",
        "Stv. Vorsitzender",
        "stellvertretende Ausschussvorsitzende",
        "1. stellv. Vorsitzender",
    ],
)
def test_a_deputy_of_the_chair_is_deputy_chair(text: str) -> None:
    assert normalise_role(text, True) is Role.DEPUTY_CHAIR


@pytest.mark.parametrize(
    "text",
    [
        "Vorsitz",
        "vorsitzende(r)",
        "Vorsitzende",
        "Vorsitzender",
        "Vorsitzender | Vorsitzende",
        "Ausschussvorsitz",
        "Oberbürgermeister, Vorsitzender",
    ],
)
def test_the_chair_is_chair(text: str) -> None:
    assert normalise_role(text, True) is Role.CHAIR


@pytest.mark.parametrize(
    "text", ["1. Stellvertreter", "2. Stellvertreterin", "Erster Stellvertreter"]
)
def test_an_ordinal_deputy_is_the_chairs_deputy(text: str) -> None:
    assert normalise_role(text, True) is Role.DEPUTY_CHAIR


@pytest.mark.parametrize(
    "text",
    [
        "stellvertretendes Mitglied",
        "Stellvertreter(in)",
        "Stellvertreter",
        "Stellvertreterin",
        "Vertreter(in)",
        "Vertreter",
        "Vertreterin",
        "Ersatzmitglied",
        "stv. Mitglied",
    ],
)
def test_a_substitute_without_ordinal_is_substitute(text: str) -> None:
    assert normalise_role(text, True) is Role.SUBSTITUTE


@pytest.mark.parametrize("text", ["beratendes Mitglied", "Beratende Stimme"])
@pytest.mark.parametrize(
    ("voting_right", "role"), [(False, Role.ADVISORY), (True, Role.MEMBER), (None, Role.ADVISORY)]
)
def test_an_advising_member_is_advisory_unless_it_votes(
    text: str, voting_right: bool | None, role: Role
) -> None:
    assert normalise_role(text, voting_right) is role


@pytest.mark.parametrize(
    "text",
    [
        "Sachkundige Bürgerin",
        "Sachkundiger Bürger",
        "Sachkundige(r) Bürger(in)",
        "Sachkundige Einwohner",
    ],
)
@pytest.mark.parametrize(
    ("voting_right", "role"), [(False, Role.ADVISORY), (True, Role.MEMBER), (None, Role.MEMBER)]
)
def test_an_expert_citizen_is_advisory_only_without_voting_right(
    text: str, voting_right: bool | None, role: Role
) -> None:
    assert normalise_role(text, voting_right) is role


@pytest.mark.parametrize("text", ["Gast", "Gäste", "ständiger Gast"])
def test_a_guest_is_guest(text: str) -> None:
    assert normalise_role(text, None) is Role.GUEST


@pytest.mark.parametrize(
    "text",
    [
        "Mitglied",
        "Ratsherr",
        "Ratsfrau",
        "Stadtrat",
        "Stadträtin",
        "",
        None,
        "Oberbürgermeister",
        "Oberbürgermeisterin",
        "Schriftführer",
    ],
)
def test_everything_else_is_member(text: str | None) -> None:
    assert normalise_role(text, True) is Role.MEMBER
    assert normalise_role(text, False) is Role.MEMBER
