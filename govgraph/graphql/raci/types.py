"""RaciMatrix: a city's action fields and actors, and the letters that join them."""

from __future__ import annotations

import strawberry

from govgraph.analysis.raci import RaciLetter
from govgraph.graphql.core import Entity, Source

__all__ = ["RaciAssignment", "RaciLetter", "RaciMatrix"]

strawberry.enum(
    RaciLetter,
    description="The letters of a RACI matrix, each derived from relationships by one rule. "
    + " ".join(f"{letter.name} ({letter.value}): {letter.rule}" for letter in RaciLetter),
)


@strawberry.type(description="One letter of one actor for one action field, and why.")
class RaciAssignment:
    action_field: Entity = strawberry.field(description="The action field (Handlungsfeld).")
    actor: Entity = strawberry.field(description="The unit, body or post holding the letter.")
    letter: RaciLetter = strawberry.field(description="R, A, C or I.")
    basis: str = strawberry.field(
        description="Why, in German, e.g. zuständige Stelle, berät Amt 15."
    )
    evidence: list[Source] = strawberry.field(
        description="The citations of the relationship(s) that give the letter."
    )


@strawberry.type(description="A city's RACI matrix: action fields as rows, actors as columns.")
class RaciMatrix:
    city: str = strawberry.field(description="Id of the city.")
    action_fields: list[Entity] = strawberry.field(
        description="The city's action fields, by name; also those without any letter."
    )
    actors: list[Entity] = strawberry.field(
        description="Everyone holding a letter: those with an R first, then A, C, I; "
        "each group by name."
    )
    assignments: list[RaciAssignment] = strawberry.field(
        description="Every letter, by action field, actor and letter (R, A, C, I); an actor "
        "may hold several letters for one field."
    )
