"""The City type."""

from __future__ import annotations

import strawberry

from govgraph.graphmodel import Label
from govgraph.graphql.core import Entity, entity_type

__all__ = ["City"]


@entity_type(Label.CITY)
@strawberry.type(description="A city (Stadt): the root of one dataset.")
class City(Entity):
    state: str | None = strawberry.field(description="Its federal state (Land).")
