"""Which body, unit or post of a city fills each governance function the cities share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from govgraph.analysis.city_graph import CityGraph
from govgraph.analysis.evidence import Evidence, citations_of
from govgraph.graphmodel.kinds import BodyKind, GovernanceFunction, Label, RelType
from govgraph.graphmodel.search import fold

__all__ = ["CLAIMED", "FunctionHolder", "function_holders"]

CLAIMED = "in den Daten zugeordnet"
"""The basis of a function the data gives an entity explicitly (a cited claim)."""

_BY_BODY_KIND = {
    BodyKind.COUNCIL.value: (GovernanceFunction.POLITICAL_DECISION, "Rat"),
    BodyKind.COMMITTEE.value: (GovernanceFunction.COMMITTEE_OVERSIGHT, "Ausschuss"),
    BodyKind.STEERING.value: (GovernanceFunction.ADMINISTRATIVE_STEERING, "Steuerungsgremium"),
    BodyKind.WORKING_GROUP.value: (GovernanceFunction.WORKING_GROUPS, "Arbeitsgruppe"),
    BodyKind.ADVISORY_COUNCIL.value: (GovernanceFunction.ADVISORY_COUNCIL, "Beirat"),
    BodyKind.FORUM.value: (GovernanceFunction.OPEN_FORUM, "Forum"),
    BodyKind.NETWORK.value: (GovernanceFunction.EXTERNAL_NETWORK, "Netzwerk"),
}
_ACTORS = (Label.ORG_UNIT, Label.BODY, Label.POST)
_MONITORING = "monitoring"


@dataclass(frozen=True)
class FunctionHolder:
    """An entity filling a function: why (``basis``, German) and the citations behind it."""

    function: GovernanceFunction
    entity_id: str
    entity_name: str
    label: str
    basis: str
    evidence: Evidence


def function_holders(
    graph: nx.MultiDiGraph[str], city: str
) -> dict[GovernanceFunction, list[FunctionHolder]]:
    """The entities of ``city`` filling each function, by name; every function is a key.

    An entity whose data claims functions (``functions``, each with its citations) fills
    exactly those. Every other body, unit and post of the city fills what its kind and
    lines say; the evidence is the entity's own citations, or those of the line named:

    - a Body of kind ``council``, ``committee``, ``steering``, ``working_group``,
      ``advisory_council``, ``forum`` or ``network``: political decision, committee
      oversight, administrative steering, working groups, advisory council, open forum,
      external network;
    - an OrgUnit marked ``coordination``, or a unit or post that ``ORGANISES`` a body
      filling administrative steering (its secretariat): coordination;
    - a Body whose name says "Monitoring", or a body, unit or post that ``OWNS`` a
      Measure whose name says it: monitoring;
    - a Post that units ``APPOINT`` (each designates its own): integration officers.

    A function nobody fills has an empty list: the documents are silent on it.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("lk", label="Body", kind="steering", city="x", name="Lenkungskreis",
    ...            source_documents=["d"], source_quotes=["Lenkungskreis"])
    >>> G.add_node("ks", label="OrgUnit", kind="office", city="x", name="Koordinationsstelle",
    ...            source_documents=["d"], source_quotes=["Koordinationsstelle"])
    >>> G.add_edge("ks", "lk", type="ORGANISES", source_documents=["d"],
    ...            source_quotes=["Geschäftsführung durch die Koordinationsstelle"])
    0
    >>> holders = function_holders(G, "x")
    >>> [h.entity_name for h in holders[GovernanceFunction.ADMINISTRATIVE_STEERING]]
    ['Lenkungskreis']
    >>> [(h.entity_name, h.basis) for h in holders[GovernanceFunction.COORDINATION]]
    [('Koordinationsstelle', 'organisiert Lenkungskreis')]
    >>> holders[GovernanceFunction.MONITORING]
    []
    """
    view = CityGraph(graph, city)
    actors = dict(view.own_nodes(*_ACTORS))
    found = [h for node, data in actors.items() for h in _claimed(node, data)]
    derived = {node: data for node, data in actors.items() if not data.get("functions")}
    found += [h for node, data in derived.items() for h in _by_kind(node, data)]
    steering = {
        h.entity_id for h in found if h.function is GovernanceFunction.ADMINISTRATIVE_STEERING
    }
    found += [h for node, data in derived.items() for h in _by_lines(view, node, data, steering)]
    holders: dict[GovernanceFunction, list[FunctionHolder]] = {f: [] for f in GovernanceFunction}
    for holder in sorted(found, key=lambda h: (fold(h.entity_name), h.entity_id, h.basis)):
        if all(h.entity_id != holder.entity_id for h in holders[holder.function]):
            holders[holder.function].append(holder)
    return holders


def _holder(
    function: GovernanceFunction, node: str, data: dict[str, Any], basis: str, evidence: Evidence
) -> FunctionHolder:
    return FunctionHolder(function, node, data["name"], data["label"], basis, evidence)


def _claimed(node: str, data: dict[str, Any]) -> list[FunctionHolder]:
    """The functions the data claims for ``node``, each with its citations."""
    cited: dict[str, list[tuple[str, str]]] = {}
    claims = zip(
        data.get("functions") or [],
        data.get("function_documents") or [],
        data.get("function_quotes") or [],
        strict=True,
    )
    for function, document, quote in claims:
        cited.setdefault(function, []).append((document, quote))
    return [
        _holder(GovernanceFunction(function), node, data, CLAIMED, tuple(evidence))
        for function, evidence in cited.items()
    ]


def _by_kind(node: str, data: dict[str, Any]) -> list[FunctionHolder]:
    """The functions ``node``'s own properties give it."""
    own = citations_of(data)
    found: list[FunctionHolder] = []
    if data["label"] == Label.BODY.value and data.get("kind") in _BY_BODY_KIND:
        function, basis = _BY_BODY_KIND[data["kind"]]
        found.append(_holder(function, node, data, basis, own))
    if data["label"] == Label.ORG_UNIT.value and data.get("coordination"):
        found.append(
            _holder(GovernanceFunction.COORDINATION, node, data, "Koordinationsstelle", own)
        )
    if data["label"] == Label.BODY.value and _MONITORING in fold(data["name"]):
        found.append(
            _holder(GovernanceFunction.MONITORING, node, data, "Name nennt Monitoring", own)
        )
    return found


