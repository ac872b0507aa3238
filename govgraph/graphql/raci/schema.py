"""Root field of the RACI domain: ``raci``."""

from __future__ import annotations

import strawberry

from govgraph.graphql.core import CityId, Info
from govgraph.graphql.raci.resolvers import resolve_raci
from govgraph.graphql.raci.types import RaciMatrix

__all__ = ["RaciQueries"]


@strawberry.type
class RaciQueries:
    @strawberry.field(
        description="A city's RACI matrix: for each action field, who is responsible (R), "
        "accountable (A), consulted (C) and informed (I), each letter derived from the "
        "relationships by a documented rule (see the enum RaciLetter) and cited."
    )
    async def raci(self, info: Info, city: CityId) -> RaciMatrix:
        return await resolve_raci(info.context, city)
