"""A store of format 2, whose catalogue ids were made with the search fold, is upgraded to
transcribed ids in place; a re-import after the upgrade finds what it replaces."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import Cli, bolt_driver, entity

from govgraph.graphmodel import Label, fold
from govgraph.graphmodel import ids as model_ids
from govgraph.loaders.catalogue import import_catalogue
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import BoltStore, StoreSettings, open_store
from govgraph.store.schema import STORE_VERSION

CITY = "umlautstadt"
HEADER = "Maßnahme;Handlungsfeld;Federführung\n"
BY_FILE = (
    HEADER
    + "Sprachförderung für Eltern;Sprache;Amt für Soziales\n"
    + "Steuerungsgruppe Übergänge;Übergänge Schule;Amt für Soziales\n"
)
BY_NAME = HEADER + "Qualifizierung für Geflüchtete;Übergänge Schule;Stabsstelle Integration\n"

OLD_FILE_LAYER = f"{CITY}-massnahmenkatalog-massnahmen-forderung"
NEW_FILE_LAYER = f"{CITY}-massnahmenkatalog-massnahmen-foerderung"
NAMED_LAYER = f"{CITY}-massnahmenkatalog-forderung-2024"  # kept: its name is not stored
OLD_FIELD = f"{OLD_FILE_LAYER}-hf-ubergange-schule"
NEW_FIELD = f"{NEW_FILE_LAYER}-hf-uebergaenge-schule"
RENAMED = {
    OLD_FILE_LAYER: NEW_FILE_LAYER,
    f"{OLD_FILE_LAYER}-sprachforderung-fur-eltern": (
        f"{NEW_FILE_LAYER}-sprachfoerderung-fuer-eltern"
    ),
    f"{OLD_FILE_LAYER}-steurungsgruppe-ubergange": f"{NEW_FILE_LAYER}-steuerungsgruppe-uebergaenge",
    OLD_FIELD: NEW_FIELD,
    f"{NAMED_LAYER}-qualifizierung-fur-gefluchtete": (
        f"{NAMED_LAYER}-qualifizierung-fuer-gefluechtete"
    ),
}


def _catalogue(tmp_path: Path, text: str, name: str = "Maßnahmen Förderung.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import_as_format_2(store: BoltStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Import both catalogues with the ids that format 2 made."""
    with monkeypatch.context() as old:
        old.setattr(model_ids, "transcribe", fold)  # slugify as it was: the search fold
        import_catalogue(store, _catalogue(tmp_path, BY_FILE), CITY, create_fields=True)
        import_catalogue(store, _catalogue(tmp_path, BY_NAME, "b.csv"), CITY, name="Förderung 2024")


def _mark_format_2(settings: StoreSettings) -> None:
    driver, database = bolt_driver(settings)
    with driver, driver.session(database=database) as session:
        session.run("MATCH (v:GovgraphStore {id: 'govgraph'}) SET v.version = 2").consume()


@pytest.fixture
def format_2_store(
    store: BoltStore,
    store_settings: StoreSettings,
    load_example: Callable[..., str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[StoreSettings]:
    """The example city as ``umlautstadt`` with two catalogues imported by format 2."""
    load_example(CITY)
    _import_as_format_2(store, tmp_path, monkeypatch)
    _mark_format_2(store_settings)
    yield store_settings
    driver, database = bolt_driver(store_settings)
    with driver, driver.session(database=database) as session:
        for label in Label:
            session.run(f"MATCH (n:{label.value} {{city: $city}}) DETACH DELETE n", city=CITY)
    with open_store(store_settings):  # leaves the store current for the tests after
        pass


def test_the_upgrade_gives_catalogue_nodes_their_transcribed_ids(
    store: BoltStore, format_2_store: StoreSettings
) -> None:
    # given
    ask = QueryExecutor(store)
    assert all(entity(ask, old) is not None for old in RENAMED)

    # when
    with open_store(format_2_store) as upgraded:
        done = upgraded.upgrade()

    # then
    assert (done.found, done.renamed) == (2, len(RENAMED))
    assert [old for old in RENAMED if entity(ask, old) is not None] == []
    graph = read_city_graph(ask, [CITY])
    for new in RENAMED.values():
        assert new in graph, new
    measure = graph.nodes[f"{NEW_FILE_LAYER}-steuerungsgruppe-uebergaenge"]
    assert (measure["name"], measure["layer"]) == ("Steuerungsgruppe Übergänge", NEW_FILE_LAYER)
    assert measure["source_documents"] == [NEW_FILE_LAYER]
    assert graph.nodes[NEW_FIELD]["layer"] == NEW_FILE_LAYER
    assert graph.nodes[NAMED_LAYER]["layer"] == NAMED_LAYER
    edges = {(s, t, a["type"], k) for s, t, k, a in graph.edges(keys=True, data=True)}
    owner = f"{CITY}-amt-soziales"
    target = f"{NEW_FILE_LAYER}-steuerungsgruppe-uebergaenge"
    assert (owner, target, "OWNS", f"owns:{owner}:{target}") in edges
    other = RENAMED[f"{NAMED_LAYER}-qualifizierung-fur-gefluchtete"]
    assert (other, NEW_FIELD, "IN_FIELD", f"in_field:{other}:{NEW_FIELD}") in edges


def test_after_the_upgrade_the_same_import_changes_nothing(
    store: BoltStore, format_2_store: StoreSettings, tmp_path: Path
) -> None:
    # given
    with open_store(format_2_store) as upgraded:
        upgraded.upgrade()

    # when
    result = import_catalogue(store, _catalogue(tmp_path, BY_FILE), CITY, create_fields=True)

    # then: the upgraded ids are the ids an import makes today
    assert (result.changes.added, result.changes.changed, result.changes.removed) == (0, 0, 0)


def test_a_catalogue_imported_under_its_own_name_is_replaced_by_its_reimport(
    store: BoltStore, format_2_store: StoreSettings, tmp_path: Path
) -> None:
    # given
    with open_store(format_2_store) as upgraded:
        upgraded.upgrade()
    path = _catalogue(tmp_path, BY_NAME, "b.csv")

    # when
    result = import_catalogue(store, path, CITY, name="Förderung 2024")

    # then: the layer of the folded id is gone, its measure stands once, under the new id
    new_layer = f"{CITY}-massnahmenkatalog-foerderung-2024"
    assert result.built.replaces == (new_layer, NAMED_LAYER)
    graph = read_city_graph(QueryExecutor(store), [CITY])
    assert [n for n, a in graph.nodes(data=True) if a.get("layer") == NAMED_LAYER] == []
    measures = [
        n for n, a in graph.nodes(data=True) if a["name"] == "Qualifizierung für Geflüchtete"
    ]
    assert measures == [f"{new_layer}-qualifizierung-fuer-gefluechtete"]


def test_db_migrate_reports_the_renamed_ids(cli: Cli, format_2_store: StoreSettings) -> None:
    # when
    result = cli("db", "migrate")

    # then
    assert result.code == 0
    text = " ".join(result.out.split())
    assert f"Speicher von Format 2 auf {STORE_VERSION} umgestellt:" in text
    assert f"{len(RENAMED)} Kennungen umbenannt." in text
