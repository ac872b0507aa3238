"""The one exception tree of govgraph.

::

    GovGraphError
    ├── InputError                 bad input; carries every problem found in it
    │   └── SourceQuoteError       a cited quote does not occur in its document
    ├── StoreError                 the store refused or failed an operation
    │   ├── StoreUnavailableError  no store reachable (connection, auth, start-up)
    │   └── StoreLockedError       the embedded data directory is in use elsewhere
    ├── ImportSourceError          an import source cannot be read (unreachable, not OParl)
    ├── QuestionError              a question asked of the graph cannot be answered as put
    │   ├── NotFoundError          an unknown id or city
    │   └── ArgumentError          an argument out of range (page size, search text, kind)
    └── ChartError                 a print chart cannot be made (Graphviz missing or failing)

``QuestionError`` and ``StoreUnavailableError`` messages are meant for API clients;
the GraphQL layer shows them and masks every other exception.

Foreign errors (pydantic, YAML, neo4j, ArcadeDB) are translated into these at the
boundary of the subpackage that meets them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ArgumentError",
    "ChartError",
    "GovGraphError",
    "ImportSourceError",
    "InputError",
    "NotFoundError",
    "Problem",
    "QuestionError",
    "SourceQuoteError",
    "StoreError",
    "StoreLockedError",
    "StoreUnavailableError",
]


class GovGraphError(Exception):
    """Base of every error govgraph raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in an input: where it is and what is wrong.

    >>> str(Problem("city.yaml", 12, "musterstadt-amt-50", "kind", "unknown kind 'amt'"))
    "city.yaml:12: musterstadt-amt-50: field 'kind': unknown kind 'amt'"
    """

    file: str
    line: int | None
    entity: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.entity:
            parts.append(self.entity)
        if self.field:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)


class InputError(GovGraphError):
    """An input is invalid; ``problems`` lists everything found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, str(p)))
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the input:\n{lines}")


class SourceQuoteError(InputError):
    """Cited quotes that do not occur in their source documents."""


class StoreError(GovGraphError):
    """The graph store failed an operation."""


class StoreUnavailableError(StoreError):
    """No graph store could be reached or started."""


class StoreLockedError(StoreError):
    """The embedded store's data directory is already in use by another server."""


class ImportSourceError(GovGraphError):
    """An import source cannot be read: unreachable after retries, or not what it claims.

    The message names the URL or file and what came back (status, content type).
    """


class QuestionError(GovGraphError):
    """A question to the graph that cannot be answered as put."""


class NotFoundError(QuestionError):
    """An id or city that the graph does not hold."""


class ArgumentError(QuestionError):
    """An argument out of its range: a page size, an empty search text, an unknown kind."""


class ChartError(GovGraphError):
    """A print chart cannot be made: Graphviz's ``dot`` is missing or failed."""