def _by_lines(
    view: CityGraph, node: str, data: dict[str, Any], steering: set[str]
) -> list[FunctionHolder]:
    """The functions ``node``'s lines give it: organising steering, owning monitoring, being
    appointed by units."""
    found: list[FunctionHolder] = []
    for target, line in sorted(view.outgoing(node), key=lambda e: e[0]):
        end = view.node(target)
        secretariat = target in steering and data["label"] != Label.BODY.value
        if line["type"] == RelType.ORGANISES.cypher_type and secretariat:
            basis = f"organisiert {end['name']}"
            found.append(
                _holder(GovernanceFunction.COORDINATION, node, data, basis, citations_of(line))
            )
        owns_monitoring = end.get("label") == Label.MEASURE.value and _MONITORING in fold(
            end["name"]
        )
        if line["type"] == RelType.OWNS.cypher_type and owns_monitoring:
            basis = f"verantwortet {end['name']}"
            found.append(
                _holder(GovernanceFunction.MONITORING, node, data, basis, citations_of(line))
            )
    appointing = [
        line
        for source, line in sorted(view.incoming(node, RelType.APPOINTS), key=lambda e: e[0])
        if view.node(source).get("label") == Label.ORG_UNIT.value
    ]
    if data["label"] == Label.POST.value and appointing:
        evidence = tuple(dict.fromkeys(c for line in appointing for c in citations_of(line)))
        found.append(
            _holder(
                GovernanceFunction.INTEGRATION_OFFICERS,
                node,
                data,
                "von den Dienststellen benannt",
                evidence,
            )
        )
    return found
