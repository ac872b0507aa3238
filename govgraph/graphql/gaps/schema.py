"""Root field of the gaps domain: ``gaps``."""

from __future__ import annotations

import strawberry

from govgraph.graphql.core import CityId, Info
from govgraph.graphql.gaps.resolvers import resolve_gaps
from govgraph.graphql.gaps.types import Gap

__all__ = ["GapQueries"]


@strawberry.type
class GapQueries:
    @strawberry.field(
        description="What a city's documents leave open: measures without owner, bodies "
        "without chair or rhythm, action fields without responsible unit or overseeing "
        "committee, working groups reporting to nobody, deputies mentioned but not named. "
        "By kind, then name."
    )
    async def gaps(self, info: Info, city: CityId) -> list[Gap]:
        return await resolve_gaps(info.context, city)
