"""``/healthz`` and the API while the store is down, and again once it is back."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support import ENGINE, error_messages, requires_embedded

from govgraph.store import EmbeddedServer, StoreSettings, open_store
from govgraph.web import create_app
from govgraph.web.testing import serving_in_background

pytestmark = requires_embedded

CITIES = "{ cities { id } }"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[EmbeddedServer]:
    """An embedded server of its own, so that it can be stopped and started again."""
    server = EmbeddedServer(tmp_path / "store", engine=ENGINE)
    server.start(owner_pid=os.getpid())
    yield server
    server.stop()


def _wait_for_status(client: httpx.Client, status: int, seconds: float = 30) -> int:
    deadline = time.monotonic() + seconds
    code = client.get("/healthz").status_code
    while code != status and time.monotonic() < deadline:
        time.sleep(0.2)
        code = client.get("/healthz").status_code
    return code


def test_healthz_is_ok_while_the_store_answers(api: httpx.Client) -> None:
    # when
    response = api.get("/healthz")

    # then
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_store_down_gives_503_and_the_api_recovers_without_restart(
    own_server: EmbeddedServer,
) -> None:
    # given: the API over the server's Bolt URI, as a Neo4j deployment would be configured
    info = own_server.running()
    assert info is not None
    settings = StoreSettings(
        neo4j_uri=info.uri,
        neo4j_user=info.user,
        neo4j_password=info.password,
        neo4j_database=info.database,
        store_timeout=2,
    )
    with (
        open_store(settings) as store,
        serving_in_background(create_app(store)) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        assert client.get("/healthz").status_code == 200

        # when: the store goes down
        own_server.stop()

        # then
        assert _wait_for_status(client, 503) == 503
        assert error_messages(client, CITIES) == ["the graph store is unavailable; try again later"]

        # when: it comes back (on the same port)
        restarted, _ = own_server.start(owner_pid=os.getpid())
        assert restarted.uri == info.uri

        # then
        assert _wait_for_status(client, 200) == 200
        assert client.post("/graphql", json={"query": CITIES}).json() == {"data": {"cities": []}}
