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
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx
import networkx as nx
from _bare import bare_create, bare_statements, delete_bare
from _copies import Copy, bundled_trees, check_copy, copies_graph, copy_number, set_trees
from _store import add_store_options, benchmark_store_in
from api import (
    Call,
    RecordingStore,
    Request,
    Timings,
    driver_side,
    graphql_side,
    recorded_calls,
)

from govgraph.graphmodel import to_networkx
from govgraph.graphql import create_app
from govgraph.graphql.background import serving_in_background
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import BoltStore

GROWTH_GOAL = 2.0
"""Most a question's median may grow from 5 to 5 + 5N cities."""
CHUNK_GOAL = 1.5
"""Most time per row the last chunk may take, as a multiple of the first chunk's."""
RELOAD_GOAL = 0.25
"""Most time the unchanged reload may take, as a multiple of the first load."""
WRITER_GOAL = 0.8
"""Least rate the writer must reach, as a multiple of bare CREATE."""


DIAGRAM_CITY = "bamberg"

REQUESTS = [
    Request("cities", "query { cities(first: 5) { id name state } }", {}),
    Request(
        "city", "query City($id: ID!) { city(id: $id) { id name state } }", {"id": "nuernberg"}
    ),
    Request(
        "entity",
        "query Entity($id: ID!) { entity(id: $id) { id name kind city } }",
        {"id": "erlangen-integrationskonferenz"},
    ),
    Request(
        "search",
        "query Search($text: String!) { search(text: $text) { id name kind city } }",
        {"text": "Integrationsbeirat"},
    ),
    Request(
        "search in city",
        "query Search($text: String!, $city: String!) {"
        " search(text: $text, city: $city) { id name kind city } }",
        {"text": "Integrationsbeirat", "city": "bamberg"},
    ),
    Request(
        "bodies",
        "query Bodies($city: String!) { bodies(city: $city) { id name kind } }",
        {"city": "bamberg"},
    ),
    Request(
        "members",
        "query Members($id: ID!) { entity(id: $id) { id name"
        " ... on Body { members { role member { id name } } } } }",
        {"id": "bamberg-steuerungsgremium-integration"},
    ),
    Request(
        "chairs",
        "query Chairs($city: String!) {"
        " chairs(city: $city) { body { id name } chair { id name } heldBy { name } } }",
        {"city": "bamberg"},
    ),
    Request(
        "measures",
        "query Measures($city: String!) { measures(city: $city) { id name owners { id } } }",
        {"city": "nuernberg"},
    ),
    Request(
        "measuresWithoutOwner",
        "query Unowned($city: String!) { measuresWithoutOwner(city: $city) { id name } }",
        {"city": "braunschweig"},
    ),
    Request(
        "responsibilities",
        "query Responsibilities($city: String!) { responsibilities(city: $city) {"
        " id name responsible { id name } overseenBy { id name } } }",
        {"city": "bamberg"},
    ),
    Request(
        "reportingChain",
        "query Chain($id: ID!) { reportingChain(id: $id) {"
        " level from { id name } relation to { id name } closesCycle } }",
        {"id": "erlangen-lenkungskreis-integration"},
    ),
    Request(
        "roles",
        "query Roles($id: ID!) { roles(id: $id) { relation role target { id name } } }",
        {"id": "erlangen-koordinationsstelle-integration"},
    ),
    Request(
        "gaps",
        "query Gaps($city: String!) { gaps(city: $city) { kind entity { id } message } }",
        {"city": "bamberg"},
    ),
    Request(
        "compare",
        "query Compare($cities: [String!]!) { compare(cities: $cities) { city { id }"
        " functions { function holders { entity { id } basis } } bodies units"
        " actionFields measures measuresWithOwner reportingDepth } }",
        {"cities": ["bamberg", "erlangen"]},
    ),
    Request(
        "raci",
        "query Raci($city: String!) { raci(city: $city) { city actionFields { id }"
        " actors { id } assignments { actionField { id } actor { id } letter basis } } }",
        {"city": "bamberg"},
    ),
]
"""The core questions, each about the original cities (the same answer at both sizes)."""


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


# --- the questions --------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """One question on both sides: the driver's statements and the HTTP request."""

    name: str
    calls: list[Call]
    driver: Callable[[], float]
    http: Callable[[], float]
    answer: Callable[[], tuple[int | None, int]]
    """One HTTP request: rows of the root field (None for a page) and bytes."""


def graphql_answer(client: httpx.Client, request: Request) -> tuple[int | None, int]:
    """Rows of the root field (1 for an object) and bytes of one answer."""
    payload = {"query": request.document, "variables": request.variables}
    response = client.post("/graphql", json=payload)
    answer = response.json()
    if response.status_code != 200 or "errors" in answer:
        raise RuntimeError(f"{request.name}: HTTP {response.status_code}: {answer}")
    [root] = answer["data"].values()
    return len(root) if isinstance(root, list) else 1, len(response.content)


