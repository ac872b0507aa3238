"""The contract questions via GraphQL over HTTP vs the same Cypher via the driver.

    python benchmarks/api.py [--repeat N] [--warm-up N] [--engines arcadedb,neo4j]
        [--uri bolt://… --user … --password …]

On each engine in turn (``--engines``, default both; or once on the Bolt server of
``--uri``): loads the five bundled cities into a fresh store, serves the API (``create_app``) with
uvicorn on a free loopback port in a thread of this process, and asks each root field of
the contract over real HTTP (one ``httpx.Client`` with keep-alive, ``POST /graphql``, the
JSON answer decoded). The driver side sends the same Cypher the GraphQL request sends:
the same question files with the same parameters, in the same order, each through
``QueryExecutor(store).many`` (one Bolt round trip in a read transaction, records as dicts).
The tables of all stores are printed side by side at the end.

A GraphQL request runs several statements: the check of a root argument through the
``entities`` DataLoader (the city, or the entity of ``id``), the root question, then one
DataLoader batch per nesting level (``relationships_of`` or ``members``). The pairing:

    question               statements the GraphQL request runs (= the driver side)
    cities                 cities
    city                   entities  (the city check and the entity share one load)
    entity                 entities
    search                 search    (no city given, so no city check)
    bodies                 entities, bodies, members
    chairs                 entities, chairs, relationships_of   (heldBy)
    measures               entities, measures, relationships_of (owners)
    measuresWithoutOwner   entities, measures_without_owner
    responsibilities       entities, action_fields, relationships_of
                           (responsible and overseenBy share one batch)
    reportingChain         entities, reporting_lines (the chain is walked in Python)
    roles                  entities, roles

The script does not trust this table: before timing, it runs each document once in-process
against a store that notes every statement's question name and parameters, checks the names
against the table, and replays exactly those calls on the driver side; it checks over HTTP
that one request sends as many statements (``store.round_trips``) and that no answer has
``errors``. Each question is then timed ``--repeat`` times per side after ``--warm-up``
untimed runs, the two sides interleaved (driver, GraphQL, GraphQL, driver, …) so noise
hits both alike; medians are printed, with the ratio GraphQL/driver. Goal: ratio ≤ 1.5×,
on every engine.
A miss is reported, not an error: this is a measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import networkx as nx
from _store import add_store_options, benchmark_store, targets
from _table import SideBySide

from govgraph.graphmodel import to_networkx
from govgraph.graphql import schema
from govgraph.graphql.core import AsyncQuestions, GraphContext
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.queries import QueryExecutor
from govgraph.store import (
    GraphStore,
    Progress,
    Record,
    Statement,
    StoreCounts,
)
from govgraph.web import create_app
from govgraph.web.testing import serving_in_background

GOAL = 1.5
"""Most GraphQL may take, as a multiple of the driver's time for the same statements."""

Call = tuple[str, dict[str, Any]]
"""One question sent: its name and parameters."""


@dataclass(frozen=True)
class Request:
    """A GraphQL document with its variables, named after what it asks."""

    name: str
    document: str
    variables: dict[str, Any]


@dataclass(frozen=True)
class Question(Request):
    """One root field of the contract, asked with a realistic small selection."""

    statements: tuple[str, ...]
    """The question files the request runs, in order (see the module docstring)."""


