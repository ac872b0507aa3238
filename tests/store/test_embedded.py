"""The embedded server: one server per data directory, persistence, clean stop."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support import ENGINE, EXAMPLE, Cli, requires_embedded

from govgraph.cli.app import run
from govgraph.store import EmbeddedServer, StoreSettings
from govgraph.store.embedded_server import EXIT_LOCKED

pytestmark = requires_embedded


def test_second_server_on_the_same_directory_is_refused(store_settings: StoreSettings) -> None:
    # given: the session's server holds the directory

    # when
    second = subprocess.run(
        [
            sys.executable,
            "-m",
            "govgraph.store.embedded_server",
            "--data-dir",
            str(store_settings.data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    # then
    assert second.returncode == EXIT_LOCKED
    assert "in use" in second.stderr


def test_start_joins_the_running_server(store_settings: StoreSettings) -> None:
    # given
    server = EmbeddedServer(store_settings.data_dir, engine=ENGINE)
    running = server.running()

    # when
    info, started = server.start()

    # then
    assert running is not None
    assert (info.pid, info.bolt_port, started) == (running.pid, running.bolt_port, False)


def test_credentials_are_generated_and_private(store_settings: StoreSettings) -> None:
    # given
    credentials = store_settings.data_dir / "credentials"

    # when
    mode = stat.S_IMODE(credentials.stat().st_mode)

    # then
    assert mode == 0o600
    assert len(credentials.read_text().strip()) >= 24


@pytest.mark.filterwarnings(
    # `db start` leaves its server running on purpose; the Popen handle dies with the call
    "ignore::pytest.PytestUnraisableExceptionWarning"
)
def test_data_persists_across_stop_and_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # given: a fresh directory, started in the background, loaded, stopped
    data_dir = tmp_path / "persisted"
    monkeypatch.setenv("GOVGRAPH_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GOVGRAPH_ENGINE", ENGINE)
    monkeypatch.setenv("COLUMNS", "200")
    assert run(["db", "start"]) == 0
    assert run(["load", str(EXAMPLE)]) == 0
    assert run(["db", "stop"]) == 0
    assert EmbeddedServer(data_dir, engine=ENGINE).running() is None
    capsys.readouterr()

    # when: a command starts its own server on the directory
    code = run(["db", "info", "--city", "musterstadt"])

    # then: the data is there, and that server is gone again
    out = capsys.readouterr().out
    assert code == 0
    assert "musterstadt" in out
    assert "│ total       │ 16    │ total           │ 21 " in out
    assert EmbeddedServer(data_dir, engine=ENGINE).running() is None


def test_db_stop_without_server_says_so(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    monkeypatch.setenv("GOVGRAPH_DATA_DIR", str(tmp_path / "never-started"))

    # when
    result = cli("db", "stop")

    # then
    assert result.code == 0
    assert "was not running" in result.out
