"""Root fields of the city domain: ``cities``, ``city``."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.cities.resolvers import resolve_cities, resolve_city
from govgraph.graphql.cities.types import City
from govgraph.graphql.core import MAX_PAGE, First, Info, Offset, page

__all__ = ["CityQueries"]


@strawberry.type
class CityQueries:
    @strawberry.field(description="The cities in the graph, by id.")
    async def cities(
        self,
        info: Info,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[City]:
        return await resolve_cities(info.context, page(first, offset))

    @strawberry.field(description='One city by id, e.g. "nuernberg".')
    async def city(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="City id.")],
    ) -> City:
        return await resolve_city(info.context, id)
