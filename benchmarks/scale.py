"""The core questions, the load and the store at 5 cities and at 5 + 5N, in one run.

    python benchmarks/scale.py [--copies N] [--chunk K] [--repeat R] [--warm-up W]
        [--jobs J] [--heap 512m] [--uri bolt://… --user … --password … --database …]

Empties the store (a fresh embedded one in a temporary directory unless a Bolt URI is
given), then:

1. builds one renamed copy of the five bundled cities through the public load path and
   checks it against the originals (every id renamed, nothing else changed but the city
   names); writes it twice (new, then unchanged) to warm up the JVM, and deletes it;
2. loads the five bundled cities (``load_structure_files`` → ``to_networkx`` →
   ``replace_cities``) into the empty store, timed;
3. asks each core question about the original cities, through GraphQL over HTTP
   (``create_app`` served by uvicorn in a thread, one keep-alive ``httpx.Client``) and as
   the same statements through the driver: each request is run once in-process against a
   store that notes every statement it sends (names are recorded, not assumed), and the
   driver side replays those calls with ``QueryExecutor.many``. The diagram page
   (``GET /diagrams/bamberg``) is paired with ``read_city_graph`` of that city.
   ``--warm-up`` untimed runs, then ``--repeat`` timed runs per side, interleaved; medians;
4. loads N renamed copies of the five cities (copy k of ``bamberg`` is the city
   ``bamberg-k0007`` named "Bamberg (Kopie 7)", every id ``bamberg-…`` becomes
   ``bamberg-k0007-…``) in chunks of K copies, one ``replace_cities`` per chunk, timed;
5. measures the store's size on disk and the embedded server's memory, and asks the
   questions again at 5 + 5N cities;
6. writes one more chunk of copies through ``replace_cities`` and the same rows (ids and
   city renamed) as bare ``UNWIND … CREATE`` in one transaction, in the same store format
   (both labels, the search-term links) but without reads, checks or fingerprints, then
   deletes both (the chunk through the writer, by replacing its cities with nothing; the
   bare rows by ``DETACH DELETE``);
7. reloads the unchanged five-city graph, timed.

The renamed copies are built from the bundled files: parsed once, every string in an id
position (``id``, ``from``, ``to``, ``on_behalf_of``, a source's ``document``) renamed,
written to a temporary file as JSON (which is YAML, and dumps far faster) and loaded with
``load_structure_files``, in ``--jobs`` worker processes while the store is idle.

Goals: each question's median grows at most 2.0× from 5 to 5 + 5N cities, on both sides;
the last chunk takes at most 1.5× the first chunk's time per row; the unchanged reload
takes at most 0.25× the first load; the writer reaches at least 0.8× the rate of bare
CREATE. A miss is reported, not an error: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import networkx as nx
from _bare import bare_create, bare_statements, delete_bare
from _copies import Copy, bundled_trees, check_copy, copies_graph, copy_number, set_trees
from _scale_questions import GROWTH_GOAL, Sample, growth, measure, report_questions
from _store import add_store_options, benchmark_store_in, targets
from _table import SideBySide

from govgraph.graphmodel import to_networkx
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.store import BoltStore
from govgraph.web import create_app
from govgraph.web.testing import serving_in_background

CHUNK_GOAL = 1.5
"""Most time per row the last chunk may take, as a multiple of the first chunk's."""
RELOAD_GOAL = 0.25
"""Most time the unchanged reload may take, as a multiple of the first load."""
WRITER_GOAL = 0.8
"""Least rate the writer must reach, as a multiple of bare CREATE."""


def rows_of(graph: nx.MultiDiGraph[str]) -> int:
    """Nodes + relationships."""
    return graph.number_of_nodes() + graph.number_of_edges()


def timed_load(store: BoltStore, graph: nx.MultiDiGraph[str]) -> float:
    """Seconds ``replace_cities`` takes for ``graph``."""
    start = time.perf_counter()
    store.replace_cities(graph)
    return time.perf_counter() - start


def remove_cities(store: BoltStore, graph: nx.MultiDiGraph[str]) -> None:
    """Delete the graph's cities through the writer: replace them by nothing."""
    store.replace_cities(nx.MultiDiGraph(cities=list(graph.graph["cities"])))


# --- store size -----------------------------------------------------------------------


