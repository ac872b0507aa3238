"""The OrgUnit type: departments, offices, companies, external organisations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from govgraph.graphmodel import Label, RelType
from govgraph.graphql.core import (
    MAX_PAGE,
    Entity,
    First,
    Info,
    Offset,
    entity_type,
    linked_entities,
    page,
)

if TYPE_CHECKING:
    from govgraph.graphql.action_fields.types import ActionField

__all__ = ["OrgUnit"]


@entity_type(Label.ORG_UNIT)
@strawberry.type(description="A unit of the administration (Referat, Amt …) or outside it.")
class OrgUnit(Entity):
    short_name: str | None = strawberry.field(description="Short name or number, e.g. 'Amt 50'.")
    coordination: bool = strawberry.field(
        description="Whether it coordinates the cross-cutting integration work."
    )
    tasks: list[str] = strawberry.field(description="Its tasks as written.")
    aliases: list[str] = strawberry.field(description="Other names the documents use.")

    @strawberry.field(description="The unit, body or city it is part of.")
    async def parent(self, info: Info) -> Entity | None:
        parents = await linked_entities(info.context, self.id, RelType.PART_OF, outgoing=True)
        return parents[0] if parents else None

    @strawberry.field(description="The units, bodies and posts that are part of it.")
    async def children(
        self,
        info: Info,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[Entity]:
        window = page(first, offset)
        parts = await linked_entities(info.context, self.id, RelType.PART_OF, outgoing=False)
        return window.of(parts)

    @strawberry.field(description="The action fields it is responsible for.")
    async def responsible_for(
        self, info: Info
    ) -> list[Annotated[ActionField, strawberry.lazy("govgraph.graphql.action_fields.types")]]:
        return await linked_entities(info.context, self.id, RelType.RESPONSIBLE_FOR, outgoing=True)
