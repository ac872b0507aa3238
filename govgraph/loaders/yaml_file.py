"""Reading a YAML file with every failure turned into a problem naming the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from govgraph.errors import InputError, Problem

__all__ = ["read_yaml"]


def read_yaml(path: Path, yaml: YAML) -> Any:
    """The document in ``path`` as ``yaml`` loads it.

    Raises
    ------
    InputError
        The file cannot be read, is not UTF-8, or is not well-formed YAML (with its line).
    """
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(
            [Problem(file, None, None, None, f"cannot read: {error.strerror}")]
        ) from None
    except UnicodeDecodeError as error:
        raise InputError(
            [Problem(file, None, None, None, f"not UTF-8 text ({error.reason})")]
        ) from None
    try:
        return yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise InputError([Problem(file, line, None, None, f"malformed YAML: {message}")]) from None
