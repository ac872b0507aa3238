"""The write plan: stale data found from the stored contents, batched merges by label and type."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from support import example_dataset

from govgraph.graphmodel import Label, to_networkx
from govgraph.store.writer import BATCH_SIZE, layers_of, plan_deletions, plan_merges, plan_schema


def test_merges_cover_every_node_and_relationship(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "planned")])

    # when
    plan = plan_merges(graph)

    # then
    nodes = [w for w in plan if w.statement == "merge_nodes"]
    rels = [w for w in plan if w.statement == "merge_relationships"]
    assert len(nodes) == 8  # one batch per label present
    assert sum(len(w.params["rows"]) for w in nodes) == graph.number_of_nodes()
    assert sum(len(w.params["rows"]) for w in rels) == graph.number_of_edges()


def test_relationship_batches_are_grouped_by_type_and_end_labels(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "grouped")])

    # when
    merges = [w for w in plan_merges(graph) if w.statement == "merge_relationships"]

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
    measures = [w for w in plan_merges(graph) if w.template.get("label") == "Measure"]

    # then
    assert [len(w.params["rows"]) for w in measures] == [BATCH_SIZE, BATCH_SIZE, 3]


def test_deletions_name_exactly_what_the_graph_no_longer_has(tmp_path: Path) -> None:
    # given: the store holds a node and a relationship the graph lacks, and a node whose
    # label changed
    graph = to_networkx([example_dataset(tmp_path, "stale")])
    nodes = [
        {"label": "Body", "id": "stale-steuerungsgruppe"},
        {"label": "OrgUnit", "id": "stale-old-unit"},
        {"label": "OrgUnit", "id": "stale-stadtrat"},
    ]
    relationships = [
        {
            "label": "Body",
            "id": "stale-steuerungsgruppe",
            "type": "RECOMMENDS_TO",
            "key": "recommends_to:stale-steuerungsgruppe:stale-stadtrat",
        },
        {"label": "Body", "id": "stale-steuerungsgruppe", "type": "ADVISES", "key": "advises:gone"},
    ]

    # when
    plan = plan_deletions(graph, nodes, relationships)

    # then
    assert [(w.statement, w.template, w.params) for w in plan] == [
        (
            "delete_relationships",
            {"type": "ADVISES", "from_label": "Body"},
            {"rows": [{"source": "stale-steuerungsgruppe", "key": "advises:gone"}]},
        ),
        ("delete_nodes", {"label": "OrgUnit"}, {"ids": ["stale-old-unit", "stale-stadtrat"]}),
    ]


def test_nothing_is_deleted_when_the_store_matches(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "same")])
    nodes = [{"label": a["label"], "id": n} for n, a in graph.nodes(data=True)]
    relationships = [
        {"label": graph.nodes[s]["label"], "id": s, "type": a["type"], "key": k}
        for s, _, k, a in graph.edges(keys=True, data=True)
    ]

    # when / then
    assert plan_deletions(graph, nodes, relationships) == []


def test_schema_plan_covers_every_label() -> None:
    # when
    labels = {write.template["label"] for write in plan_schema()}

    # then
    assert labels == {label.value for label in Label}


def test_a_graph_naming_only_its_cities_replaces_their_curated_layer() -> None:
    # given
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=["a", "b"])

    # when / then
    assert layers_of(graph) == [("a", "curated"), ("b", "curated")]
