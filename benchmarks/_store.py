"""The store a benchmark runs against: a fresh embedded one, or the Bolt server given."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from govgraph.store import BoltStore, Engine, StoreSettings, open_store


def add_store_options(parser: argparse.ArgumentParser, *, heap: bool = False) -> None:
    """``--uri/--user/--password/--database``: benchmark that server instead of a fresh
    embedded one; ``--engine``: the fresh embedded store's engine.

    With ``heap``, also ``--heap``: the JVM heap of the embedded store.
    """
    parser.add_argument("--uri", help="Bolt URI (default: a fresh embedded store)")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="")
    parser.add_argument("--database")
    parser.add_argument(
        "--engine",
        choices=[engine.value for engine in Engine],
        default=Engine.ARCADEDB.value,
        help="engine of the fresh embedded store (default arcadedb)",
    )
    if heap:
        default = StoreSettings.model_fields["heap"].default
        parser.add_argument(
            "--heap", default=default, help=f"JVM heap of the embedded store (default {default})"
        )


@contextlib.contextmanager
def benchmark_store_in(args: argparse.Namespace) -> Iterator[tuple[BoltStore, Path | None]]:
    """The store chosen by the options, and the embedded store's data directory (else None)."""
    with tempfile.TemporaryDirectory() as tmp:
        if args.uri:
            settings = StoreSettings(
                neo4j_uri=args.uri,
                neo4j_user=args.user,
                neo4j_password=args.password,
                neo4j_database=args.database,
            )
        else:
            heap = getattr(args, "heap", None) or StoreSettings.model_fields["heap"].default
            settings = StoreSettings(data_dir=Path(tmp), heap=heap, engine=Engine(args.engine))
        with open_store(settings) as store:
            print(f"store: {store.description}")
            yield store, None if args.uri else settings.data_dir


@contextlib.contextmanager
def benchmark_store(args: argparse.Namespace) -> Iterator[BoltStore]:
    """The store chosen by the options, open for the ``with`` block (printed first)."""
    with benchmark_store_in(args) as (store, _):
        yield store
