"""Tests for govgraph.graphmodel.graph: to_networkx."""

from __future__ import annotations

from collections.abc import Sequence

from govgraph.graphmodel import (
    ActionField,
    Body,
    BodyKind,
    City,
    CityDataset,
    Document,
    DocumentKind,
    Located,
    Node,
    OrgUnit,
    OrgUnitKind,
    Post,
    Relationship,
    RelType,
    Role,
    Source,
    assemble_city,
    to_networkx,
)


def cite(city: str, quote: str) -> Source:
    return Source(document=f"{city}-konzept", quote=quote)


def dataset(
    city: str, nodes: Sequence[Node] = (), relationships: Sequence[Relationship] = ()
) -> CityDataset:
    """City ``city`` with its concept document, ``nodes`` and ``relationships``."""
    document = Document(
        id=f"{city}-konzept", name="Konzept", kind=DocumentKind.CONCEPT, sources=[cite(city, "Kon")]
    )
    return assemble_city(
        Located(City(id=city, name=city.title(), sources=[cite(city, "Stadt")])),
        [Located[Node](node) for node in (document, *nodes)],
        [Located(rel, 10) for rel in relationships],
        file=f"{city}.yaml",
    )


def test_to_networkx_gives_a_node_its_label_city_and_stored_properties() -> None:
    # given
    unit = OrgUnit(
        id="ms-amt",
        name="Amt für Soziales",
        kind=OrgUnitKind.OFFICE,
        short_name="Amt 50",
        sources=[cite("ms", "Amt für Soziales")],
    )

    # when
    graph = to_networkx([dataset("ms", [unit])])

    # then
    assert graph.nodes["ms-amt"] == {
        "label": "OrgUnit",
        "layer": "curated",
        "city": "ms",
        "id": "ms-amt",
        "name": "Amt für Soziales",
        "kind": "office",
        "short_name": "Amt 50",
        "coordination": False,
        "tasks": [],
        "aliases": [],
        "source_documents": ["ms-konzept"],
        "source_quotes": ["Amt für Soziales"],
        "search_key": "amt fur soziales | amt 50",
    }


def test_to_networkx_gives_nodes_without_kinds_their_label_as_kind() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("ms", "OB-Amt")])
    field = ActionField(id="ms-hf-sprache", name="Sprache", sources=[cite("ms", "Sprache")])

    # when
    graph = to_networkx([dataset("ms", [post, field])])

    # then
    assert graph.nodes["ms-ob"]["kind"] == "post"
    assert graph.nodes["ms-hf-sprache"]["kind"] == "action_field"
    assert graph.nodes["ms"]["kind"] == "city"


def test_to_networkx_stores_sources_as_two_parallel_lists() -> None:
    # given
    body = Body(
        id="ms-sg",
        name="Steuerungsgruppe",
        kind=BodyKind.STEERING,
        sources=[
            cite("ms", "Steuerungsgruppe Integration"),
            Source(document="ms-beschluss", quote="tagt vierteljährlich"),
        ],
    )
    beschluss = Document(
        id="ms-beschluss",
        name="Beschluss",
        kind=DocumentKind.DECISION,
        sources=[cite("ms", "Beschluss")],
    )

    # when
    graph = to_networkx([dataset("ms", [beschluss, body])])

    # then
    assert graph.nodes["ms-sg"]["source_documents"] == ["ms-konzept", "ms-beschluss"]
    assert graph.nodes["ms-sg"]["source_quotes"] == [
        "Steuerungsgruppe Integration",
        "tagt vierteljährlich",
    ]


def test_to_networkx_leaves_out_unset_optional_fields() -> None:
    # given
    body = Body(
        id="ms-sg",
        name="Steuerungsgruppe",
        kind=BodyKind.STEERING,
        sources=[cite("ms", "Steuerungsgruppe")],
    )

    # when
    graph = to_networkx([dataset("ms", [body])])

    # then
    attributes = [*graph.nodes.values(), *(data for *_, data in graph.edges(data=True))]
    assert all(value is not None for attrs in attributes for value in attrs.values())
    assert "mandate" not in graph.nodes["ms-sg"]
    assert "interpretation" not in graph.nodes["ms-sg"]


def test_to_networkx_keys_edges_by_relationship_key_with_upper_case_type() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("ms", "OB-Amt")])
    body = Body(
        id="ms-sg",
        name="Steuerungsgruppe",
        kind=BodyKind.STEERING,
        sources=[cite("ms", "Steuerungsgruppe")],
    )
    chair = Relationship(
        type=RelType.MEMBER_OF,
        source="ms-ob",
        target="ms-sg",
        role=Role.CHAIR,
        sources=[cite("ms", "Vorsitz")],
    )

    # when
    graph = to_networkx([dataset("ms", [post, body], [chair])])

    # then
    assert graph.edges["ms-ob", "ms-sg", "member_of:ms-ob:ms-sg:chair"] == {
        "type": "MEMBER_OF",
        "city": "ms",
        "layer": "curated",
        "role": "chair",
        "source_documents": ["ms-konzept"],
        "source_quotes": ["Vorsitz"],
    }


def test_to_networkx_keeps_two_roles_between_the_same_nodes_apart() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("ms", "OB-Amt")])
    body = Body(
        id="ms-sg",
        name="Steuerungsgruppe",
        kind=BodyKind.STEERING,
        sources=[cite("ms", "Steuerungsgruppe")],
    )
    roles = [
        Relationship(
            type=RelType.MEMBER_OF,
            source="ms-ob",
            target="ms-sg",
            role=role,
            sources=[cite("ms", "Vorsitz")],
        )
        for role in (Role.CHAIR, Role.MEMBER)
    ]

    # when
    graph = to_networkx([dataset("ms", [post, body], roles)])

    # then
    assert sorted(graph["ms-ob"]["ms-sg"]) == [
        "member_of:ms-ob:ms-sg:chair",
        "member_of:ms-ob:ms-sg:member",
    ]


def test_to_networkx_includes_the_derived_links_to_the_city() -> None:
    # given
    post = Post(id="ms-ob", name="Oberbürgermeisterin", sources=[cite("ms", "OB-Amt")])

    # when
    graph = to_networkx([dataset("ms", [post])])

    # then
    assert graph.edges["ms-ob", "ms", "part_of:ms-ob:ms"]["type"] == "PART_OF"
    assert graph.number_of_edges() == 1


def test_to_networkx_lists_the_cities_in_order() -> None:
    # given
    datasets = [dataset("ns"), dataset("ms")]

    # when
    graph = to_networkx(datasets)

    # then
    assert graph.graph["cities"] == ["ns", "ms"]
    assert graph.nodes["ns-konzept"]["city"] == "ns"
    assert graph.nodes["ms-konzept"]["city"] == "ms"
    assert graph.number_of_nodes() == 4


def test_to_networkx_of_no_datasets_is_empty() -> None:
    # given
    datasets: list[CityDataset] = []

    # when
    graph = to_networkx(datasets)

    # then
    assert graph.graph == {"cities": [], "layers": [], "origins": {}}
    assert graph.number_of_nodes() == 0
