"""OParl objects → an imported layer: bodies, units, persons and their memberships.

Organisations become bodies or units as `classify` says; one that bears the name of a
curated node of the same label is matched to it instead, so that the curated body gains
its members and chair from OParl. Ended organisations and memberships are left out, as
are objects of other OParl bodies. Every node and relationship cites the layer's source
document (the council information system) with a text of the OParl JSON as written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import networkx as nx
from pydantic import ValidationError

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import (
    CURATED,
    Body,
    Document,
    DocumentKind,
    ImportedLayer,
    Label,
    Located,
    Node,
    OrgUnit,
    Person,
    Relationship,
    RelType,
    Role,
    Source,
    assemble_layer,
    fold,
)
from govgraph.graphmodel.kinds import BodyKind, OrgUnitKind
from govgraph.graphmodel.relationship import allowed_endpoints
from govgraph.loaders.citations import quote, validation_problems
from govgraph.loaders.names import NameIndex
from govgraph.loaders.oparl.kinds import classify
from govgraph.loaders.oparl.objects import OParlObjects
from govgraph.loaders.oparl.roles import normalise_role

__all__ = [
    "OPARL_LAYER_SUFFIX",
    "OParlImport",
    "build_oparl_layer",
    "oparl_layer_id",
    "oparl_node_id",
]

OPARL_LAYER_SUFFIX = "oparl"
"""What a city's id is followed by in the id of its OParl layer."""

_ORG_LABELS = (Label.BODY, Label.ORG_UNIT)
_SYSTEM = "Ratsinformationssystem"

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
class OParlImport:
    """The layer built from OParl objects, and what the importer should be told.

    ``matched`` maps the URL of each organisation matched to a curated node to that
    node's id; ``counts`` says how many objects were imported and left out, and why.
    """

    layer: ImportedLayer
    warnings: tuple[Problem, ...]
    matched: dict[str, str]
    counts: dict[str, int]


def oparl_layer_id(city: str) -> str:
    """The id of a city's OParl layer and of its source document.

    >>> oparl_layer_id("musterstadt")
    'musterstadt-oparl'
    """
    return f"{city}-{OPARL_LAYER_SUFFIX}"


