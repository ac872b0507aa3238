"""Resolvers of the entity questions: one entity, search, and what an entity does."""

from __future__ import annotations

from govgraph.errors import ArgumentError
from govgraph.graphmodel import ENTITY_KINDS, fold
from govgraph.graphql.core import (
    Entity,
    GraphContext,
    Page,
    entity_from,
    require_city,
    require_entity,
)
from govgraph.graphql.entities.types import Activity

__all__ = ["resolve_entity", "resolve_roles", "resolve_search"]


async def resolve_entity(context: GraphContext, id_: str) -> Entity:
    """The entity with that id."""
    return await require_entity(context, id_)


async def resolve_search(
    context: GraphContext,
    text: str,
    city: str | None,
    kinds: list[str] | None,
    window: Page,
) -> list[Entity]:
    """Entities whose name, short name or alias contains ``text`` (folded)."""
    folded = fold(text)
    if len(folded) < 2:
        raise ArgumentError("search text needs at least 2 letters")
    unknown = sorted(set(kinds or []) - ENTITY_KINDS)
    if unknown:
        raise ArgumentError(f"unknown kinds {unknown}; known: {', '.join(sorted(ENTITY_KINDS))}")
    wanted = {"text": folded, "kinds": kinds or None, **window.params()}
    if city is not None:
        await require_city(context, city)
        rows = await context.questions.many("search_in_city", city=city, **wanted)
    else:
        word = max(folded.split(), key=len)  # every candidate has a search term containing it
        rows = await context.questions.many("search", word=word, **wanted)
    return [entity_from(row["label"], row["properties"]) for row in rows]


async def resolve_roles(context: GraphContext, id_: str, window: Page) -> list[Activity]:
    """Everything the entity does, directly or through the posts it holds."""
    await require_entity(context, id_)
    rows = await context.questions.many("roles", id=id_)
    return window.of([Activity.from_record(row) for row in rows])
