"""The City type."""

from __future__ import annotations

from typing import Any, Self

import strawberry

from govgraph.graphmodel import Label
from govgraph.graphql.core import Entity, entity_type

__all__ = ["City"]


@entity_type(Label.CITY)
@strawberry.type(description="A city (Stadt): the root of one dataset.")
class City(Entity):
    state: str | None = strawberry.field(description="Its federal state (Land).")

    @classmethod
    def from_properties(cls, properties: dict[str, Any]) -> Self:
        """The city from its stored properties."""
        return cls(**Entity.common(properties), state=properties.get("state"))
