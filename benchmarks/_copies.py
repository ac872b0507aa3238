"""Renamed copies of the five bundled cities, built through the public load path.

Copy k of ``bamberg`` is the city ``bamberg-k0007`` named "Bamberg (Kopie 7)": the bundled
files are parsed once, every string in an id position (``id``, ``from``, ``to``,
``on_behalf_of``, a source's ``document``) renamed, written to a temporary file as JSON
(which is YAML, and dumps far faster) and loaded with ``load_structure_files``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from ruamel.yaml import YAML

from govgraph.graphmodel import CityDataset, to_networkx
from govgraph.loaders import bundled_structure_files, load_structure_files

ID_KEYS = frozenset({"id", "from", "to", "on_behalf_of", "document"})
"""Keys of a structure file whose string values are ids."""

Tree = dict[str, Any]
"""A structure file as plain dicts, lists and scalars."""


@dataclass(frozen=True)
class Copy:
    """One renamed copy of the five cities: the id suffix and the city name's addition."""

    suffix: str
    label: str


def copy_number(k: int) -> Copy:
    """Copy ``k`` of the load: ``bamberg-k0007``, "Bamberg (Kopie 7)"."""
    return Copy(f"k{k:04d}", f"Kopie {k}")


def bundled_trees() -> dict[str, Tree]:
    """The bundled structure files, parsed as the loader parses them (dates stay text)."""
    yaml = YAML(typ="rt")
    yaml.constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: str(loader.construct_scalar(node))
    )
    return {
        path.stem: _plain(yaml.load(path.read_text(encoding="utf-8")))
        for path in bundled_structure_files()
    }


def _plain(value: Any) -> Any:
    """``value`` with ruamel's mapping, sequence and scalar types turned into plain ones."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return kind(value)
    if value is None:
        return None
    raise TypeError(f"unexpected {type(value).__name__} in a structure file")


def renamed_tree(tree: Tree, copy: Copy) -> Tree:
    """The structure file with every id renamed for ``copy`` and the city name marked.

    Raises
    ------
    ValueError
        When an id does not start with the city id (it could not be renamed safely).
    """
    city = tree["city"]["id"]

    def rename(value: str) -> str:
        if value != city and not value.startswith(f"{city}-"):
            raise ValueError(f"{city}: id {value!r} does not start with the city id")
        return f"{city}-{copy.suffix}{value[len(city) :]}"

    def walk(value: Any, key: str | None) -> Any:
        if isinstance(value, dict):
            return {name: walk(item, name) for name, item in value.items()}
        if isinstance(value, list):
            return [walk(item, key) for item in value]
        if key in ID_KEYS and isinstance(value, str):
            return rename(value)
        return value

    renamed: Tree = walk(tree, None)
    renamed["city"]["name"] = f"{tree['city']['name']} ({copy.label})"
    return renamed


_TREES: dict[str, Tree] = {}
"""The bundled trees in a worker process (set by `set_trees`)."""


def set_trees(trees: dict[str, Tree]) -> None:
    """Give this (worker) process the bundled trees that `load_copy` renames."""
    _TREES.update(trees)


def load_copy(copy: Copy) -> list[CityDataset]:
    """The five cities renamed for ``copy``, written to files and loaded by the loader."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for stem, tree in _TREES.items():
            path = Path(tmp) / f"{stem}-{copy.suffix}.yaml"
            text = json.dumps(renamed_tree(tree, copy), ensure_ascii=False, indent=1)
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return load_structure_files(paths)


def copies_graph(pool: Executor | None, copies: Sequence[Copy]) -> nx.MultiDiGraph[str]:
    """One graph of all ``copies``, loaded in the pool's workers (or here without one)."""
    if pool is None:
        parts: Iterator[list[CityDataset]] = map(load_copy, copies)
    else:
        parts = pool.map(load_copy, copies, chunksize=max(1, len(copies) // 16))
    return to_networkx([dataset for part in parts for dataset in part])


def check_copy(original: nx.MultiDiGraph[str], copy: nx.MultiDiGraph[str], suffix: str) -> None:
    """``copy`` is ``original`` with ids, cities and city names renamed, nothing else.

    Every node and relationship must be there under its renamed id (key), with the same
    properties but for ids (``id``, ``city``, ``on_behalf_of``, ``…_documents``), and for
    a city its name (and the search key made from it).

    Raises
    ------
    RuntimeError
        Naming the first differences.
    """

    def renamed(value: str, city: str) -> str:
        if value != city and not value.startswith(f"{city}-"):
            return value  # not an id of the city (a relationship type or role in a key)
        return f"{city}-{suffix}{value[len(city) :]}"

    def expected(attrs: dict[str, Any]) -> dict[str, Any]:
        city = attrs["city"]
        props = {}
        for key, value in attrs.items():
            if key in ("id", "city", "on_behalf_of"):
                value = renamed(value, city)
            elif key.endswith("_documents"):
                value = [renamed(document, city) for document in value]
            props[key] = value
        return props

    def unmarked(attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("label") != "City":
            return attrs
        return {key: value for key, value in attrs.items() if key not in ("name", "search_key")}

    problems = []
    if copy.number_of_nodes() != original.number_of_nodes():
        problems.append(f"{copy.number_of_nodes()} nodes, not {original.number_of_nodes()}")
    if copy.number_of_edges() != original.number_of_edges():
        problems.append(f"{copy.number_of_edges()} edges, not {original.number_of_edges()}")
    for node, attrs in original.nodes(data=True):
        twin = copy.nodes.get(renamed(node, attrs["city"]))
        if twin is None:
            problems.append(f"{node}: no renamed node")
        elif unmarked(twin) != unmarked(expected(attrs)):
            problems.append(f"{node}: properties differ")
        elif not twin["name"].startswith(attrs["name"]):
            problems.append(f"{node}: named {twin['name']!r}")
    for source, target, key, attrs in original.edges(keys=True, data=True):
        city = attrs["city"]
        twin_key = ":".join(renamed(part, city) for part in key.split(":"))
        twin = copy.get_edge_data(renamed(source, city), renamed(target, city), twin_key)
        if twin is None:
            problems.append(f"{key}: no renamed relationship")
        elif twin != expected(attrs):
            problems.append(f"{key}: properties differ")
    if problems:
        raise RuntimeError("renamed copy differs: " + "; ".join(problems[:10]))
