"""Tests for govgraph.loaders.oparl.client, against a real local HTTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from itertools import pairwise

import pytest
from loaders.oparl.oparl_server import OParlServer

from govgraph import __version__
from govgraph.errors import ImportSourceError
from govgraph.loaders.oparl import OParlClient

PERSON = {"id": "https://oparl.musterstadt.example/persons/1", "name": "Max Mustermann"}


@pytest.fixture
def server() -> Iterator[OParlServer]:
    """A running server with one object at /person."""
    running = OParlServer()
    running.objects["/person"] = PERSON
    with running:
        yield running


def fast_client(sleeps: list[float], *, retries: int = 4, backoff: float = 0.01) -> OParlClient:
    """A client without rate limit whose waits are recorded in ``sleeps`` instead of slept."""
    return OParlClient(min_interval=0.0, retries=retries, backoff=backoff, sleep=sleeps.append)


def test_get_returns_the_json_object_and_names_govgraph_as_user_agent(
    server: OParlServer,
) -> None:
    # given
    sleeps: list[float] = []

    # when
    with fast_client(sleeps) as client:
        answer = client.get(f"{server.url}/person")

    # then
    assert answer == PERSON
    assert client.requests == 1
    assert server.requests[0].user_agent == f"govgraph/{__version__} (+OParl import)"


def test_get_sends_params_encoded(server: OParlServer) -> None:
    # given
    since = "2024-06-01T00:00:00+02:00"

    # when
    with fast_client([]) as client:
        client.get(f"{server.url}/person?page=2", params={"modified_since": since})

    # then
    assert server.requests[0].params == {"page": "2", "modified_since": since}


def test_get_follows_redirects(server: OParlServer) -> None:
    # given
    server.redirects["/oparl"] = "/person"

    # when
    with fast_client([]) as client:
        answer = client.get(f"{server.url}/oparl")

    # then
    assert answer == PERSON
    assert [request.path for request in server.requests] == ["/oparl", "/person"]


def test_get_retries_server_errors_with_exponential_back_off(server: OParlServer) -> None:
    # given
    server.fail("/person", times=2, status=500)
    sleeps: list[float] = []

    # when
    with fast_client(sleeps, backoff=0.5) as client:
        answer = client.get(f"{server.url}/person")

    # then
    assert answer == PERSON
    assert sleeps == [0.5, 1.0]
    assert client.requests == 3
    assert len(server.requests_to("/person")) == 3


def test_get_caps_the_back_off_at_sixty_seconds(server: OParlServer) -> None:
    # given
    server.fail("/person", times=2, status=503)
    sleeps: list[float] = []

    # when
    with fast_client(sleeps, backoff=40.0) as client:
        client.get(f"{server.url}/person")

    # then
    assert sleeps == [40.0, 60.0]


def test_get_honours_retry_after_on_429(server: OParlServer) -> None:
    # given
    server.fail("/person", times=1, status=429, retry_after="3")
    sleeps: list[float] = []

    # when
    with fast_client(sleeps) as client:
        answer = client.get(f"{server.url}/person")

    # then
    assert answer == PERSON
    assert sleeps == [3.0]


def test_get_names_url_and_status_when_retries_are_exhausted(server: OParlServer) -> None:
    # given
    server.fail("/person", times=5, status=502)
    sleeps: list[float] = []

    # when
    with fast_client(sleeps, retries=2) as client, pytest.raises(ImportSourceError) as info:
        client.get(f"{server.url}/person")

    # then
    message = str(info.value)
    assert f"{server.url}/person" in message
    assert "failed after 3 attempts" in message
    assert "status 502" in message
    assert "application/json" in message
    assert len(sleeps) == 2
    assert len(server.requests_to("/person")) == 3


def test_get_fails_at_once_on_404(server: OParlServer) -> None:
    # given
    sleeps: list[float] = []

    # when
    with fast_client(sleeps) as client, pytest.raises(ImportSourceError) as info:
        client.get(f"{server.url}/nowhere")

    # then
    assert f"{server.url}/nowhere answered status 404" in str(info.value)
    assert "'not found'" in str(info.value)
    assert len(server.requests) == 1
    assert sleeps == []


def test_get_rejects_an_html_page_naming_url_and_content_type(server: OParlServer) -> None:
    # given
    server.html["/oparl"] = "<!DOCTYPE html>\n<html><body>Willkommen im Ratsinfo</body></html>"

    # when
    with fast_client([]) as client, pytest.raises(ImportSourceError) as info:
        client.get(f"{server.url}/oparl")

    # then
    message = str(info.value)
    assert f"{server.url}/oparl is not an OParl JSON object" in message
    assert "content type text/html; charset=utf-8" in message
    assert "<!DOCTYPE html> <html><body>Willkommen" in message


def test_get_rejects_a_json_array(server: OParlServer) -> None:
    # given
    server.objects["/array"] = [PERSON]

    # when
    with fast_client([]) as client, pytest.raises(ImportSourceError) as info:
        client.get(f"{server.url}/array")

    # then
    assert f"{server.url}/array is not an OParl JSON object" in str(info.value)
    assert "content type application/json" in str(info.value)


def test_get_rejects_a_malformed_url() -> None:
    # given
    url = "http://[::1/oparl"

    # when
    with fast_client([]) as client, pytest.raises(ImportSourceError) as info:
        client.get(url)

    # then
    assert str(info.value).startswith(f"{url} is not a valid URL")
    assert client.requests == 0


def test_get_retries_transport_errors() -> None:
    # given
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []

    # when
    with fast_client(sleeps, retries=1) as client, pytest.raises(ImportSourceError) as info:
        client.get(f"http://127.0.0.1:{port}/oparl/system")

    # then
    assert f"http://127.0.0.1:{port}/oparl/system failed after 2 attempts" in str(info.value)
    assert "ConnectError" in str(info.value)
    assert sleeps == [0.01]
    assert client.requests == 2


def test_get_keeps_min_interval_between_requests(server: OParlServer) -> None:
    # given
    interval = 0.05

    # when
    with OParlClient(min_interval=interval) as client:
        for _ in range(4):
            client.get(f"{server.url}/person")

    # then
    times = [request.time for request in server.requests]
    assert len(times) == 4
    assert all(later - earlier >= interval for earlier, later in pairwise(times))
