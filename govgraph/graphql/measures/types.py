"""The Measure type (Maßnahme)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from govgraph.graphmodel import Label, RelType
from govgraph.graphql.core import Entity, Info, entity_type, linked_entities

if TYPE_CHECKING:
    from govgraph.graphql.action_fields.types import ActionField

__all__ = ["Measure"]


@entity_type(Label.MEASURE)
@strawberry.type(description="A measure (Maßnahme) or a step the documents name as to be done.")
class Measure(Entity):
    number: str | None = strawberry.field(description="Its Nr. in its catalogue.")
    description: str | None = strawberry.field(description="What it is, as written.")
    status: str | None = strawberry.field(description="Its status as written.")
    due: str | None = strawberry.field(description="Frist / Zieljahr as written.")
    rhythm: str | None = strawberry.field(description="How often it recurs, as written.")
    involved: list[str] = strawberry.field(description="Beteiligte, as written.")
    remark: str | None = strawberry.field(description="Bemerkung, as written.")

    @strawberry.field(description="Who owns it (Federführung); empty when nobody is named.")
    async def owners(self, info: Info) -> list[Entity]:
        return await linked_entities(info.context, self.id, RelType.OWNS, outgoing=False)

    @strawberry.field(description="The action fields it belongs to.")
    async def action_fields(
        self, info: Info
    ) -> list[Annotated[ActionField, strawberry.lazy("govgraph.graphql.action_fields.types")]]:
        return await linked_entities(info.context, self.id, RelType.IN_FIELD, outgoing=True)
