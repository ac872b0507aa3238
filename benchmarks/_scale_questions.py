"""The core questions of the scale benchmark, asked on both sides and timed at one size."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import httpx
from api import (
    Call,
    RecordingStore,
    Request,
    Timings,
    driver_side,
    graphql_side,
    recorded_calls,
)

from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import BoltStore

GROWTH_GOAL = 2.0
"""Most a question's median may grow from 5 to 5 + 5N cities."""

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


def growth(small: Sample, large: Sample, name: str, side: str) -> float:
    """How much the median of question ``name`` on ``side`` grew from ``small`` to ``large``."""
    before = statistics.median(getattr(small.timings[name], side))
    return float(statistics.median(getattr(large.timings[name], side)) / before)


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
