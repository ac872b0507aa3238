"""Batched writer vs the same statements sent one row at a time, side by side in one run.

    python benchmarks/load.py [N] [--engines arcadedb,neo4j] [--uri bolt://… --user … --password …]

Loads N synthetic entities (and about N relationships) into a fresh store twice: once
through the batched writer (``UNWIND $rows …`` creates, search-term links and relationship
merges, one transaction), once as one auto-committed statement per row (the same
statements with a single row each), after a warm-up of both paths on a small graph (the
JVM compiles its hot code first). Runs on each engine in turn (``--engines``, default
both), each with a fresh embedded store in a temporary directory, or once on the Bolt
server of ``--uri``, and prints the rates side by side with each store's ratio.

Goal (issue 14): on Neo4j (and a server given by URI) the batched writer is at least 50×
as fast as the per-row statements. ArcadeDB's ratio is printed to compare the engines, not
judged (its goal was dropped when a single auto-committed write turned out to cost about
1 ms).
"""

from __future__ import annotations

import argparse
import time

import networkx as nx
from _store import BOLT, add_store_options, benchmark_store, targets
from _table import SideBySide

from govgraph.store import BoltStore, Engine, store_statements
from govgraph.store.writer import Stored, plan_replacement

CITY = "benchstadt"
WARM_UP = 2_000
GOAL = 50.0
"""Least ratio batched/per-row on Neo4j."""


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


def measure(store: BoltStore, count: int) -> tuple[float, float]:
    """Seconds of the batched and the per-row load of ``count`` entities, after a warm-up."""
    graph = synthetic_graph(count)
    warm_up = synthetic_graph(min(count, WARM_UP))  # JIT-compile both paths first
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
    return fast, slow


def judged(target: str) -> bool:
    """Whether ``target``'s ratio is held to `GOAL` (Neo4j, or a server given by URI)."""
    return target in (Engine.NEO4J.value, BOLT)


def main() -> None:
    """Run both loads on every store and print rates and their ratio side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "count", nargs="?", type=int, default=20_000, help="entities (default 20000)"
    )
    add_store_options(parser)
    args = parser.parse_args()
    graph = synthetic_graph(args.count)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    print(f"rows: {graph.number_of_nodes()} nodes + {graph.number_of_edges()} relationships")
    figures = {}
    for target in targets(args):
        with benchmark_store(args, target) as store:
            figures[target] = measure(store, args.count)
    table = SideBySide("", list(figures), ["s", "rows/s"])
    table.add("batched", {t: [f"{f:.2f}", f"{rows / f:.0f}"] for t, (f, _) in figures.items()})
    table.add("per-row", {t: [f"{s:.2f}", f"{rows / s:.0f}"] for t, (_, s) in figures.items()})
    print()
    table.print()
    for target, (fast, slow) in figures.items():
        ratio = slow / fast
        verdict = (
            f"(goal >= {GOAL:.0f}x)  {'meets' if ratio >= GOAL else 'MISSES'}"
            if judged(target)
            else "(not judged)"
        )
        print(f"ratio batched/per-row on {target}: {ratio:.1f}x {verdict}")


if __name__ == "__main__":
    main()