def diagram_driver(executor: QueryExecutor) -> float:
    """Seconds to read the diagram city's graph through the driver."""
    start = time.perf_counter()
    read_city_graph(executor, [DIAGRAM_CITY])
    return time.perf_counter() - start


def diagram_page(client: httpx.Client) -> httpx.Response:
    """The diagram page of the diagram city (which must answer 200)."""
    response = client.get(f"/diagrams/{DIAGRAM_CITY}")
    if response.status_code != 200:
        raise RuntimeError(f"diagram page: HTTP {response.status_code}: {response.text[:200]}")
    return response


def diagram_http(client: httpx.Client) -> float:
    """Seconds to get the diagram page."""
    start = time.perf_counter()
    diagram_page(client)
    return time.perf_counter() - start


def probes(store: BoltStore, client: httpx.Client) -> list[Probe]:
    """Every question with its statements as recorded now (names are not assumed)."""
    executor = QueryExecutor(store)
    found = []
    for request in REQUESTS:
        calls = recorded_calls(store, request)
        found.append(
            Probe(
                request.name,
                calls,
                partial(driver_side, executor, calls),
                partial(graphql_side, client, request),
                partial(graphql_answer, client, request),
            )
        )
    recorder = RecordingStore(store)
    read_city_graph(QueryExecutor(recorder), [DIAGRAM_CITY])
    found.append(
        Probe(
            "diagram page",
            recorder.calls,
            partial(diagram_driver, executor),
            partial(diagram_http, client),
            lambda: (None, len(diagram_page(client).content)),
        )
    )
    return found


@dataclass
class Sample:
    """The questions measured at one size."""

    cities: int
    probes: list[Probe]
    timings: dict[str, Timings]
    answers: dict[str, tuple[int | None, int]]


def measure(
    store: BoltStore, client: httpx.Client, cities: int, repeat: int, warm_up: int
) -> Sample:
    """Record, check and time every question at the store's current size."""
    found = probes(store, client)
    answers = {}
    for probe in found:
        before = store.round_trips
        answers[probe.name] = probe.answer()
        sent = store.round_trips - before
        if sent != len(probe.calls):
            print(
                f"  note: {probe.name} sent {sent} statements over HTTP, "
                f"recorded {len(probe.calls)}"
            )
    timings = {probe.name: Timings() for probe in found}
    start = time.perf_counter()
    for run in range(warm_up + repeat):
        for probe in found:
            sides = [("driver", probe.driver), ("graphql", probe.http)]
            for side, ask in sides if run % 2 == 0 else sides[::-1]:
                seconds = ask()
                if run >= warm_up:
                    getattr(timings[probe.name], side).append(seconds)
    print(
        f"  {len(found)} questions at {cities} cities: {warm_up} warm-up + {repeat} timed runs "
        f"per side in {time.perf_counter() - start:.1f} s"
    )
    return Sample(cities, found, timings, answers)


def report_questions(small: Sample, large: Sample) -> tuple[int, int, int]:
    """Print the table of medians and growth; return how many meet, per side, of how many."""
    sizes = f"{'@' + str(small.cities):>9} {'@' + str(large.cities):>9} {'growth':>7}"
    print(f"{'median ms':<27} | {'driver (same statements)':<33} | GraphQL over HTTP")
    header = f"{'question':<21} {'stmts':>5} | {sizes} {'':<7} | {sizes}  goal <={GROWTH_GOAL}x"
    print(header)
    print("-" * len(header))
    met = {"driver": 0, "graphql": 0}
    for probe in small.probes:
        name = probe.name
        after = next((p for p in large.probes if p.name == name), None)
        stmts = f"{len(probe.calls)}"
        if after is not None and len(after.calls) != len(probe.calls):
            stmts += f"/{len(after.calls)}"
        cells = []
        for side in ("driver", "graphql"):
            before = statistics.median(getattr(small.timings[name], side)) * 1000
            now = statistics.median(getattr(large.timings[name], side)) * 1000
            growth = now / before
            met[side] += growth <= GROWTH_GOAL
            verdict = "meets" if growth <= GROWTH_GOAL else "MISSES"
            cells.append(f"{before:>9.2f} {now:>9.2f} {growth:>6.2f}x {verdict:<6}")
        print(f"{name:<21} {stmts:>5} | {cells[0]} | {cells[1]}".rstrip())
    print("-" * len(header))
    print("stmts: statements one request runs, as recorded (a/b where the plan changed):")
    for probe in small.probes:
        after = next((p for p in large.probes if p.name == probe.name), probe)
        names, later = _names(probe.calls), _names(after.calls)
        print(
            f"  {probe.name}: {names}" + (f"; at {large.cities}: {later}" if later != names else "")
        )
    print("diagram page: driver = read_city_graph([bamberg]); HTTP = GET /diagrams/bamberg")
    for name, (rows, size_bytes) in small.answers.items():
        big_rows, big_bytes = large.answers[name]
        if name.startswith("search") or (rows, size_bytes) != (big_rows, big_bytes):
            print(
                f"answer of {name}: {rows} rows, {size_bytes} bytes at {small.cities} cities; "
                f"{big_rows} rows, {big_bytes} bytes at {large.cities}"
            )
    return met["driver"], met["graphql"], len(small.probes)


