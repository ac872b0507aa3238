"""Bare ``UNWIND … CREATE`` of a graph's rows in one transaction: the writer's yardstick.

The bare side writes what the writer writes into an empty store, the same rows in the
same store format (both labels, the links to the search terms), but reads nothing,
checks nothing and computes no fingerprints.
"""

from __future__ import annotations

import time
from typing import Any

import neo4j
import networkx as nx

from govgraph.store import BoltStore, store_statements
from govgraph.store.schema import search_words
from govgraph.store.writer import batched, link_writes


def _consume(tx: neo4j.ManagedTransaction, text: str, params: dict[str, Any]) -> None:
    tx.run(text, params).consume()


def bare_statements(graph: nx.MultiDiGraph[str]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Bare ``UNWIND … CREATE`` statements with their rows for ``graph``, ids renamed.

    Every id and city ``c…`` becomes ``c-bare…``, so the rows collide with nothing.
    """
    links: dict[str, list[str]] = {}

    def bare(node: str) -> str:
        city: str = graph.nodes[node]["city"]
        return f"{city}-bare{node[len(city) :]}"

    nodes: dict[str, list[dict[str, Any]]] = {}
    for node, attrs in graph.nodes(data=True):
        props = {key: value for key, value in attrs.items() if key != "label"}
        props.update(id=bare(node), city=f"{attrs['city']}-bare")
        nodes.setdefault(attrs["label"], []).append({"props": props})
        for word in search_words(attrs.get("search_key") or ""):
            links.setdefault(word, []).append(props["id"])
    relationships: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        props = {name: value for name, value in attrs.items() if name != "type"}
        props.update(key=key, city=f"{attrs['city']}-bare")
        group = (attrs["type"], graph.nodes[source]["label"], graph.nodes[target]["label"])
        row = {"source": bare(source), "target": bare(target), "props": props}
        relationships.setdefault(group, []).append(row)
    statements = []
    for label, rows in sorted(nodes.items()):
        text = f"UNWIND $rows AS row CREATE (n:{label}:Entity) SET n = row.props"
        statements += [(text, batch) for batch in batched(rows)]
    for (rel_type, start, end), rows in sorted(relationships.items()):
        text = (
            f"UNWIND $rows AS row MATCH (a:{start} {{id: row.source}}) "
            f"MATCH (b:{end} {{id: row.target}}) CREATE (a)-[r:{rel_type}]->(b) SET r = row.props"
        )
        statements += [(text, batch) for batch in batched(rows)]
    link = store_statements()["link_search_terms"].text
    for write in link_writes(links):
        statements.append((link, write.params["rows"]))
    return statements


def bare_create(store: BoltStore, statements: list[tuple[str, list[dict[str, Any]]]]) -> float:
    """Seconds to run ``statements`` in one write transaction."""

    def work(tx: neo4j.ManagedTransaction) -> None:
        for text, rows in statements:
            _consume(tx, text, {"rows": rows})

    start = time.perf_counter()
    with store._driver.session(database=store._database) as session:
        session.execute_write(work)
    return time.perf_counter() - start


def delete_bare(store: BoltStore, graph: nx.MultiDiGraph[str]) -> None:
    """Delete the bare rows made from ``graph``, label by label."""
    cities = sorted({f"{attrs['city']}-bare" for _, attrs in graph.nodes(data=True)})
    labels = sorted({attrs["label"] for _, attrs in graph.nodes(data=True)})
    with store._driver.session(database=store._database) as session:
        for label in labels:  # the model's labels (from the loader), never user input
            text = f"MATCH (n:{label}) WHERE n.city IN $cities DETACH DELETE n"
            session.execute_write(_consume, text, {"cities": cities})