def oparl_node_id(city: str, kind: str, url: str) -> str:
    """The stable id of the node made of an OParl object; ``kind`` is "org" or "person".

    >>> oparl_node_id("musterstadt", "org", "https://oparl.example.org/organization/34")
    'musterstadt-oparl-org-4253ce7932c9'
    """
    digest = hashlib.sha1(url.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return f"{oparl_layer_id(city)}-{kind}-{digest}"


def build_oparl_layer(
    objects: OParlObjects,
    city_graph: nx.MultiDiGraph[str],
    city: str,
    *,
    body: str | None = None,
    today: dt.date | None = None,
    known: Mapping[str, str] | None = None,
) -> OParlImport:
    """Build the layer that the OParl objects of one body add to ``city``.

    ``city_graph`` is the city as stored (`govgraph.queries.read_city_graph`): its curated
    bodies and units are matched by name. ``body`` selects the OParl body by id or by
    part of its name when there are several. ``today`` decides what has ended. ``known``
    maps the URLs of objects imported before (and not in ``objects`` as unchanged) to
    their node ids, so that memberships can still link to them.

    Raises
    ------
    InputError
        No OParl body, several and no (or an ambiguous) ``body``, or values the model
        rejects (all of them).
    """
    chosen = _choose_body(objects, body)
    builder = _Builder(objects, city_graph, city, chosen, today or dt.date.today(), known or {})
    for url in sorted(objects.organizations):
        builder.add_organization(url, objects.organizations[url])
    for url in sorted(objects.organizations):
        builder.add_parent(url, objects.organizations[url])
    for url in sorted(objects.persons):
        builder.add_person(url, objects.persons[url])
    for url in sorted(objects.memberships):
        builder.add_membership(url, objects.memberships[url])
    return builder.finish()


def _choose_body(objects: OParlObjects, wanted: str | None) -> dict[str, Any]:
    """The OParl body to import: the only one, or the one ``wanted`` names."""
    bodies = [objects.bodies[url] for url in sorted(objects.bodies)]
    if not bodies:
        message = "no OParl body (Body object) in the data"
        raise InputError([Problem(objects.source, None, None, "body", message)])
    if wanted is None and len(bodies) == 1:
        return bodies[0]
    if wanted is not None:
        found = [b for b in bodies if b["id"] == wanted] or [
            b
            for b in bodies
            if any(fold(wanted) in fold(b.get(key, "")) for key in ("name", "shortName"))
        ]
        if len(found) == 1:
            return found[0]
        bodies = found or bodies
        head = f"'{wanted}' names {'several' if found else 'none'} of the OParl bodies"
    else:
        head = "several OParl bodies"
    listed = "; ".join(f"{b['id']} ({b.get('name', 'no name')})" for b in bodies)
    message = f"{head}: {listed}; pass --body with the id or name of one"
    raise InputError([Problem(objects.source, None, None, "body", message)])


@dataclass(frozen=True)
class _Target:
    """The node an OParl URL stands for, its OParl name if known, and whether it belongs
    to another layer (``referenced``)."""

    id: str
    label: Label
    name: str | None
    referenced: bool = False


class _Builder:
    """Collects the nodes, relationships, problems and warnings of one OParl import."""

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
        self.file = objects.source
        self.graph = city_graph
        self.city = city
        self.body = body
        self.today = today
        self.known = known
        self.document_id = oparl_layer_id(city)
        curated = city_graph.subgraph(
            node_id
            for node_id, attrs in city_graph.nodes(data=True)
            if attrs.get("layer", CURATED) == CURATED
            and attrs.get("city", city) == city
            and "name" in attrs
        )
        self.curated = {label: NameIndex(curated, (label,)) for label in _ORG_LABELS}
        self.nodes: list[Located[Node]] = []
        self.relationships: list[Located[Relationship]] = []
        self.references: dict[str, Label] = {city: Label.CITY}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.counts = dict.fromkeys(_COUNTS, 0)
        self.matched: dict[str, str] = {}
        self.organizations: dict[str, _Target] = {}
        self.persons: dict[str, dict[str, Any]] = {}
        self.created_persons: set[str] = set()
        self.skipped: set[str] = set()

    def add_organization(self, url: str, org: dict[str, Any]) -> None:
        if self._elsewhere(org):
            self.skipped.add(url)
            return
        if _ended(org.get("endDate"), self.today):
            self.skipped.add(url)
            self.counts["ended_organizations"] += 1
            return
        found = classify(org)
        key, name = _name_of(org, ("name", "shortName"))
        if found is None or name is None:
            self.skipped.add(url)
            self.counts["skipped_organizations"] += 1
            keys = ("classification", "organizationType") if name else ("name",)
            self._warn(url, next((k for k in keys if k in org), keys[0]), _why_skipped(org, name))
            return
        curated = self._curated_match(url, found.label, org)
        if curated is not None:
            self.matched[url] = curated
            self.organizations[url] = _Target(curated, found.label, name, referenced=True)
            self.counts["matched"] += 1
            return
        node_id = oparl_node_id(self.city, "org", url)
        short_name = org.get("shortName") if org.get("shortName") != name else None
        node: Node | None
        if isinstance(found.kind, BodyKind):
            body_kind = found.kind
            node = self._model(
                url,
                key,
                lambda: Body(
                    id=node_id,
                    name=name,
                    aliases=[short_name] if short_name else [],
                    kind=body_kind,
                    interpretation=found.reason,
                    external_id=url,
                    valid_from=_date(org.get("startDate")),
                    valid_to=_date(org.get("endDate")),
                    sources=[self._source(key, name)],
                ),
            )
        else:
            unit_kind: OrgUnitKind = found.kind
            node = self._model(
                url,
                key,
                lambda: OrgUnit(
                    id=node_id,
                    name=name,
                    short_name=short_name,
                    kind=unit_kind,
                    interpretation=found.reason,
                    external_id=url,
                    sources=[self._source(key, name)],
                ),
            )
        if node is None:
            self.skipped.add(url)
            return
        self.nodes.append(Located(node))
        self.organizations[url] = _Target(node_id, found.label, name)
        self.counts["bodies" if found.label is Label.BODY else "units"] += 1

    def add_parent(self, url: str, org: dict[str, Any]) -> None:
        """``part_of`` from a created organisation to the one it is a sub-organisation of."""
        child = self.organizations.get(url)
        parent_url = org.get("subOrganizationOf")
        if child is None or child.referenced or not isinstance(parent_url, str):
            return
        parent = self._organization(parent_url)
        starts, ends = allowed_endpoints(RelType.PART_OF)
        if parent is None or child.label not in starts or parent.label not in ends:
            what = "not imported" if parent is None else f"a {parent.label.value}"
            message = f"parent {parent_url} is {what}; part_of left out"
            self._warn(url, "subOrganizationOf", message)
            return
        self._relate(
            url,
            "subOrganizationOf",
            lambda: Relationship(
                type=RelType.PART_OF,
                source=child.id,
                target=parent.id,
                sources=[self._source("name", child.name or "")],
            ),
            parent,
        )

    def add_person(self, url: str, person: dict[str, Any]) -> None:
        """Note a person to be created once one of its memberships is imported."""
        if self._elsewhere(person):
            self.skipped.add(url)
        elif _person_name(person) is None:
            self.skipped.add(url)
            self._warn(url, "name", "person without name or familyName skipped")
        else:
            self.persons[url] = person

    def add_membership(self, url: str, membership: dict[str, Any]) -> None:
        if self._elsewhere(membership):
            return
        if _ended(membership.get("endDate"), self.today):
            self.counts["ended_memberships"] += 1
            return
        person_url: str = membership.get("person", "")
        org_url = membership.get("organization")
        if person_url in self.skipped or org_url in self.skipped:
            self.counts["skipped_memberships"] += 1
            return
        person = self._person(person_url)
        org = self._organization(org_url)
        if person is None or org is None:
            key, missing = ("person", person_url) if person is None else ("organization", org_url)
            self.counts["dangling_memberships"] += 1
            self._warn(url, key, f"{key} {self._absent(missing)}; membership left out")
            return
        if org.label is not Label.BODY:
            self.counts["unit_memberships"] += 1
            message = f"organization {org_url} is a {org.label.value}; membership left out"
            self._warn(url, "organization", message)
            return
        mandator = self._mandator(url, membership.get("onBehalfOf"))
        role_text = membership.get("role")
        voting_right = membership.get("votingRight")
        role = normalise_role(role_text if isinstance(role_text, str) else None, voting_right)
        if isinstance(role_text, str):
            quoted = ("role", role_text)
        elif org.name is not None:
            quoted = ("name", org.name)
        else:
            quoted = ("organization", f"organization: {org_url}")
        person_id = person.id if person.referenced else self._create_person(person_url)
        created = self._relate(
            url,
            "role",
            lambda: Relationship(
                type=RelType.MEMBER_OF,
                source=person_id,
                target=org.id,
                role=role,
                role_text=role_text,
                voting_right=voting_right,
                valid_from=_date(membership.get("startDate")),
                valid_to=_date(membership.get("endDate")),
                on_behalf_of=mandator.id if mandator is not None else None,
                external_id=url,
                sources=[self._source(*quoted)],
            ),
            org,
            mandator,
            person,
        )
        if created:
            self.counts["memberships"] += 1
            if role is Role.CHAIR:
                self.counts["chairs"] += 1

    def finish(self) -> OParlImport:
        document = self._document()
        if self.problems:
            raise InputError(self.problems)
        for key, what in (
            ("ended_organizations", "organizations that ended before {today} left out"),
            ("ended_memberships", "memberships that ended before {today} left out"),
            ("skipped_memberships", "memberships of organizations or persons left out"),
        ):
            if self.counts[key]:
                message = f"{what.format(today=self.today.isoformat())}: {self.counts[key]}"
                self.warnings.append(Problem(self.file, None, None, None, message))
        layer = assemble_layer(
            self.city,
            Located(document),
            self.nodes,
            self.relationships,
            self.references,
            file=self.file,
        )
        return OParlImport(layer, tuple(self.warnings), dict(self.matched), dict(self.counts))

    def _document(self) -> Document:
        system = self.objects.system or {}
        system_url = system.get("id")
        name = system.get("name") or self.body.get("name") or self.body["id"]
        if not fold(name).startswith(fold(_SYSTEM)):
            name = f"{_SYSTEM} {name}"
        quoted = self.body.get("name") or system.get("name")
        return Document(
            id=self.document_id,
            name=f"{name} (OParl)",
            kind=DocumentKind.COUNCIL_INFORMATION_SYSTEM,
            url=system_url or self.file,
            external_id=system_url,
            sources=[self._source("name", quoted) if quoted else self._source("id", name)],
        )

    def _curated_match(self, url: str, label: Label, org: dict[str, Any]) -> str | None:
        """The curated node of ``label`` the organisation's name or short name names."""
        found = {
            node_id
            for key in ("name", "shortName")
            if isinstance(org.get(key), str)
            for node_id in self.curated[label].find(org[key])
        }
        if len(found) > 1:
            names = ", ".join(sorted(found))
            self._warn(url, "name", f"names several curated nodes ({names}); imported anew")
        return found.pop() if len(found) == 1 else None

    def _organization(self, url: Any) -> _Target | None:
        """The node an organisation's URL stands for: created, matched or known."""
        if not isinstance(url, str):
            return None
        if url in self.organizations:
            return self.organizations[url]
        if url in self.objects.organizations:
            return None
        return self._known(url)

    def _person(self, url: Any) -> _Target | None:
        """The node a person's URL stands for: one to create, or a known one."""
        if not isinstance(url, str):
            return None
        if url in self.persons:
            return _Target(oparl_node_id(self.city, "person", url), Label.PERSON, None)
        if url in self.objects.persons:
            return None
        return self._known(url)

    def _known(self, url: str) -> _Target | None:
        node_id = self.known.get(url)
        if url in self.objects.deleted or node_id is None:
            return None
        label = self.graph.nodes[node_id].get("label") if node_id in self.graph else None
        if label is None:
            message = f"known as '{node_id}', which is not in the city graph"
            self._warn(url, "id", message)
            return None
        return _Target(node_id, Label(label), None, referenced=True)

    def _absent(self, url: Any) -> str:
        if not isinstance(url, str):
            return "not given"
        if url in self.objects.deleted:
            return f"{url} was deleted"
        return f"{url} is not in the OParl data"

    def _mandator(self, url: str, mandator_url: Any) -> _Target | None:
        """The organisation a member sits for (``onBehalfOf``), if it is imported."""
        if mandator_url is None:
            return None
        mandator = None if mandator_url in self.skipped else self._organization(mandator_url)
        if mandator is not None and mandator.label in (Label.BODY, Label.ORG_UNIT):
            return mandator
        message = f"{mandator_url} is not an imported body or unit; left out of the membership"
        self._warn(url, "onBehalfOf", message)
        return None

    def _create_person(self, url: str) -> str:
        """The id of the person's node, which is created on first use."""
        node_id = oparl_node_id(self.city, "person", url)
        if url in self.created_persons:
            return node_id
        self.created_persons.add(url)
        person = self.persons[url]
        key, quoted = _name_of(person, ("name", "familyName", "givenName"))
        node = self._model(
            url,
            "name",
            lambda: Person(
                id=node_id,
                name=_person_name(person),
                external_id=url,
                sources=[self._source(key, quoted)],
            ),
        )
        if node is not None:
            self.nodes.append(Located(node))
            self.counts["persons"] += 1
        return node_id

    def _relate(
        self,
        url: str,
        key: str,
        make: Callable[[], Relationship],
        *ends: _Target | None,
    ) -> bool:
        relationship = self._model(url, key, make)
        if relationship is None:
            return False
        self.relationships.append(Located(relationship))
        for end in ends:
            if end is not None and end.referenced:
                self.references[end.id] = end.label
        return True

    def _elsewhere(self, obj: dict[str, Any]) -> bool:
        """Whether the object belongs to another OParl body than the one imported."""
        body = obj.get("body")
        return isinstance(body, str) and body != self.body["id"]

    def _source(self, key: str, text: str | None) -> Source:
        return Source(document=self.document_id, quote=quote(key, text or ""))

    def _warn(self, entity: str, key: str | None, message: str) -> None:
        self.warnings.append(Problem(self.file, None, entity, key, message))

    def _model(self, entity: str, key: str, make: Callable[[], T]) -> T | None:
        try:
            return make()
        except ValidationError as error:
            self.problems += validation_problems(
                error,
                file=self.file,
                line=None,
                entity=entity,
                field=lambda name: _JSON_KEYS.get(name, key),
            )
            return None


def _name_of(obj: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, str | None]:
    """The first of ``keys`` the object has a text for, and that text."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return key, value
    return keys[0], None


def _person_name(person: dict[str, Any]) -> str | None:
    """A person's ``name``, else "givenName familyName"; None without either."""
    name = person.get("name")
    if isinstance(name, str) and name.strip():
        return name
    parts = [person.get(key) for key in ("givenName", "familyName")]
    joined = " ".join(part for part in parts if isinstance(part, str) and part.strip())
    return joined or None


def _why_skipped(org: dict[str, Any], name: str | None) -> str:
    if name is None:
        return "organization without name or shortName skipped"
    said = [f"{key} '{org[key]}'" for key in ("classification", "organizationType") if key in org]
    return f"'{name}' skipped: no kind of body or unit for {', '.join(said) or 'no type given'}"


def _ended(value: Any, today: dt.date) -> bool:
    """Whether an OParl ``endDate`` lies before ``today``; a date not understood does not."""
    if not isinstance(value, str):
        return False
    try:
        return dt.date.fromisoformat(value[:10]) < today
    except ValueError:
        return False


def _date(value: Any) -> Any:
    """An OParl date or date-time cut to its date (YYYY-MM-DD)."""
    return value[:10] if isinstance(value, str) else value