QUESTIONS = [
    Question(
        "cities",
        "query { cities { id name state } }",
        {},
        ("cities",),
    ),
    Question(
        "city",
        "query City($id: ID!) { city(id: $id) { id name state } }",
        {"id": "nuernberg"},
        ("entities",),
    ),
    Question(
        "entity",
        "query Entity($id: ID!) { entity(id: $id) { id name kind city } }",
        {"id": "erlangen-integrationskonferenz"},
        ("entities",),
    ),
    Question(
        "search",
        "query Search($text: String!) { search(text: $text) { id name kind city } }",
        {"text": "Nurnberg"},
        ("search",),
    ),
    Question(
        "bodies",
        "query Bodies($city: String!) {"
        " bodies(city: $city) { id name members { role member { id name } } } }",
        {"city": "bamberg"},
        ("entities", "bodies", "members"),
    ),
    Question(
        "chairs",
        "query Chairs($city: String!) {"
        " chairs(city: $city) { body { id name } chair { id name } heldBy { name } } }",
        {"city": "bamberg"},
        ("entities", "chairs", "relationships_of"),
    ),
    Question(
        "measures",
        "query Measures($city: String!) { measures(city: $city) { id name owners { id } } }",
        {"city": "nuernberg"},
        ("entities", "measures", "relationships_of"),
    ),
    Question(
        "measuresWithoutOwner",
        "query Unowned($city: String!) { measuresWithoutOwner(city: $city) { id name } }",
        {"city": "braunschweig"},
        ("entities", "measures_without_owner"),
    ),
    Question(
        "responsibilities",
        "query Responsibilities($city: String!) { responsibilities(city: $city) {"
        " id name responsible { id name } overseenBy { id name } } }",
        {"city": "bamberg"},
        ("entities", "action_fields", "relationships_of"),
    ),
    Question(
        "reportingChain",
        "query Chain($id: ID!) { reportingChain(id: $id) {"
        " level from { id name } relation to { id name } closesCycle } }",
        {"id": "erlangen-lenkungskreis-integration"},
        ("entities", "reporting_lines"),
    ),
    Question(
        "roles",
        "query Roles($id: ID!) { roles(id: $id) { relation role target { id name } } }",
        {"id": "erlangen-koordinationsstelle-integration"},
        ("entities", "roles"),
    ),
]


