"""Loader for the structure-file format: one YAML file per city (see docs/data-format.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import (
    ActionField,
    Body,
    City,
    CityDataset,
    Document,
    Located,
    Measure,
    Node,
    OrgUnit,
    Person,
    Post,
    Relationship,
    assemble_city,
)
from govgraph.loaders.yaml_file import read_yaml

__all__ = ["SECTIONS", "load_structure_file", "load_structure_files"]

SECTIONS: dict[str, type[Node]] = {
    "documents": Document,
    "units": OrgUnit,
    "bodies": Body,
    "posts": Post,
    "persons": Person,
    "action_fields": ActionField,
    "measures": Measure,
}
"""The list sections of a structure file and the node kind each holds."""

_TOP_KEYS = ("city", *SECTIONS, "relationships")
M = TypeVar("M", bound=BaseModel)


def load_structure_files(paths: Iterable[Path]) -> list[CityDataset]:
    """Load several structure files, reporting the problems of all of them at once.

    Raises
    ------
    InputError
        Every problem of every file; also when two files describe the same city.
    """
    datasets: list[CityDataset] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            data = load_structure_file(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        if data.city.id in seen:
            problems.append(
                Problem(
                    str(path),
                    None,
                    data.city.id,
                    "city",
                    f"city already loaded from {seen[data.city.id]}",
                )
            )
            continue
        seen[data.city.id] = path
        datasets.append(data)
    if problems:
        raise InputError(problems)
    return datasets


def load_structure_file(path: Path) -> CityDataset:
    """Parse and validate one city's structure file.

    Raises
    ------
    InputError
        Every problem in the file, each naming the file, line, entity id and field.
    """
    file = str(path)
    root = _read_yaml(path)
    if not isinstance(root, Mapping):
        raise InputError(
            [Problem(file, 1, None, None, "expected a mapping with a 'city' key at the top")]
        )
    problems: list[Problem] = []
    for key in root:
        if key not in _TOP_KEYS:
            problems.append(
                Problem(
                    file,
                    _line(root, [key]),
                    None,
                    str(key),
                    f"unknown section (expected one of: {', '.join(_TOP_KEYS)})",
                )
            )
    if not isinstance(root.get("city"), Mapping):
        problems.append(
            Problem(file, _line(root, ["city"]), None, "city", "a 'city' mapping is required")
        )
        raise InputError(problems)

    failed: set[str] = set()
    city_line = _line(root["city"], [])
    city = _parse(City, root["city"], city_line, file, problems, failed)
    first_line: dict[str, int | None] = {}
    if isinstance(root["city"].get("id"), str):
        first_line[root["city"]["id"]] = city_line
    nodes: list[Located[Node]] = []
    for section, model in SECTIONS.items():
        for item, line in _items(root, section, file, problems):
            node_id = item.get("id") if isinstance(item, Mapping) else None
            if isinstance(node_id, str) and node_id in first_line:
                problems.append(
                    Problem(
                        file,
                        _line(item, ["id"]),
                        str(node_id),
                        "id",
                        f"duplicate id (first at line {first_line[node_id]})",
                    )
                )
                continue
            if isinstance(node_id, str):
                first_line[node_id] = line
            parsed = _parse(model, item, line, file, problems, failed)
            if parsed is not None:
                nodes.append(parsed)
    relationships = [
        rel
        for item, line in _items(root, "relationships", file, problems)
        if (rel := _parse(Relationship, item, line, file, problems, failed)) is not None
    ]
    if city is None:
        raise InputError(problems)
    try:
        data = assemble_city(city, nodes, relationships, file=file, unparsed_ids=frozenset(failed))
    except InputError as error:
        problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return data


def _read_yaml(path: Path) -> Any:
    yaml = YAML(typ="rt")
    # dates stay text, so that PartialDate validates them with their line
    yaml.constructor.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
    return read_yaml(path, yaml)


def _timestamp_as_text(constructor: Any, node: Any) -> str:
    return str(constructor.construct_scalar(node))


def _items(
    root: Mapping[str, Any], section: str, file: str, problems: list[Problem]
) -> list[tuple[Any, int | None]]:
    """The entries of a list section, each with its line."""
    value = root.get(section)
    if value is None:
        return []
    if not isinstance(value, Sequence) or isinstance(value, str):
        problems.append(Problem(file, _line(root, [section]), None, section, "expected a list"))
        return []
    return [(item, _line(value, [index])) for index, item in enumerate(value)]


def _parse(
    model: type[M],
    item: Any,
    line: int | None,
    file: str,
    problems: list[Problem],
    failed: set[str],
) -> Located[M] | None:
    if not isinstance(item, Mapping):
        problems.append(
            Problem(file, line, None, None, f"expected a mapping for a {model.__name__}")
        )
        return None
    try:
        return Located(model.model_validate(dict(item)), line)
    except ValidationError as error:
        entity = _describe(model, item)
        if isinstance(item.get("id"), str):
            failed.add(item["id"])
        for detail in error.errors():
            loc = [part for part in detail["loc"] if part != "__root__"]
            field = ".".join(str(part) for part in loc) or None
            problems.append(Problem(file, _line(item, loc), entity, field, _message(detail)))
        return None


def _describe(model: type[BaseModel], item: Mapping[str, Any]) -> str:
    if model is Relationship:
        return f"{item.get('type', '?')} {item.get('from', '?')} -> {item.get('to', '?')}"
    return str(item.get("id", f"<{model.__name__} without id>"))


def _message(detail: Mapping[str, Any]) -> str:
    message = str(detail["msg"]).removeprefix("Value error, ")
    if detail["type"] == "extra_forbidden":
        return "unknown field"
    if detail["type"] == "enum":
        return f"{message}, got {detail['input']!r}"
    return message


def _line(node: Any, loc: Sequence[Any]) -> int | None:
    """The 1-based line of the value at ``loc`` inside ``node``, or of the nearest parent."""
    line = node.lc.line + 1 if hasattr(node, "lc") else None
    for part in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, Mapping) and part in node:
                if lc is not None:
                    line = lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, Sequence) and isinstance(part, int) and part < len(node):
                if lc is not None:
                    line = lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        except (KeyError, TypeError):
            break
    return line
