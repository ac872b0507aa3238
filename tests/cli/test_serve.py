"""``govgraph serve``: the main job, as a real process over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from support import ENGINE, data_of, requires_embedded

from govgraph.store import EmbeddedServer, StoreSettings

BUNDLED = ["bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    """A running ``govgraph serve`` process and an HTTP client of it."""

    def __init__(self, process: subprocess.Popen[str], client: httpx.Client) -> None:
        self.process = process
        self.client = client

    def stop(self) -> tuple[int, str]:
        """Interrupt the server (Ctrl-C); return its exit code and everything it printed."""
        self.process.send_signal(signal.SIGINT)
        out, _ = self.process.communicate(timeout=60)
        return self.process.returncode, out


@pytest.fixture
def serve() -> Iterator[Callable[..., Served]]:
    """Start ``govgraph serve`` on a data directory; wait until it answers; stop it after."""
    started: list[Served] = []

    def start(data_dir: Path, *args: str) -> Served:
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVGRAPH_")}
        env["GOVGRAPH_DATA_DIR"] = str(data_dir)
        env["GOVGRAPH_ENGINE"] = ENGINE
        process = subprocess.Popen(
            [sys.executable, "-m", "govgraph", "serve", "--port", str(port), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        served = Served(process, client)
        started.append(served)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if client.get("/healthz").status_code == 200:
                    return served
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"serve did not come up: {process.poll()}")

    yield start
    for served in started:
        if served.process.poll() is None:
            served.process.kill()
            served.process.communicate()
        served.client.close()


@requires_embedded
def test_serve_loads_the_bundled_cities_into_an_empty_store(
    serve: Callable[..., Served],
    tmp_path: Path,
) -> None:
    # given
    data_dir = tmp_path / "fresh"

    # when
    served = serve(data_dir)
    data = data_of(served.client, "{ cities { id } }")
    code, out = served.stop()

    # then
    assert [c["id"] for c in data["cities"]] == BUNDLED
    assert code == 0
    assert f"{served.client.base_url}/graphql" in out
    assert "Loaded into" in out
    assert EmbeddedServer(data_dir, engine=ENGINE).running() is None


@requires_embedded
def test_serve_joins_a_running_store_and_keeps_its_data(
    serve: Callable[..., Served],
    store_settings: StoreSettings,
    five_cities: object,
) -> None:
    # when
    served = serve(store_settings.data_dir)
    data = data_of(served.client, "{ cities { id } }")
    code, out = served.stop()

    # then
    assert set(BUNDLED) <= {c["id"] for c in data["cities"]}
    assert (code, "Loaded into" in out) == (0, False)
    assert EmbeddedServer(store_settings.data_dir, engine=ENGINE).running() is not None
