"""Root arguments that name a node: resolve them, or fail with a clear error."""

from __future__ import annotations

from govgraph.errors import NotFoundError
from govgraph.graphmodel import Label
from govgraph.graphql.core.context import GraphContext
from govgraph.graphql.core.types import Entity, entity_from

__all__ = ["require_action_field", "require_city", "require_entity", "require_entity_in"]


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


async def require_city(context: GraphContext, city: str) -> Entity:
    """The city with id ``city``.

    Raises
    ------
    NotFoundError
        When it is not (the message points to the ``cities`` field).
    """
    row = await context.entities.load(city)
    if row is None or row["label"] != Label.CITY.value:
        raise NotFoundError(f"unknown city {city!r}; the field 'cities' lists the known ids")
    return entity_from(row["label"], row["properties"])


async def require_entity_in(context: GraphContext, city: str, id_: str) -> Entity:
    """The entity ``id_``, which must belong to ``city``.

    Raises
    ------
    NotFoundError
        When there is no such entity, or it belongs to another city.
    """
    entity = await require_entity(context, id_)
    if entity.city != city:
        raise NotFoundError(f"{id_!r} is not in city {city!r}")
    return entity


async def require_action_field(context: GraphContext, city: str, id_: str) -> None:
    """Check that ``id_`` is an action field of ``city``.

    Raises
    ------
    NotFoundError
        When it is not.
    """
    row = await context.entities.load(id_)
    if row is None or row["label"] != Label.ACTION_FIELD.value or row["properties"]["city"] != city:
        raise NotFoundError(f"unknown action field {id_!r} in city {city!r}")
