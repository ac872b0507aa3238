"""The importers called from Python, against the real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from support import DATA, entity

from govgraph.loaders.catalogue import import_catalogue
from govgraph.loaders.oparl import import_oparl, oparl_layer_id
from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore, LayerChanges


def test_import_catalogue_from_python_twice(
    store: BoltStore, load_example: Callable[..., str], five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    city = load_example("pythonkatalog")
    path = tmp_path / "liste.csv"
    path.write_text("Maßnahme;Zuständigkeit\nSprachcafé;Amt für Soziales\n", encoding="utf-8")

    # when
    first = import_catalogue(store, path, city)
    second = import_catalogue(store, path, city)

    # then
    assert first.changes == LayerChanges(added=3)  # the document, the measure, its owner link
    assert second.changes == LayerChanges(unchanged=3)
    assert entity(five_cities, f"{city}-massnahmenkatalog-liste-sprachcafe") is not None


def test_import_oparl_from_python_with_a_dry_run_first(
    store: BoltStore, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given
    city = load_example("pythonrat")
    folder = DATA / "oparl" / "folder"

    # when
    dry = import_oparl(store, folder, city, dry_run=True, today=date(2026, 11, 22))
    written = import_oparl(store, folder, city, today=date(2026, 11, 22))

    # then
    assert dry.changes == written.changes
    assert written.changes.added > 0
    assert written.built.counts["chairs"] == 1
    assert entity(five_cities, oparl_layer_id(city)) is not None
