"""OParl organisations → bodies and units, matched to curated nodes by name, and their parts."""

from __future__ import annotations

from typing import Any

from govgraph.graphmodel import Body, Label, Located, Node, OrgUnit, Relationship, RelType
from govgraph.graphmodel.kinds import BodyKind, OrgUnitKind
from govgraph.graphmodel.relationship import allowed_endpoints
from govgraph.loaders.oparl.ids import oparl_node_id
from govgraph.loaders.oparl.kinds import classify
from govgraph.loaders.oparl.state import BuildState, Target
from govgraph.loaders.oparl.values import date_of, ended, name_of

__all__ = ["add_organization", "add_parent"]


def add_organization(state: BuildState, url: str, org: dict[str, Any]) -> None:
    """Make a body or unit of the organisation, match it to a curated one, or skip it."""
    if state.elsewhere(org):
        state.skipped.add(url)
        return
    if ended(org.get("endDate"), state.today):
        state.skipped.add(url)
        state.counts["ended_organizations"] += 1
        return
    found = classify(org)
    key, name = name_of(org, ("name", "shortName"))
    if found is None or name is None:
        state.skipped.add(url)
        state.counts["skipped_organizations"] += 1
        keys = ("classification", "organizationType") if name else ("name",)
        field = next((k for k in keys if k in org), keys[0])
        state.layer.add_warning(_why_skipped(org, name), entity=url, field=field)
        return
    curated = _curated_match(state, url, found.label, org)
    if curated is not None:
        state.matched[url] = curated
        state.organizations[url] = Target(curated, found.label, name, referenced=True)
        state.counts["matched"] += 1
        return
    node_id = oparl_node_id(state.layer.city, "org", url)
    short_name = org.get("shortName") if org.get("shortName") != name else None
    node: Node | None
    if isinstance(found.kind, BodyKind):
        body_kind = found.kind
        node = state.model(
            url,
            key,
            lambda: Body(
                id=node_id,
                name=name,
                aliases=[short_name] if short_name else [],
                kind=body_kind,
                interpretation=found.reason,
                external_id=url,
                valid_from=date_of(org.get("startDate")),
                valid_to=date_of(org.get("endDate")),
                sources=[state.layer.source(key, name)],
            ),
        )
    else:
        unit_kind: OrgUnitKind = found.kind
        node = state.model(
            url,
            key,
            lambda: OrgUnit(
                id=node_id,
                name=name,
                short_name=short_name,
                kind=unit_kind,
                interpretation=found.reason,
                external_id=url,
                sources=[state.layer.source(key, name)],
            ),
        )
    if node is None:
        state.skipped.add(url)
        return
    state.layer.nodes.append(Located(node))
    state.organizations[url] = Target(node_id, found.label, name)
    state.counts["bodies" if found.label is Label.BODY else "units"] += 1


def add_parent(state: BuildState, url: str, org: dict[str, Any]) -> None:
    """``part_of`` from a created organisation to the one it is a sub-organisation of."""
    child = state.organizations.get(url)
    parent_url = org.get("subOrganizationOf")
    if child is None or child.referenced or not isinstance(parent_url, str):
        return
    parent = state.organization(parent_url)
    starts, ends = allowed_endpoints(RelType.PART_OF)
    if parent is None or child.label not in starts or parent.label not in ends:
        what = "not imported" if parent is None else f"a {parent.label.value}"
        message = f"parent {parent_url} is {what}; part_of left out"
        state.layer.add_warning(message, entity=url, field="subOrganizationOf")
        return
    state.relate(
        url,
        "subOrganizationOf",
        lambda: Relationship(
            type=RelType.PART_OF,
            source=child.id,
            target=parent.id,
            sources=[state.layer.source("name", child.name)],
        ),
        parent,
    )


def _curated_match(state: BuildState, url: str, label: Label, org: dict[str, Any]) -> str | None:
    """The curated node of ``label`` the organisation's name or short name names."""
    found = {
        node_id
        for key in ("name", "shortName")
        if isinstance(org.get(key), str)
        for node_id in state.curated[label].find(org[key])
    }
    if len(found) > 1:
        names = ", ".join(sorted(found))
        message = f"names several curated nodes ({names}); imported anew"
        state.layer.add_warning(message, entity=url, field="name")
    return found.pop() if len(found) == 1 else None


def _why_skipped(org: dict[str, Any], name: str | None) -> str:
    if name is None:
        return "organization without name or shortName skipped"
    said = [f"{key} '{org[key]}'" for key in ("classification", "organizationType") if key in org]
    return f"'{name}' skipped: no kind of body or unit for {', '.join(said) or 'no type given'}"