def _names(calls: list[Call]) -> str:
    return ", ".join(name for name, _ in calls)


# --- store size -----------------------------------------------------------------------


def directory_size(path: Path) -> int:
    """Bytes of every file under ``path``."""
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def server_memory(data_dir: Path) -> dict[str, str]:
    """VmRSS and VmHWM of the embedded server (its pid is in ``server.json``)."""
    pid = json.loads((data_dir / "server.json").read_text())["pid"]
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {
        key: value.strip()
        for key, _, value in (line.partition(":") for line in status)
        if key in ("VmRSS", "VmHWM")
    }


def report_size(data_dir: Path | None, cities: int) -> None:
    """Print the data directory's size and the server's memory, or n/a for a Bolt URI."""
    if data_dir is None:
        print("store size on disk: n/a (Bolt URI); server memory: n/a")
        return
    size = directory_size(data_dir)
    memory = server_memory(data_dir)
    print(
        f"store size on disk: {size / 2**20:.1f} MiB in {data_dir} "
        f"({size / cities / 1024:.1f} KiB per city, {cities} cities)"
    )
    print(
        f"embedded server memory: VmRSS {memory.get('VmRSS', '?')}, "
        f"peak VmHWM {memory.get('VmHWM', '?')}"
    )


# --- the run --------------------------------------------------------------------------


def main() -> None:
    """Run every measurement in order, printing progress, then the tables and the goals."""
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
    try:
        run(args, pool)
    finally:
        if pool is not None:
            pool.shutdown()
    print(f"total wall time: {time.perf_counter() - wall:.1f} s")


def run(args: argparse.Namespace, pool: Executor | None) -> None:
    """The measurements, in the order of the module docstring."""
    copies = args.copies
    total_cities = 5 + 5 * copies
    five = to_networkx(load_structure_files(bundled_structure_files()))
    print(
        f"{copies} copies of the 5 cities in chunks of {args.chunk} (5 + {5 * copies} = "
        f"{total_cities} cities); five cities: {five.number_of_nodes()} nodes + "
        f"{five.number_of_edges()} relationships; heap {'n/a' if args.uri else args.heap}"
    )
    with benchmark_store_in(args) as (store, data_dir):
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
            report_size(data_dir, loaded)
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
        print_report(small, large, chunks, (first_load, reload, total_cities), (rows, writer, bare))
        store.delete_everything()


def print_report(
    small: Sample,
    large: Sample,
    chunks: list[tuple[int, float, int]],
    reloads: tuple[float, float, int],
    writes: tuple[int, float, float],
) -> None:
    """Print the question table, then the load, reload and writer figures with their goals."""
    first_load, reload, total_cities = reloads
    rows, writer, bare = writes
    print()
    met_driver, met_http, questions = report_questions(small, large)
    print()
    (first_rows, first_s, first_at), (last_rows, last_s, last_at) = chunks[0], chunks[-1]
    first_rate, last_rate = first_rows / first_s, last_rows / last_s
    per_row = first_rate / last_rate
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
        f"row last/first: {per_row:.2f}x (goal <= {CHUNK_GOAL}x)  "
        f"{'meets' if per_row <= CHUNK_GOAL else 'MISSES'}"
    )
    reload_ratio = reload / first_load
    print(
        f"first load of the 5 cities (empty store): {first_load * 1000:.1f} ms; unchanged reload"
        f" (at {total_cities} cities): {reload * 1000:.1f} ms; ratio {reload_ratio:.2f}x "
        f"(goal <= {RELOAD_GOAL}x)  {'meets' if reload_ratio <= RELOAD_GOAL else 'MISSES'}"
    )
    writer_rate, bare_rate = rows / writer, rows / bare
    writer_ratio = writer_rate / bare_rate
    print(
        f"writer (replace_cities): {rows} rows in {writer:.2f} s = {writer_rate:.0f} rows/s; "
        f"bare CREATE: {bare:.2f} s = {bare_rate:.0f} rows/s; ratio writer/bare "
        f"{writer_ratio:.2f} (goal >= {WRITER_GOAL})  "
        f"{'meets' if writer_ratio >= WRITER_GOAL else 'MISSES'}"
    )
    print(
        f"overall: growth <= {GROWTH_GOAL}x met by {met_driver} of {questions} questions on the "
        f"driver, {met_http} of {questions} over GraphQL/HTTP; load "
        f"{'meets' if per_row <= CHUNK_GOAL else 'MISSES'}, reload "
        f"{'meets' if reload_ratio <= RELOAD_GOAL else 'MISSES'}, writer "
        f"{'meets' if writer_ratio >= WRITER_GOAL else 'MISSES'}"
    )


if __name__ == "__main__":
    main()
