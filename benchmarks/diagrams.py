"""Diagram and chart times: one real city from the store, and a synthetic 5 000-node structure.

    python benchmarks/diagrams.py [--repeat N] [--nodes N] [--engines …]
        [--uri bolt://… --user … --password …]

Loads the five bundled cities into a fresh store and times, for Bamberg's structure view,
each step ``govgraph diagram`` and ``govgraph chart`` take: reading the city graph from the
store (``read_city_graph``), building the diagram (``build_diagram``, layout included),
rendering the interactive HTML page (``render_html``) and rendering the print chart in each
format (``render_chart``: SVG, PDF, PNG on A4, Graphviz ``dot`` included).

Then the same steps for a synthetic city of ``--nodes`` nodes (default 5 000): a networkx
graph built here in the shape ``read_city_graph`` returns (node attributes ``label``,
``kind``, ``name``, ``city``, ``source_documents``, ``source_quotes``; edge attributes
``type``, ``role`` for memberships, ``city`` and the citations), with the kinds spread over
every tier of the structure view and about 1.5 structure lines per node. It is written into
the store with ``store.replace_cities`` (not timed) and read back like the real city, so the
read is timed at that size too.

Each figure is the median of ``--repeat`` runs (default 5) after one untimed warm-up run.
Prints a table: the seconds per step for both cities, and the size in bytes of each output.
Runs on each engine in turn (``--engines``, default both), each with a fresh embedded store
in a temporary directory, or once on the Bolt server of ``--uri``; one table per store.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import _store
import networkx as nx
from _store import add_store_options, benchmark_store

from govgraph.graphmodel import to_networkx
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore
from govgraph.visualisations import (
    ChartFormat,
    View,
    build_diagram,
    read_city_graph,
    render_chart,
    render_html,
)

T = TypeVar("T")

CITY = "bamberg"
SYNTHETIC = "grossstadt"
DOCUMENT = f"{SYNTHETIC}-konzept"

KINDS: list[tuple[str, str, float]] = [
    ("Body", "committee", 3),
    ("Body", "party_group", 2),
    ("Body", "steering", 1),
    ("Body", "working_group", 12),
    ("Body", "advisory_council", 2),
    ("Body", "forum", 2),
    ("Body", "network", 2),
    ("OrgUnit", "department", 5),
    ("OrgUnit", "office", 40),
    ("OrgUnit", "company", 3),
    ("OrgUnit", "external", 6),
    ("Post", "post", 22),
]
"""Label, kind and share (per cent) of the synthetic city's nodes besides the council."""

NAMES = {
    "committee": "Ausschuss für Soziales, Bildung und Integration",
    "party_group": "Fraktion",
    "steering": "Steuerungsgruppe Integration",
    "working_group": "Arbeitsgruppe Sprache und Bildung",
    "advisory_council": "Integrationsbeirat",
    "forum": "Forum Vielfalt",
    "network": "Netzwerk Integration",
    "department": "Dezernat für Jugend, Soziales und Gesundheit",
    "office": "Amt für Soziales",
    "company": "Wohnungsbaugesellschaft",
    "external": "Migrationsberatung",
    "post": "Integrationsbeauftragte",
}

LINES: dict[str, list[tuple[str, tuple[str, ...], str | None]]] = {
    "committee": [("PART_OF", ("council",), None)],
    "party_group": [("MEMBER_OF", ("council",), "member")],
    "steering": [("REPORTS_TO", ("council", "committee"), None)],
    "working_group": [
        ("REPORTS_TO", ("steering",), None),
        ("RECOMMENDS_TO", ("committee", "steering"), None),
    ],
    "advisory_council": [("ADVISES", ("council", "committee"), None)],
    "forum": [("INFORMS", ("steering", "committee"), None)],
    "network": [("INFORMS", ("steering",), None)],
    "department": [("REPORTS_TO", ("steering",), None)],
    "office": [
        ("PART_OF", ("department",), None),
        ("ORGANISES", ("working_group", "forum", "network"), None),
        ("INFORMS", ("steering", "working_group"), None),
    ],
    "company": [("MEMBER_OF", ("network", "working_group"), "member")],
    "external": [("MEMBER_OF", ("network", "forum", "advisory_council"), "member")],
    "post": [
        ("HEADS", ("office", "department"), None),
        ("MEMBER_OF", ("working_group", "steering", "committee"), "chair"),
        ("MEMBER_OF", ("working_group", "steering"), "member"),
    ],
}
"""Per kind, the lines a node of it may draw: type, kinds of target, role."""


