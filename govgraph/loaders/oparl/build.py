"""OParl objects → an imported layer: bodies, units, persons and their memberships.

Organisations become bodies or units as `classify` says; one that bears the name of a
curated node of the same label is matched to it instead, so that the curated body gains
its members and chair from OParl. Ended organisations and memberships are left out, as
are objects of other OParl bodies. Every node and relationship cites the layer's source
document (the council information system) with a text of the OParl JSON as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import Document, DocumentKind, ImportedLayer, Located, fold
from govgraph.loaders.oparl.ids import oparl_layer_id, oparl_node_id
from govgraph.loaders.oparl.memberships import add_membership
from govgraph.loaders.oparl.objects import OParlObjects
from govgraph.loaders.oparl.organizations import add_organization, add_parent
from govgraph.loaders.oparl.persons import add_person
from govgraph.loaders.oparl.state import BuildState

__all__ = ["OParlImport", "build_oparl_layer", "oparl_layer_id", "oparl_node_id"]

_SYSTEM = "Ratsinformationssystem"


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
    state = BuildState(objects, city_graph, city, chosen, today or dt.date.today(), known or {})
    for url in sorted(objects.organizations):
        add_organization(state, url, objects.organizations[url])
    for url in sorted(objects.organizations):
        add_parent(state, url, objects.organizations[url])
    for url in sorted(objects.persons):
        add_person(state, url, objects.persons[url])
    for url in sorted(objects.memberships):
        add_membership(state, url, objects.memberships[url])
    return _finish(state)


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


def _finish(state: BuildState) -> OParlImport:
    """The import: the layer, with a warning for each count of what was left out."""
    document = Located(_document(state))
    for key, what in (
        ("ended_organizations", "organizations that ended before {today} left out"),
        ("ended_memberships", "memberships that ended before {today} left out"),
        ("skipped_memberships", "memberships of organizations or persons left out"),
    ):
        if state.counts[key]:
            state.layer.add_warning(
                f"{what.format(today=state.today.isoformat())}: {state.counts[key]}"
            )
    layer = state.layer.finish(document)
    return OParlImport(layer, tuple(state.layer.warnings), dict(state.matched), dict(state.counts))


def _document(state: BuildState) -> Document:
    """The layer's source document: the council information system."""
    system = state.objects.system or {}
    system_url = system.get("id")
    name = system.get("name") or state.body.get("name") or state.body["id"]
    if not fold(name).startswith(fold(_SYSTEM)):
        name = f"{_SYSTEM} {name}"
    quoted = state.body.get("name") or system.get("name")
    return Document(
        id=state.layer.document_id,
        name=f"{name} (OParl)",
        kind=DocumentKind.COUNCIL_INFORMATION_SYSTEM,
        url=system_url or state.layer.file,
        external_id=system_url,
        sources=[state.layer.source("name", quoted) if quoted else state.layer.source("id", name)],
    )
