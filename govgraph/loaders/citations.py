"""What the importers share when they cite their source and report rejected values."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

from govgraph.errors import Problem
from govgraph.graphmodel.fields import MAX_QUOTE_LENGTH

__all__ = ["quote", "validation_problems"]


def quote(label: str, text: str) -> str:
    """``text`` as a citation; one too short to stand alone is quoted with its label.

    >>> quote("Zuständigkeit", "Amt 51"), quote("Zuständigkeit", "OB")
    ('Amt 51', 'Zuständigkeit: OB')
    """
    cited = text if len(text.strip()) >= 3 else f"{label}: {text}"
    return cited[:MAX_QUOTE_LENGTH]


def validation_problems(
    error: ValidationError,
    *,
    file: str,
    line: int | None,
    entity: str,
    field: Callable[[str], str | None],
) -> list[Problem]:
    """One problem per value the model rejected; ``field`` names the input's field for a
    model field (the first part of the error's location)."""
    problems = []
    for detail in error.errors():
        where = ".".join(str(part) for part in detail["loc"])
        message = f"{detail['msg']} ({where})" if where else detail["msg"]
        first = str(detail["loc"][0]) if detail["loc"] else ""
        problems.append(Problem(file, line, entity, field(first), message))
    return problems