def synthetic_city(count: int, seed: int = 1) -> nx.MultiDiGraph[str]:
    """A city of ``count`` nodes (city and council included), shaped like `read_city_graph`'s.

    Every node gets its first possible line, and each further one with probability 0.4,
    to a random node of a fitting kind: about 1.5 structure lines per node.
    """
    pick = random.Random(seed)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(cities=[SYNTHETIC])
    by_kind: dict[str, list[str]] = {kind: [] for _, kind, _ in KINDS}

    def add(node: str, label: str, kind: str, name: str, **extra: Any) -> None:
        quote = f"{name} (synthetisch)"
        graph.add_node(
            node,
            label=label,
            kind=kind,
            name=name,
            city=SYNTHETIC,
            source_documents=[DOCUMENT],
            source_quotes=[quote],
            **extra,
        )

    add(SYNTHETIC, "City", "city", "Großstadt")
    add(f"{SYNTHETIC}-rat", "Body", "council", "Rat der Stadt")
    by_kind["council"] = [f"{SYNTHETIC}-rat"]
    labels = [(label, kind) for label, kind, _ in KINDS]
    shares = [share for _, _, share in KINDS]
    for index in range(count - 2):
        label, kind = pick.choices(labels, shares)[0]
        node = f"{SYNTHETIC}-{kind.replace('_', '-')}-{index}"
        extra = {"coordination": pick.random() < 0.1} if label == "OrgUnit" else {}
        add(node, label, kind, f"{NAMES[kind]} {index}", **extra)
        by_kind[kind].append(node)
    for kind, nodes in by_kind.items():
        for node in nodes:
            for number, (rel_type, targets, role) in enumerate(LINES.get(kind, [])):
                candidates = [t for target in targets for t in by_kind[target] if t != node]
                if not candidates or (number > 0 and pick.random() >= 0.4):
                    continue
                target = pick.choice(candidates)
                key = f"{rel_type.lower()}:{node}:{target}" + (f":{role}" if role else "")
                graph.add_edge(
                    node,
                    target,
                    key=key,
                    type=rel_type,
                    city=SYNTHETIC,
                    source_documents=[DOCUMENT],
                    source_quotes=[f"{node} {rel_type} {target}"],
                    **({"role": role} if role else {}),
                )
    return graph


@dataclass
class Case:
    """One city's figures: seconds per step (median) and output sizes in bytes."""

    city: str
    seconds: dict[str, float] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    nodes: int = 0
    edges: int = 0


def median_seconds(step: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The median wall time of ``repeat`` runs of ``step`` after one warm-up; its last result."""
    result = step()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(store: BoltStore, city: str, repeat: int) -> Case:
    """Time every step from the store to each output for ``city``'s structure view."""
    ask = QueryExecutor(store)
    case = Case(city)
    seconds, graph = median_seconds(partial(read_city_graph, ask, [city]), repeat)
    case.seconds["read_city_graph"] = seconds
    seconds, drawing = median_seconds(partial(build_diagram, graph, View.STRUCTURE), repeat)
    case.seconds["build_diagram"] = seconds
    case.nodes, case.edges = len(drawing.nodes), len(drawing.edges)
    seconds, page = median_seconds(partial(render_html, drawing), repeat)
    case.seconds["render_html"] = seconds
    case.sizes["render_html"] = len(page.encode("utf-8"))
    for chart_format in ChartFormat:
        step = f"render_chart {chart_format.value}"
        seconds, drawn = median_seconds(partial(render_chart, drawing, chart_format), repeat)
        case.seconds[step] = seconds
        case.sizes[step] = len(drawn)
    return case


def table(cases: list[Case]) -> str:
    """The figures side by side: one row per step, seconds and bytes per city."""
    steps = list(cases[0].seconds)
    head = f"{'step':<20}" + "".join(f"{c.city:>16}{'bytes':>12}" for c in cases)
    rows = [head, "-" * len(head)]
    for step in steps:
        cells = "".join(
            f"{case.seconds[step]:>14.3f} s"
            + (f"{case.sizes[step]:>12,}" if step in case.sizes else f"{'':>12}")
            for case in cases
        )
        rows.append(f"{step:<20}{cells}")
    drawn = "".join(f"{f'{c.nodes} nodes, {c.edges} lines':>28}" for c in cases)
    rows.append(f"{'drawn':<20}{drawn}")
    return "\n".join(rows)


def main() -> None:
    """On every store: load the cities, time each step for both, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per step (default 5)")
    parser.add_argument(
        "--nodes", type=int, default=5_000, help="synthetic city's nodes (default 5000)"
    )
    add_store_options(parser)
    args = parser.parse_args()
    for target in _store.targets(args):
        with benchmark_store(args, target) as store:
            store.replace_cities(to_networkx(load_structure_files(bundled_structure_files())))
            synthetic = synthetic_city(args.nodes)
            store.replace_cities(synthetic)
            print(
                f"synthetic city: {synthetic.number_of_nodes()} nodes, "
                f"{synthetic.number_of_edges()} relationships; repeat {args.repeat}"
            )
            cases = [measure(store, CITY, args.repeat), measure(store, SYNTHETIC, args.repeat)]
            store.delete_everything()
        print(f"on {target}:")
        print(table(cases))


if __name__ == "__main__":
    main()
