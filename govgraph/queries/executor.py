"""The one executor of the question files under ``govgraph/queries/<domain>/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from govgraph.store import GraphStore, Record, Result, Statement, load_statements

__all__ = ["QueryExecutor", "questions"]

_QUERIES_DIR = Path(__file__).parent


@cache
def questions() -> dict[str, Statement]:
    """Every question, by name (the file stem; unique across domains)."""
    return load_statements(_QUERIES_DIR)


class QueryExecutor:
    """Runs named questions against a store, shaping results as each file declares.

    ``result: many`` gives a list of records, ``one`` a record or ``None``, ``none`` ``None``.
    Parameters are keyword-only and must match the file's declaration exactly.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def __call__(self, name: str, /, **params: Any) -> list[Record] | Record | None:
        """Run question ``name`` with ``params``."""
        statement = questions()[name]
        records = self.store.run(statement, params)
        if statement.result is Result.MANY:
            return records
        if statement.result is Result.ONE:
            return records[0] if records else None
        return None

    def many(self, name: str, /, **params: Any) -> list[Record]:
        """Run a ``result: many`` question and return its records."""
        result = self(name, **params)
        if not isinstance(result, list):
            raise TypeError(f"{name} is not a 'many' question")
        return result

    def one(self, name: str, /, **params: Any) -> Record | None:
        """Run a ``result: one`` question and return its record or ``None``."""
        if questions()[name].result is not Result.ONE:
            raise TypeError(f"{name} is not a 'one' question")
        result = self(name, **params)
        return result if isinstance(result, dict) else None
