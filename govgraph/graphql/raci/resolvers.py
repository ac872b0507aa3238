"""Resolver of a city's RACI matrix."""

from __future__ import annotations

from govgraph.analysis.raci import raci_matrix
from govgraph.graphql.core import GraphContext, entity_from, require_city, sources_from
from govgraph.graphql.raci.types import RaciAssignment, RaciMatrix

__all__ = ["resolve_raci"]


async def resolve_raci(context: GraphContext, city: str) -> RaciMatrix:
    """The RACI matrix of ``city``, read as its whole graph and derived in Python."""
    await require_city(context, city)
    graph = await context.questions.city_graph([city])
    matrix = raci_matrix(graph, city)
    entities = {
        id_: entity_from(graph.nodes[id_]["label"], graph.nodes[id_])
        for id_ in [f for f, _ in matrix.action_fields] + [a for a, _, _ in matrix.actors]
    }
    return RaciMatrix(
        city=city,
        action_fields=[entities[f] for f, _ in matrix.action_fields],
        actors=[entities[a] for a, _, _ in matrix.actors],
        assignments=[
            RaciAssignment(
                action_field=entities[a.action_field_id],
                actor=entities[a.actor_id],
                letter=a.letter,
                basis=a.basis,
                evidence=sources_from(a.evidence),
            )
            for a in matrix.assignments
        ],
    )
