"""Opening the configured store: a Bolt URI, or the embedded server."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import neo4j

from govgraph.store.bolt import BoltStore
from govgraph.store.embedded import EmbeddedServer
from govgraph.store.settings import Engine, StoreSettings

__all__ = ["open_store"]


@contextlib.contextmanager
def open_store(settings: StoreSettings) -> Iterator[BoltStore]:
    """Connect to the configured store for the duration of the ``with`` block.

    With a Bolt URI, connect to it. Otherwise use the embedded server of
    ``settings.data_dir``: join it if it runs (``govgraph db start``, ``govgraph serve``),
    else start one that lives as long as this block (and this process).

    Raises
    ------
    StoreUnavailableError
        When the store cannot be reached or started.
    """
    owned: tuple[EmbeddedServer, int] | None = None  # the server this block started, its pid
    if settings.neo4j_uri:
        uri, database, description = settings.neo4j_uri, settings.neo4j_database, settings.neo4j_uri
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    else:
        embedded = EmbeddedServer(settings.data_dir, settings.heap, settings.engine)
        info, started = embedded.start(owner_pid=os.getpid())
        owned = (embedded, info.pid) if started else None
        uri, database, auth = info.uri, info.database, (info.user, info.password)
        engine = "Neo4j" if info.engine == Engine.NEO4J else "ArcadeDB"
        description = f"embedded {engine} in {embedded.data_dir} ({info.uri})"
    driver = neo4j.GraphDatabase.driver(
        uri,
        auth=auth,
        connection_timeout=settings.store_timeout,
        max_transaction_retry_time=settings.store_timeout,
        # Neo4j notes e.g. a relationship type no city has yet; not for the user's terminal
        notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
    )
    store = BoltStore(driver, database, description)
    try:
        store.ping()
        store.upgrade()
        yield store
    finally:
        store.close()
        if owned is not None:
            server, pid = owned
            running = server.running()
            if running is not None and running.pid == pid:  # not one started since
                server.stop()
