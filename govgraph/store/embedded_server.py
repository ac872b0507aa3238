"""The embedded store's server process: ArcadeDB with its Bolt plugin, or Neo4j, on 127.0.0.1.

Run as ``python -m govgraph.store.embedded_server --data-dir DIR``; `EmbeddedServer`
starts it. The process holds an exclusive lock on ``DIR/server.lock`` for its whole life,
so a data directory is never opened twice; it publishes its engine, ports, user and
database in ``DIR/server.json`` and stops cleanly on SIGTERM or SIGINT, or when its owner
process is gone. Neo4j runs as a Java child of this process (`govgraph.store.neo4j_engine`).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

__all__ = ["DATABASE", "EXIT_LOCKED", "main", "port_open", "process_alive", "read_password"]

DATABASE = "govgraph"
"""The ArcadeDB database govgraph uses."""
_NEO4J_DATABASE = "neo4j"
"""Neo4j Community's one user database, named so the driver need not ask for the home
database (a round trip before every session's first statement)."""
EXIT_LOCKED = 3
_OWNER_POLL_SECONDS = 1.0
_NEO4J_START_TIMEOUT = 300.0
_LAUNCHER = Path(__file__).parent / "neo4j" / "GovgraphNeo4j.java"
_NEO4J_STOP_TIMEOUT = 60.0


def read_password(data_dir: Path) -> str:
    """The server's root password, generated once and kept readable by the user only."""
    path = data_dir / "credentials"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(24))
    return path.read_text().strip()


def _bindable(ports: list[int]) -> list[int]:
    """``ports`` bound on loopback and released; port 0 asks for a free one."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in ports]
        for sock, port in zip(sockets, ports, strict=True):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the JVM binds
            sock.bind(("127.0.0.1", port))
        return [int(sock.getsockname()[1]) for sock in sockets]


def choose_ports(data_dir: Path) -> tuple[int, int]:
    """Bolt and HTTP ports: the ones this directory used last if still free, else new ones.

    Stable ports let clients that keep a Bolt URI (a running ``govgraph serve``)
    reconnect after the server was restarted.
    """
    remembered = data_dir / "ports.json"
    try:
        last = json.loads(remembered.read_text())
        bolt_port, http_port = _bindable([int(last["bolt_port"]), int(last["http_port"])])
    except (OSError, ValueError, KeyError, TypeError):
        bolt_port, http_port = _bindable([0, 0])
    _write_json(remembered, {"bolt_port": bolt_port, "http_port": http_port})
    return bolt_port, http_port


def _write_json(path: Path, content: dict[str, object]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(content))
    tmp.replace(path)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, exited but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return True


def main(argv: list[str] | None = None) -> int:
    """Run the server until signalled; return the process exit code."""
    parser = argparse.ArgumentParser(prog="govgraph-embedded-server")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--heap", default="512m")
    parser.add_argument("--owner-pid", type=int, default=0)
    parser.add_argument("--engine", choices=["arcadedb", "neo4j"], default="arcadedb")
    parser.add_argument("--neo4j-jars", type=Path, help="folder of the Neo4j jars (neo4j engine)")
    args = parser.parse_args(argv)
    data_dir: Path = args.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    lock = (data_dir / "server.lock").open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"{data_dir} is in use by another govgraph store server", file=sys.stderr)
        return EXIT_LOCKED

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    os.chdir(data_dir)  # ArcadeDB writes ./log relative to the working directory
    bolt_port, http_port = choose_ports(data_dir)
    serve = partial(_serve_neo4j, args.neo4j_jars) if args.engine == "neo4j" else _serve_arcadedb
    state = data_dir / "server.json"

    def wait(details: dict[str, object]) -> None:
        """Publish how to reach the server, then wait until told to stop."""
        _write_json(state, {"pid": os.getpid(), "engine": args.engine, **details})
        print(f"govgraph store listening on bolt://127.0.0.1:{bolt_port}", flush=True)
        while not stop.wait(_OWNER_POLL_SECONDS):
            if args.owner_pid and not process_alive(args.owner_pid):
                break

    try:
        serve(data_dir, args.heap, bolt_port, http_port, wait)
    finally:
        with contextlib.suppress(FileNotFoundError):
            state.unlink()
        lock.close()
    return 0


Wait = Callable[[dict[str, object]], None]


def _serve_arcadedb(data_dir: Path, heap: str, bolt_port: int, http_port: int, wait: Wait) -> None:
    """ArcadeDB with its Bolt plugin, in this process's JVM, until ``wait`` returns."""
    import arcadedb_embedded as arcadedb
    from arcadedb_embedded.jvm import start_jvm

    start_jvm(heap_size=heap)
    server = arcadedb.create_server(
        str(data_dir / "arcadedb"),
        root_password=read_password(data_dir),
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
        },
    )
    server.start()
    try:
        server.create_database(DATABASE)
        wait({"bolt_port": bolt_port, "http_port": http_port, "user": "root", "database": DATABASE})
    finally:
        server.stop()


def _serve_neo4j(
    jars: Path, data_dir: Path, heap: str, bolt_port: int, http_port: int, wait: Wait
) -> None:
    """Neo4j Community as a child Java process, until ``wait`` returns; then stopped."""
    read_password(data_dir)
    command = ["java", f"-Xmx{heap}", "-XX:+UseG1GC", "-cp", str(jars / "*"), str(_LAUNCHER)]
    ready = data_dir / "neo4j.ready"
    ready.unlink(missing_ok=True)
    command += [str(data_dir / "neo4j"), str(bolt_port), str(data_dir / "credentials"), str(ready)]
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + _NEO4J_START_TIMEOUT
        while not (ready.exists() and port_open(bolt_port)):
            if child.poll() is not None:
                raise SystemExit(f"Neo4j exited with {child.returncode} before it answered")
            if time.monotonic() > deadline:
                raise SystemExit(f"Neo4j did not answer within {_NEO4J_START_TIMEOUT:.0f} s")
            time.sleep(0.2)
        wait(
            {
                "bolt_port": bolt_port,
                "http_port": http_port,
                "user": "neo4j",
                "database": _NEO4J_DATABASE,
            }
        )
    finally:
        child.terminate()  # the launcher's shutdown hook closes the databases
        try:
            child.wait(timeout=_NEO4J_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def port_open(port: int) -> bool:
    """Whether something accepts connections on 127.0.0.1:``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0):
            return True
    except OSError:
        return False


if __name__ == "__main__":
    exit_code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # The server is down and its databases are closed. Exit without waiting for the JVM:
    # Bolt threads of clients still connected would otherwise keep it (and us) alive.
    os._exit(exit_code)
