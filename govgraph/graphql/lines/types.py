"""ReportingStep: one line of a reporting chain."""

from __future__ import annotations

import strawberry

from govgraph.graphmodel import RelType
from govgraph.graphql.core import Entity, Source

__all__ = ["ReportingStep"]


@strawberry.type(description="One line of a reporting chain, `level` steps above the start.")
class ReportingStep:
    level: int = strawberry.field(description="1 for the start's own lines, 2 above them …")
    source: Entity = strawberry.field(name="from", description="Who reports (or recommends).")
    relation: RelType = strawberry.field(
        description="REPORTS_TO, PREPARES_DECISIONS_FOR or RECOMMENDS_TO."
    )
    target: Entity = strawberry.field(name="to", description="To whom.")
    closes_cycle: bool = strawberry.field(
        description="The target is already in the chain; the chain is not followed further."
    )
    interpretation: str | None = strawberry.field(description="How the words were read.")
    sources: list[Source] = strawberry.field(description="The documents attesting the line.")
