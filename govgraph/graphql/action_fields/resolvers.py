"""Resolvers of the action-field questions."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from govgraph.graphql.action_fields.types import ActionField
from govgraph.graphql.core import GraphContext, Page, require_action_field, require_city

__all__ = ["resolve_responsibilities"]


async def resolve_responsibilities(
    context: GraphContext, city: str, action_field: str | None, window: Page
) -> list[ActionField]:
    """The action fields of a city (or the one given), for their responsible and overseers."""
    # gathered, so the entity loader fetches both ids in one round trip
    checks: list[Awaitable[object]] = [require_city(context, city)]
    if action_field is not None:
        checks.append(require_action_field(context, city, action_field))
    await asyncio.gather(*checks)
    rows = await context.questions.many(
        "action_fields", city=city, action_field=action_field, **window.params()
    )
    return [ActionField.from_properties(row["properties"]) for row in rows]
