"""Tests for govgraph.graphmodel.relationship: keys, properties, membership fields, rules."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from govgraph.graphmodel import RULES, Label, Relationship, RelType, Role, Source
from govgraph.graphmodel.relationship import MEMBERSHIP_FIELDS, allowed_endpoints

CITATION = {"document": "ms-konzept", "quote": "Den Vorsitz übernimmt die Oberbürgermeisterin."}


def relationship(**fields: Any) -> Relationship:
    """A relationship read from YAML-like data (``from``/``to``), cited once."""
    return Relationship.model_validate({"sources": [CITATION], **fields})


def test_key_joins_type_and_ends() -> None:
    # given
    rel = relationship(type="owns", **{"from": "ms-amt", "to": "ms-m-kurse"})

    # when
    key = rel.key

    # then
    assert key == "owns:ms-amt:ms-m-kurse"


def test_key_includes_the_role_of_a_membership() -> None:
    # given
    rel = relationship(type="member_of", role="chair", **{"from": "ms-ob", "to": "ms-sg"})

    # when
    key = rel.key

    # then
    assert key == "member_of:ms-ob:ms-sg:chair"


def test_key_includes_on_behalf_of_after_the_role() -> None:
    # given
    rel = relationship(
        type="member_of",
        role="member",
        on_behalf_of="ms-fraktionen",
        **{"from": "ms-person", "to": "ms-sg"},
    )

    # when
    key = rel.key

    # then
    assert key == "member_of:ms-person:ms-sg:member:ms-fraktionen"


def test_key_ignores_fields_outside_the_identity() -> None:
    # given
    plain = relationship(type="member_of", role="member", **{"from": "ms-a", "to": "ms-sg"})
    detailed = relationship(
        type="member_of",
        role="member",
        count=2,
        count_text="je zwei Vertreter",
        voting_right=True,
        valid_from="2017-04-24",
        condition="in der ersten Sitzung",
        **{"from": "ms-a", "to": "ms-sg"},
    )

    # when
    keys = {plain.key, detailed.key}

    # then
    assert keys == {"member_of:ms-a:ms-sg:member"}


def test_field_names_populate_like_aliases() -> None:
    # given
    by_alias = relationship(type="holds", **{"from": "ms-erika", "to": "ms-ob"})

    # when
    by_name = Relationship(
        type=RelType.HOLDS, source="ms-erika", target="ms-ob", sources=[Source(**CITATION)]
    )

    # then
    assert by_name == by_alias


def test_properties_are_flat_without_ends_type_or_nulls() -> None:
    # given
    rel = relationship(
        type="member_of",
        role="advisory",
        count=1,
        voting_right=False,
        valid_to=2019,
        **{"from": "ms-beirat", "to": "ms-sg"},
    )

    # when
    props = rel.properties("ms")

    # then
    assert props == {
        "role": "advisory",
        "count": 1,
        "voting_right": False,
        "valid_to": "2019",
        "city": "ms",
        "source_documents": ["ms-konzept"],
        "source_quotes": ["Den Vorsitz übernimmt die Oberbürgermeisterin."],
    }


def test_properties_list_documents_and_quotes_in_citation_order() -> None:
    # given
    second = {"document": "ms-beschluss", "quote": "Beschluss vom 12.03.2019"}
    rel = Relationship.model_validate(
        {"type": "based_on", "from": "ms-sg", "to": "ms-konzept", "sources": [CITATION, second]}
    )

    # when
    props = rel.properties("ms")

    # then
    assert props["source_documents"] == ["ms-konzept", "ms-beschluss"]
    assert props["source_quotes"] == [CITATION["quote"], "Beschluss vom 12.03.2019"]


def test_member_of_needs_a_role() -> None:
    # given
    data = {"type": "member_of", "from": "ms-a", "to": "ms-sg", "sources": [CITATION]}

    # when
    with pytest.raises(ValidationError) as info:
        Relationship.model_validate(data)

    # then
    assert "a member_of relationship needs a role" in str(info.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("role", "member"),
        ("count", 2),
        ("count_text", "je zwei"),
        ("on_behalf_of", "ms-fraktionen"),
        ("voting_right", True),
    ],
)
def test_only_member_of_may_carry_membership_fields(field: str, value: object) -> None:
    # given
    data = {"type": "advises", "from": "ms-a", "to": "ms-b", "sources": [CITATION], field: value}

    # when
    with pytest.raises(ValidationError) as info:
        Relationship.model_validate(data)

    # then
    assert f"only member_of may carry {field}" in str(info.value)


def test_membership_fields_are_the_documented_six() -> None:
    # given
    documented = ("role", "role_text", "count", "count_text", "on_behalf_of", "voting_right")

    # when
    fields = MEMBERSHIP_FIELDS

    # then
    assert fields == documented


def test_relationship_needs_a_source() -> None:
    # given
    data = {"type": "holds", "from": "ms-erika", "to": "ms-ob", "sources": []}

    # when
    with pytest.raises(ValidationError) as info:
        Relationship.model_validate(data)

    # then
    assert [error["loc"] for error in info.value.errors()] == [("sources",)]


@pytest.mark.parametrize("value", ["2017", "2017-04", "2017-04-24"])
def test_valid_from_accepts_partial_dates(value: str) -> None:
    # given
    data = {"type": "holds", "from": "ms-erika", "to": "ms-ob", "valid_from": value}

    # when
    rel = relationship(**data)

    # then
    assert rel.valid_from == value


@pytest.mark.parametrize("value", ["2017-4", "24.04.2017", "2017-02-30", "April 2017"])
def test_valid_to_rejects_other_dates(value: str) -> None:
    # given
    data = {"type": "holds", "from": "ms-erika", "to": "ms-ob", "valid_to": value}

    # when
    with pytest.raises(ValidationError) as info:
        relationship(**data)

    # then
    assert [error["loc"] for error in info.value.errors()] == [("valid_to",)]


def test_rules_cover_every_relationship_type() -> None:
    # given
    types = set(RelType)

    # when
    covered = set(RULES)

    # then
    assert covered == types


def test_allowed_endpoints_of_oversees_are_body_to_action_field() -> None:
    # given
    rel_type = RelType.OVERSEES

    # when
    starts, ends = allowed_endpoints(rel_type)

    # then
    assert starts == {Label.BODY}
    assert ends == {Label.ACTION_FIELD}


def test_allowed_endpoints_of_member_of_end_only_at_bodies() -> None:
    # given
    rel_type = RelType.MEMBER_OF

    # when
    starts, ends = allowed_endpoints(rel_type)

    # then
    assert starts == {Label.ORG_UNIT, Label.BODY, Label.POST, Label.PERSON}
    assert ends == {Label.BODY}


def test_roles_are_the_documented_six() -> None:
    # given
    documented = ["chair", "deputy_chair", "member", "advisory", "guest", "substitute"]

    # when
    roles = [role.value for role in Role]

    # then
    assert roles == documented
