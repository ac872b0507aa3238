"""The tiers the documents draw their structure figures in, top to bottom."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from govgraph.graphmodel import BodyKind, Label, OrgUnitKind, RelType

__all__ = ["Tier", "tier_of"]


class Tier(IntEnum):
    """A row of a structure diagram; the value orders the rows top to bottom."""

    COUNCIL = 1
    STEERING = 2
    ADMINISTRATION = 3
    COORDINATION = 4
    WORKING_GROUPS = 5
    PARTICIPATION = 6
    EXTERNAL = 7

    @property
    def title(self) -> str:
        """The row's German title."""
        return _TITLES[self]


_TITLES = {
    Tier.COUNCIL: "Rat und Ausschüsse",
    Tier.STEERING: "Steuerung",
    Tier.ADMINISTRATION: "Verwaltungsspitze und Verwaltung",
    Tier.COORDINATION: "Koordination / Prozessverantwortung",
    Tier.WORKING_GROUPS: "Arbeitsgruppen",
    Tier.PARTICIPATION: "Beteiligung (Beirat, Forum, Netzwerk)",
    Tier.EXTERNAL: "Externe Partner",
}

_BODY_TIERS = {
    BodyKind.COUNCIL: Tier.COUNCIL,
    BodyKind.COMMITTEE: Tier.COUNCIL,
    BodyKind.PARTY_GROUP: Tier.COUNCIL,
    BodyKind.STEERING: Tier.STEERING,
    BodyKind.WORKING_GROUP: Tier.WORKING_GROUPS,
    BodyKind.ADVISORY_COUNCIL: Tier.PARTICIPATION,
    BodyKind.FORUM: Tier.PARTICIPATION,
    BodyKind.NETWORK: Tier.PARTICIPATION,
}

_ORGANISES = RelType.ORGANISES.cypher_type


def tier_of(node: Mapping[str, Any], outgoing_types: set[str]) -> Tier | None:
    """The tier of a stored node, or ``None`` if structure diagrams leave it out.

    Bodies go by kind; units that coordinate (flag ``coordination``) or organise a body or
    measure, and posts that organise, form the coordination tier; other units and posts
    the administration; external organisations and companies the partners. Cities,
    documents, action fields and measures are not part of the structure.

    >>> tier_of({"label": "Body", "kind": "working_group"}, set()).title
    'Arbeitsgruppen'
    >>> tier_of({"label": "OrgUnit", "kind": "office"}, {"ORGANISES"}).name
    'COORDINATION'
    >>> tier_of({"label": "Document", "kind": "concept"}, set()) is None
    True
    """
    label, kind = node.get("label"), node.get("kind")
    if label == Label.BODY.value:
        return _BODY_TIERS.get(BodyKind(str(kind)))
    if label == Label.ORG_UNIT.value:
        if kind in (OrgUnitKind.EXTERNAL.value, OrgUnitKind.COMPANY.value):
            return Tier.EXTERNAL
        coordinates = bool(node.get("coordination")) or _ORGANISES in outgoing_types
        return Tier.COORDINATION if coordinates else Tier.ADMINISTRATION
    if label == Label.POST.value:
        return Tier.COORDINATION if _ORGANISES in outgoing_types else Tier.ADMINISTRATION
    if label == Label.PERSON.value:
        return Tier.ADMINISTRATION
    return None
