"""The state of one OParl import: the layer so far, and which node each OParl URL became."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import networkx as nx

from govgraph.graphmodel import CURATED, Label, Located, Relationship
from govgraph.loaders.layer_builder import LayerBuilder
from govgraph.loaders.names import NameIndex
from govgraph.loaders.oparl.ids import oparl_layer_id, oparl_node_id
from govgraph.loaders.oparl.objects import OParlObjects

__all__ = ["BuildState", "Target"]

_ORG_LABELS = (Label.BODY, Label.ORG_UNIT)

_COUNTS = (
    "bodies",
    "units",
    "matched",
    "persons",
    "memberships",
    "chairs",
    "skipped_organizations",
    "ended_organizations",
    "ended_memberships",
    "dangling_memberships",
    "skipped_memberships",
    "unit_memberships",
)

_JSON_KEYS = {
    "name": "name",
    "short_name": "shortName",
    "aliases": "shortName",
    "valid_from": "startDate",
    "valid_to": "endDate",
    "role_text": "role",
    "voting_right": "votingRight",
    "on_behalf_of": "onBehalfOf",
    "external_id": "id",
    "interpretation": "classification",
}
"""The OParl key of each model field that an OParl value fills."""

T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    """The node an OParl URL stands for, its OParl name if known, and whether it belongs
    to another layer (``referenced``)."""

    id: str
    label: Label
    name: str | None
    referenced: bool = False


class BuildState:
    """What one OParl import of ``body`` has built, counted and left out so far.

    ``layer`` collects the parts, problems and warnings; ``curated`` finds the city's
    curated bodies and units by name; ``known`` maps the URLs of objects imported before
    to their node ids.
    """

    def __init__(
        self,
        objects: OParlObjects,
        city_graph: nx.MultiDiGraph[str],
        city: str,
        body: dict[str, Any],
        today: dt.date,
        known: Mapping[str, str],
    ) -> None:
        self.objects = objects
        self.graph = city_graph
        self.body = body
        self.today = today
        self.known = known
        self.layer = LayerBuilder(city, oparl_layer_id(city), objects.source, {city: Label.CITY})
        curated = city_graph.subgraph(
            node_id
            for node_id, attrs in city_graph.nodes(data=True)
            if attrs.get("layer", CURATED) == CURATED
            and attrs.get("city", city) == city
            and "name" in attrs
        )
        self.curated = {label: NameIndex(curated, (label,)) for label in _ORG_LABELS}
        self.counts = dict.fromkeys(_COUNTS, 0)
        self.matched: dict[str, str] = {}
        self.organizations: dict[str, Target] = {}
        self.persons: dict[str, dict[str, Any]] = {}
        self.created_persons: set[str] = set()
        self.skipped: set[str] = set()

    def model(self, entity: str, key: str, make: Callable[[], T]) -> T | None:
        """What ``make`` returns, or None and problems naming OParl keys (``key`` if none)."""
        return self.layer.model(
            make, line=None, entity=entity, field=lambda name: _JSON_KEYS.get(name, key)
        )

    def relate(
        self,
        url: str,
        key: str,
        make: Callable[[], Relationship],
        *ends: Target | None,
    ) -> bool:
        """Add the relationship ``make`` returns, referencing those of ``ends`` that belong
        to another layer; whether the model took it."""
        relationship = self.model(url, key, make)
        if relationship is None:
            return False
        self.layer.relationships.append(Located(relationship))
        for end in ends:
            if end is not None and end.referenced:
                self.layer.references[end.id] = end.label
        return True

    def elsewhere(self, obj: dict[str, Any]) -> bool:
        """Whether the object belongs to another OParl body than the one imported."""
        body = obj.get("body")
        return isinstance(body, str) and body != self.body["id"]

    def organization(self, url: Any) -> Target | None:
        """The node an organisation's URL stands for: created, matched or known."""
        if not isinstance(url, str):
            return None
        if url in self.organizations:
            return self.organizations[url]
        if url in self.objects.organizations:
            return None
        return self._known(url)

    def person(self, url: Any) -> Target | None:
        """The node a person's URL stands for: one to create, or a known one."""
        if not isinstance(url, str):
            return None
        if url in self.persons:
            return Target(oparl_node_id(self.layer.city, "person", url), Label.PERSON, None)
        if url in self.objects.persons:
            return None
        return self._known(url)

    def _known(self, url: str) -> Target | None:
        node_id = self.known.get(url)
        if url in self.objects.deleted or node_id is None:
            return None
        label = self.graph.nodes[node_id].get("label") if node_id in self.graph else None
        if label is None:
            message = f"known as '{node_id}', which is not in the city graph"
            self.layer.add_warning(message, entity=url, field="id")
            return None
        return Target(node_id, Label(label), None, referenced=True)
