"""The Document type."""

from __future__ import annotations

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
