"""Shared fixtures: one real store per session (embedded ArcadeDB, or GOVGRAPH_TEST_NEO4J_URI)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import httpx
import pytest
from support import ENGINE, EXTERNAL_URI, Cli, CliResult, example_dataset

from govgraph.cli.app import run
from govgraph.graphmodel import to_networkx
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore, EmbeddedServer, StoreSettings, open_store
from govgraph.web import create_app
from govgraph.web.testing import serving_in_background


@pytest.fixture(scope="session")
def store_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreSettings]:
    """Settings of the session's store: the external Bolt server if given, else embedded."""
    if EXTERNAL_URI:
        yield StoreSettings(
            neo4j_uri=EXTERNAL_URI,
            neo4j_user=os.environ.get("GOVGRAPH_TEST_NEO4J_USER", "neo4j"),
            neo4j_password=os.environ.get("GOVGRAPH_TEST_NEO4J_PASSWORD", ""),
            neo4j_database=os.environ.get("GOVGRAPH_TEST_NEO4J_DATABASE"),
        )
        return
    data_dir = tmp_path_factory.mktemp("store")
    server = EmbeddedServer(data_dir, engine=ENGINE)
    server.start(owner_pid=os.getpid())
    yield StoreSettings(data_dir=data_dir, engine=ENGINE)
    server.stop()


@pytest.fixture(scope="session")
def store(store_settings: StoreSettings) -> Iterator[BoltStore]:
    """A connection to the session's store."""
    with open_store(store_settings) as connected:
        yield connected


@pytest.fixture(scope="session")
def five_cities(store: BoltStore) -> QueryExecutor:
    """The bundled five cities, loaded once, with an executor for questions."""
    store.replace_cities(to_networkx(load_structure_files(bundled_structure_files())))
    return QueryExecutor(store)


@pytest.fixture(scope="session")
def api(store: BoltStore, five_cities: QueryExecutor) -> Iterator[httpx.Client]:
    """An HTTP client of the API served (uvicorn, loopback) over the five cities."""
    with (
        serving_in_background(create_app(store)) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        yield client


@pytest.fixture(scope="session")
def load_example(store: BoltStore, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., str]:
    """Load the example city as ``city_id`` (YAML text changed by ``edit``); return the id."""

    def load(city_id: str, edit: Callable[[str], str] = str) -> str:
        dataset = example_dataset(tmp_path_factory.mktemp(city_id), city_id, edit)
        store.replace_cities(to_networkx([dataset]))
        return city_id

    return load


@pytest.fixture
def cli(
    store_settings: StoreSettings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """Run ``govgraph ARGS…`` in-process against the session's store."""
    for name in list(os.environ):
        if name.startswith("GOVGRAPH_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "200")
    if store_settings.neo4j_uri:
        monkeypatch.setenv("GOVGRAPH_NEO4J_URI", store_settings.neo4j_uri)
        monkeypatch.setenv("GOVGRAPH_NEO4J_USER", store_settings.neo4j_user)
        monkeypatch.setenv(
            "GOVGRAPH_NEO4J_PASSWORD", store_settings.neo4j_password.get_secret_value()
        )
        if store_settings.neo4j_database:
            monkeypatch.setenv("GOVGRAPH_NEO4J_DATABASE", store_settings.neo4j_database)
    else:
        monkeypatch.setenv("GOVGRAPH_DATA_DIR", str(store_settings.data_dir))
        monkeypatch.setenv("GOVGRAPH_ENGINE", store_settings.engine)

    def invoke(*args: str) -> CliResult:
        capsys.readouterr()
        code = run(list(args))
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return invoke
