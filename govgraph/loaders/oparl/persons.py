"""OParl persons → person nodes, each made once one of its memberships is imported."""

from __future__ import annotations

from typing import Any

from govgraph.graphmodel import Located, Person
from govgraph.loaders.oparl.ids import oparl_node_id
from govgraph.loaders.oparl.state import BuildState
from govgraph.loaders.oparl.values import name_of

__all__ = ["add_person", "create_person"]


def add_person(state: BuildState, url: str, person: dict[str, Any]) -> None:
    """Note a person to be created once one of its memberships is imported."""
    if state.elsewhere(person):
        state.skipped.add(url)
    elif _person_name(person) is None:
        state.skipped.add(url)
        state.layer.add_warning(
            "person without name or familyName skipped", entity=url, field="name"
        )
    else:
        state.persons[url] = person


def create_person(state: BuildState, url: str) -> str:
    """The id of the person's node, which is created on first use."""
    node_id = oparl_node_id(state.layer.city, "person", url)
    if url in state.created_persons:
        return node_id
    state.created_persons.add(url)
    person = state.persons[url]
    key, quoted = name_of(person, ("name", "familyName", "givenName"))
    node = state.model(
        url,
        "name",
        lambda: Person(
            id=node_id,
            name=_person_name(person),
            external_id=url,
            sources=[state.layer.source(key, quoted)],
        ),
    )
    if node is not None:
        state.layer.nodes.append(Located(node))
        state.counts["persons"] += 1
    return node_id


def _person_name(person: dict[str, Any]) -> str | None:
    """A person's ``name``, else "givenName familyName"; None without either."""
    name = person.get("name")
    if isinstance(name, str) and name.strip():
        return name
    parts = [person.get(key) for key in ("givenName", "familyName")]
    joined = " ".join(part for part in parts if isinstance(part, str) and part.strip())
    return joined or None
