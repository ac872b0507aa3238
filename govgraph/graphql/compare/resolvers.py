"""Resolver of the comparison of cities."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import networkx as nx

from govgraph.analysis.comparison import BodyFact as Fact
from govgraph.analysis.comparison import CityProfile, compare_cities
from govgraph.analysis.functions import FunctionHolder as Holder
from govgraph.errors import ArgumentError
from govgraph.graphmodel import GovernanceFunction
from govgraph.graphql.cities.types import City
from govgraph.graphql.compare.types import (
    BodyFact,
    CityComparison,
    FunctionCell,
    FunctionHolder,
    SteeringChair,
)
from govgraph.graphql.core import Entity, GraphContext, entity_from, require_city, sources_from

__all__ = ["MAX_CITIES", "resolve_compare"]

MAX_CITIES = 10
"""Most cities one ``compare`` may name."""


async def resolve_compare(context: GraphContext, cities: list[str]) -> list[CityComparison]:
    """The profiles of ``cities`` in the order given, from their graph read once.

    Raises
    ------
    ArgumentError
        When no city or more than `MAX_CITIES` are named.
    NotFoundError
        For the first unknown city (as `require_city` words it).
    """
    if not cities:
        raise ArgumentError("name at least one city to compare")
    if len(cities) > MAX_CITIES:
        raise ArgumentError(f"compare at most {MAX_CITIES} cities at once, not {len(cities)}")
    checked = await asyncio.gather(
        *(require_city(context, city) for city in cities), return_exceptions=True
    )
    for outcome in checked:
        if isinstance(outcome, BaseException):
            raise outcome
    graph = await context.questions.city_graph(cities)
    return [_comparison(graph, profile) for profile in compare_cities(graph, cities)]


def _comparison(graph: nx.MultiDiGraph[str], profile: CityProfile) -> CityComparison:
    def entity(id_: str) -> Entity:
        return entity_from(graph.nodes[id_]["label"], graph.nodes[id_])

    def holder(found: Holder) -> FunctionHolder:
        return FunctionHolder(
            entity=entity(found.entity_id), basis=found.basis, evidence=sources_from(found.evidence)
        )

    return CityComparison(
        city=City.from_properties(graph.nodes[profile.city_id]),
        functions=[
            FunctionCell(
                function=function,
                heading=function.heading,
                holders=[holder(h) for h in profile.functions[function]],
            )
            for function in GovernanceFunction
        ],
        bodies=profile.bodies,
        units=profile.units,
        steering_chairs=[
            SteeringChair(
                body=entity(chair.body_id),
                chair=entity(chair.chair_id) if chair.chair_id else None,
                side=chair.side,
                evidence=sources_from(chair.evidence),
            )
            for chair in profile.steering_chairs
        ],
        advisory_council_on_steering=profile.advisory_on_steering,
        rhythms=_facts(profile.rhythms, entity),
        founded=_facts(profile.founded, entity),
        action_fields=profile.action_fields,
        measures=profile.measures,
        measures_with_owner=profile.measures_with_owner,
        share_of_measures_with_owner=(
            profile.measures_with_owner / profile.measures if profile.measures else None
        ),
        reporting_depth=profile.reporting_depth,
        reporting_chain=[entity(id_) for id_, _ in profile.longest_chain],
    )


def _facts(facts: Sequence[Fact], entity: Callable[[str], Entity]) -> list[BodyFact]:
    return [BodyFact(body=entity(fact.body_id), text=fact.text) for fact in facts]
