"""Root fields of the entity domain: ``entity``, ``search``, ``roles``."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.core import (
    MAX_PAGE,
    Entity,
    EntityId,
    First,
    Info,
    Offset,
    page,
)
from govgraph.graphql.entities.resolvers import resolve_entity, resolve_roles, resolve_search
from govgraph.graphql.entities.types import Activity

__all__ = ["EntityQueries"]


@strawberry.type
class EntityQueries:
    @strawberry.field(description="Any node by id; an unknown id is an error.")
    async def entity(self, info: Info, id: EntityId) -> Entity:
        return await resolve_entity(info.context, id)

    @strawberry.field(
        description="Entities whose name, short name or alias contains the text; case and "
        "umlauts do not matter (Nurnberg, Nuernberg and Nürnberg find Nürnberg)."
    )
    async def search(
        self,
        info: Info,
        text: Annotated[str, strawberry.argument(description="At least 2 letters.")],
        city: Annotated[
            str | None, strawberry.argument(description="Only in this city (id).")
        ] = None,
        kinds: Annotated[
            list[str] | None,
            strawberry.argument(description='Only these kinds, e.g. ["steering", "office"].'),
        ] = None,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[Entity]:
        return await resolve_search(info.context, text, city, kinds, page(first, offset))

    @strawberry.field(
        description="Everything an entity does: the bodies it chairs or sits in (with role), "
        "what it organises, advises, heads, oversees, is responsible for or owns; for a "
        "person also what the posts they hold do."
    )
    async def roles(
        self, info: Info, id: EntityId, first: First = MAX_PAGE, offset: Offset = 0
    ) -> list[Activity]:
        return await resolve_roles(info.context, id, page(first, offset))
