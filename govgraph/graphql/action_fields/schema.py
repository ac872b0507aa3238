"""Root field of the action-field domain: ``responsibilities``."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.action_fields.resolvers import resolve_responsibilities
from govgraph.graphql.action_fields.types import ActionField
from govgraph.graphql.core import MAX_PAGE, CityId, First, Info, Offset, page

__all__ = ["ActionFieldQueries"]


@strawberry.type
class ActionFieldQueries:
    @strawberry.field(
        description="Each action field of a city with its responsible units (responsible) "
        "and the committees overseeing it (overseenBy), by name."
    )
    async def responsibilities(
        self,
        info: Info,
        city: CityId,
        action_field: Annotated[
            str | None, strawberry.argument(description="Only this action field (id).")
        ] = None,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[ActionField]:
        return await resolve_responsibilities(info.context, city, action_field, page(first, offset))
