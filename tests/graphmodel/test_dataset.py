"""Tests for govgraph.graphmodel.dataset: assemble_city on model objects."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from govgraph.errors import InputError
from govgraph.graphmodel import (
    ActionField,
    Body,
    BodyKind,
    City,
    CityDataset,
    Document,
    DocumentKind,
    Located,
    Measure,
    Node,
    OrgUnit,
    OrgUnitKind,
    Person,
    Post,
    Relationship,
    RelType,
    Role,
    Source,
    assemble_city,
)

FILE = "ms.yaml"
CONCEPT = Source(document="ms-konzept", quote="Konzept Integration Musterstadt")
CITY = City(id="ms", name="Musterstadt", sources=[CONCEPT])
DOCUMENT = Document(
    id="ms-konzept", name="Konzept Integration", kind=DocumentKind.CONCEPT, sources=[CONCEPT]
)


def cite(quote: str) -> Source:
    return Source(document="ms-konzept", quote=quote)


def assemble(
    nodes: Sequence[Node],
    relationships: Sequence[Relationship] = (),
    unparsed_ids: frozenset[str] = frozenset(),
) -> CityDataset:
    """The city ``ms`` with its concept document, ``nodes`` and ``relationships``, lines 1…"""
    located_nodes = [Located[Node](node, line) for line, node in enumerate([DOCUMENT, *nodes], 2)]
    located_rels = [Located(rel, 100 + line) for line, rel in enumerate(relationships)]
    return assemble_city(
        Located(CITY, 1), located_nodes, located_rels, file=FILE, unparsed_ids=unparsed_ids
    )


def derived_links(data: CityDataset) -> dict[str, Relationship]:
    """The derived links (not from the input, so without a line), by start node."""
    return {r.source: r for r in data.relationships if r.key not in data.lines}


def test_assemble_city_links_top_level_units_bodies_and_posts_to_the_city() -> None:
    # given
    referat = OrgUnit(
        id="ms-referat", name="Referat", kind=OrgUnitKind.DEPARTMENT, sources=[cite("Ref")]
    )
    stadtrat = Body(id="ms-stadtrat", name="Stadtrat", kind=BodyKind.COUNCIL, sources=[cite("Rat")])
    ob = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("OB-Amt")])

    # when
    data = assemble([referat, stadtrat, ob])

    # then
    links = derived_links(data)
    assert sorted(links) == ["ms-ob", "ms-referat", "ms-stadtrat"]
    assert {(r.type, r.target) for r in links.values()} == {(RelType.PART_OF, "ms")}


def test_assemble_city_links_companies_but_not_external_units() -> None:
    # given
    company = OrgUnit(
        id="ms-gmbh", name="Muster GmbH", kind=OrgUnitKind.COMPANY, sources=[cite("GmbH")]
    )
    jobcenter = OrgUnit(
        id="ms-jobcenter", name="Jobcenter", kind=OrgUnitKind.EXTERNAL, sources=[cite("Jobcenter")]
    )

    # when
    data = assemble([company, jobcenter])

    # then
    assert sorted(derived_links(data)) == ["ms-gmbh"]


def test_assemble_city_does_not_link_persons_fields_measures_documents() -> None:
    # given
    nodes = [
        Person(id="ms-erika", name="Erika Mustermann", sources=[cite("Erika")]),
        ActionField(id="ms-hf-sprache", name="Sprache", sources=[cite("Sprache")]),
        Measure(id="ms-m-kurse", name="Sprachkurse", sources=[cite("Sprachkurse")]),
    ]

    # when
    data = assemble(nodes)

    # then
    assert derived_links(data) == {}
    assert len(data.relationships) == 0


def test_assemble_city_does_not_link_a_node_with_an_explicit_part_of() -> None:
    # given
    referat = OrgUnit(
        id="ms-referat", name="Referat", kind=OrgUnitKind.DEPARTMENT, sources=[cite("Ref")]
    )
    amt = OrgUnit(
        id="ms-amt", name="Amt für Soziales", kind=OrgUnitKind.OFFICE, sources=[cite("Amt")]
    )
    part_of = Relationship(
        type=RelType.PART_OF, source="ms-amt", target="ms-referat", sources=[cite("Amt im Ref")]
    )

    # when
    data = assemble([referat, amt], [part_of])

    # then
    assert sorted(derived_links(data)) == ["ms-referat"]
    assert data.relationships[0] == part_of


def test_assemble_city_links_a_body_whose_only_relationship_is_membership() -> None:
    # given
    rat = Body(id="ms-stadtrat", name="Stadtrat", kind=BodyKind.COUNCIL, sources=[cite("Rat")])
    ag = Body(
        id="ms-ag",
        name="AG Integration",
        kind=BodyKind.WORKING_GROUP,
        sources=[cite("AG Integration")],
    )
    member = Relationship(
        type=RelType.MEMBER_OF,
        source="ms-stadtrat",
        target="ms-ag",
        role=Role.MEMBER,
        sources=[cite("Rat in AG")],
    )

    # when
    data = assemble([rat, ag], [member])

    # then
    assert sorted(derived_links(data)) == ["ms-ag", "ms-stadtrat"]


def test_assemble_city_derived_link_cites_the_first_source_of_its_node() -> None:
    # given
    first, second = cite("Steuerungsgruppe Integration"), cite("tagt vierteljährlich")
    body = Body(
        id="ms-sg", name="Steuerungsgruppe", kind=BodyKind.STEERING, sources=[first, second]
    )

    # when
    data = assemble([body])

    # then
    [link] = data.relationships
    assert link.key == "part_of:ms-sg:ms"
    assert link.sources == [first]


def test_assemble_city_puts_explicit_relationships_before_derived_ones() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("OB-Amt")])
    measure = Measure(id="ms-m-bericht", name="Integrationsbericht", sources=[cite("Bericht")])
    owns = Relationship(
        type=RelType.OWNS, source="ms-ob", target="ms-m-bericht", sources=[cite("Bericht")]
    )

    # when
    data = assemble([post, measure], [owns])

    # then
    assert [r.key for r in data.relationships] == ["owns:ms-ob:ms-m-bericht", "part_of:ms-ob:ms"]


def test_assemble_city_maps_ids_and_keys_to_lines() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("OB-Amt")])
    measure = Measure(id="ms-m-bericht", name="Integrationsbericht", sources=[cite("Bericht")])
    owns = Relationship(
        type=RelType.OWNS, source="ms-ob", target="ms-m-bericht", sources=[cite("Bericht")]
    )

    # when
    data = assemble([post, measure], [owns])

    # then
    assert dict(data.lines) == {
        "ms": 1,
        "ms-konzept": 2,
        "ms-ob": 3,
        "ms-m-bericht": 4,
        "owns:ms-ob:ms-m-bericht": 100,
    }
    assert data.origin == FILE
    assert data.all_nodes() == (CITY, DOCUMENT, post, measure)


def test_assemble_city_does_not_report_on_behalf_of_an_unparsed_id() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("OB-Amt")])
    body = Body(
        id="ms-sg",
        name="Steuerungsgruppe",
        kind=BodyKind.STEERING,
        sources=[cite("Steuerungsgruppe")],
    )
    member = Relationship(
        type=RelType.MEMBER_OF,
        source="ms-ob",
        target="ms-sg",
        role=Role.MEMBER,
        on_behalf_of="ms-amt",
        sources=[cite("OB in SG")],
    )

    # when
    data = assemble([post, body], [member], unparsed_ids=frozenset({"ms-amt"}))

    # then
    assert data.relationships[0] == member


def test_assemble_city_does_not_report_citations_of_an_unparsed_document() -> None:
    # given
    post = Post(
        id="ms-ob",
        name="Oberbürgermeisterin",
        sources=[Source(document="ms-beschluss", quote="Beschluss")],
    )

    # when
    data = assemble([post], unparsed_ids=frozenset({"ms-beschluss"}))

    # then
    assert data.nodes == (DOCUMENT, post)


def test_assemble_city_reports_a_duplicate_id_with_the_first_line() -> None:
    # given
    first = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("OB-Amt")])
    second = Post(id="ms-ob", name="Oberbürgermeister", sources=[cite("OB-Amt")])

    # when
    with pytest.raises(InputError) as info:
        assemble([first, second])

    # then
    [problem] = info.value.problems
    assert (problem.file, problem.line, problem.entity, problem.field) == (FILE, 4, "ms-ob", "id")
    assert problem.message == "duplicate id (first at line 3)"
