"""A store written by govgraph before format 2 is upgraded in place when it is opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from support import Cli, bolt_driver, entity, example_dataset

from govgraph.graphmodel import Label, fold, to_networkx
from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore, StoreSettings, open_store
from govgraph.store.schema import STORE_VERSION


def _write_format_1(settings: StoreSettings, graph: nx.MultiDiGraph[str]) -> None:
    """Write ``graph`` as govgraph 0.x did: one label per node, no fingerprints, no terms,
    and no version node."""
    driver, database = bolt_driver(settings)
    with driver, driver.session(database=database) as session:
        for node_id, attrs in graph.nodes(data=True):
            props = {k: v for k, v in attrs.items() if k != "label"} | {"id": node_id}
            session.run(f"CREATE (n:{attrs['label']}) SET n = $props", props=props).consume()
        for source, target, key, attrs in graph.edges(keys=True, data=True):
            props = {k: v for k, v in attrs.items() if k != "type"} | {"key": key}
            session.run(
                f"MATCH (a:{graph.nodes[source]['label']} {{id: $source}}) "
                f"MATCH (b:{graph.nodes[target]['label']} {{id: $target}}) "
                f"CREATE (a)-[r:{attrs['type']}]->(b) SET r = $props",
                source=source,
                target=target,
                props=props,
            ).consume()
        session.run("MATCH (v:GovgraphStore) DELETE v").consume()


@pytest.fixture
def format_1_city(store_settings: StoreSettings, tmp_path: Path) -> Iterator[nx.MultiDiGraph[str]]:
    """The example city as ``altstadt``, written in format 1 into the session's store."""
    graph = to_networkx([example_dataset(tmp_path, "altstadt")])
    _write_format_1(store_settings, graph)
    yield graph
    driver, database = bolt_driver(store_settings)
    with driver, driver.session(database=database) as session:
        for label in Label:
            session.run(f"MATCH (n:{label.value} {{city: 'altstadt'}}) DETACH DELETE n").consume()
    with open_store(store_settings):  # leaves the store current for the tests after
        pass


def test_opening_a_format_1_store_upgrades_it(
    store: BoltStore, store_settings: StoreSettings, format_1_city: nx.MultiDiGraph[str]
) -> None:
    # given: the old city is invisible to the questions, which start from the Entity label
    ask = QueryExecutor(store)
    assert entity(ask, "altstadt-stadtrat") is None

    # when
    with open_store(store_settings) as upgraded:
        done = upgraded.upgrade()

    # then
    assert done.found == 1
    assert done.nodes == format_1_city.number_of_nodes()
    assert done.relationships == format_1_city.number_of_edges()
    stored = entity(ask, "altstadt-stadtrat")
    assert stored is not None
    attrs = {k: v for k, v in format_1_city.nodes["altstadt-stadtrat"].items() if k != "label"}
    properties = {k: v for k, v in stored["properties"].items() if k != "fingerprint"}
    assert (stored["label"], properties) == ("Body", {"id": "altstadt-stadtrat", **attrs})
    found = ask.many(
        "search", text=fold("Stadtrat"), word="stadtrat", kinds=None, first=500, offset=0
    )
    assert "altstadt-stadtrat" in [row["id"] for row in found]
    assert store.counts("altstadt").total_relationships == format_1_city.number_of_edges()


def test_a_load_of_the_same_city_after_the_upgrade_only_reads(
    store: BoltStore, store_settings: StoreSettings, format_1_city: nx.MultiDiGraph[str]
) -> None:
    # given: the upgrade wrote every node anew, with its fingerprint
    with open_store(store_settings) as upgraded:
        upgraded.upgrade()

    # when
    before = store.round_trips
    store.replace_cities(format_1_city)

    # then: the layer's nodes and relationships are read, and nothing written
    assert store.round_trips - before == 2
    assert store.counts("altstadt").total_nodes == format_1_city.number_of_nodes()
    assert store.counts("altstadt").total_relationships == format_1_city.number_of_edges()


def test_db_migrate_reports_a_current_store(cli: Cli, five_cities: QueryExecutor) -> None:
    # when
    result = cli("db", "migrate")

    # then
    assert result.code == 0
    assert f"Speicher hat bereits Format {STORE_VERSION}; nichts zu tun." in result.out


def test_db_migrate_reports_what_it_upgraded(cli: Cli, format_1_city: nx.MultiDiGraph[str]) -> None:
    # when
    result = cli("db", "migrate")

    # then
    assert result.code == 0
    nodes, relationships = format_1_city.number_of_nodes(), format_1_city.number_of_edges()
    assert (
        f"Speicher von Format 1 auf {STORE_VERSION} umgestellt: {nodes} Knoten und "
        f"{relationships} Beziehungen neu geschrieben, 0 Kennungen umbenannt."
    ) in " ".join(result.out.split())
