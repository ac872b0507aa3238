"""Client side of the embedded store: find, start and stop its server process.

The server runs as a separate process (see `govgraph.store.embedded_server`) so that
several CLI calls and server workers share one store on one data directory; the JVM never
lives in the calling process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from govgraph.errors import StoreUnavailableError
from govgraph.store.embedded_server import (
    DATABASE,
    EXIT_LOCKED,
    port_open,
    process_alive,
    read_password,
)
from govgraph.store.neo4j_engine import neo4j_jars
from govgraph.store.settings import Engine

__all__ = ["EmbeddedServer", "ServerInfo"]

_START_TIMEOUT = 360.0
_STOP_TIMEOUT = 60.0


@dataclass(frozen=True)
class ServerInfo:
    """How to reach a running embedded server."""

    pid: int
    bolt_port: int
    password: str
    user: str = "root"
    database: str | None = DATABASE
    engine: str = "arcadedb"

    @property
    def uri(self) -> str:
        """The Bolt URI on loopback."""
        return f"bolt://127.0.0.1:{self.bolt_port}"


class EmbeddedServer:
    """The embedded server of one data directory: ArcadeDB, or Neo4j (``engine``)."""

    def __init__(self, data_dir: Path, heap: str = "512m", engine: str = Engine.ARCADEDB) -> None:
        self.data_dir = data_dir.expanduser().resolve()
        self.heap = heap
        self.engine = engine
        self._child: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        """Where the server process writes its output."""
        return self.data_dir / "server.log"

    def running(self) -> ServerInfo | None:
        """The running server of this data directory, or ``None``."""
        try:
            state = json.loads((self.data_dir / "server.json").read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return None
        pid, port = int(state["pid"]), int(state["bolt_port"])
        if not process_alive(pid) or not port_open(port):
            return None
        return ServerInfo(
            pid=pid,
            bolt_port=port,
            password=read_password(self.data_dir),
            user=state.get("user", "root"),
            database=state.get("database", DATABASE),
            engine=state.get("engine", "arcadedb"),
        )

    def start(self, *, owner_pid: int | None = None) -> tuple[ServerInfo, bool]:
        """Start the server unless one runs; return its info and whether this call started it.

        With ``owner_pid`` the server stops by itself once that process is gone.

        Raises
        ------
        StoreUnavailableError
            When the server does not come up; the message quotes the end of its log.
        """
        info = self.running()
        if info is not None:
            self._check_engine(info)
            return info, False
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        command = [sys.executable, "-m", "govgraph.store.embedded_server"]
        command += ["--data-dir", str(self.data_dir), "--heap", self.heap, "--engine", self.engine]
        if self.engine == Engine.NEO4J:  # fetched once, before the start-up clock runs
            command += ["--neo4j-jars", str(neo4j_jars())]
        if owner_pid is not None:
            command += ["--owner-pid", str(owner_pid)]
        with self.log_path.open("ab") as log:
            child = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True
            )
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            info = self.running()
            if info is not None:
                if info.pid != child.pid:
                    child.wait()  # it found the directory locked and exited
                    self._check_engine(info)
                    return info, False
                self._child = child
                return info, True
            code = child.poll()
            if code is not None and code != EXIT_LOCKED:
                raise StoreUnavailableError(
                    f"the embedded store did not start (exit {code}); end of {self.log_path}:\n"
                    + self._log_tail()
                )
            time.sleep(0.1)
        child.kill()
        child.wait()
        raise StoreUnavailableError(
            f"the embedded store did not start within {_START_TIMEOUT:.0f} s; see {self.log_path}"
        )

    def stop(self) -> bool:
        """Stop the running server and wait for it to exit; ``False`` if none ran."""
        info = self.running()
        if info is None:
            return False
        os.kill(info.pid, signal.SIGTERM)
        deadline = time.monotonic() + _STOP_TIMEOUT
        while time.monotonic() < deadline:
            if not process_alive(info.pid):
                if self._child is not None and self._child.pid == info.pid:
                    self._child.wait()
                    self._child = None
                return True
            time.sleep(0.1)
        raise StoreUnavailableError(f"the embedded store (pid {info.pid}) did not stop in time")

    def _check_engine(self, info: ServerInfo) -> None:
        if info.engine != self.engine:
            raise StoreUnavailableError(
                f"In {self.data_dir} läuft schon der Speicher mit {info.engine}, nicht mit "
                f"{self.engine}; erst `govgraph db stop`, oder ein anderes Datenverzeichnis."
            )

    def _log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"
