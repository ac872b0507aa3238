"""The stores a benchmark runs on: a fresh embedded one per engine, or the Bolt server given."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from govgraph.store import BoltStore, Engine, StoreSettings, open_store

BOLT = "bolt"
"""The name of the one target when a Bolt URI is given."""


def _engines(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    known = [engine.value for engine in Engine]
    unknown = [name for name in names if name not in known]
    if unknown or not names or len(set(names)) != len(names):
        raise argparse.ArgumentTypeError(
            f"{text!r}: a comma-separated list of distinct engines of {', '.join(known)}"
        )
    return names


def add_store_options(parser: argparse.ArgumentParser, *, heap: bool = False) -> None:
    """``--engines``: the engines to run on, each with a fresh embedded store, one after the
    other (default: every engine); ``--uri/--user/--password/--database``: run once, on that
    server, instead.

    With ``heap``, also ``--heap``: the JVM heap of the embedded stores.
    """
    every = ",".join(engine.value for engine in Engine)
    parser.add_argument(
        "--engines",
        type=_engines,
        default=_engines(every),
        help=f"engines of the fresh embedded stores, in order (default {every})",
    )
    parser.add_argument("--uri", help="Bolt URI (instead of the fresh embedded stores)")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="")
    parser.add_argument("--database")
    if heap:
        default = StoreSettings.model_fields["heap"].default
        parser.add_argument(
            "--heap", default=default, help=f"JVM heap of the embedded stores (default {default})"
        )


def targets(args: argparse.Namespace) -> list[str]:
    """The names of the stores to run on, in order: the engines, or `BOLT` for a URI."""
    return [BOLT] if args.uri else list(args.engines)


@contextlib.contextmanager
def benchmark_store_in(
    args: argparse.Namespace, target: str
) -> Iterator[tuple[BoltStore, Path | None]]:
    """The store of ``target`` (see `targets`), and the embedded store's data directory
    (else None)."""
    with tempfile.TemporaryDirectory() as tmp:
        if target == BOLT:
            settings = StoreSettings(
                neo4j_uri=args.uri,
                neo4j_user=args.user,
                neo4j_password=args.password,
                neo4j_database=args.database,
            )
        else:
            heap = getattr(args, "heap", None) or StoreSettings.model_fields["heap"].default
            settings = StoreSettings(data_dir=Path(tmp), heap=heap, engine=Engine(target))
        with open_store(settings) as store:
            print(f"store: {store.description}")
            yield store, None if target == BOLT else settings.data_dir


@contextlib.contextmanager
def benchmark_store(args: argparse.Namespace, target: str) -> Iterator[BoltStore]:
    """The store of ``target``, open for the ``with`` block (printed first)."""
    with benchmark_store_in(args, target) as (store, _):
        yield store
