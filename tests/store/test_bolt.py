"""The Bolt store against the real session store: counts, idempotency, atomicity, staleness."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import entity, example_dataset

from govgraph.errors import StoreError
from govgraph.graphmodel import Label, Measure, Source, fold, to_networkx
from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore, Statement, load_statements

EXAMPLE_NODES = {
    "ActionField": 2,
    "Body": 5,
    "City": 1,
    "Document": 1,
    "Measure": 2,
    "OrgUnit": 3,
    "Person": 1,
    "Post": 1,
}
EXAMPLE_RELATIONSHIPS = {
    "BASED_ON": 1,
    "HOLDS": 1,
    "IN_FIELD": 1,
    "MEMBER_OF": 4,
    "ORGANISES": 1,
    "OVERSEES": 1,
    "OWNS": 1,
    "PART_OF": 9,
    "RECOMMENDS_TO": 1,
    "RESPONSIBLE_FOR": 1,
}


def _snapshot_statement(tmp_path: Path) -> Statement:
    (tmp_path / "snapshot.cypher").write_text(
        "// name: snapshot\n// Every node and relationship of a city.\n// params: city\n"
        "// result: many\n"
        "MATCH (n) WHERE n.city = $city\n"
        "OPTIONAL MATCH (n)-[r]->(m)\n"
        "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,\n"
        "       type(r) AS type, r.key AS key, properties(r) AS rel_props, m.id AS target\n"
    )
    return load_statements(tmp_path)["snapshot"]


def _snapshot(store: BoltStore, statement: Statement, city: str) -> list[tuple[Any, ...]]:
    rows = store.run(statement, {"city": city})
    return sorted(
        (
            r["id"],
            tuple(r["labels"]),
            tuple(sorted((k, repr(v)) for k, v in r["props"].items())),
            r["type"],
            r["key"],
            tuple(sorted((k, repr(v)) for k, v in (r["rel_props"] or {}).items())),
            r["target"],
        )
        for r in rows
    )


def test_load_example_gives_exact_counts(store: BoltStore, tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "counted")])

    # when
    store.replace_cities(graph)

    # then
    counts = store.counts("counted")
    assert dict(counts.nodes) == EXAMPLE_NODES
    assert dict(counts.relationships) == EXAMPLE_RELATIONSHIPS


def test_reload_is_idempotent(store: BoltStore, tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "reloaded")])
    snapshot = _snapshot_statement(tmp_path)
    store.replace_cities(graph)
    before = _snapshot(store, snapshot, "reloaded")

    # when
    store.replace_cities(graph)

    # then
    assert _snapshot(store, snapshot, "reloaded") == before
    assert store.counts("reloaded").total_nodes == sum(EXAMPLE_NODES.values())


def test_failed_load_leaves_previous_graph_intact(store: BoltStore, tmp_path: Path) -> None:
    # given: the city is loaded; the new version drops a unit (so deletes run first) and
    # carries, in the middle of a batch, a node property no store accepts (a map)
    snapshot = _snapshot_statement(tmp_path)
    store.replace_cities(to_networkx([example_dataset(tmp_path, "atomic")]))
    before = _snapshot(store, snapshot, "atomic")
    changed = to_networkx([example_dataset(tmp_path, "atomic")])
    changed.remove_node("atomic-stabsstelle-integration")
    for index in range(2000):
        changed.add_node(f"atomic-extra-{index}", label="Measure", city="atomic", name=f"M{index}")
    changed.nodes["atomic-extra-1500"]["bad"] = {"nested": "map"}

    # when
    with pytest.raises(StoreError):
        store.replace_cities(changed)

    # then
    assert _snapshot(store, snapshot, "atomic") == before


def test_replace_removes_what_the_source_no_longer_has(store: BoltStore, tmp_path: Path) -> None:
    # given
    store.replace_cities(to_networkx([example_dataset(tmp_path, "shrunk")]))

    # when: the Stabsstelle (one node, a part_of and an organises link) is gone
    smaller = example_dataset(
        tmp_path,
        "shrunk",
        lambda text: _drop_entries(text, "shrunk-stabsstelle-integration"),
    )
    store.replace_cities(to_networkx([smaller]))

    # then
    counts = store.counts("shrunk")
    assert counts.nodes["OrgUnit"] == EXAMPLE_NODES["OrgUnit"] - 1
    assert "ORGANISES" not in counts.relationships
    assert counts.relationships["PART_OF"] == EXAMPLE_RELATIONSHIPS["PART_OF"] - 1


def test_replace_drops_removed_properties(store: BoltStore, tmp_path: Path) -> None:
    # given
    snapshot = _snapshot_statement(tmp_path)
    store.replace_cities(to_networkx([example_dataset(tmp_path, "props")]))

    # when
    without_rhythm = example_dataset(
        tmp_path, "props", lambda text: text.replace("    rhythm: vierteljährlich\n", "")
    )
    store.replace_cities(to_networkx([without_rhythm]))

    # then
    steering = [
        row for row in _snapshot(store, snapshot, "props") if row[0] == "props-steuerungsgruppe"
    ]
    assert steering
    assert all("rhythm" not in dict(row[2]) for row in steering)


def test_replacing_one_city_leaves_others_alone(store: BoltStore, tmp_path: Path) -> None:
    # given
    store.replace_cities(
        to_networkx([example_dataset(tmp_path, "left"), example_dataset(tmp_path, "right")])
    )
    before = store.counts("right")

    # when
    store.replace_cities(
        to_networkx(
            [example_dataset(tmp_path, "left", lambda t: _drop_entries(t, "left-hf-arbeit"))]
        )
    )

    # then
    assert store.counts("right") == before
    assert store.counts("left").nodes["ActionField"] == 1


def test_many_rows_are_written_in_batches(store: BoltStore, tmp_path: Path) -> None:
    # given: more measures than fit into one batch
    data = example_dataset(tmp_path, "batched")
    graph = to_networkx([data])
    source = Source(document="batched-konzept", quote="Maßnahme: Integrationsbericht.")
    for index in range(2500):
        measure = Measure(id=f"batched-m-{index}", name=f"Maßnahme {index}", sources=[source])
        graph.add_node(measure.id, label=Label.MEASURE.value, **measure.properties("batched"))
    rounds_before = store.round_trips

    # when
    store.replace_cities(graph)

    # then
    assert store.counts("batched").nodes["Measure"] == 2502
    assert store.round_trips - rounds_before < 60


def _drop_entries(text: str, node_id: str) -> str:
    """Remove the YAML list entries (nodes and relationships) that mention ``node_id``."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if line.startswith("  - ") or not line.startswith(" "):
            blocks.append([])
        blocks[-1].append(line)
    return "".join(
        "".join(b) for b in blocks if not (b and b[0].startswith("  - ") and node_id in "".join(b))
    )


