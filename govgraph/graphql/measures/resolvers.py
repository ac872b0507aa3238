"""Resolvers of the measure questions."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from govgraph.graphql.core import (
    GraphContext,
    Page,
    require_action_field,
    require_city,
    require_entity_in,
)
from govgraph.graphql.measures.types import Measure

__all__ = ["resolve_measures", "resolve_measures_without_owner"]


async def resolve_measures(
    context: GraphContext,
    city: str,
    action_field: str | None,
    owner: str | None,
    status: str | None,
    window: Page,
) -> list[Measure]:
    """The measures of a city, filtered by action field, owner and status."""
    # gathered, so the entity loader fetches all ids in one round trip
    checks: list[Awaitable[object]] = [require_city(context, city)]
    if action_field is not None:
        checks.append(require_action_field(context, city, action_field))
    if owner is not None:
        checks.append(require_entity_in(context, city, owner))
    await asyncio.gather(*checks)
    rows = await context.questions.many(
        "measures",
        city=city,
        action_field=action_field,
        owner=owner,
        status=status,
        **window.params(),
    )
    return [Measure.from_properties(row["properties"]) for row in rows]


async def resolve_measures_without_owner(
    context: GraphContext, city: str, window: Page
) -> list[Measure]:
    """The measures of a city that nobody owns."""
    await require_city(context, city)
    rows = await context.questions.many("measures_without_owner", city=city, **window.params())
    return [Measure.from_properties(row["properties"]) for row in rows]
