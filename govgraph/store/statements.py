"""Cypher statements kept as files, each with a header that declares how to call it.

A statement file looks like this::

    // name: merge_nodes
    // Merge a batch of nodes of one label by id, replacing their properties.
    // params: rows
    // template: label
    // result: none
    UNWIND $rows AS row
    MERGE (n:{{label}} {id: row.id})
    SET n = row.props

``name`` must equal the file's stem; the comment lines without a ``key:`` form the
description; ``params`` lists the ``$parameters`` (checked against those the text uses);
``template`` lists ``{{placeholders}}`` for labels and relationship types, which can
never be parameters in Cypher and are filled only from the model's closed vocabularies;
``constants`` lists domain rules the statement applies, by their names in
`govgraph.graphmodel.rules.CYPHER_CONSTANTS`: each is used as a ``$parameter`` (its value
is sent with every call) or as a ``{{placeholder}}`` (a relationship type, filled in), so
the rule is written once, in Python; ``result`` is ``none``, ``one`` or ``many``. A
statement that reads a whole label or the whole store (emptying it, counting it,
upgrading it once) says so and why in a ``scan:`` line; every other statement starts
from an indexed property (see `govgraph.store.schema`), which a test checks for every
file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from govgraph.graphmodel import Label, RelType
from govgraph.graphmodel.rules import CYPHER_CONSTANTS
from govgraph.store.schema import ENTITY

__all__ = ["Result", "Statement", "StatementFileError", "load_statements"]

_HEADER = re.compile(
    r"^//\s?(?:(?P<key>name|params|template|constants|result|scan):\s*(?P<value>.*)|(?P<text>.*))$"
)
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")
_IDENTIFIERS = (
    frozenset(label.value for label in Label) | frozenset(t.cypher_type for t in RelType) | {ENTITY}
)


class StatementFileError(ValueError):
    """A statement file is malformed; the message names the file and what is wrong."""


class Result(StrEnum):
    """What a statement returns: nothing, one record, or many records."""

    NONE = "none"
    ONE = "one"
    MANY = "many"


@dataclass(frozen=True)
class Statement:
    """One parsed Cypher statement file."""

    name: str
    description: str
    params: frozenset[str]
    template: frozenset[str]
    result: Result
    text: str
    path: Path
    scan: str | None = None
    """Why the statement may read a whole label or the whole store, if it does."""
    constants: frozenset[str] = frozenset()
    """The rules of `CYPHER_CONSTANTS` it uses as parameters (placeholders are filled in
    ``text`` already)."""

    def render(self, **template: str) -> str:
        """The Cypher text with its ``{{placeholders}}`` filled by labels or types.

        Raises
        ------
        ValueError
            When a placeholder is missing, unknown, or its value is not a label or
            relationship type of the model.
        """
        if set(template) != self.template:
            raise ValueError(
                f"{self.name}: template needs {sorted(self.template)}, got {sorted(template)}"
            )
        for key, value in template.items():
            if value not in _IDENTIFIERS:
                raise ValueError(
                    f"{self.name}: {key}={value!r} is not a label or type of the model"
                )
        return _PLACEHOLDER.sub(lambda m: template[m.group(1)], self.text)

    def check_params(self, params: Mapping[str, Any]) -> None:
        """Raise ``TypeError`` unless ``params`` are exactly the declared parameters."""
        given = set(params)
        if given != self.params:
            missing = sorted(self.params - given)
            extra = sorted(given - self.params)
            raise TypeError(f"{self.name}: missing parameters {missing}, unexpected {extra}")

    def arguments(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The parameters to send: ``params`` (checked) and the rules used as parameters."""
        self.check_params(params)
        return {**params, **{name: CYPHER_CONSTANTS[name] for name in self.constants}}


def load_statements(directory: Path) -> dict[str, Statement]:
    """Parse every ``*.cypher`` file below ``directory``; names must be unique.

    Raises
    ------
    StatementFileError
        For a file without a complete header, a ``name`` that differs from the file's
        stem, parameters used but not declared (or declared but unused), placeholders
        likewise, an unknown result shape, or a duplicate name.
    """
    statements: dict[str, Statement] = {}
    for path in sorted(directory.rglob("*.cypher")):
        statement = _parse(path)
        if statement.name in statements:
            raise StatementFileError(
                f"{path}: duplicate statement name {statement.name!r} "
                f"(also {statements[statement.name].path})"
            )
        statements[statement.name] = statement
    return statements


def _parse(path: Path) -> Statement:
    header: dict[str, str] = {}
    description: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = len(lines)
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match is None:
            body_start = number
            break
        if match.group("key"):
            header[match.group("key")] = match.group("value").strip()
        elif match.group("text").strip():
            description.append(match.group("text").strip())
    text = "\n".join(lines[body_start:]).strip()
    missing = [key for key in ("name", "params", "result") if key not in header]
    if missing or not text:
        raise StatementFileError(f"{path}: header lacks {missing or 'a statement body'}")
    if header["name"] != path.stem:
        raise StatementFileError(f"{path}: name {header['name']!r} differs from the file name")
    try:
        result = Result(header["result"])
    except ValueError:
        raise StatementFileError(f"{path}: result must be none, one or many") from None
    params = _names(header["params"])
    template = _names(header.get("template", ""))
    constants = _names(header.get("constants", ""))
    unknown = sorted(constants - set(CYPHER_CONSTANTS))
    if unknown:
        raise StatementFileError(f"{path}: constants {unknown} are not rules of the model")
    used_params, used_placeholders = set(_PARAM.findall(text)), set(_PLACEHOLDER.findall(text))
    unused = sorted(constants - used_params - used_placeholders)
    if unused:
        raise StatementFileError(f"{path}: constants declared but not used {unused}")
    for kind, declared, used in (
        ("parameters", params, used_params - constants),
        ("placeholders", template, used_placeholders - constants),
    ):
        if declared != used:
            raise StatementFileError(
                f"{path}: {kind} used but not declared {sorted(used - declared)}, "
                f"declared but not used {sorted(declared - used)}"
            )
    for name in constants & used_placeholders:
        if CYPHER_CONSTANTS[name] not in _IDENTIFIERS:
            raise StatementFileError(f"{path}: constant {name} is no type to fill in")
        text = text.replace("{{" + name + "}}", CYPHER_CONSTANTS[name])
    return Statement(
        header["name"],
        " ".join(description),
        frozenset(params),
        frozenset(template),
        result,
        text,
        path,
        header.get("scan") or None,
        frozenset(constants & used_params),
    )


def _names(value: str) -> frozenset[str]:
    return frozenset(name.strip() for name in value.split(",") if name.strip())
