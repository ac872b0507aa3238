"""One city's validated dataset, assembled from parsed nodes and relationships."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from govgraph.errors import InputError, Problem
from govgraph.graphmodel.kinds import Label, OrgUnitKind, RelType
from govgraph.graphmodel.nodes import City, Node, OrgUnit
from govgraph.graphmodel.relationship import Relationship, allowed_endpoints

__all__ = ["CityDataset", "Located", "assemble_city"]

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Located(Generic[T_co]):
    """An item together with the line (or row) of the input it came from."""

    item: T_co
    line: int | None = None


@dataclass(frozen=True)
class CityDataset:
    """A city with every node and relationship that belongs to it, checked for consistency.

    ``relationships`` includes the derived ``part_of`` links from top-level units, bodies
    and posts to the city. ``origin`` names the input and ``lines`` maps node ids and
    relationship keys to the line (or row) of the input they came from.
    """

    city: City
    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]
    origin: str = ""
    lines: Mapping[str, int | None] = field(default_factory=dict)

    def all_nodes(self) -> tuple[Node, ...]:
        """The city node followed by every other node."""
        return (self.city, *self.nodes)


def assemble_city(
    city: Located[City],
    nodes: Sequence[Located[Node]],
    relationships: Sequence[Located[Relationship]],
    *,
    file: str,
    unparsed_ids: frozenset[str] = frozenset(),
) -> CityDataset:
    """Check a city's parts against each other and return the dataset.

    Raises
    ------
    InputError
        With every problem found: duplicate ids, citations of unknown documents,
        references to unknown ids, relationships between kinds their type does not allow,
        and duplicate relationships. References to ``unparsed_ids`` (entries that
        failed validation and were reported already) are not reported again.
    """
    problems: list[Problem] = []
    by_id: dict[str, Located[Node]] = {}
    located_nodes: list[Located[Node]] = [city, *nodes]
    for entry in located_nodes:
        node = entry.item
        first = by_id.get(node.id)
        if first is not None:
            problems.append(
                Problem(
                    file, entry.line, node.id, "id", f"duplicate id (first at line {first.line})"
                )
            )
            continue
        by_id[node.id] = entry
    documents = {n.item.id for n in by_id.values() if n.item.label is Label.DOCUMENT}

    cited: list[tuple[str, int | None, Node | Relationship]] = [
        (e.item.id, e.line, e.item) for e in located_nodes
    ] + [(e.item.key, e.line, e.item) for e in relationships]
    for name, line, item in cited:
        for source in item.sources:
            if source.document not in documents and source.document not in unparsed_ids:
                problems.append(
                    Problem(
                        file,
                        line,
                        name,
                        "sources",
                        f"cites unknown document '{source.document}'",
                    )
                )

    seen_keys: dict[str, int | None] = {}
    for located in relationships:
        problems.extend(_check_relationship(located, by_id, file, unparsed_ids))
        key = located.item.key
        if key in seen_keys:
            problems.append(
                Problem(
                    file,
                    located.line,
                    key,
                    None,
                    f"duplicate relationship (first at line {seen_keys[key]})",
                )
            )
        else:
            seen_keys[key] = located.line

    if problems:
        raise InputError(problems)
    explicit = [entry.item for entry in relationships]
    derived = _links_to_city(city.item, [n.item for n in nodes], explicit)
    lines = {entry.item.id: entry.line for entry in located_nodes}
    lines.update((entry.item.key, entry.line) for entry in relationships)
    return CityDataset(
        city.item, tuple(n.item for n in nodes), (*explicit, *derived), origin=file, lines=lines
    )


def _check_relationship(
    entry: Located[Relationship],
    by_id: dict[str, Located[Node]],
    file: str,
    unparsed_ids: frozenset[str],
) -> list[Problem]:
    rel = entry.item
    starts, ends = allowed_endpoints(rel.type)
    problems = []
    for end, ref, allowed in (("from", rel.source, starts), ("to", rel.target, ends)):
        target = by_id.get(ref)
        if target is None and ref in unparsed_ids:
            continue
        if target is None:
            problems.append(Problem(file, entry.line, rel.key, end, f"unknown id '{ref}'"))
        elif target.item.label not in allowed:
            names = ", ".join(sorted(label.value for label in allowed))
            problems.append(
                Problem(
                    file,
                    entry.line,
                    rel.key,
                    end,
                    f"{rel.type.value} cannot {'start' if end == 'from' else 'end'} at "
                    f"{target.item.label.value} '{ref}' (allowed: {names})",
                )
            )
    if rel.on_behalf_of is not None:
        mandator = by_id.get(rel.on_behalf_of)
        if mandator is None and rel.on_behalf_of in unparsed_ids:
            pass
        elif mandator is None:
            problems.append(
                Problem(
                    file, entry.line, rel.key, "on_behalf_of", f"unknown id '{rel.on_behalf_of}'"
                )
            )
        elif mandator.item.label not in (Label.BODY, Label.ORG_UNIT):
            problems.append(
                Problem(
                    file,
                    entry.line,
                    rel.key,
                    "on_behalf_of",
                    f"must be a Body or OrgUnit, not {mandator.item.label.value}",
                )
            )
    return problems


def _links_to_city(
    city: City, nodes: list[Node], explicit: list[Relationship]
) -> list[Relationship]:
    """``part_of`` links to the city for units, bodies and posts with no other parent."""
    has_parent = {r.source for r in explicit if r.type is RelType.PART_OF}
    links = []
    for node in nodes:
        if node.label not in (Label.ORG_UNIT, Label.BODY, Label.POST) or node.id in has_parent:
            continue
        if isinstance(node, OrgUnit) and node.kind is OrgUnitKind.EXTERNAL:
            continue
        links.append(
            Relationship(
                type=RelType.PART_OF, source=node.id, target=city.id, sources=node.sources[:1]
            )
        )
    return links
