"""Resolver of a city's governance gaps."""

from __future__ import annotations

from govgraph.analysis.gaps import find_gaps
from govgraph.graphql.core import GraphContext, entity_from, require_city, sources_from
from govgraph.graphql.gaps.types import Gap

__all__ = ["resolve_gaps"]


async def resolve_gaps(context: GraphContext, city: str) -> list[Gap]:
    """The gaps of ``city``, read as its whole graph and checked in Python."""
    await require_city(context, city)
    graph = await context.questions.city_graph([city])
    return [
        Gap(
            kind=gap.kind,
            heading=gap.kind.heading,
            entity=entity_from(gap.label, graph.nodes[gap.entity_id]),
            message=gap.message,
            evidence=sources_from(gap.evidence),
        )
        for gap in find_gaps(graph, city)
    ]
