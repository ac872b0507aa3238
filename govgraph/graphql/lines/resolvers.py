"""Resolver of the reporting chain."""

from __future__ import annotations

import networkx as nx

from govgraph.analysis import reporting_chain
from govgraph.graphmodel import RelType
from govgraph.graphql.core import GraphContext, entity_from, require_entity, sources_of
from govgraph.graphql.lines.types import ReportingStep

__all__ = ["resolve_reporting_chain"]


async def resolve_reporting_chain(context: GraphContext, id_: str) -> list[ReportingStep]:
    """The chain upward from ``id_`` through its city's reporting lines."""
    start = await require_entity(context, id_)
    rows = await context.questions.many("reporting_lines", city=start.city)
    lines: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    nodes = {}
    for row in rows:
        nodes[row["source"]] = entity_from(row["source_label"], row["source_properties"])
        nodes[row["target"]] = entity_from(row["target_label"], row["target_properties"])
        lines.add_edge(row["source"], row["target"], type=row["type"], **row["properties"])
    return [
        ReportingStep(
            level=step.level,
            source=nodes[step.source],
            relation=RelType(step.type.lower()),
            target=nodes[step.target],
            closes_cycle=step.closes_cycle,
            interpretation=step.properties.get("interpretation"),
            sources=sources_of(step.properties),
        )
        for step in reporting_chain(lines, id_)
    ]
