"""CityComparison: one city's column of the comparison, with its entities and citations."""

from __future__ import annotations

import strawberry

from govgraph.analysis.comparison import ChairSide
from govgraph.graphmodel import GovernanceFunction
from govgraph.graphql.cities.types import City
from govgraph.graphql.core import Entity, Source

__all__ = [
    "BodyFact",
    "ChairSide",
    "CityComparison",
    "FunctionCell",
    "FunctionHolder",
    "GovernanceFunction",
    "SteeringChair",
]

strawberry.enum(
    GovernanceFunction,
    description="The governance functions the cities share, whatever each calls them.",
)
strawberry.enum(
    ChairSide,
    description="Whether a chair stands for the elected (political) side or the administration.",
)


@strawberry.type(description="An entity filling a governance function, why, and the citations.")
class FunctionHolder:
    entity: Entity = strawberry.field(description="The body, unit or post filling the function.")
    basis: str = strawberry.field(
        description="Why, in German: its kind (e.g. Steuerungsgremium), its line (organisiert …) "
        "or 'in den Daten zugeordnet' when the data claims the function with citations."
    )
    evidence: list[Source] = strawberry.field(
        description="The citations: the claim's, the line's, or the entity's own."
    )


@strawberry.type(description="One governance function in one city and who fills it.")
class FunctionCell:
    function: GovernanceFunction = strawberry.field(description="The function.")
    heading: str = strawberry.field(description="Its German name, e.g. Verwaltungssteuerung.")
    holders: list[FunctionHolder] = strawberry.field(
        description="Who fills it, by name; empty when the documents name nobody."
    )


@strawberry.type(description="Who chairs a steering body, and which side the chair stands for.")
class SteeringChair:
    body: Entity = strawberry.field(description="The body filling administrative steering.")
    chair: Entity | None = strawberry.field(
        description="The chairing post, person, unit or body; null when the documents do not say."
    )
    side: ChairSide = strawberry.field(description="Political, administrative, other or unknown.")
    evidence: list[Source] = strawberry.field(
        description="The membership's citations; without a chair, the body's own."
    )


@strawberry.type(description="A fact about a body as the documents write it.")
class BodyFact:
    body: Entity = strawberry.field(description="The body.")
    text: str = strawberry.field(
        description="The fact as written, e.g. vierteljährlich or 2008-09-25."
    )


@strawberry.type(description="One city's column of the comparison: functions and figures.")
class CityComparison:
    city: City = strawberry.field(description="The city.")
    functions: list[FunctionCell] = strawberry.field(
        description="Every governance function, in a fixed order, with who fills it."
    )
    bodies: int = strawberry.field(description="Number of bodies (Gremien) of the city.")
    units: int = strawberry.field(description="Number of organisational units of the city.")
    steering_chairs: list[SteeringChair] = strawberry.field(
        description="For each body filling administrative steering, its chairs (or one entry "
        "with no chair when unknown)."
    )
    advisory_council_on_steering: bool | None = strawberry.field(
        description="Whether an advisory council, or its chair, is a member of a steering body; "
        "null when the city has no advisory council or no steering body."
    )
    rhythms: list[BodyFact] = strawberry.field(
        description="Bodies with a meeting rhythm (as written, else meetings a year), by name."
    )
    founded: list[BodyFact] = strawberry.field(
        description="Bodies with a founding date (else the date they are valid from), by name."
    )
    action_fields: int = strawberry.field(description="Number of action fields.")
    measures: int = strawberry.field(description="Number of measures.")
    measures_with_owner: int = strawberry.field(
        description="Number of measures someone owns (an incoming OWNS line)."
    )
    share_of_measures_with_owner: float | None = strawberry.field(
        description="measuresWithOwner / measures, from 0 to 1; null when there are no measures."
    )
    reporting_depth: int | None = strawberry.field(
        description="Lines in the longest reporting chain up to the council or mayor; null when "
        "no chain reaches them."
    )
    reporting_chain: list[Entity] = strawberry.field(
        description="That chain from its start up to the council or mayor; empty when none."
    )
