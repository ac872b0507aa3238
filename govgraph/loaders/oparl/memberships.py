"""OParl memberships → ``member_of`` from persons to bodies, with role and mandator."""

from __future__ import annotations

from typing import Any

from govgraph.graphmodel import Label, Relationship, RelType, Role
from govgraph.loaders.oparl.persons import create_person
from govgraph.loaders.oparl.roles import normalise_role
from govgraph.loaders.oparl.state import BuildState, Target
from govgraph.loaders.oparl.values import date_of, ended

__all__ = ["add_membership"]


def add_membership(state: BuildState, url: str, membership: dict[str, Any]) -> None:
    """Relate the member to the body, or count or warn why the membership is left out."""
    if state.elsewhere(membership):
        return
    if ended(membership.get("endDate"), state.today):
        state.counts["ended_memberships"] += 1
        return
    person_url: str = membership.get("person", "")
    org_url = membership.get("organization")
    if person_url in state.skipped or org_url in state.skipped:
        state.counts["skipped_memberships"] += 1
        return
    person = state.person(person_url)
    org = state.organization(org_url)
    if person is None or org is None:
        key, missing = ("person", person_url) if person is None else ("organization", org_url)
        state.counts["dangling_memberships"] += 1
        message = f"{key} {_absent(state, missing)}; membership left out"
        state.layer.add_warning(message, entity=url, field=key)
        return
    if org.label is not Label.BODY:
        state.counts["unit_memberships"] += 1
        message = f"organization {org_url} is a {org.label.value}; membership left out"
        state.layer.add_warning(message, entity=url, field="organization")
        return
    mandator = _mandator(state, url, membership.get("onBehalfOf"))
    role_text = membership.get("role")
    voting_right = membership.get("votingRight")
    role = normalise_role(role_text if isinstance(role_text, str) else None, voting_right)
    if isinstance(role_text, str):
        quoted = ("role", role_text)
    elif org.name is not None:
        quoted = ("name", org.name)
    else:
        quoted = ("organization", f"organization: {org_url}")
    person_id = person.id if person.referenced else create_person(state, person_url)
    created = state.relate(
        url,
        "role",
        lambda: Relationship(
            type=RelType.MEMBER_OF,
            source=person_id,
            target=org.id,
            role=role,
            role_text=role_text,
            voting_right=voting_right,
            valid_from=date_of(membership.get("startDate")),
            valid_to=date_of(membership.get("endDate")),
            on_behalf_of=mandator.id if mandator is not None else None,
            external_id=url,
            sources=[state.layer.source(*quoted)],
        ),
        org,
        mandator,
        person,
    )
    if created:
        state.counts["memberships"] += 1
        if role is Role.CHAIR:
            state.counts["chairs"] += 1


def _absent(state: BuildState, url: Any) -> str:
    if not isinstance(url, str):
        return "not given"
    if url in state.objects.deleted:
        return f"{url} was deleted"
    return f"{url} is not in the OParl data"


def _mandator(state: BuildState, url: str, mandator_url: Any) -> Target | None:
    """The organisation a member sits for (``onBehalfOf``), if it is imported."""
    if mandator_url is None:
        return None
    mandator = None if mandator_url in state.skipped else state.organization(mandator_url)
    if mandator is not None and mandator.label in (Label.BODY, Label.ORG_UNIT):
        return mandator
    message = f"{mandator_url} is not an imported body or unit; left out of the membership"
    state.layer.add_warning(message, entity=url, field="onBehalfOf")
    return None
