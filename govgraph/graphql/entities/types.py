"""Activity: one thing an entity does (a seat, an ownership, a responsibility …)."""

from __future__ import annotations

from typing import Self

import strawberry

from govgraph.graphmodel import RelType
from govgraph.graphql.core import Entity, Info, Source, entity_from, require_entity, sources_of
from govgraph.graphql.core.enums import Role
from govgraph.store import Record

__all__ = ["Activity"]


@strawberry.type(description="One thing an entity does: chairs or sits in, owns, advises …")
class Activity:
    via_id: strawberry.Private[str | None]
    relation: RelType = strawberry.field(description="What it does (MEMBER_OF, OWNS …).")
    role: Role | None = strawberry.field(description="For MEMBER_OF: the role in the body.")
    target: Entity = strawberry.field(description="The body, measure, field … it acts on.")
    count: int | None = strawberry.field(description="For MEMBER_OF: seats, where stated.")
    count_text: str | None = strawberry.field(description="The seat count as written.")
    condition: str | None = strawberry.field(description="When it applies.")
    interpretation: str | None = strawberry.field(description="How the words were read.")
    sources: list[Source] = strawberry.field(description="The documents attesting it.")

    @classmethod
    def from_record(cls, row: Record) -> Self:
        """The activity from a ``roles`` record."""
        rel = row["properties"]
        role = rel.get("role")
        return cls(
            via_id=row["via"],
            relation=RelType(row["type"].lower()),
            role=None if role is None else Role(role),
            target=entity_from(row["target_label"], row["target_properties"]),
            count=rel.get("count"),
            count_text=rel.get("count_text"),
            condition=rel.get("condition"),
            interpretation=rel.get("interpretation"),
            sources=sources_of(rel),
        )

    @strawberry.field(description="The post through which a person does it; null if directly.")
    async def via(self, info: Info) -> Entity | None:
        return None if self.via_id is None else await require_entity(info.context, self.via_id)
