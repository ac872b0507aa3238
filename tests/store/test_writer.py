"""The write plan: deletes of stale data first, then batched merges by label and type."""

from __future__ import annotations

from pathlib import Path

from support import example_dataset

from govgraph.graphmodel import Label, to_networkx
from govgraph.store.writer import BATCH_SIZE, plan_city_replacement, plan_schema


def test_plan_deletes_stale_data_before_merging(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "planned")])

    # when
    plan = plan_city_replacement(graph)

    # then
    names = [write.statement for write in plan]
    last_delete = max(i for i, name in enumerate(names) if name.startswith("delete_"))
    first_merge = min(i for i, name in enumerate(names) if name.startswith("merge_"))
    assert last_delete < first_merge
    assert names.count("delete_stale_nodes") == len(Label)
    assert names.count("merge_nodes") == 8  # one batch per label present


def test_relationship_batches_are_grouped_by_type_and_end_labels(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "grouped")])

    # when
    merges = [w for w in plan_city_replacement(graph) if w.statement == "merge_relationships"]

    # then
    groups = {(w.template["type"], w.template["from_label"], w.template["to_label"]) for w in merges}
    assert ("MEMBER_OF", "Post", "Body") in groups
    assert ("PART_OF", "Body", "City") in groups
    assert sum(len(w.params["rows"]) for w in merges) == graph.number_of_edges()


def test_large_groups_are_split_into_batches(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "large")])
    for index in range(2 * BATCH_SIZE + 1):
        graph.add_node(f"large-m{index}", label="Measure", city="large", name="M")

    # when
    measures = [
        w for w in plan_city_replacement(graph) if w.template.get("label") == "Measure" and w.statement == "merge_nodes"
    ]

    # then
    assert [len(w.params["rows"]) for w in measures] == [BATCH_SIZE, BATCH_SIZE, 3]


def test_schema_plan_covers_every_label() -> None:
    # when
    labels = {write.template["label"] for write in plan_schema()}

    # then
    assert labels == {label.value for label in Label}
