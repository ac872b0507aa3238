"""OParl objects as fetched or read: filed by type, cleaned of vendor quirks, deduplicated."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govgraph.errors import ImportSourceError, InputError, Problem

__all__ = ["OParlObjects", "clean_object", "read_folder"]

_EMPTY_TEXTS = {"", "n/a"}
"""Texts that vendors send for "no value" (compared stripped and lower-cased)."""

_ARRAY_FIELDS = {
    "membership",
    "post",
    "email",
    "phone",
    "status",
    "title",
    "keyword",
    "legislativeTerm",
}
"""Fields that OParl 1.1 defines as arrays; some servers send a single value instead."""

_BODY_LIST_FIELDS = {"membership"}
"""Array fields of other types that are, in a Body, the URL of an external list."""


def clean_object(obj: dict[str, Any]) -> dict[str, Any]:
    """A copy of an OParl object with vendor quirks normalised, recursively.

    Null values, empty texts, "N/A" and lists left empty are dropped; a single value
    where OParl 1.1 has an array is wrapped in a list.

    >>> clean_object({"name": "Rat", "website": "N/A", "keyword": "rat", "endDate": None})
    {'name': 'Rat', 'keyword': ['rat']}
    """
    arrays = _ARRAY_FIELDS - _BODY_LIST_FIELDS if _kind(obj) == "Body" else _ARRAY_FIELDS
    cleaned: dict[str, Any] = {}
    for key, value in obj.items():
        if key in arrays and isinstance(value, str | dict):
            value = [value]
        value = _clean_value(value)
        if not _is_empty(value):
            cleaned[key] = value
    return cleaned


def _clean_value(value: Any) -> Any:
    if isinstance(value, dict):
        return clean_object(value)
    if isinstance(value, list):
        return [item for item in map(_clean_value, value) if not _is_empty(item)]
    return value


def _is_empty(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in _EMPTY_TEXTS
    return value is None or value == []


def _kind(obj: dict[str, Any]) -> str | None:
    """The last part of an object's ``type`` URL ("Organization"), of OParl 1.0 or 1.1."""
    type_url = obj.get("type")
    if not isinstance(type_url, str):
        return None
    return type_url.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class OParlObjects:
    """The OParl objects of one source that an import needs, by type and id (URL)."""

    source: str
    system: dict[str, Any] | None = None
    bodies: dict[str, dict[str, Any]] = field(default_factory=dict)
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)
    memberships: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    def add(self, obj: dict[str, Any], *, parent: dict[str, Any] | None = None) -> None:
        """File a cleaned copy of ``obj`` by its type; ignore types an import does not use.

        ``parent`` is the Person that embeds ``obj`` as a membership: the membership's
        ``person`` is set to the Person's id. The memberships embedded in a Person are
        filed too. An object seen twice is merged, later fields winning, except that a
        membership keeps the ``person`` it got from its Person. Objects marked
        ``"deleted": true`` are recorded in ``deleted`` and removed from the dicts.
        """
        cleaned = clean_object(obj)
        kind = _kind(cleaned) or ("Membership" if parent is not None else "")
        oid = cleaned.get("id")
        table = self._tables().get(kind)
        if (table is None and kind != "System") or not isinstance(oid, str):
            return
        if cleaned.get("deleted") is True:
            self._forget(oid)
            return
        if oid in self.deleted:
            return
        if table is None:
            self.system = cleaned
            return
        if kind == "Membership":
            self._set_person(cleaned, table.get(oid), parent)
        table[oid] = {**table.get(oid, {}), **cleaned}
        if kind == "Person":
            for membership in cleaned.get("membership", []):
                if isinstance(membership, dict):
                    self.add(membership, parent=cleaned)

    def _tables(self) -> dict[str, dict[str, dict[str, Any]]]:
        return {
            "Body": self.bodies,
            "Organization": self.organizations,
            "Person": self.persons,
            "Membership": self.memberships,
        }

    def _forget(self, oid: str) -> None:
        self.deleted.add(oid)
        for table in self._tables().values():
            table.pop(oid, None)
        if self.system is not None and self.system.get("id") == oid:
            self.system = None

    @staticmethod
    def _set_person(
        membership: dict[str, Any], known: dict[str, Any] | None, parent: dict[str, Any] | None
    ) -> None:
        if parent is not None and isinstance(parent.get("id"), str):
            membership["person"] = parent["id"]
        elif known is not None and "person" in known:
            membership["person"] = known["person"]


def read_folder(path: Path) -> OParlObjects:
    """Read every ``*.json`` file under ``path`` (recursively, in sorted order).

    A file holds one OParl object, a list page (``{"data": [...]}``) or a JSON array of
    objects.

    Raises
    ------
    InputError
        A file is not valid JSON (with its line) or holds something else.
    ImportSourceError
        ``path`` is no folder, or no file in it holds an OParl object an import uses.
    """
    if not path.is_dir():
        raise ImportSourceError(f"{path} is not a folder")
    objects = OParlObjects(source=str(path))
    problems: list[Problem] = []
    for file in sorted(path.rglob("*.json")):
        try:
            content = json.loads(file.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as error:
            message = f"invalid JSON: {error.msg}"
            problems.append(Problem(str(file), error.lineno, None, None, message))
            continue
        except UnicodeDecodeError as error:
            problems.append(Problem(str(file), None, None, None, f"not UTF-8 text: {error}"))
            continue
        items = _items_of(content)
        if items is None:
            message = "neither an OParl object, nor a list page, nor an array of objects"
            problems.append(Problem(str(file), None, None, None, message))
            continue
        for item in items:
            objects.add(item)
    if problems:
        raise InputError(problems)
    found = (objects.system, objects.bodies, objects.organizations, objects.persons)
    if not any((*found, objects.memberships, objects.deleted)):
        raise ImportSourceError(
            f"{path} holds no OParl object (System, Body, Organization, Person or Membership)"
        )
    return objects


def _items_of(content: Any) -> list[dict[str, Any]] | None:
    """The objects in a file's JSON content, or None if it is of no OParl shape."""
    if isinstance(content, dict) and "data" in content:
        content = content["data"]
    if isinstance(content, dict):
        return [content]
    if isinstance(content, list):
        return [item for item in content if isinstance(item, dict)]
    return None
