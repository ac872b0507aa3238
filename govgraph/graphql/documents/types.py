"""The Document type."""

from __future__ import annotations

from typing import Any, Self

import strawberry

from govgraph.graphmodel import Label
from govgraph.graphql.core import Entity, entity_type

__all__ = ["Document"]


@entity_type(Label.DOCUMENT)
@strawberry.type(description="A document: a source, or a concept, decision or programme named.")
class Document(Entity):
    description: str | None = strawberry.field(description="Subject or proposal as written.")
    date: str | None = strawberry.field(description="Date (YYYY, YYYY-MM or YYYY-MM-DD).")
    reference: str | None = strawberry.field(description="File or paper number.")
    url: str | None = strawberry.field(description="Where it is published.")

    @classmethod
    def from_properties(cls, properties: dict[str, Any]) -> Self:
        """The document from its stored properties."""
        return cls(
            **Entity.common(properties),
            description=properties.get("description"),
            date=properties.get("date"),
            reference=properties.get("reference"),
            url=properties.get("url"),
        )