def test_an_unchanged_reload_only_reads(store: BoltStore, tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "unchanged")])
    store.replace_cities(graph)
    before = store.round_trips

    # when
    store.replace_cities(graph)

    # then: the layers' nodes and relationships are read; nothing else is sent
    assert store.round_trips - before == 2


def test_a_node_whose_label_changed_is_written_anew_with_its_relationships(
    store: BoltStore, tmp_path: Path
) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "relabel")])
    store.replace_cities(graph)
    node = "relabel-stabsstelle-integration"

    # when: the unit becomes a body
    graph.nodes[node].update(label="Body", kind="working_group")
    store.replace_cities(graph)

    # then
    counts = store.counts("relabel")
    assert counts.nodes["OrgUnit"] == EXAMPLE_NODES["OrgUnit"] - 1
    assert counts.nodes["Body"] == EXAMPLE_NODES["Body"] + 1
    assert dict(counts.relationships) == EXAMPLE_RELATIONSHIPS
    assert entity(QueryExecutor(store), node)["label"] == "Body"  # type: ignore[index]


def test_a_renamed_node_is_found_by_its_new_name_only(store: BoltStore, tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "renamed")])
    store.replace_cities(graph)
    ask = QueryExecutor(store)

    def found(word: str) -> list[str]:
        rows = ask.many("search", text=word, word=word, kinds=None, first=1000, offset=0)
        return [row["id"] for row in rows if row["properties"]["city"] == "renamed"]

    # when
    graph.nodes["renamed-stadtrat"].update(name="Gemeinderat", search_key=fold("Gemeinderat"))
    store.replace_cities(graph)

    # then
    assert found("gemeinderat") == ["renamed-stadtrat"]
    assert found("stadtrat") == []
