"""Resolvers of the body questions: bodies of a city, and who chairs what."""

from __future__ import annotations

from govgraph.graphmodel import BodyKind
from govgraph.graphql.bodies.types import Body, Chairing
from govgraph.graphql.core import GraphContext, Page, require_city

__all__ = ["resolve_bodies", "resolve_chairs"]


async def resolve_bodies(
    context: GraphContext, city: str, kind: BodyKind | None, window: Page
) -> list[Body]:
    """The bodies of a city, optionally of one kind, by name."""
    await require_city(context, city)
    kind_value = None if kind is None else kind.value
    rows = await context.questions.many("bodies", city=city, kind=kind_value, **window.params())
    return [Body.from_properties(row["properties"]) for row in rows]


async def resolve_chairs(context: GraphContext, city: str, window: Page) -> list[Chairing]:
    """Who chairs which body of a city; bodies with an unknown chair are left out."""
    await require_city(context, city)
    rows = await context.questions.many("chairs", city=city, **window.params())
    return [Chairing.from_record(row) for row in rows]
