"""Following one relationship type from a node, through the request's loader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govgraph.graphmodel import RelType
from govgraph.graphql.core.context import GraphContext
from govgraph.graphql.core.types import Entity, entity_from

__all__ = ["Link", "linked", "linked_entities"]


@dataclass(frozen=True)
class Link:
    """The node at the other end of a relationship, and the relationship's properties."""

    entity: Entity
    properties: dict[str, Any]


async def linked(
    context: GraphContext, id_: str, rel_type: RelType, *, outgoing: bool
) -> list[Link]:
    """The nodes ``id_`` points to (``outgoing``) or that point to it, by ``rel_type``."""
    rows = await context.relationships.load(id_)
    return [
        Link(entity_from(row["other_label"], row["other_properties"]), row["properties"])
        for row in rows
        if row["type"] == rel_type.cypher_type and row["outgoing"] is outgoing
    ]


async def linked_entities(
    context: GraphContext, id_: str, rel_type: RelType, *, outgoing: bool
) -> list[Any]:
    """Just the nodes of `linked`, for fields typed with a concrete entity type."""
    return [link.entity for link in await linked(context, id_, rel_type, outgoing=outgoing)]
