"""Each view draws what the store holds: node and edge counts checked against the store."""

from __future__ import annotations

import pytest

from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore
from govgraph.visualisations import View, build_diagram, read_city_graph

CITIES = ["bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"]
ACTORS = {"Body", "OrgUnit", "Post", "Person"}
STRUCTURE_LINES = {
    "MEMBER_OF",
    "REPORTS_TO",
    "RECOMMENDS_TO",
    "PREPARES_DECISIONS_FOR",
    "INFORMS",
    "ORGANISES",
    "ADVISES",
    "PART_OF",
    "HEADS",
    "APPOINTS",
    "NOMINATES",
    "CONTACT_FOR",
    "HOLDS",
}


@pytest.mark.parametrize("city", CITIES)
def test_structure_view_draws_every_actor_of_the_store(
    five_cities: QueryExecutor, store: BoltStore, city: str
) -> None:
    # given
    counts = store.counts(city).nodes

    # when
    diagram = build_diagram(read_city_graph(five_cities, [city]), View.STRUCTURE, with_people=True)

    # then
    assert len(diagram.nodes) == sum(counts.get(label, 0) for label in ACTORS)


@pytest.mark.parametrize("city", CITIES)
def test_structure_view_draws_every_line_between_actors(
    five_cities: QueryExecutor, city: str
) -> None:
    # given: the relationships between actors, read through another question
    actors = [
        r["id"] for r in five_cities.many("city_nodes", cities=[city]) if r["label"] in ACTORS
    ]
    expected = {
        (row["id"], row["type"], row["other"], row["properties"]["key"])
        for row in five_cities.many("relationships_of", ids=actors)
        if row["outgoing"] and row["other_label"] in ACTORS and row["type"] in STRUCTURE_LINES
    }

    # when
    diagram = build_diagram(read_city_graph(five_cities, [city]), View.STRUCTURE, with_people=True)

    # then
    assert len(diagram.edges) == len(expected)
    assert {(e.source, e.type, e.target) for e in diagram.edges} == {e[:3] for e in expected}


def test_persons_are_hidden_unless_asked_for(five_cities: QueryExecutor) -> None:
    # given
    graph = read_city_graph(five_cities, ["erlangen"])

    # when
    hidden = build_diagram(graph, View.STRUCTURE)
    shown = build_diagram(graph, View.STRUCTURE, with_people=True)

    # then
    assert "Person" not in {node.label for node in hidden.nodes}
    assert sorted(node.name for node in shown.nodes if node.label == "Person") == [
        "Silvia Klein",
        "Till Fichtner",
    ]


def test_structure_rows_follow_the_documents_tiers(five_cities: QueryExecutor) -> None:
    # when
    diagram = build_diagram(read_city_graph(five_cities, ["erlangen"]), View.STRUCTURE)

    # then
    row_of = {node.id: node.row for node in diagram.nodes}
    titles = {row.number: row.title for row in diagram.rows}
    assert titles[row_of["erlangen-stadtrat"]] == "Rat und Ausschüsse"
    assert titles[row_of["erlangen-lenkungskreis-integration"]] == "Steuerung"
    assert titles[row_of["erlangen-koordinationsstelle-integration"]] == (
        "Koordination / Prozessverantwortung"
    )
    assert titles[row_of["erlangen-auslaender-und-integrationsbeirat"]] == (
        "Beteiligung (Beirat, Forum, Netzwerk)"
    )
    ys = [row.y for row in diagram.rows]
    assert ys == sorted(ys)
    assert all(
        node.y == next(r.y for r in diagram.rows if r.number == node.row) for node in diagram.nodes
    )


def test_responsibility_view_links_fields_units_and_committees(
    five_cities: QueryExecutor, store: BoltStore
) -> None:
    # given
    counts = store.counts("bamberg")

    # when
    diagram = build_diagram(read_city_graph(five_cities, ["bamberg"]), View.RESPONSIBILITY)

    # then
    fields = [node for node in diagram.nodes if node.label == "ActionField"]
    assert len(fields) == counts.nodes["ActionField"]
    assert len(diagram.edges) == (
        counts.relationships["RESPONSIBLE_FOR"] + counts.relationships["OVERSEES"]
    )


def test_people_view_shows_posts_and_what_they_chair(five_cities: QueryExecutor) -> None:
    # when
    diagram = build_diagram(read_city_graph(five_cities, ["bamberg"]), View.PEOPLE)

    # then
    chairs = {(e.source, e.target) for e in diagram.edges if e.role == "chair"}
    assert ("bamberg-oberbuergermeister", "bamberg-steuerungsgremium-integration") in chairs
    assert "Person" not in {node.label for node in diagram.nodes}


def test_comparison_puts_cities_side_by_side_on_the_same_rows(five_cities: QueryExecutor) -> None:
    # when
    diagram = build_diagram(read_city_graph(five_cities, ["erlangen", "nuernberg"]), View.COMPARE)

    # then
    erlangen = [n.x for n in diagram.nodes if n.city == "erlangen"]
    nuernberg = [n.x for n in diagram.nodes if n.city == "nuernberg"]
    assert max(erlangen) < min(nuernberg)
    assert [name for name, _ in diagram.columns] == ["Erlangen", "Nürnberg"]
    steering_rows = {n.y for n in diagram.nodes if n.kind == "steering"}
    assert len(steering_rows) == 1


def test_a_comparison_needs_two_cities(five_cities: QueryExecutor) -> None:
    # when / then
    with pytest.raises(ValueError, match="at least two cities"):
        build_diagram(read_city_graph(five_cities, ["erlangen"]), View.COMPARE)


def test_positions_are_stable(five_cities: QueryExecutor) -> None:
    # when
    first = build_diagram(read_city_graph(five_cities, ["magdeburg"]), View.STRUCTURE)
    second = build_diagram(read_city_graph(five_cities, ["magdeburg"]), View.STRUCTURE)

    # then
    assert [(n.id, n.x, n.y) for n in first.nodes] == [(n.id, n.x, n.y) for n in second.nodes]
