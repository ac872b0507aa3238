"""Helpers for the tests: the example city under other ids, CLI results."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from govgraph.graphmodel import CityDataset
from govgraph.loaders import load_structure_file

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "musterstadt.yaml"
EXAMPLE_SOURCES = DATA / "sources"
EXTERNAL_URI = os.environ.get("GOVGRAPH_TEST_NEO4J_URI")

requires_embedded = pytest.mark.skipif(
    EXTERNAL_URI is not None,
    reason="tests the embedded server itself; the suite runs against GOVGRAPH_TEST_NEO4J_URI",
)


@dataclass(frozen=True)
class CliResult:
    """What a CLI call returned and printed."""

    code: int
    out: str
    err: str


Cli = Callable[..., CliResult]


def example_city(tmp_path: Path, city_id: str, edit: Callable[[str], str] = str) -> Path:
    """A copy of the example city under another id (so tests do not share data).

    ``edit`` may change the YAML text further.
    """
    text = EXAMPLE.read_text(encoding="utf-8").replace("musterstadt", city_id)
    path = tmp_path / f"{city_id}.yaml"
    path.write_text(edit(text), encoding="utf-8")
    return path


def example_dataset(tmp_path: Path, city_id: str, edit: Callable[[str], str] = str) -> CityDataset:
    """The example city under another id, loaded."""
    return load_structure_file(example_city(tmp_path, city_id, edit))
