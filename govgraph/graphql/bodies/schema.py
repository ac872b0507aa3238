"""Root fields of the body domain: ``bodies``, ``chairs``."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.bodies.resolvers import resolve_bodies, resolve_chairs
from govgraph.graphql.bodies.types import Body, Chairing
from govgraph.graphql.core import MAX_PAGE, CityId, First, Info, Offset, page
from govgraph.graphql.core.enums import BodyKind

__all__ = ["BodyQueries"]


@strawberry.type
class BodyQueries:
    @strawberry.field(description="The bodies (Gremien) of a city, by name.")
    async def bodies(
        self,
        info: Info,
        city: CityId,
        kind: Annotated[
            BodyKind | None, strawberry.argument(description="Only bodies of this kind.")
        ] = None,
        first: First = MAX_PAGE,
        offset: Offset = 0,
    ) -> list[Body]:
        return await resolve_bodies(info.context, city, kind, page(first, offset))

    @strawberry.field(
        description="Who chairs what: each body with a known chair, the chair (post, person, "
        "unit or body) and, where known, who holds the chairing post. Bodies whose chair "
        "the documents do not name are left out."
    )
    async def chairs(
        self, info: Info, city: CityId, first: First = MAX_PAGE, offset: Offset = 0
    ) -> list[Chairing]:
        return await resolve_chairs(info.context, city, page(first, offset))