def directory_size(path: Path) -> int:
    """Bytes of every file under ``path``."""
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def server_memory(data_dir: Path) -> tuple[int, int]:
    """VmRSS and VmHWM in KiB of the embedded server (its pid is in ``server.json``) and its
    child processes (Neo4j's JVM runs as one), summed."""
    pid = json.loads((data_dir / "server.json").read_text())["pid"]
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    rss = hwm = 0
    for process in [str(pid), *children]:
        status = Path(f"/proc/{process}/status").read_text().splitlines()
        fields = {
            key: value.split()[0]
            for key, _, value in (line.partition(":") for line in status)
            if value.split()
        }
        rss += int(fields.get("VmRSS", 0))
        hwm += int(fields.get("VmHWM", 0))
    return rss, hwm


@dataclass(frozen=True)
class Footprint:
    """The store's size on disk and its server's memory, once every copy is loaded."""

    disk_bytes: int
    rss_kib: int
    hwm_kib: int


def footprint(data_dir: Path | None, cities: int) -> Footprint | None:
    """Print and return the data directory's size and the server's memory (None for a URI)."""
    if data_dir is None:
        print("store size on disk: n/a (Bolt URI); server memory: n/a")
        return None
    size = directory_size(data_dir)
    rss, hwm = server_memory(data_dir)
    print(
        f"store size on disk: {size / 2**20:.1f} MiB in {data_dir} "
        f"({size / cities / 1024:.1f} KiB per city, {cities} cities)"
    )
    print(f"embedded server memory (with its children): VmRSS {rss} kB, peak VmHWM {hwm} kB")
    return Footprint(size, rss, hwm)


# --- the run --------------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleRun:
    """Everything measured on one store."""

    small: Sample
    large: Sample
    chunks: list[tuple[int, float, int]]
    """Per chunk: rows, seconds, cities before it."""
    first_load: float
    reload: float
    writes: tuple[int, float, float]
    """Rows of the extra chunk, seconds through the writer, seconds as bare CREATE."""
    footprint: Footprint | None

    @property
    def chunk_ratio(self) -> float:
        """Time per row of the last chunk over the first's."""
        (first_rows, first_s, _), (last_rows, last_s, _) = self.chunks[0], self.chunks[-1]
        return (last_s / last_rows) / (first_s / first_rows)

    @property
    def reload_ratio(self) -> float:
        """The unchanged reload's time over the first load's."""
        return self.reload / self.first_load

    @property
    def writer_ratio(self) -> float:
        """The writer's rate over bare CREATE's."""
        _, writer, bare = self.writes
        return bare / writer


