"""Resolvers of the city questions."""

from __future__ import annotations

from typing import cast

from govgraph.graphql.cities.types import City
from govgraph.graphql.core import GraphContext, Page, require_city

__all__ = ["resolve_cities", "resolve_city"]


async def resolve_cities(context: GraphContext, window: Page) -> list[City]:
    """Every city, by id."""
    rows = await context.questions.many("cities", **window.params())
    return [City.from_properties(row["properties"]) for row in rows]


async def resolve_city(context: GraphContext, city: str) -> City:
    """One city by id."""
    return cast(City, await require_city(context, city))
