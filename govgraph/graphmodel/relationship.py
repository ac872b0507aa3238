"""Relationships between nodes, and which kinds of node each type may join."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from govgraph.graphmodel.fields import ExternalId, PartialDate, Slug, Source
from govgraph.graphmodel.kinds import Label, RelType, Role

__all__ = [
    "MEMBERSHIP_FIELDS",
    "RULES",
    "Relationship",
    "allowed_endpoints",
    "relationship_key",
]

_ACTORS = frozenset({Label.ORG_UNIT, Label.BODY, Label.POST, Label.PERSON})
_LINE = _ACTORS | {Label.CITY}

RULES: dict[RelType, tuple[frozenset[Label], frozenset[Label]]] = {
    RelType.PART_OF: (
        frozenset({Label.ORG_UNIT, Label.BODY, Label.POST}),
        frozenset({Label.ORG_UNIT, Label.BODY, Label.CITY}),
    ),
    RelType.MEMBER_OF: (_ACTORS, frozenset({Label.BODY})),
    RelType.HOLDS: (frozenset({Label.PERSON}), frozenset({Label.POST})),
    RelType.REPORTS_TO: (_ACTORS, _LINE),
    RelType.RECOMMENDS_TO: (_ACTORS, _LINE),
    RelType.PREPARES_DECISIONS_FOR: (_ACTORS, _LINE),
    RelType.INFORMS: (_ACTORS, _LINE),
    RelType.ORGANISES: (_LINE, frozenset({Label.BODY, Label.MEASURE})),
    RelType.ADVISES: (_ACTORS, _ACTORS),
    RelType.APPOINTS: (_LINE, _ACTORS),
    RelType.NOMINATES: (_LINE, _ACTORS),
    RelType.RESPONSIBLE_FOR: (
        frozenset({Label.ORG_UNIT, Label.BODY, Label.POST}),
        frozenset({Label.ACTION_FIELD}),
    ),
    RelType.OVERSEES: (frozenset({Label.BODY}), frozenset({Label.ACTION_FIELD})),
    RelType.OWNS: (_LINE, frozenset({Label.MEASURE})),
    RelType.IN_FIELD: (frozenset({Label.MEASURE}), frozenset({Label.ACTION_FIELD})),
    RelType.BASED_ON: (
        frozenset({Label.BODY, Label.MEASURE, Label.ACTION_FIELD, Label.DOCUMENT}),
        frozenset({Label.DOCUMENT}),
    ),
    RelType.CONTACT_FOR: (
        frozenset({Label.PERSON, Label.POST}),
        frozenset({Label.ORG_UNIT, Label.BODY}),
    ),
    RelType.HEADS: (frozenset({Label.POST, Label.PERSON}), frozenset({Label.ORG_UNIT, Label.BODY})),
    RelType.ADOPTED_BY: (
        frozenset({Label.DOCUMENT}),
        frozenset({Label.BODY, Label.POST, Label.CITY}),
    ),
    RelType.AUTHORED_BY: (
        frozenset({Label.DOCUMENT}),
        frozenset({Label.ORG_UNIT, Label.POST, Label.PERSON}),
    ),
    RelType.SUBMITTED_TO: (frozenset({Label.DOCUMENT}), frozenset({Label.BODY})),
}
"""For each relationship type: the labels allowed at its start and at its end."""

MEMBERSHIP_FIELDS = ("role", "role_text", "count", "count_text", "on_behalf_of", "voting_right")
"""Fields that only a ``member_of`` relationship may carry."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


def allowed_endpoints(rel_type: RelType) -> tuple[frozenset[Label], frozenset[Label]]:
    """The labels a relationship of ``rel_type`` may start and end at.

    >>> sorted(allowed_endpoints(RelType.OVERSEES)[1])
    [<Label.ACTION_FIELD: 'ActionField'>]
    """
    return RULES[rel_type]


class Relationship(BaseModel):
    """A typed, cited relationship from one node to another."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    type: RelType
    source: Slug = Field(alias="from")
    target: Slug = Field(alias="to")
    role: Role | None = None
    role_text: Text | None = Field(
        default=None, description='the role as written: "1. Stellvertreter"'
    )
    count: int | None = Field(default=None, ge=1, le=1000)
    count_text: Text | None = Field(default=None, description='e.g. "je zwei Vertreter"')
    on_behalf_of: Slug | None = None
    voting_right: bool | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    date: PartialDate | None = Field(
        default=None, description="when it happened: adopted on, submitted for the session of"
    )
    condition: Text | None = Field(default=None, description="when the relationship applies")
    purpose: Text | None = Field(default=None, description='e.g. "Kenntnisnahme"')
    sources: list[Source] = Field(min_length=1)
    interpretation: Text | None = None
    external_id: ExternalId | None = Field(
        default=None, description="the id in the system it was imported from (an OParl URL)"
    )

    @model_validator(mode="after")
    def _membership_fields(self) -> Relationship:
        if self.type is RelType.MEMBER_OF:
            if self.role is None:
                raise ValueError("a member_of relationship needs a role")
            return self
        given = [name for name in MEMBERSHIP_FIELDS if getattr(self, name) is not None]
        if given:
            raise ValueError(f"only member_of may carry {', '.join(given)}")
        return self

    @property
    def citations(self) -> list[Source]:
        """Every citation the relationship carries: its sources."""
        return self.sources

    @property
    def key(self) -> str:
        """Identity of the relationship: type, ends, (for memberships) role and mandator.

        An imported relationship adds its external id, so that two imported memberships of
        the same person in the same role stay two.

        >>> Relationship.model_validate({"type": "member_of", "from": "a", "to": "b",
        ...     "role": "chair", "sources": [{"document": "d", "quote": "xyz"}]}).key
        'member_of:a:b:chair'
        """
        return relationship_key(
            self.type, self.source, self.target, self.role, self.on_behalf_of, self.external_id
        )

    def properties(self, city: str) -> dict[str, Any]:
        """The flat property map stored on the relationship."""
        props = self.model_dump(
            mode="json", exclude={"type", "source", "target", "sources"}, exclude_none=True
        )
        props["city"] = city
        props["source_documents"] = [s.document for s in self.sources]
        props["source_quotes"] = [s.quote for s in self.sources]
        return props


def relationship_key(
    rel_type: RelType,
    source: str,
    target: str,
    role: Role | None = None,
    on_behalf_of: str | None = None,
    external_id: str | None = None,
) -> str:
    """The identity of a relationship (`Relationship.key`) from its parts.

    >>> relationship_key(RelType.OWNS, "amt-50", "m-1")
    'owns:amt-50:m-1'
    """
    parts = [rel_type.value, source, target]
    if role is not None:
        parts.append(role.value)
    if on_behalf_of is not None:
        parts.append(on_behalf_of)
    if external_id is not None:
        parts.append(external_id)
    return ":".join(parts)
