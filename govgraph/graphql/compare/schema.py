"""Root field of the compare domain: ``compare``."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.compare.resolvers import MAX_CITIES, resolve_compare
from govgraph.graphql.compare.types import CityComparison
from govgraph.graphql.core import Info

__all__ = ["CompareQueries"]

CityIds = Annotated[
    list[str],
    strawberry.argument(description=f'City ids, e.g. ["erlangen", "bamberg"] (1–{MAX_CITIES}).'),
]


@strawberry.type
class CompareQueries:
    @strawberry.field(
        description="Cities side by side, in the order given: who fills each governance "
        "function, and structural figures (bodies, units, steering chairs, advisory council on "
        "the steering body, rhythms, founding dates, action fields, measures and their owners, "
        "the longest reporting chain)."
    )
    async def compare(self, info: Info, cities: CityIds) -> list[CityComparison]:
        return await resolve_compare(info.context, cities)