def main() -> None:
    """On every store in turn: every measurement in order, printing progress, then the
    store's tables and goals; at the end the summary of all stores side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--copies", type=int, default=1000, help="renamed copies of the 5 cities (default 1000)"
    )
    parser.add_argument("--chunk", type=int, default=100, help="copies per write (default 100)")
    parser.add_argument(
        "--repeat", type=int, default=20, help="timed runs per question and side (default 20)"
    )
    parser.add_argument("--warm-up", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes building the copies (default: one per CPU)",
    )
    add_store_options(parser, heap=True)
    args = parser.parse_args()
    if args.copies < 1 or args.chunk < 1 or args.repeat < 1 or args.warm_up < 0 or args.jobs < 1:
        parser.error("--copies, --chunk, --repeat and --jobs must be at least 1, --warm-up >= 0")
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    wall = time.perf_counter()
    trees = bundled_trees()
    set_trees(trees)
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    pool = (
        ProcessPoolExecutor(args.jobs, context, initializer=set_trees, initargs=(trees,))
        if args.jobs > 1
        else None
    )
    runs = {}
    try:
        for target in targets(args):
            print(f"=== {target} ===")
            started = time.perf_counter()
            runs[target] = run(args, pool, target)
            print(f"{target}: {time.perf_counter() - started:.1f} s\n")
    finally:
        if pool is not None:
            pool.shutdown()
    print_side_by_side(runs)
    print(f"total wall time: {time.perf_counter() - wall:.1f} s")


def run(args: argparse.Namespace, pool: Executor | None, target: str) -> ScaleRun:
    """The measurements on ``target``'s store, in the order of the module docstring."""
    copies = args.copies
    total_cities = 5 + 5 * copies
    five = to_networkx(load_structure_files(bundled_structure_files()))
    print(
        f"{copies} copies of the 5 cities in chunks of {args.chunk} (5 + {5 * copies} = "
        f"{total_cities} cities); five cities: {five.number_of_nodes()} nodes + "
        f"{five.number_of_edges()} relationships; heap {'n/a' if args.uri else args.heap}"
    )
    with benchmark_store_in(args, target) as (store, data_dir):
        store.delete_everything()
        start = time.perf_counter()
        warm = copies_graph(None, [Copy("warmup", "Aufwärmkopie")])
        check_copy(five, warm, "warmup")
        print(
            f"renamed copy checked against the originals ({time.perf_counter() - start:.2f} s "
            "to build); warming up on it"
        )
        timed_load(store, warm)  # new, then unchanged: the JIT compiles both paths
        timed_load(store, warm)
        remove_cities(store, warm)
        left = store.counts()
        if left.total_nodes or left.total_relationships:
            print(f"  note: {left} left after deleting the warm-up copy")

        first_load = timed_load(store, five)
        print(f"first load of the 5 cities: {first_load * 1000:.1f} ms")

        with (
            serving_in_background(create_app(store)) as url,
            httpx.Client(base_url=url, timeout=600) as client,
        ):
            print(f"API: {url}/graphql (uvicorn in a thread of this process)")
            small = measure(store, client, 5, args.repeat, args.warm_up)

            chunks: list[tuple[int, float, int]] = []  # rows, seconds, cities before
            numbers = list(range(copies))
            loaded = 5
            for index, start_k in enumerate(range(0, copies, args.chunk), start=1):
                part = [copy_number(k) for k in numbers[start_k : start_k + args.chunk]]
                built = time.perf_counter()
                graph = copies_graph(pool, part)
                built = time.perf_counter() - built
                seconds = timed_load(store, graph)
                rows = rows_of(graph)
                chunks.append((rows, seconds, loaded))
                loaded += 5 * len(part)
                print(
                    f"  chunk {index}/{-(-copies // args.chunk)}: copies {part[0].suffix}–"
                    f"{part[-1].suffix}, {rows} rows written in {seconds:.2f} s "
                    f"({rows / seconds:.0f} rows/s; built in {built:.1f} s); {loaded} cities"
                )
                del graph
            counts = store.counts()
            print(
                f"store: {counts.nodes.get('City', 0)} cities, {counts.total_nodes} nodes, "
                f"{counts.total_relationships} relationships"
            )
            sizes = footprint(data_dir, loaded)
            large = measure(store, client, loaded, args.repeat, args.warm_up)

        extra = [Copy(f"w{k:04d}", f"Schreibkopie {k}") for k in range(min(args.chunk, copies))]
        built = time.perf_counter()
        graph = copies_graph(pool, extra)
        built = time.perf_counter() - built
        rows = rows_of(graph)
        writer = timed_load(store, graph)
        bare = bare_create(store, bare_statements(graph))
        remove_cities(store, graph)
        delete_bare(store, graph)
        print(
            f"writer vs bare CREATE: {rows} rows ({5 * len(extra)} new cities) each way, "
            f"deleted again; built in {built:.1f} s"
        )

        reload = timed_load(store, five)
        after = store.counts()
        if after.total_nodes != counts.total_nodes:
            print(f"  note: {after.total_nodes} nodes after the reload, not {counts.total_nodes}")
        result = ScaleRun(small, large, chunks, first_load, reload, (rows, writer, bare), sizes)
        print_report(result, total_cities)
        store.delete_everything()
    return result


