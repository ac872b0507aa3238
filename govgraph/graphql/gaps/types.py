"""Gap: one governance gap of a city, with the citations behind it."""

from __future__ import annotations

import strawberry

from govgraph.analysis.gaps import GapKind
from govgraph.graphql.core import Entity, Source

__all__ = ["Gap", "GapKind"]

strawberry.enum(GapKind, description="Kinds of governance gap.")


@strawberry.type(description="Something a city's documents leave open, and what they do say.")
class Gap:
    kind: GapKind = strawberry.field(description="What is missing.")
    heading: str = strawberry.field(
        description="The kind in German, as reports head it, e.g. Gremium ohne Vorsitz."
    )
    entity: Entity = strawberry.field(description="The measure, body or action field concerned.")
    message: str = strawberry.field(description="The finding in German, e.g. Kein Vorsitz bekannt.")
    evidence: list[Source] = strawberry.field(
        description="What the documents do say about the entity (for a deputy: the mention)."
    )
