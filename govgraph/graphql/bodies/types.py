"""Bodies (Gremien), their memberships, and who chairs them."""

from __future__ import annotations

from typing import Annotated, Self, cast

import strawberry

from govgraph.graphmodel import Label, RelType
from govgraph.graphmodel.rules import CHAIR_ROLE
from govgraph.graphql.core import (
    MAX_PAGE,
    Entity,
    First,
    Info,
    Offset,
    Source,
    entity_from,
    entity_type,
    linked_entities,
    page,
    require_entity,
    sources_of,
)
from govgraph.graphql.core.enums import Mandate, Role
from govgraph.graphql.people.types import Person
from govgraph.store import Record

__all__ = ["Body", "Chairing", "Membership"]


@strawberry.type(description="A seat in a body: who, in which role, how many, for whom.")
class Membership:
    body_id: strawberry.Private[str]
    on_behalf_of_id: strawberry.Private[str | None]
    member: Entity = strawberry.field(description="The member: a unit, body, post or person.")
    role: Role = strawberry.field(
        description="Chair, deputy chair, member, advisory, guest or substitute."
    )
    role_text: str | None = strawberry.field(description="The role as written, if normalised.")
    count: int | None = strawberry.field(description="How many seats, where stated.")
    count_text: str | None = strawberry.field(description="The seat count as written.")
    voting_right: bool | None = strawberry.field(description="Whether it votes, where stated.")
    condition: str | None = strawberry.field(description="When the membership applies.")
    valid_from: str | None = strawberry.field(description="Since when.")
    valid_to: str | None = strawberry.field(description="Until when.")
    interpretation: str | None = strawberry.field(description="How the words were read.")
    sources: list[Source] = strawberry.field(description="The documents attesting it.")
    external_id: str | None = strawberry.field(description="Its id in OParl, if imported.")

    @classmethod
    def from_record(cls, row: Record) -> Self:
        """The membership from a ``members`` record."""
        rel = row["properties"]
        return cls(
            body_id=row["body"],
            on_behalf_of_id=rel.get("on_behalf_of"),
            member=entity_from(row["label"], row["member_properties"]),
            role=Role(rel["role"]),
            role_text=rel.get("role_text"),
            count=rel.get("count"),
            count_text=rel.get("count_text"),
            voting_right=rel.get("voting_right"),
            condition=rel.get("condition"),
            valid_from=rel.get("valid_from"),
            valid_to=rel.get("valid_to"),
            interpretation=rel.get("interpretation"),
            sources=sources_of(rel),
            external_id=rel.get("external_id"),
        )

    @strawberry.field(description="The body.")
    async def body(self, info: Info) -> Body:
        return cast(Body, await require_entity(info.context, self.body_id))

    @strawberry.field(description="Whom the member represents (e.g. the OB's Geschäftsbereich).")
    async def on_behalf_of(self, info: Info) -> Entity | None:
        if self.on_behalf_of_id is None:
            return None
        row = await info.context.entities.load(self.on_behalf_of_id)
        return None if row is None else entity_from(row["label"], row["properties"])


@entity_type(Label.BODY)
@strawberry.type(description="A body (Gremium): council, committee, steering group, forum …")
class Body(Entity):
    mandate: Mandate | None = strawberry.field(description="Decides or recommends, if stated.")
    rhythm: str | None = strawberry.field(description="Meeting rhythm as written.")
    meetings_per_year: int | None = strawberry.field(description="Meetings a year, if stated.")
    established: str | None = strawberry.field(description="When it was set up.")
    valid_from: str | None = strawberry.field(description="In force since.")
    valid_to: str | None = strawberry.field(description="In force until.")
    tasks: list[str] = strawberry.field(description="Its tasks as written.")
    aliases: list[str] = strawberry.field(description="Other names the documents use.")

    @strawberry.field(description="Its members with role, count and mandator, by member id.")
    async def members(
        self,
        info: Info,
        role: Annotated[
            Role | None, strawberry.argument(description="Only members in this role.")
        ] = None,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[Membership]:
        window = page(first, offset)
        rows = await info.context.members.load(self.id)
        seats = [Membership.from_record(row) for row in rows]
        return window.of([seat for seat in seats if role is None or seat.role is role])

    @strawberry.field(
        description="Its chair, if the documents name one (the first by id if they name several; "
        "members(role: CHAIR) lists all)."
    )
    async def chair(self, info: Info) -> Membership | None:
        rows = await info.context.members.load(self.id)
        chairs = [row for row in rows if row["role"] == CHAIR_ROLE]
        return Membership.from_record(chairs[0]) if chairs else None

    @strawberry.field(description="The body, unit or city it is part of.")
    async def parent(self, info: Info) -> Entity | None:
        parents = await linked_entities(info.context, self.id, RelType.PART_OF, outgoing=True)
        return parents[0] if parents else None


@strawberry.type(description="Who chairs a body: the chair and, where named, its holder.")
class Chairing:
    body: Body = strawberry.field(description="The body chaired.")
    chair: Entity = strawberry.field(description="The chairing post, person, unit or body.")
    condition: str | None = strawberry.field(description="When this chair applies.")
    interpretation: str | None = strawberry.field(description="How the words were read.")
    sources: list[Source] = strawberry.field(description="The documents naming the chair.")

    @classmethod
    def from_record(cls, row: Record) -> Self:
        """The chairing from a ``chairs`` record."""
        rel = row["properties"]
        return cls(
            body=Body.from_properties(row["body"]),
            chair=entity_from(row["chair_label"], row["chair_properties"]),
            condition=rel.get("condition"),
            interpretation=rel.get("interpretation"),
            sources=sources_of(rel),
        )

    @strawberry.field(description="Who holds the chairing post, where the documents say.")
    async def held_by(self, info: Info) -> list[Person]:
        return await linked_entities(info.context, self.chair.id, RelType.HOLDS, outgoing=False)
