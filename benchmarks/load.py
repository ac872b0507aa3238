"""Batched writer vs the same statements sent one row at a time, side by side in one run.

    python benchmarks/load.py [N] [--uri bolt://… --user … --password …]

Loads N synthetic entities (and about N relationships) into a fresh store twice: once
through the batched writer (``UNWIND $rows …`` creates, search-term links and relationship
merges, one transaction), once as one auto-committed statement per row (the same
statements with a single row each), after a warm-up of both paths on a small graph (the
JVM compiles its hot code first). Prints both rates and the ratio (once a goal of ≥ 25×;
ArcadeDB's single auto-committed write costs only about 1 ms, so the ratio is printed to
compare engines, not judged). Uses the embedded store in a temporary directory unless a
Bolt URI is given.
"""

from __future__ import annotations

import argparse
import time

import networkx as nx
from _store import add_store_options, benchmark_store

from govgraph.store import BoltStore, store_statements
from govgraph.store.writer import Stored, plan_replacement

CITY = "benchstadt"
WARM_UP = 2_000


def synthetic_graph(count: int) -> nx.MultiDiGraph[str]:
    """``count`` entities of a city: departments, offices, bodies, measures, with links."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[CITY])
    cite = {"source_documents": ["bench-doc"], "source_quotes": ["synthetic"]}
    graph.add_node(CITY, label="City", city=CITY, name="Benchstadt", kind="city", **cite)
    departments = max(1, count // 50)
    for index in range(1, count):
        node = f"{CITY}-{index}"
        if index <= departments:
            label, kind, parent, rel = "OrgUnit", "department", CITY, "PART_OF"
        elif index % 10 == 0:
            label, kind, parent, rel = (
                "Body",
                "working_group",
                f"{CITY}-{index % departments + 1}",
                "PART_OF",
            )
        elif index % 3 == 0:
            label, kind, parent, rel = (
                "OrgUnit",
                "office",
                f"{CITY}-{index % departments + 1}",
                "PART_OF",
            )
        else:
            label, kind, parent, rel = (
                "Measure",
                "measure",
                f"{CITY}-{index % departments + 1}",
                None,
            )
        graph.add_node(node, label=label, city=CITY, name=f"Einheit {index}", kind=kind, **cite)
        if rel is None:
            graph.add_edge(
                parent, node, key=f"owns:{parent}:{node}", type="OWNS", city=CITY, **cite
            )
        else:
            graph.add_edge(
                node, parent, key=f"part_of:{node}:{parent}", type="PART_OF", city=CITY, **cite
            )
    return graph


def batched(store: BoltStore, graph: nx.MultiDiGraph[str]) -> float:
    """Seconds to write ``graph`` through the batched writer."""
    start = time.perf_counter()
    store.replace_cities(graph)
    return time.perf_counter() - start


def per_row(store: BoltStore, graph: nx.MultiDiGraph[str]) -> float:
    """Seconds to write ``graph`` one row per statement, each in its own transaction."""
    statements = store_statements()
    writes = plan_replacement(graph, Stored())  # what the writer sends into an empty store
    start = time.perf_counter()
    with store._driver.session(database=store._database) as session:
        for write in writes:
            text = statements[write.statement].render(**write.template)
            for row in write.params["rows"]:
                session.run(text, {"rows": [row]}).consume()
    return time.perf_counter() - start


def main() -> None:
    """Run both loads and print rates and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "count", nargs="?", type=int, default=20_000, help="entities (default 20000)"
    )
    add_store_options(parser)
    args = parser.parse_args()
    graph = synthetic_graph(args.count)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    with benchmark_store(args) as store:
        print(f"rows: {graph.number_of_nodes()} nodes + {graph.number_of_edges()} relationships")
        warm_up = synthetic_graph(min(args.count, WARM_UP))  # JIT-compile both paths first
        for write in (batched, per_row):
            store.delete_everything()
            write(store, warm_up)
        store.delete_everything()
        fast = batched(store, graph)
        store.delete_everything()
        slow = per_row(store, graph)
        counts = store.counts(CITY)
        assert counts.total_nodes == graph.number_of_nodes(), counts
        assert counts.total_relationships == graph.number_of_edges(), counts
        store.delete_everything()
    print(f"batched: {fast:8.2f} s  {rows / fast:10.0f} rows/s")
    print(f"per-row: {slow:8.2f} s  {rows / slow:10.0f} rows/s")
    print(f"ratio batched/per-row: {slow / fast:.1f}x")


if __name__ == "__main__":
    main()
