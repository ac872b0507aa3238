"""Tests for govgraph.loaders.oparl.kinds.classify."""

from __future__ import annotations

from typing import Any

import pytest

from govgraph.graphmodel import BodyKind, Label, OrgUnitKind
from govgraph.loaders.oparl.kinds import Classification, classify

BODY, UNIT = Label.BODY, Label.ORG_UNIT


@pytest.mark.parametrize(
    ("classification", "label", "kind"),
    [
        ("Rat", BODY, BodyKind.COUNCIL),
        ("Stadtrat", BODY, BodyKind.COUNCIL),
        ("Gemeinderat", BODY, BodyKind.COUNCIL),
        ("Stadtverordnetenversammlung", BODY, BodyKind.COUNCIL),
        ("Kreistag", BODY, BodyKind.COUNCIL),
        ("Ratsversammlung", BODY, BodyKind.COUNCIL),
        ("Ausschuss", BODY, BodyKind.COMMITTEE),
        ("Ausschuss für Soziales und Integration", BODY, BodyKind.COMMITTEE),
        ("Kommission", BODY, BodyKind.COMMITTEE),
        ("Senat", BODY, BodyKind.COMMITTEE),
        ("Beirat", BODY, BodyKind.ADVISORY_COUNCIL),
        ("Integrationsbeirat", BODY, BodyKind.ADVISORY_COUNCIL),
        ("Migrationsbeirat", BODY, BodyKind.ADVISORY_COUNCIL),
        ("Ausländerbeirat", BODY, BodyKind.ADVISORY_COUNCIL),
        ("Fraktion", BODY, BodyKind.PARTY_GROUP),
        ("Stadtratsfraktion", BODY, BodyKind.PARTY_GROUP),
        ("Gruppe", BODY, BodyKind.PARTY_GROUP),
        ("Ratsgruppe", BODY, BodyKind.PARTY_GROUP),
        ("Arbeitsgruppe", BODY, BodyKind.WORKING_GROUP),
        ("Arbeitskreis", BODY, BodyKind.WORKING_GROUP),
        ("AG Integration", BODY, BodyKind.WORKING_GROUP),
        ("Dezernat", UNIT, OrgUnitKind.DEPARTMENT),
        ("Referat", UNIT, OrgUnitKind.DEPARTMENT),
        ("Geschäftsbereich", UNIT, OrgUnitKind.DEPARTMENT),
        ("Amt", UNIT, OrgUnitKind.OFFICE),
        ("Sozialamt", UNIT, OrgUnitKind.OFFICE),
        ("Fachbereich", UNIT, OrgUnitKind.OFFICE),
        ("Verwaltung", UNIT, OrgUnitKind.OFFICE),
        ("Stabsstelle", UNIT, OrgUnitKind.OFFICE),
        ("Büro", UNIT, OrgUnitKind.OFFICE),
    ],
)
def test_classification_decides(
    classification: str, label: Label, kind: BodyKind | OrgUnitKind
) -> None:
    # when
    found = classify({"classification": classification, "organizationType": "Sonstiges"})

    # then
    assert found == Classification(label, kind, f"OParl classification '{classification}'")


@pytest.mark.parametrize(
    "classification",
    [
        "Ortsrat",
        "Stadtbezirksrat",
        "Bezirksrat",
        "Bezirksvertretung",
        "Ortschaftsrat",
        "Bezirksbeirat",
        "Ortsbeirat",
    ],
)
def test_a_district_council_is_a_committee_said_so_in_the_reason(classification: str) -> None:
    # when
    found = classify({"classification": classification, "organizationType": "Gremium"})

    # then
    assert found is not None
    assert (found.label, found.kind) == (BODY, BodyKind.COMMITTEE)
    assert found.reason == f"OParl classification '{classification}' (a district council)"


@pytest.mark.parametrize(
    ("classification", "kind"),
    [
        ("Integrationsbeirat", BodyKind.ADVISORY_COUNCIL),
        ("Ausschuss für Stadtratsangelegenheiten", BodyKind.COMMITTEE),
        ("Ortsrat", BodyKind.COMMITTEE),
        ("Arbeitsgruppe", BodyKind.WORKING_GROUP),
        ("Kreistag", BodyKind.COUNCIL),
        ("Dezernat", OrgUnitKind.DEPARTMENT),
    ],
)
def test_rules_are_ordered_so_that_the_more_specific_wins(
    classification: str, kind: BodyKind | OrgUnitKind
) -> None:
    # when
    found = classify({"classification": classification})

    # then
    assert found is not None
    assert found.kind is kind


@pytest.mark.parametrize(
    ("organization_type", "label", "kind"),
    [
        ("Gremium", BODY, BodyKind.COMMITTEE),
        ("Fraktion", BODY, BodyKind.PARTY_GROUP),
        ("Verwaltungsbereich", UNIT, OrgUnitKind.OFFICE),
        ("externes Gremium", BODY, BodyKind.NETWORK),
        ("Institution", UNIT, OrgUnitKind.EXTERNAL),
    ],
)
def test_organization_type_decides_when_classification_does_not(
    organization_type: str, label: Label, kind: BodyKind | OrgUnitKind
) -> None:
    # given
    org = {"classification": "Sonstiges", "organizationType": organization_type}

    # when
    found = classify(org)

    # then
    assert found == Classification(label, kind, f"OParl organizationType '{organization_type}'")


@pytest.mark.parametrize(
    "org",
    [
        {"organizationType": "Partei"},
        {"organizationType": "Sonstiges"},
        {"classification": "Sonstiges", "organizationType": "Partei"},
        {"classification": "Wahlvorschlag"},
        {},
    ],
)
def test_nothing_recognisable_gives_none(org: dict[str, Any]) -> None:
    assert classify(org) is None


def test_classification_wins_over_organization_type() -> None:
    # when
    found = classify({"classification": "Fraktion", "organizationType": "Gremium"})

    # then
    assert found is not None
    assert found.kind is BodyKind.PARTY_GROUP
