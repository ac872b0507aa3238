"""The write plan: stale data deleted, only what changed written, batched by label and type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from support import example_dataset

from govgraph.graphmodel import Label, to_networkx
from govgraph.store.schema import ENTITY
from govgraph.store.writer import (
    BATCH_SIZE,
    Stored,
    Write,
    layers_of,
    plan_replacement,
    plan_schema,
)


def _written(plan: list[Write], statement: str) -> list[dict[str, Any]]:
    return [row for w in plan if w.statement == statement for row in w.params["rows"]]


def _stored_as_written(graph: nx.MultiDiGraph[str]) -> Stored:
    """What the store holds after writing ``graph`` into an empty store."""
    plan = plan_replacement(graph, Stored())
    nodes = [
        {
            "label": graph.nodes[row["id"]]["label"],
            "id": row["id"],
            "fingerprint": row["props"]["fingerprint"],
            "search_key": row["props"].get("search_key"),
        }
        for row in _written(plan, "create_nodes")
    ]
    relationships = [
        {
            "label": graph.nodes[row["source"]]["label"],
            "id": row["source"],
            "type": graph.edges[row["source"], row["target"], row["key"]]["type"],
            "key": row["key"],
            "fingerprint": row["props"]["fingerprint"],
        }
        for row in _written(plan, "create_relationships")
    ]
    return Stored((), nodes, relationships)


def test_an_empty_store_gets_every_node_relationship_and_search_term(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "planned")])

    # when
    plan = plan_replacement(graph, Stored())

    # then
    creates = [w for w in plan if w.statement == "create_nodes"]
    assert len(creates) == 8  # one batch per label present
    assert {row["id"] for row in _written(plan, "create_nodes")} == set(graph.nodes)
    assert len(_written(plan, "create_relationships")) == graph.number_of_edges()
    links = {row["word"]: row["ids"] for row in _written(plan, "link_search_terms")}
    assert "planned-stadtrat" in links["stadtrat"]
    assert {w.statement for w in plan} == {
        "create_nodes",
        "create_relationships",
        "link_search_terms",
    }


def test_relationship_batches_are_grouped_by_type_and_end_labels(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "grouped")])

    # when
    merges = [w for w in plan_replacement(graph, Stored()) if w.statement == "create_relationships"]

    # then
    groups = {
        (w.template["type"], w.template["from_label"], w.template["to_label"]) for w in merges
    }
    assert ("MEMBER_OF", "Post", "Body") in groups
    assert ("PART_OF", "Body", "City") in groups


def test_large_groups_are_split_into_batches(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "large")])
    for index in range(2 * BATCH_SIZE + 1):
        graph.add_node(f"large-m{index}", label="Measure", city="large", name="M")

    # when
    plan = plan_replacement(graph, Stored())

    # then
    measures = [w for w in plan if w.template.get("label") == "Measure"]
    assert [len(w.params["rows"]) for w in measures] == [BATCH_SIZE, BATCH_SIZE, 3]


def test_an_unchanged_graph_plans_no_write(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "same")])

    # when / then
    assert plan_replacement(graph, _stored_as_written(graph)) == []


def test_only_what_changed_is_written(tmp_path: Path) -> None:
    # given: a stored graph, then one node renamed and one relationship's quote changed
    graph = to_networkx([example_dataset(tmp_path, "edited")])
    stored = _stored_as_written(graph)
    graph.nodes["edited-stadtrat"]["name"] = "Rat der Stadt"
    graph.nodes["edited-stadtrat"]["search_key"] = "rat der stadt"
    source, target, key = next(
        (s, t, k) for s, t, k, a in graph.edges(keys=True, data=True) if a["type"] == "HOLDS"
    )
    graph.edges[source, target, key]["source_quotes"] = ["anders"]

    # when
    plan = plan_replacement(graph, stored)

    # then
    assert [w.statement for w in plan] == [
        "unlink_search_terms",
        "update_nodes",
        "link_search_terms",
        "merge_relationships",
        "delete_unused_search_terms",
    ]
    assert plan[0].params == {"ids": ["edited-stadtrat"]}
    assert [r["id"] for r in plan[1].params["rows"]] == ["edited-stadtrat"]
    assert plan[2].params["rows"] == [
        {"word": word, "ids": ["edited-stadtrat"]} for word in ("der", "rat", "stadt")
    ]
    assert [r["key"] for r in plan[3].params["rows"]] == [key]
    assert plan[-1].params == {"words": ["stadtrat"]}


def test_deletions_name_exactly_what_the_graph_no_longer_has(tmp_path: Path) -> None:
    # given: the store holds a node and a relationship the graph lacks, and a node whose
    # label changed
    graph = to_networkx([example_dataset(tmp_path, "stale")])
    nodes = [
        {"label": "Body", "id": "stale-steuerungsgruppe", "fingerprint": None, "search_key": None},
        {"label": "OrgUnit", "id": "stale-old-unit", "fingerprint": None, "search_key": "alt"},
        {"label": "OrgUnit", "id": "stale-stadtrat", "fingerprint": None, "search_key": None},
    ]
    relationships = [
        {
            "label": "Body",
            "id": "stale-steuerungsgruppe",
            "type": "RECOMMENDS_TO",
            "key": "recommends_to:stale-steuerungsgruppe:stale-stadtrat",
            "fingerprint": None,
        },
        {
            "label": "Body",
            "id": "stale-steuerungsgruppe",
            "type": "ADVISES",
            "key": "advises:gone",
            "fingerprint": None,
        },
    ]

    # when
    plan = plan_replacement(graph, Stored((), nodes, relationships))

    # then
    deletes = [w for w in plan if w.statement.startswith("delete_")]
    assert [(w.statement, w.template, w.params) for w in deletes] == [
        (
            "delete_relationships",
            {"type": "ADVISES", "from_label": "Body"},
            {"rows": [{"source": "stale-steuerungsgruppe", "key": "advises:gone"}]},
        ),
        ("delete_nodes", {"label": "OrgUnit"}, {"ids": ["stale-old-unit", "stale-stadtrat"]}),
        ("delete_unused_search_terms", {}, {"words": ["alt"]}),
    ]
    recreated = {row["id"] for row in _written(plan, "create_nodes")}
    assert "stale-stadtrat" in recreated  # now a Body, written anew with its relationships
    merged = _written(plan, "create_relationships")
    assert "recommends_to:stale-steuerungsgruppe:stale-stadtrat" in {row["key"] for row in merged}


def test_schema_plan_covers_every_label_and_the_common_one() -> None:
    # when
    unique = {w.template["label"] for w in plan_schema() if w.statement == "ensure_unique_id"}
    city = {w.template["label"] for w in plan_schema() if w.statement == "ensure_city_index"}

    # then
    assert unique == city == {label.value for label in Label} | {ENTITY}


def test_a_graph_naming_only_its_cities_replaces_their_curated_layer() -> None:
    # given
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=["a", "b"])

    # when / then
    assert layers_of(graph) == [("a", "curated"), ("b", "curated")]
