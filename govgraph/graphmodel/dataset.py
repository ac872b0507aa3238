"""One city's validated dataset, assembled from parsed nodes and relationships."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from govgraph.errors import InputError, Problem
from govgraph.graphmodel.kinds import Label, OrgUnitKind, RelType
from govgraph.graphmodel.nodes import City, Node, OrgUnit
from govgraph.graphmodel.relationship import Relationship, allowed_endpoints

__all__ = ["CURATED", "CityDataset", "ImportedLayer", "Located", "assemble_city", "assemble_layer"]

T_co = TypeVar("T_co", covariant=True)

CURATED = "curated"
"""The layer of the curated structure files; an import's layer is its source document's id."""


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

    @property
    def city_id(self) -> str:
        """The city's id."""
        return self.city.id

    @property
    def layer(self) -> str:
        """The layer the dataset replaces in the store: always the curated one."""
        return CURATED

    @property
    def references(self) -> Mapping[str, Label]:
        """Nodes of other layers the dataset links to: none."""
        return {}

    def all_nodes(self) -> tuple[Node, ...]:
        """The city node followed by every other node."""
        return (self.city, *self.nodes)


@dataclass(frozen=True)
class ImportedLayer:
    """What one import (a catalogue, an OParl system) adds to a city, checked for consistency.

    ``document`` is the import's source; its id names the layer, which a re-import
    replaces as a whole. ``references`` are the city's nodes of other layers (curated
    units, action fields, the city itself) that the layer links to but does not own.
    ``relationships`` includes the derived ``part_of`` links of top-level bodies and units
    to the city.
    """

    city_id: str
    document: Node
    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]
    references: Mapping[str, Label]
    origin: str = ""
    lines: Mapping[str, int | None] = field(default_factory=dict)

    @property
    def layer(self) -> str:
        """The layer's id: its source document's id."""
        return self.document.id

    def all_nodes(self) -> tuple[Node, ...]:
        """The source document followed by every other node of the layer."""
        return (self.document, *self.nodes)


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
    located_nodes: list[Located[Node]] = [city, *nodes]
    problems, lines = _check(located_nodes, relationships, {}, file, unparsed_ids)
    if problems:
        raise InputError(problems)
    explicit = [entry.item for entry in relationships]
    derived = _links_to_city(city.item.id, [n.item for n in nodes], explicit)
    return CityDataset(
        city.item, tuple(n.item for n in nodes), (*explicit, *derived), origin=file, lines=lines
    )


def assemble_layer(
    city_id: str,
    document: Located[Node],
    nodes: Sequence[Located[Node]],
    relationships: Sequence[Located[Relationship]],
    references: Mapping[str, Label],
    *,
    file: str,
) -> ImportedLayer:
    """Check an import's parts against each other and the nodes it references.

    Raises
    ------
    InputError
        With every problem found, as `assemble_city` does; an id that is also one of the
        ``references`` counts as a duplicate.
    """
    located_nodes: list[Located[Node]] = [document, *nodes]
    problems, lines = _check(located_nodes, relationships, references, file, frozenset())
    if problems:
        raise InputError(problems)
    explicit = [entry.item for entry in relationships]
    derived = _links_to_city(city_id, [n.item for n in nodes], explicit)
    return ImportedLayer(
        city_id,
        document.item,
        tuple(n.item for n in nodes),
        (*explicit, *derived),
        dict(references),
        origin=file,
        lines=lines,
    )


def _check(
    located_nodes: Sequence[Located[Node]],
    relationships: Sequence[Located[Relationship]],
    references: Mapping[str, Label],
    file: str,
    unparsed_ids: frozenset[str],
) -> tuple[list[Problem], dict[str, int | None]]:
    """Every problem of the parts, and the line of each node id and relationship key."""
    problems: list[Problem] = []
    labels: dict[str, Label] = dict(references)
    first_lines: dict[str, int | None] = {}
    for entry in located_nodes:
        node = entry.item
        if node.id in references:
            problems.append(
                Problem(file, entry.line, node.id, "id", "id already used by a node of the city")
            )
            continue
        if node.id in first_lines:
            first = first_lines[node.id]
            problems.append(
                Problem(file, entry.line, node.id, "id", f"duplicate id (first at line {first})")
            )
            continue
        first_lines[node.id] = entry.line
        labels[node.id] = node.label
    documents = {n.item.id for n in located_nodes if n.item.label is Label.DOCUMENT}

    cited: list[tuple[str, int | None, Node | Relationship]] = [
        (e.item.id, e.line, e.item) for e in located_nodes
    ] + [(e.item.key, e.line, e.item) for e in relationships]
    for name, line, item in cited:
        for source in item.citations:
            if source.document not in documents and source.document not in unparsed_ids:
                problems.append(
                    Problem(
                        file,
                        line,
                        name,
                        "sources" if source in item.sources else "functions",
                        f"cites unknown document '{source.document}'",
                    )
                )

    seen_keys: dict[str, int | None] = {}
    for located in relationships:
        problems.extend(_check_relationship(located, labels, file, unparsed_ids))
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
    lines = dict(first_lines)
    lines.update((entry.item.key, entry.line) for entry in relationships)
    return problems, lines


def _check_relationship(
    entry: Located[Relationship],
    labels: Mapping[str, Label],
    file: str,
    unparsed_ids: frozenset[str],
) -> list[Problem]:
    rel = entry.item
    starts, ends = allowed_endpoints(rel.type)
    problems = []
    for end, ref, allowed in (("from", rel.source, starts), ("to", rel.target, ends)):
        label = labels.get(ref)
        if label is None and ref in unparsed_ids:
            continue
        if label is None:
            problems.append(Problem(file, entry.line, rel.key, end, f"unknown id '{ref}'"))
        elif label not in allowed:
            names = ", ".join(sorted(allowed_label.value for allowed_label in allowed))
            problems.append(
                Problem(
                    file,
                    entry.line,
                    rel.key,
                    end,
                    f"{rel.type.value} cannot {'start' if end == 'from' else 'end'} at "
                    f"{label.value} '{ref}' (allowed: {names})",
                )
            )
    if rel.on_behalf_of is not None:
        mandator = labels.get(rel.on_behalf_of)
        if mandator is None and rel.on_behalf_of in unparsed_ids:
            pass
        elif mandator is None:
            problems.append(
                Problem(
                    file, entry.line, rel.key, "on_behalf_of", f"unknown id '{rel.on_behalf_of}'"
                )
            )
        elif mandator not in (Label.BODY, Label.ORG_UNIT):
            problems.append(
                Problem(
                    file,
                    entry.line,
                    rel.key,
                    "on_behalf_of",
                    f"must be a Body or OrgUnit, not {mandator.value}",
                )
            )
    return problems


def _links_to_city(
    city_id: str, nodes: list[Node], explicit: list[Relationship]
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
                type=RelType.PART_OF, source=node.id, target=city_id, sources=node.sources[:1]
            )
        )
    return links