def print_report(result: ScaleRun, total_cities: int) -> None:
    """Print the question table, then the load, reload and writer figures with their goals."""
    rows, writer, bare = result.writes
    print()
    met_driver, met_http, questions = report_questions(result.small, result.large)
    print()
    (first_rows, first_s, first_at), (last_rows, last_s, last_at) = (
        result.chunks[0],
        result.chunks[-1],
    )
    first_rate, last_rate = first_rows / first_s, last_rows / last_s
    print(
        f"load, first chunk: {first_rows} rows in {first_s:.2f} s = {first_rate:.0f} rows/s"
        f" (into {first_at} cities)"
    )
    print(
        f"load, last chunk:  {last_rows} rows in {last_s:.2f} s = {last_rate:.0f} rows/s"
        f" (into {last_at} cities)"
    )
    print(
        f"rate last/first: {last_rate / first_rate:.2f} (goal >= {1 / CHUNK_GOAL:.2f}); time per "
        f"row last/first: {result.chunk_ratio:.2f}x (goal <= {CHUNK_GOAL}x)  "
        f"{_verdict(result.chunk_ratio <= CHUNK_GOAL)}"
    )
    print(
        f"first load of the 5 cities (empty store): {result.first_load * 1000:.1f} ms; unchanged"
        f" reload (at {total_cities} cities): {result.reload * 1000:.1f} ms; ratio "
        f"{result.reload_ratio:.2f}x (goal <= {RELOAD_GOAL}x)  "
        f"{_verdict(result.reload_ratio <= RELOAD_GOAL)}"
    )
    print(
        f"writer (replace_cities): {rows} rows in {writer:.2f} s = {rows / writer:.0f} rows/s; "
        f"bare CREATE: {bare:.2f} s = {rows / bare:.0f} rows/s; ratio writer/bare "
        f"{result.writer_ratio:.2f} (goal >= {WRITER_GOAL})  "
        f"{_verdict(result.writer_ratio >= WRITER_GOAL)}"
    )
    print(
        f"overall: growth <= {GROWTH_GOAL}x met by {met_driver} of {questions} questions on the "
        f"driver, {met_http} of {questions} over GraphQL/HTTP; load "
        f"{_verdict(result.chunk_ratio <= CHUNK_GOAL)}, reload "
        f"{_verdict(result.reload_ratio <= RELOAD_GOAL)}, writer "
        f"{_verdict(result.writer_ratio >= WRITER_GOAL)}"
    )


def _verdict(met: bool) -> str:
    return "meets" if met else "MISSES"


def print_side_by_side(runs: dict[str, ScaleRun]) -> None:
    """The growth of every question and the store's goals, one column group per store."""
    if not runs:
        return
    [cities] = {(r.small.cities, r.large.cities) for r in runs.values()}
    print(f"=== side by side: growth of the medians from {cities[0]} to {cities[1]} cities ===")
    table = SideBySide("question", list(runs), ["driver", "GraphQL", ""])
    for probe in next(iter(runs.values())).small.probes:
        row = {}
        for target, result in runs.items():
            driver = growth(result.small, result.large, probe.name, "driver")
            http = growth(result.small, result.large, probe.name, "graphql")
            row[target] = [
                f"{driver:.2f}x",
                f"{http:.2f}x",
                _verdict(max(driver, http) <= GROWTH_GOAL),
            ]
        table.add(probe.name, row)
    table.print()
    print(f"goal: each side grows at most {GROWTH_GOAL}x")
    print()
    goals = SideBySide("store", list(runs), ["value", "goal", ""])
    measures: list[tuple[str, Callable[[ScaleRun], float], str, Callable[[float], bool]]] = [
        (
            "load: time per row last/first chunk",
            lambda r: r.chunk_ratio,
            f"<= {CHUNK_GOAL}x",
            lambda v: v <= CHUNK_GOAL,
        ),
        (
            "unchanged reload / first load",
            lambda r: r.reload_ratio,
            f"<= {RELOAD_GOAL}x",
            lambda v: v <= RELOAD_GOAL,
        ),
        (
            "writer / bare CREATE (rate)",
            lambda r: r.writer_ratio,
            f">= {WRITER_GOAL}",
            lambda v: v >= WRITER_GOAL,
        ),
    ]
    for name, value, goal, met in measures:
        goals.add(
            name,
            {t: [f"{value(r):.2f}", goal, _verdict(met(value(r)))] for t, r in runs.items()},
        )
    sized = {t: r.footprint for t, r in runs.items() if r.footprint is not None}
    goals.add(
        "size on disk", {t: [f"{f.disk_bytes / 2**20:.1f} MiB", "", ""] for t, f in sized.items()}
    )
    goals.add(
        "server VmHWM", {t: [f"{f.hwm_kib / 1024:.0f} MiB", "", ""] for t, f in sized.items()}
    )
    goals.print()


if __name__ == "__main__":
    main()