class RecordingStore:
    """A store passing every statement on to another, noting its name and parameters."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.description = store.description
        self.calls: list[Call] = []
        self._lock = threading.Lock()  # resolvers run questions in worker threads

    @property
    def round_trips(self) -> int:
        """Statements the underlying store sent so far."""
        return self._store.round_trips

    def run(
        self,
        statement: Statement,
        params: Mapping[str, Any],
        template: Mapping[str, str] | None = None,
    ) -> list[Record]:
        """Note the call, then run it."""
        with self._lock:
            self.calls.append((statement.name, dict(params)))
        return self._store.run(statement, params, template)

    def replace_cities(self, graph: nx.MultiDiGraph[str], progress: Progress | None = None) -> None:
        """Passed on."""
        self._store.replace_cities(graph, progress)

    def counts(self, city: str | None = None) -> StoreCounts:
        """Passed on."""
        return self._store.counts(city)

    def ping(self) -> None:
        """Passed on."""
        self._store.ping()

    def close(self) -> None:
        """Passed on."""
        self._store.close()


def recorded_calls(store: GraphStore, request: Request) -> list[Call]:
    """The statements ``request`` runs, executed in-process (no HTTP), in order."""
    recorder = RecordingStore(store)
    context = GraphContext(AsyncQuestions(QueryExecutor(recorder)))
    result = asyncio.run(
        schema.execute(request.document, variable_values=request.variables, context_value=context)
    )
    if result.errors:
        raise RuntimeError(f"{request.name}: {result.errors}")
    return recorder.calls


def recorded_plan(store: GraphStore, question: Question) -> list[Call]:
    """The statements one request for ``question`` runs, checked against its table entry."""
    calls = recorded_calls(store, question)
    names = tuple(name for name, _ in calls)
    if names != question.statements:
        raise RuntimeError(f"{question.name} runs {names}, not {question.statements}")
    return calls


def driver_side(executor: QueryExecutor, plan: list[Call]) -> float:
    """Seconds to run ``plan`` through the executor, one statement after the other."""
    start = time.perf_counter()
    for name, params in plan:
        executor.many(name, **params)
    return time.perf_counter() - start


def graphql_side(client: httpx.Client, question: Request) -> float:
    """Seconds to ask ``question`` over HTTP and decode the answer (which must have no errors)."""
    payload = {"query": question.document, "variables": question.variables}
    start = time.perf_counter()
    response = client.post("/graphql", json=payload)
    answer = response.json()
    elapsed = time.perf_counter() - start
    if response.status_code != 200 or "errors" in answer:
        raise RuntimeError(f"{question.name}: HTTP {response.status_code}: {answer}")
    return elapsed


@dataclass
class Timings:
    """Seconds per run of one question, on both sides."""

    driver: list[float] = field(default_factory=list)
    graphql: list[float] = field(default_factory=list)


def measure(
    executor: QueryExecutor,
    client: httpx.Client,
    plans: dict[str, list[Call]],
    repeat: int,
    warm_up: int,
) -> dict[str, Timings]:
    """Warm up, then time every question ``repeat`` times per side, interleaved."""
    timings = {question.name: Timings() for question in QUESTIONS}
    for run in range(warm_up + repeat):
        for question in QUESTIONS:
            driver_first = run % 2 == 0  # alternate which side goes first
            for side in ("driver", "graphql") if driver_first else ("graphql", "driver"):
                if side == "driver":
                    seconds = driver_side(executor, plans[question.name])
                else:
                    seconds = graphql_side(client, question)
                if run >= warm_up:
                    getattr(timings[question.name], side).append(seconds)
    return timings


def check_round_trips(
    store: GraphStore, client: httpx.Client, plans: dict[str, list[Call]]
) -> None:
    """Each request over HTTP sends as many statements as its recorded plan."""
    for question in QUESTIONS:
        before = store.round_trips
        graphql_side(client, question)
        sent = store.round_trips - before
        if sent != len(plans[question.name]):
            raise RuntimeError(
                f"{question.name}: sent {sent} statements over HTTP, "
                f"recorded {len(plans[question.name])}"
            )


def _cells(driver: float, graphql: float) -> list[str]:
    ratio = graphql / driver
    return [
        f"{driver:.2f}",
        f"{graphql:.2f}",
        f"{ratio:.2f}x",
        "meets" if ratio <= GOAL else "MISSES",
    ]


def report(runs: dict[str, tuple[dict[str, Timings], dict[str, list[Call]]]]) -> None:
    """Print the medians and ratios of every store side by side, the totals and the
    overall line per store."""
    table = SideBySide(
        "question (statements)", list(runs), ["driver ms", "GraphQL ms", "ratio", ""]
    )
    totals = {target: [0.0, 0.0] for target in runs}
    met = dict.fromkeys(runs, 0)
    for question in QUESTIONS:
        row = {}
        for target, (timings, _) in runs.items():
            driver = statistics.median(timings[question.name].driver) * 1000
            graphql = statistics.median(timings[question.name].graphql) * 1000
            met[target] += graphql / driver <= GOAL
            totals[target][0] += driver
            totals[target][1] += graphql
            row[target] = _cells(driver, graphql)
        statements = {len(plans[question.name]) for _, plans in runs.values()}
        table.add(f"{question.name} ({'/'.join(map(str, sorted(statements)))})", row)
    table.add("total (sum of medians)", {t: _cells(*totals[t]) for t in runs})
    table.print()
    for target in runs:
        print(
            f"overall on {target}: {met[target]} of {len(QUESTIONS)} questions meet the goal "
            f"GraphQL/driver <= {GOAL}x"
        )


def measure_store(
    store: GraphStore, args: argparse.Namespace
) -> tuple[dict[str, Timings], dict[str, list[Call]]]:
    """Load the five cities into ``store``, serve the API on it and time both sides."""
    store.replace_cities(to_networkx(load_structure_files(bundled_structure_files())))
    executor = QueryExecutor(store)
    plans = {question.name: recorded_plan(store, question) for question in QUESTIONS}
    with (
        serving_in_background(create_app(store)) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        print(f"API: {url}/graphql (uvicorn in a thread of this process)")
        check_round_trips(store, client, plans)
        print(
            f"{len(QUESTIONS)} questions, {args.warm_up} warm-up + {args.repeat} timed "
            "runs per side, interleaved; medians"
        )
        return measure(executor, client, plans, args.repeat, args.warm_up), plans


def main() -> None:
    """On every store: load the five cities, serve the API, time both sides; then print
    the tables side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--repeat", type=int, default=50, help="timed runs per question and side (default 50)"
    )
    parser.add_argument("--warm-up", type=int, default=10, help="untimed runs first (default 10)")
    add_store_options(parser)
    args = parser.parse_args()
    if args.repeat < 1 or args.warm_up < 0:
        parser.error("--repeat must be at least 1 and --warm-up not negative")
    runs = {}
    for target in targets(args):
        with benchmark_store(args, target) as store:
            runs[target] = measure_store(store, args)
    print()
    report(runs)


if __name__ == "__main__":
    main()
