"""Root arguments that name a node: resolve them, or fail with a clear error."""

from __future__ import annotations

from govgraph.errors import NotFoundError
from govgraph.graphmodel import Label
from govgraph.graphql.core.context import GraphContext
from govgraph.graphql.core.types import Entity, entity_from

__all__ = ["require_city", "require_entity"]


async def require_entity(context: GraphContext, id_: str) -> Entity:
    """The entity with id ``id_``.

    Raises
    ------
    NotFoundError
        When the graph holds no node with that id.
    """
    row = await context.entities.load(id_)
    if row is None:
        raise NotFoundError(f"unknown id {id_!r}")
    return entity_from(row["label"], row["properties"])


async def require_city(context: GraphContext, city: str) -> None:
    """Check that ``city`` is the id of a city in the graph.

    Raises
    ------
    NotFoundError
        When it is not (the message points to the ``cities`` field).
    """
    row = await context.entities.load(city)
    if row is None or row["label"] != Label.CITY.value:
        raise NotFoundError(f"unknown city {city!r}; the field 'cities' lists the known ids")
