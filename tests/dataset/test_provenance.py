"""Every node and relationship of the bundled data is cited, and every quote is verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Cli

from govgraph.loaders import bundled_structure_files, load_structure_files

SHARED_SOURCES = Path(__file__).resolve().parents[2].parent / "shared" / "sources"
CITIES = {"bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"}


@pytest.mark.skipif(
    not SHARED_SOURCES.is_dir(), reason=f"source documents not present at {SHARED_SOURCES}"
)
def test_verify_sources_passes_against_the_documents(cli: Cli) -> None:
    # when
    result = cli("verify-sources", "--sources", str(SHARED_SOURCES))

    # then
    assert result.code == 0, result.err
    assert "citations in 5 files found" in result.out


def test_bundled_data_covers_the_five_cities() -> None:
    # when
    datasets = load_structure_files(bundled_structure_files())

    # then
    assert {d.city.id for d in datasets} == CITIES


def test_every_id_is_prefixed_by_its_city() -> None:
    # when
    datasets = load_structure_files(bundled_structure_files())

    # then
    for data in datasets:
        assert all(n.id.startswith(f"{data.city.id}-") for n in data.nodes), data.city.id


def test_load_without_arguments_loads_the_five_cities(cli: Cli) -> None:
    # when
    loaded = cli("load")
    info = cli("db", "info")

    # then
    assert loaded.code == 0, loaded.err
    for city in CITIES:
        assert f"│ {city}" in info.out
