"""Root field of the lines domain: ``reportingChain``."""

from __future__ import annotations

import strawberry

from govgraph.graphql.core import EntityId, Info
from govgraph.graphql.lines.resolvers import resolve_reporting_chain
from govgraph.graphql.lines.types import ReportingStep

__all__ = ["LineQueries"]


@strawberry.type
class LineQueries:
    @strawberry.field(
        description="The chain upward from an entity: whom it reports to, prepares decisions "
        "for or recommends to, then whom those do, level by level, until it ends. A line "
        "back into the chain is marked closesCycle and not followed."
    )
    async def reporting_chain(
        self,
        info: Info,
        id: EntityId,
    ) -> list[ReportingStep]:
        return await resolve_reporting_chain(info.context, id)
