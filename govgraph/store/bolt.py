"""The Bolt store: Cypher over the official neo4j driver, to ArcadeDB or Neo4j 5."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import neo4j
import networkx as nx
from neo4j import exceptions as neo4j_errors

from govgraph.errors import InputError, StoreError, StoreUnavailableError
from govgraph.graphmodel import Label
from govgraph.store.base import Progress, Record, StoreCounts
from govgraph.store.migration import Upgrade, found_version, upgrade
from govgraph.store.schema import ENTITY, STORE_VERSION
from govgraph.store.statements import Statement, load_statements
from govgraph.store.writer import (
    BATCH_SIZE,
    Stored,
    Write,
    batched,
    find_conflicts,
    layers_of,
    plan_replacement,
    plan_schema,
)

__all__ = ["BoltStore", "store_statements"]

_CYPHER_DIR = Path(__file__).parent / "cypher"


@cache
def store_statements() -> dict[str, Statement]:
    """The store's own statements (schema, batched writes, counts), by name."""
    return load_statements(_CYPHER_DIR)


@contextlib.contextmanager
def _translated_errors(description: str) -> Iterator[None]:
    """Turn driver errors into govgraph's store errors."""
    try:
        yield
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as error:
        raise StoreUnavailableError(f"store {description} is unreachable: {error}") from error
    except neo4j_errors.AuthError as error:
        raise StoreUnavailableError(f"store {description} refused the credentials") from error
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as error:
        raise StoreError(f"store {description} failed: {error}") from error


class BoltStore:
    """A graph store reached over Bolt.

    ``round_trips`` counts the statements sent, so tests can bound them per request.
    """

    def __init__(self, driver: neo4j.Driver, database: str | None, description: str) -> None:
        self._driver = driver
        self._database = database
        self.description = description
        self._round_trips = 0
        self._counter_lock = threading.Lock()
        self._upgrade: Upgrade | None = None

    @property
    def round_trips(self) -> int:
        """Statements sent so far (thread-safe; GraphQL resolvers run them in threads)."""
        return self._round_trips

    def _count_round_trip(self) -> None:
        with self._counter_lock:
            self._round_trips += 1

    def run(
        self,
        statement: Statement,
        params: Mapping[str, Any],
        template: Mapping[str, str] | None = None,
    ) -> list[Record]:
        """Run one statement in a read transaction and return its records as dicts."""
        arguments = statement.arguments(params)
        text = statement.render(**(template or {}))
        self._count_round_trip()
        with _translated_errors(self.description), self._session() as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(text, arguments)])

    def replace_cities(self, graph: nx.MultiDiGraph[str], progress: Progress | None = None) -> None:
        """Replace every (city, layer) of ``graph`` by its content, in one transaction.

        Within the transaction the layers' stored nodes and relationships are read first,
        with their fingerprints, then the graph's other node ids are looked up: a node that
        belongs to another city or layer, or a referenced node that is missing, raises
        `InputError`. Only what differs is written (`plan_replacement`): loading the same
        graph twice sends two reads and writes nothing the second time. A failure at any
        point leaves the previous graph exactly as it was. Other layers of the same city
        are left alone.
        """
        self.upgrade()
        layers = [{"city": city, "layer": layer} for city, layer in layers_of(graph)]

        def work(tx: neo4j.ManagedTransaction) -> None:
            nodes = self._send(tx, Write("layer_nodes", {"layers": layers}))
            relationships = self._send(tx, Write("layer_relationships", {"layers": layers}))
            found = {row["id"]: row for row in nodes}  # the layers' own nodes need no lookup
            others = [node_id for node_id in graph.nodes if node_id not in found]
            for ids in batched(others):
                found.update(
                    (row["id"], row) for row in self._send(tx, Write("nodes_by_id", {"ids": ids}))
                )
            problems = find_conflicts(graph, found.values())
            if problems:
                raise InputError(problems)
            plan = plan_replacement(graph, Stored(list(found.values()), nodes, relationships))
            for done, write in enumerate(plan, start=1):
                self._send(tx, write)
                if progress is not None:
                    progress(done, len(plan))

        with _translated_errors(self.description), self._session() as session:
            session.execute_write(work)

    def upgrade(self) -> Upgrade:
        """Create the schema and bring a store of an earlier format up to date, once.

        Idempotent and cheap after the first call of this instance; `open_store` calls
        it, so every command meets a current store.
        """
        if self._upgrade is not None:
            return self._upgrade
        with _translated_errors(self.description), self._session() as session:
            found = session.execute_read(lambda tx: found_version(lambda w: self._send(tx, w)))
            if found == STORE_VERSION:
                result = Upgrade(found)
            else:
                schema = plan_schema()
                if found == 1:  # see govgraph.store.migration on ArcadeDB
                    labels = [Write("drop_unique_id", {}, {"label": label}) for label in Label]
                    schema = [w for w in schema if w.template.get("label") == ENTITY] + labels
                for write in schema:  # schema changes cannot share a data transaction
                    session.execute_write(self._send, write)
                result = session.execute_write(
                    lambda tx: upgrade(lambda w: self._send(tx, w), found)
                )
                for write in plan_schema():
                    session.execute_write(self._send, write)
        self._upgrade = result
        return result

    def delete_everything(self) -> None:
        """Empty the database (tests and benchmarks): the relationships, then the nodes,
        `BATCH_SIZE` × 10 per transaction.

        Batches keep a large store's deletion within the server's memory (a search term
        may have a relationship from every node); a failure may leave part of the store.
        """
        limit = {"limit": 10 * BATCH_SIZE}
        with _translated_errors(self.description), self._session() as session:
            for batch in (
                Write("delete_all_relationships", limit),
                Write("delete_everything", limit),
            ):
                deleted = None
                while deleted != 0:
                    deleted = session.execute_write(self._send, batch)[0]["deleted"]
        self._upgrade = None

    def counts(self, city: str | None = None) -> StoreCounts:
        """Node counts by label and relationship counts by type."""
        statements = store_statements()
        if city is None:
            nodes = self.run(statements["count_all_nodes_by_label"], {})
            rels = self.run(statements["count_all_relationships_by_type"], {})
        else:
            nodes = self.run(statements["count_nodes_by_label"], {"city": city})
            rels = self.run(statements["count_relationships_by_type"], {"city": city})
        return StoreCounts(
            {r["label"]: r["count"] for r in nodes}, {r["type"]: r["count"] for r in rels}
        )

    def ping(self) -> None:
        """Raise `StoreUnavailableError` unless the server answers."""
        with _translated_errors(self.description):
            self._driver.verify_connectivity()

    def close(self) -> None:
        """Close the driver's connections."""
        self._driver.close()

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self._database)

    def _send(self, tx: neo4j.ManagedTransaction, write: Write) -> list[Record]:
        statement = store_statements()[write.statement]
        arguments = statement.arguments(write.params)
        self._count_round_trip()
        return [r.data() for r in tx.run(statement.render(**write.template), arguments)]
