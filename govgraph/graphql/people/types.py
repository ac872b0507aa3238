"""Posts (Oberbürgermeister, Koordinator …) and the persons holding them."""

from __future__ import annotations

import strawberry

from govgraph.graphmodel import Label, RelType
from govgraph.graphql.core import Entity, Info, entity_type, linked_entities

__all__ = ["Person", "Post"]


@entity_type(Label.POST)
@strawberry.type(description="An office held by someone, whether or not the holder is named.")
class Post(Entity):
    tasks: list[str] = strawberry.field(description="Its tasks as written.")

    @strawberry.field(description="The persons the documents name as holding it.")
    async def held_by(self, info: Info) -> list[Person]:
        return await linked_entities(info.context, self.id, RelType.HOLDS, outgoing=False)


@entity_type(Label.PERSON)
@strawberry.type(description="A named person (personal data).")
class Person(Entity):
    personal_data: bool = strawberry.field(
        default=True, description="Always true: handle as personal data."
    )

    @strawberry.field(description="The posts the person holds.")
    async def holds(self, info: Info) -> list[Post]:
        return await linked_entities(info.context, self.id, RelType.HOLDS, outgoing=True)
