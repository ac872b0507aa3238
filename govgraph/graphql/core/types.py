"""What every node type shares: the `Entity` interface, its sources, and the type registry."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Self, TypeVar

import strawberry
from strawberry.types.base import StrawberryList, StrawberryOptional, get_object_definition
from strawberry.types.enum import StrawberryEnumDefinition

from govgraph.analysis.evidence import Evidence, citations_of
from govgraph.graphmodel import CURATED, Label

__all__ = [
    "Entity",
    "Source",
    "entity_from",
    "entity_type",
    "registered_labels",
    "sources_from",
    "sources_of",
]


@strawberry.type(description="Where a fact comes from: a source document and a verbatim quote.")
class Source:
    document: str = strawberry.field(description="Id of the source document.")
    quote: str = strawberry.field(description="The words of the document, verbatim (German).")


def sources_of(properties: dict[str, Any]) -> list[Source]:
    """The sources stored on a node or relationship, in order."""
    return sources_from(citations_of(properties))


def sources_from(evidence: Evidence) -> list[Source]:
    """The (document, quote) pairs an analysis cites, as sources."""
    return [Source(document=document, quote=quote) for document, quote in evidence]


@strawberry.interface(description="Any node of the graph: a city, unit, body, post, person …")
class Entity:
    id: strawberry.ID = strawberry.field(description="Stable ASCII id (slug).")
    name: str = strawberry.field(description="Name as written in the documents (German).")
    kind: str = strawberry.field(
        description="Kind within its type, e.g. steering, office, action_field."
    )
    city: str = strawberry.field(description="Id of the city it belongs to.")
    interpretation: str | None = strawberry.field(
        description="How the documents' words were read, where that needed a judgement."
    )
    sources: list[Source] = strawberry.field(description="The documents attesting it.")
    layer: str = strawberry.field(
        description="'curated' for the structure files, else the id of the import it came from."
    )
    external_id: str | None = strawberry.field(
        description="Its id in the system it was imported from (an OParl URL)."
    )

    @staticmethod
    def common(properties: dict[str, Any]) -> dict[str, Any]:
        """The interface's fields from stored properties, as constructor arguments."""
        return {
            "id": strawberry.ID(properties["id"]),
            "name": properties["name"],
            "kind": properties["kind"],
            "city": properties["city"],
            "interpretation": properties.get("interpretation"),
            "sources": sources_of(properties),
            "layer": properties.get("layer", CURATED),
            "external_id": properties.get("external_id"),
        }

    @classmethod
    def from_properties(cls, properties: dict[str, Any]) -> Self:
        """The object of a stored node: the interface's fields (`common`), then every
        plain field of the type (no resolver, no default) from the property of its name.

        A list field takes the stored list (empty when absent), a flag is true only when
        stored true, an enum field takes the member of the stored value, anything else
        the value as stored (null when absent).
        """
        own = {name: _value(kind, properties.get(name)) for name, kind in _own_fields(cls)}
        return cls(**cls.common(properties), **own)


_OWN_FIELDS: dict[type[Any], tuple[tuple[str, Any], ...]] = {}


def _own_fields(cls: type[Any]) -> tuple[tuple[str, Any], ...]:
    """The (name, strawberry type) of each plain field ``cls`` adds to the interface: no
    resolver, no default (worked out once per type)."""
    if cls not in _OWN_FIELDS:
        shared = {field.python_name for field in get_object_definition(Entity, strict=True).fields}
        _OWN_FIELDS[cls] = tuple(
            (field.python_name, field.type)
            for field in get_object_definition(cls, strict=True).fields
            if field.python_name not in shared
            and field.base_resolver is None
            and field.default is dataclasses.MISSING
            and field.default_factory is dataclasses.MISSING
        )
    return _OWN_FIELDS[cls]


def _value(kind: Any, value: Any) -> Any:
    if isinstance(kind, StrawberryOptional):
        return None if value is None else _value(kind.of_type, value)
    if isinstance(kind, StrawberryList):
        return list(value or [])
    if kind is bool:
        return bool(value)
    if isinstance(kind, StrawberryEnumDefinition):
        return kind.wrapped_cls(value)
    return value


EntityT = TypeVar("EntityT", bound=type[Entity])
_BUILDERS: dict[str, Callable[[dict[str, Any]], Entity]] = {}


def entity_type(label: Label) -> Callable[[EntityT], EntityT]:
    """Register a GraphQL type as the one for nodes labelled ``label``; its objects are
    made by `Entity.from_properties`."""

    def register(cls: EntityT) -> EntityT:
        _BUILDERS[label.value] = cls.from_properties
        return cls

    return register


def entity_from(label: str, properties: dict[str, Any]) -> Entity:
    """The GraphQL object for a stored node of ``label``."""
    return _BUILDERS[label](properties)


def registered_labels() -> frozenset[str]:
    """Labels that have a registered GraphQL type."""
    return frozenset(_BUILDERS)
