"""Node kinds: City, OrgUnit, Body, Post, Person, ActionField, Measure, Document."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from govgraph.graphmodel.fields import ExternalId, Name, PartialDate, Slug, Source
from govgraph.graphmodel.kinds import (
    BodyKind,
    DocumentKind,
    GovernanceFunction,
    Label,
    Mandate,
    OrgUnitKind,
)
from govgraph.graphmodel.search import fold

__all__ = [
    "NODE_TYPES",
    "ActionField",
    "Body",
    "City",
    "Document",
    "FunctionClaim",
    "Measure",
    "Node",
    "OrgUnit",
    "Person",
    "Post",
]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class FunctionClaim(BaseModel):
    """A governance function the documents give an entity where its kind and lines do not."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    function: GovernanceFunction
    sources: list[Source] = Field(min_length=1)


class Node(BaseModel):
    """What every node has: an id, its name as written, and the sources that attest it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: ClassVar[Label]

    id: Slug
    name: Name
    sources: list[Source] = Field(min_length=1)
    interpretation: Text | None = None
    external_id: ExternalId | None = Field(
        default=None, description="the id in the system it was imported from (an OParl URL)"
    )

    @property
    def citations(self) -> list[Source]:
        """Every citation the node carries: its sources, then those of its function claims."""
        claims: list[FunctionClaim] = getattr(self, "functions", [])
        return [*self.sources, *(source for claim in claims for source in claim.sources)]

    def properties(self, city: str) -> dict[str, Any]:
        """The flat property map stored on the node (no nulls, sources as two lists).

        Function claims become three lists with one entry per citation: ``functions``,
        ``function_documents`` and ``function_quotes``.
        """
        props = self.model_dump(mode="json", exclude={"sources", "functions"}, exclude_none=True)
        props["city"] = city
        props.setdefault("kind", self.label.default_kind)
        props["source_documents"] = [s.document for s in self.sources]
        props["source_quotes"] = [s.quote for s in self.sources]
        claims: list[FunctionClaim] = getattr(self, "functions", [])
        if claims:
            cited = [(claim.function.value, s) for claim in claims for s in claim.sources]
            props["functions"] = [function for function, _ in cited]
            props["function_documents"] = [source.document for _, source in cited]
            props["function_quotes"] = [source.quote for _, source in cited]
        props["search_key"] = " | ".join(fold(term) for term in self.search_terms())
        return props

    def search_terms(self) -> list[str]:
        """What a search finds the node by: its name, short name and aliases."""
        terms = [self.name, getattr(self, "short_name", None), *getattr(self, "aliases", [])]
        return [term for term in terms if term]


class City(Node):
    """A city (Stadt): the root of one dataset."""

    label: ClassVar[Label] = Label.CITY
    state: Name | None = None


class OrgUnit(Node):
    """A unit of the administration or an organisation outside it."""

    label: ClassVar[Label] = Label.ORG_UNIT
    kind: OrgUnitKind
    short_name: Name | None = None
    coordination: bool = Field(
        default=False, description="the unit coordinates the cross-cutting integration work"
    )
    tasks: list[Text] = Field(default_factory=list)
    aliases: list[Name] = Field(default_factory=list)
    functions: list[FunctionClaim] = Field(
        default_factory=list,
        description="governance functions the documents give it beyond its kind and lines",
    )


class Body(Node):
    """A body (Gremium): council, committee, steering body, working group …"""

    label: ClassVar[Label] = Label.BODY
    kind: BodyKind
    mandate: Mandate | None = None
    rhythm: Text | None = Field(default=None, description="meeting rhythm as written")
    meetings_per_year: int | None = Field(default=None, ge=0, le=365)
    established: PartialDate | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    tasks: list[Text] = Field(default_factory=list)
    aliases: list[Name] = Field(default_factory=list)
    functions: list[FunctionClaim] = Field(
        default_factory=list,
        description="governance functions the documents give it beyond its kind and lines",
    )


class Post(Node):
    """An office held by someone (Oberbürgermeister, Koordinator …), held or not."""

    label: ClassVar[Label] = Label.POST
    tasks: list[Text] = Field(default_factory=list)
    functions: list[FunctionClaim] = Field(
        default_factory=list,
        description="governance functions the documents give it beyond its kind and lines",
    )


class Person(Node):
    """A named person; always personal data, so exports can leave them out."""

    label: ClassVar[Label] = Label.PERSON
    personal_data: bool = True


class ActionField(Node):
    """An action field (Handlungsfeld)."""

    label: ClassVar[Label] = Label.ACTION_FIELD
    aliases: list[Name] = Field(default_factory=list)


class Measure(Node):
    """A measure (Maßnahme) or a process step the documents name as something to do."""

    label: ClassVar[Label] = Label.MEASURE
    number: Name | None = Field(default=None, description="Nr. in its catalogue")
    description: Text | None = None
    status: Name | None = None
    due: Name | None = Field(default=None, description="Frist / Zieljahr as written")
    rhythm: Text | None = None
    involved: list[Text] = Field(default_factory=list, description="Beteiligte as written")
    remark: Text | None = Field(default=None, description="Bemerkung as written")


class Document(Node):
    """A document: a source of the dataset or a concept, decision or programme it names."""

    label: ClassVar[Label] = Label.DOCUMENT
    kind: DocumentKind
    description: Text | None = Field(default=None, description="subject or proposal as written")
    date: PartialDate | None = None
    reference: Name | None = Field(default=None, description="file or paper number")
    url: Name | None = None


NODE_TYPES: dict[Label, type[Node]] = {
    cls.label: cls for cls in (City, OrgUnit, Body, Post, Person, ActionField, Measure, Document)
}
"""Each label's model class."""
