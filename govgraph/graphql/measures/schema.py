"""Root fields of the measure domain: ``measures``, ``measuresWithoutOwner``."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.core import MAX_PAGE, CityId, First, Info, Offset, page
from govgraph.graphql.measures.resolvers import (
    resolve_measures,
    resolve_measures_without_owner,
)
from govgraph.graphql.measures.types import Measure

__all__ = ["MeasureQueries"]


@strawberry.type
class MeasureQueries:
    @strawberry.field(description="The measures (Maßnahmen) of a city, by name.")
    async def measures(
        self,
        info: Info,
        city: CityId,
        action_field: Annotated[
            str | None, strawberry.argument(description="Only in this action field (id).")
        ] = None,
        owner: Annotated[
            str | None, strawberry.argument(description="Only owned by this entity (id).")
        ] = None,
        status: Annotated[
            str | None, strawberry.argument(description="Only with this status, as written.")
        ] = None,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[Measure]:
        return await resolve_measures(
            info.context, city, action_field, owner, status, page(first, offset)
        )

    @strawberry.field(description="The measures of a city that nobody owns, by name.")
    async def measures_without_owner(
        self, info: Info, city: CityId, first: First = MAX_PAGE, offset: Offset = 0
    ) -> list[Measure]:
        return await resolve_measures_without_owner(info.context, city, page(first, offset))
