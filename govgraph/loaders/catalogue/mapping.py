"""The optional mapping file: which sheet to read and what the catalogue's headers mean.

::

    sheet: Maßnahmen            # optional, XLSX only
    columns:                    # header as written → field name (a Column value) or "ignore"
      Titel der Maßnahme: measure
      Verantwortliche Stelle: owner
      Kosten: ignore
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from govgraph.errors import InputError, Problem
from govgraph.loaders.catalogue.columns import Column, header_key
from govgraph.loaders.yaml_file import read_yaml

__all__ = ["IGNORE", "Mapping", "read_mapping"]

IGNORE = "ignore"
"""The field name that drops a column."""

_TOP_KEYS = ("sheet", "columns")
_BY_NAME = {column.value: column for column in Column}
_FIELDS = ", ".join([*_BY_NAME, IGNORE])


@dataclass(frozen=True)
class Mapping:
    """A mapping file: the sheet to read and each header's column (keys folded, None = ignore)."""

    sheet: str | None
    columns: dict[str, Column | None]


def read_mapping(path: Path) -> Mapping:
    """Read and check a mapping file.

    Raises
    ------
    InputError
        Every problem in the file (YAML syntax, unknown keys or field names, a header
        given twice), each naming the file and line.
    """
    file = str(path)
    root = read_yaml(path, YAML(typ="rt"))
    if root is None:
        root = {}
    if not isinstance(root, dict):
        raise InputError(
            [Problem(file, 1, None, None, "expected a mapping with 'sheet' and/or 'columns'")]
        )
    problems: list[Problem] = []
    for key in root:
        if key not in _TOP_KEYS:
            problems.append(
                Problem(
                    file,
                    _key_line(root, key),
                    None,
                    str(key),
                    f"unknown key (expected one of: {', '.join(_TOP_KEYS)})",
                )
            )
    sheet = root.get("sheet")
    if sheet is not None and not isinstance(sheet, str | int):
        problems.append(
            Problem(file, _key_line(root, "sheet"), None, "sheet", "expected a sheet name")
        )
    columns = _columns(root, file, problems)
    if problems:
        raise InputError(problems)
    return Mapping(None if sheet is None else str(sheet), columns)


def _columns(root: dict[Any, Any], file: str, problems: list[Problem]) -> dict[str, Column | None]:
    entries = root.get("columns")
    if entries is None:
        return {}
    if not isinstance(entries, dict):
        line = _key_line(root, "columns")
        problems.append(Problem(file, line, None, "columns", "expected a mapping of header: field"))
        return {}
    columns: dict[str, Column | None] = {}
    first: dict[str, tuple[str, int | None]] = {}
    for header, field in entries.items():
        line = _key_line(entries, header)
        key = header_key(str(header))
        if not key:
            problems.append(Problem(file, line, None, str(header), "not a header"))
        elif key in first:
            other, other_line = first[key]
            message = f"same header as '{other}' (line {other_line}), ignoring case and umlauts"
            problems.append(Problem(file, line, None, str(header), message))
        elif field == IGNORE:
            columns[key] = None
        elif isinstance(field, str) and field in _BY_NAME:
            columns[key] = _BY_NAME[field]
        else:
            message = f"unknown field {field!r} (expected one of: {_FIELDS})"
            problems.append(Problem(file, line, None, str(header), message))
        first.setdefault(key, (str(header), line))
    return columns


def _key_line(node: Any, key: Any) -> int | None:
    """The 1-based line of ``key`` in a ruamel mapping."""
    lc = getattr(node, "lc", None)
    return None if lc is None else int(lc.key(key)[0]) + 1
