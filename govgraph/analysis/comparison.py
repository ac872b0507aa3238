"""Cities side by side: who fills each governance function, and structural figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import networkx as nx

from govgraph.analysis.city_graph import CityGraph
from govgraph.analysis.evidence import Evidence, citations_of
from govgraph.analysis.functions import FunctionHolder, function_holders
from govgraph.graphmodel.kinds import BodyKind, GovernanceFunction, Label, RelType
from govgraph.graphmodel.rules import MEMBERSHIP, UPWARD_LINES, rhythm_of
from govgraph.graphmodel.search import fold

__all__ = [
    "BodyFact",
    "ChairSide",
    "CityProfile",
    "SteeringChair",
    "city_profile",
    "compare_cities",
]

_POLITICAL_BODIES = frozenset(
    {BodyKind.COUNCIL.value, BodyKind.COMMITTEE.value, BodyKind.PARTY_GROUP.value}
)
_ADMINISTRATIVE_UNITS = frozenset({"department", "office"})
_MAYOR = "oberburgermeister"
_ELECTED_OFFICE = "burgermeister"


class ChairSide(StrEnum):
    """Whether a chair is political (elected) or administrative; German values."""

    POLITICAL = "politisch"
    ADMINISTRATIVE = "Verwaltung"
    OTHER = "sonstige"
    UNKNOWN = "unbekannt"


@dataclass(frozen=True)
class SteeringChair:
    """Who chairs a steering body (``None`` when the documents do not say) and which side."""

    body_id: str
    body_name: str
    chair_id: str | None
    chair_name: str | None
    side: ChairSide
    evidence: Evidence


@dataclass(frozen=True)
class BodyFact:
    """A fact about a body as written: its rhythm or founding date."""

    body_id: str
    body_name: str
    text: str


@dataclass(frozen=True)
class CityProfile:
    """One city's column of the comparison.

    ``longest_chain`` is the (id, name) of each entity from the start of the longest
    reporting chain up to the council or the mayor (empty when no chain reaches them).
    """

    city_id: str
    city_name: str
    functions: dict[GovernanceFunction, list[FunctionHolder]]
    bodies: int
    units: int
    steering_chairs: tuple[SteeringChair, ...]
    advisory_on_steering: bool | None
    rhythms: tuple[BodyFact, ...]
    founded: tuple[BodyFact, ...]
    action_fields: int
    measures: int
    measures_with_owner: int
    longest_chain: tuple[tuple[str, str], ...]

    @property
    def reporting_depth(self) -> int | None:
        """Lines in the longest reporting chain to the council or mayor; ``None``: none."""
        return len(self.longest_chain) - 1 if self.longest_chain else None


def compare_cities(graph: nx.MultiDiGraph[str], cities: Sequence[str]) -> list[CityProfile]:
    """The profiles of ``cities``, in the order given (see `city_profile`)."""
    return [city_profile(graph, city) for city in cities]


def city_profile(graph: nx.MultiDiGraph[str], city: str) -> CityProfile:
    """The functions and structural figures of ``city``, every layer of it.

    - ``bodies``, ``units``, ``action_fields``, ``measures``: nodes of the city by label.
    - ``steering_chairs``: for each body filling administrative steering, the ``chair``
      members; the side is *politisch* for a council, committee or party group, a post
      whose name contains "Bürgermeister" and a person holding one; *Verwaltung* for a
      department or office and any other post; *sonstige* otherwise; *unbekannt* when
      no chair is known.
    - ``advisory_on_steering``: whether a body filling the advisory-council function,
      or its chair, is a member of a body filling administrative steering; ``None`` when
      the city has no such pair.
    - ``rhythms``: bodies with a ``rhythm`` (or ``meetings_per_year``); ``founded``:
      bodies with ``established`` (else ``valid_from``).
    - ``longest_chain``: of all the city's bodies, units and posts, the one whose
      shortest way up (`UPWARD_LINES`) to a council or to a post named
      Oberbürgermeister(in) is longest; ties go to the first name.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("x", label="City", city="x", name="X")
    >>> G.add_node("rat", label="Body", kind="council", city="x", name="Stadtrat")
    >>> G.add_node("lk", label="Body", kind="steering", city="x", name="Lenkungskreis")
    >>> G.add_node("ag", label="Body", kind="working_group", city="x", name="AG Sprache")
    >>> G.add_edge("ag", "lk", type="REPORTS_TO")
    0
    >>> G.add_edge("lk", "rat", type="RECOMMENDS_TO")
    0
    >>> profile = city_profile(G, "x")
    >>> profile.bodies, profile.reporting_depth, [name for _, name in profile.longest_chain]
    (3, 2, ['AG Sprache', 'Lenkungskreis', 'Stadtrat'])
    >>> profile.steering_chairs[0].side.value
    'unbekannt'
    """
    view = CityGraph(graph, city)
    own = dict(view.own_nodes())
    by_label: dict[str, list[str]] = {}
    for node, data in own.items():
        by_label.setdefault(data["label"], []).append(node)
    bodies = sorted(by_label.get(Label.BODY.value, []), key=lambda n: fold(own[n]["name"]))
    measures = by_label.get(Label.MEASURE.value, [])
    functions = function_holders(graph, city)
    steering = [h.entity_id for h in functions[GovernanceFunction.ADMINISTRATIVE_STEERING]]
    advisory = [h.entity_id for h in functions[GovernanceFunction.ADVISORY_COUNCIL]]
    return CityProfile(
        city_id=city,
        city_name=graph.nodes[city]["name"] if city in graph else city,
        functions=functions,
        bodies=len(bodies),
        units=len(by_label.get(Label.ORG_UNIT.value, [])),
        steering_chairs=tuple(c for body in steering for c in _chairs(view, body)),
        advisory_on_steering=_sits_on(view, advisory, steering),
        rhythms=tuple(
            BodyFact(b, own[b]["name"], rhythm)
            for b in bodies
            if (rhythm := rhythm_of(own[b])) is not None
        ),
        founded=tuple(
            BodyFact(b, own[b]["name"], date)
            for b in bodies
            if (date := own[b].get("established") or own[b].get("valid_from"))
        ),
        action_fields=len(by_label.get(Label.ACTION_FIELD.value, [])),
        measures=len(measures),
        measures_with_owner=sum(1 for m in measures if view.has_owner(m)),
        longest_chain=_longest_chain(graph, own, functions),
    )


def _chairs(view: CityGraph, body: str) -> list[SteeringChair]:
    """The chairs of ``body``, or one entry saying the chair is unknown."""
    graph = view.graph
    name = graph.nodes[body]["name"]
    chairs = sorted(view.chairs(body), key=lambda line: line[0])
    if not chairs:
        evidence = citations_of(graph.nodes[body])
        return [SteeringChair(body, name, None, None, ChairSide.UNKNOWN, evidence)]
    return [
        SteeringChair(
            body,
            name,
            chair,
            graph.nodes[chair]["name"],
            _side(graph, chair),
            citations_of(data),
        )
        for chair, data in chairs
    ]


def _side(graph: nx.MultiDiGraph[str], node: str) -> ChairSide:
    """Whether ``node`` stands for the elected side or the administration (see `city_profile`)."""
    data = graph.nodes[node]
    label = data["label"]
    if label == Label.BODY.value:
        return ChairSide.POLITICAL if data.get("kind") in _POLITICAL_BODIES else ChairSide.OTHER
    if label == Label.ORG_UNIT.value:
        administrative = data.get("kind") in _ADMINISTRATIVE_UNITS
        return ChairSide.ADMINISTRATIVE if administrative else ChairSide.OTHER
    if label == Label.POST.value:
        elected = _ELECTED_OFFICE in fold(data["name"])
        return ChairSide.POLITICAL if elected else ChairSide.ADMINISTRATIVE
    posts = [
        post
        for _, post, d in graph.out_edges(node, data=True)
        if d["type"] == RelType.HOLDS.cypher_type
    ]
    if any(_side(graph, post) is ChairSide.POLITICAL for post in posts):
        return ChairSide.POLITICAL
    return ChairSide.ADMINISTRATIVE if posts else ChairSide.OTHER


def _sits_on(view: CityGraph, advisory: list[str], steering: list[str]) -> bool | None:
    """Whether an advisory council, or its chair, is a member of a steering body."""
    if not advisory or not steering:
        return None
    seated = set(advisory) | {chair for council in advisory for chair, _ in view.chairs(council)}
    return any(
        source in seated for body in steering for source, _ in view.incoming(body, MEMBERSHIP)
    )


def _longest_chain(
    graph: nx.MultiDiGraph[str],
    own: dict[str, dict[str, Any]],
    functions: dict[GovernanceFunction, list[FunctionHolder]],
) -> tuple[tuple[str, str], ...]:
    """The (id, name) pairs along the longest shortest way up to the council or the mayor."""
    tops = {h.entity_id for h in functions[GovernanceFunction.POLITICAL_DECISION]} | {
        node
        for node, data in own.items()
        if data["label"] == Label.POST.value and fold(data["name"]).startswith(_MAYOR)
    }
    if not tops:
        return ()
    downward: nx.DiGraph[str] = nx.DiGraph()
    downward.add_nodes_from(tops)
    downward.add_edges_from(
        (target, source)
        for source, target, data in graph.edges(data=True)
        if data["type"] in UPWARD_LINES and source in own and target in own
    )
    paths = nx.multi_source_dijkstra_path(downward, tops)
    ways = [tuple((n, own[n]["name"]) for n in reversed(path)) for path in paths.values()]
    longest = min(ways, key=lambda way: (-len(way), [fold(name) for _, name in way]))
    return longest if len(longest) > 1 else ()
