"""The ActionField type (Handlungsfeld)."""

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
    from govgraph.graphql.bodies.types import Body
    from govgraph.graphql.measures.types import Measure

__all__ = ["ActionField"]


@entity_type(Label.ACTION_FIELD)
@strawberry.type(description="An action field (Handlungsfeld) of a city's integration policy.")
class ActionField(Entity):
    aliases: list[str] = strawberry.field(description="Other names the documents use.")

    @strawberry.field(description="The units (or bodies, posts) responsible for it.")
    async def responsible(self, info: Info) -> list[Entity]:
        return await linked_entities(info.context, self.id, RelType.RESPONSIBLE_FOR, outgoing=False)

    @strawberry.field(description="The committees overseeing it.")
    async def overseen_by(
        self, info: Info
    ) -> list[Annotated[Body, strawberry.lazy("govgraph.graphql.bodies.types")]]:
        return await linked_entities(info.context, self.id, RelType.OVERSEES, outgoing=False)

    @strawberry.field(description="The measures in it, by id.")
    async def measures(
        self,
        info: Info,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[Annotated[Measure, strawberry.lazy("govgraph.graphql.measures.types")]]:
        window = page(first, offset)
        return window.of(
            await linked_entities(info.context, self.id, RelType.IN_FIELD, outgoing=False)
        )
