"""The store a benchmark runs against: a fresh embedded one, or the Bolt server given."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from govgraph.store import BoltStore, StoreSettings, open_store


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """``--uri/--user/--password/--database``: benchmark that server instead of an embedded one."""
    parser.add_argument("--uri", help="Bolt URI (default: a fresh embedded store)")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="")
    parser.add_argument("--database")


@contextlib.contextmanager
def benchmark_store(args: argparse.Namespace) -> Iterator[BoltStore]:
    """The store chosen by the options, open for the ``with`` block (printed first)."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = (
            StoreSettings(
                neo4j_uri=args.uri,
                neo4j_user=args.user,
                neo4j_password=args.password,
                neo4j_database=args.database,
            )
            if args.uri
            else StoreSettings(data_dir=Path(tmp))
        )
        with open_store(settings) as store:
            print(f"store: {store.description}")
            yield store
