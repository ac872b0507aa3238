"""OParl organisations → node label and kind, from ``classification`` and ``organizationType``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from govgraph.graphmodel import BodyKind, Label, OrgUnitKind, fold

__all__ = ["Classification", "classify"]


@dataclass(frozen=True)
class Classification:
    """What an OParl organisation becomes, and why (stored as the node's interpretation)."""

    label: Label
    kind: BodyKind | OrgUnitKind
    reason: str


_Rule = tuple[re.Pattern[str], Label, BodyKind | OrgUnitKind, str]


def _rule(pattern: str, label: Label, kind: BodyKind | OrgUnitKind, note: str = "") -> _Rule:
    return re.compile(pattern), label, kind, note


_CLASSIFICATION_RULES: tuple[_Rule, ...] = (
    _rule(
        r"ortsrat|ortsbeirat|bezirksrat|bezirksvertretung|ortschaftsrat|bezirksbeirat",
        Label.BODY,
        BodyKind.COMMITTEE,
        " (a district council)",
    ),
    _rule(r"arbeitsgruppe|arbeitskreis|\bag\b", Label.BODY, BodyKind.WORKING_GROUP),
    _rule(r"beirat", Label.BODY, BodyKind.ADVISORY_COUNCIL),
    _rule(r"ausschuss|kommission|senat", Label.BODY, BodyKind.COMMITTEE),
    _rule(r"fraktion|\b(?:rats)?gruppe\b", Label.BODY, BodyKind.PARTY_GROUP),
    _rule(
        r"^rat$|stadtrat|gemeinderat|stadtverordnetenversammlung|kreistag|ratsversammlung",
        Label.BODY,
        BodyKind.COUNCIL,
    ),
    _rule(r"dezernat|referat|geschaftsbereich", Label.ORG_UNIT, OrgUnitKind.DEPARTMENT),
    _rule(r"amt|fachbereich|verwaltung|stabsstelle|buro", Label.ORG_UNIT, OrgUnitKind.OFFICE),
)
"""Rules on the folded ``classification``, in order: the first match wins."""

_TYPE_RULES: dict[str, tuple[Label, BodyKind | OrgUnitKind]] = {
    "gremium": (Label.BODY, BodyKind.COMMITTEE),
    "fraktion": (Label.BODY, BodyKind.PARTY_GROUP),
    "verwaltungsbereich": (Label.ORG_UNIT, OrgUnitKind.OFFICE),
    "externes gremium": (Label.BODY, BodyKind.NETWORK),
    "institution": (Label.ORG_UNIT, OrgUnitKind.EXTERNAL),
}
"""The folded values of OParl's ``organizationType`` that say what an organisation is."""


def classify(org: dict[str, Any]) -> Classification | None:
    """Label and kind of an OParl Organization, or None if it is none the model knows.

    ``classification`` (free text) decides first: the first rule whose folded substring
    it contains wins.

    1. Ortsrat, Ortsbeirat, (Stadt)Bezirksrat, Bezirksvertretung, Ortschaftsrat,
       Bezirksbeirat → committee (a district council);
    2. Arbeitsgruppe, Arbeitskreis, AG → working_group;
    3. Beirat (Integrationsbeirat, Ausländerbeirat) → advisory_council;
    4. Ausschuss, Kommission, Senat → committee;
    5. Fraktion, Gruppe, Ratsgruppe (whole words) → party_group ("Stadtratsfraktion");
    6. Rat (exactly), Stadtrat, Gemeinderat, Stadtverordnetenversammlung, Kreistag,
       Ratsversammlung → council;
    7. Dezernat, Referat, Geschäftsbereich → OrgUnit department;
    8. Amt, Fachbereich, Verwaltung, Stabsstelle, Büro → OrgUnit office.

    Otherwise ``organizationType`` decides: Gremium → committee, Fraktion →
    party_group, Verwaltungsbereich → OrgUnit office, externes Gremium → network,
    Institution → OrgUnit external. Partei, Sonstiges and anything else give None.

    >>> classify({"classification": "Integrationsbeirat", "organizationType": "Gremium"})
    Classification(label=<Label.BODY: 'Body'>, kind=<BodyKind.ADVISORY_COUNCIL: \
'advisory_council'>, reason="OParl classification 'Integrationsbeirat'")
    >>> classify({"classification": "Ortsrat"}).reason
    "OParl classification 'Ortsrat' (a district council)"
    >>> classify({"organizationType": "Institution"}).kind
    <OrgUnitKind.EXTERNAL: 'external'>
    >>> classify({"classification": "Sonstiges", "organizationType": "Partei"}) is None
    True
    """
    classification = org.get("classification")
    if isinstance(classification, str):
        folded = fold(classification)
        for pattern, label, kind, note in _CLASSIFICATION_RULES:
            if pattern.search(folded):
                reason = f"OParl classification '{classification}'{note}"
                return Classification(label, kind, reason)
    organization_type = org.get("organizationType")
    if isinstance(organization_type, str):
        found = _TYPE_RULES.get(fold(organization_type))
        if found is not None:
            return Classification(*found, f"OParl organizationType '{organization_type}'")
    return None
