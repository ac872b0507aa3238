"""``govgraph import-measures`` / ``export-measures`` against the real store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import openpyxl
from support import Cli, data_of, entity

from govgraph.loaders.catalogue import Column, read_catalogue
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import BoltStore

HEADER = "Nr.;Maßnahme;Handlungsfeld;Federführung;Beteiligte;Status;Frist/Zieljahr;Bemerkung\n"
ROWS = (
    "1;Sprachcafé für Eltern;Sprache;Amt fuer Soziales;Kitas; Elternbeirat;geplant;2026;\n"
    "2;Jobmesse;Arbeit;Stabsstelle Integration;Jobcenter;laufend;;Testdaten\n"
    "3;Lotsenprojekt;Sprache;Amt fur Sozales;;offen;2027;\n"
).replace("Kitas; Elternbeirat", '"Kitas; Elternbeirat"')

WITHOUT_OWNER = """
query ($city: String!) { measuresWithoutOwner(city: $city) { id name } }
"""


def write(tmp_path: Path, text: str, name: str = "katalog.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def layer_snapshot(store: BoltStore, city: str) -> dict[str, object]:
    """Everything stored for ``city``: nodes and relationships with their properties."""
    graph = read_city_graph(QueryExecutor(store), [city])
    nodes = {n: dict(a) for n, a in graph.nodes(data=True)}
    edges = {k: dict(a) for _, _, k, a in graph.edges(keys=True, data=True)}
    return {"nodes": nodes, "edges": edges}


def test_import_resolves_owners_and_fields_and_reports_the_rest(
    cli: Cli, load_example: Callable[..., str], five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    city = load_example("katalogstadt")
    path = write(tmp_path, HEADER + ROWS)

    # when
    result = cli("import-measures", str(path), "--city", city)

    # then
    assert result.code == 0, result.err
    assert "3 new" not in result.out  # nodes and relationships count together
    assert "0 changed, 0 removed, 0 unchanged" in result.out
    prefix = f"{city}-massnahmenkatalog-katalog"
    first = entity(five_cities, f"{prefix}-1")
    assert first is not None
    assert first["properties"]["name"] == "Sprachcafé für Eltern"
    assert first["properties"]["involved"] == ["Kitas", "Elternbeirat"]
    assert first["properties"]["layer"] == prefix
    graph = read_city_graph(five_cities, [city])
    owners = {(s, t) for s, t, a in graph.edges(data=True) if a["type"] == "OWNS"}
    assert (f"{city}-amt-soziales", f"{prefix}-1") in owners
    assert (f"{city}-stabsstelle-integration", f"{prefix}-2") in owners
    fields = {(s, t) for s, t, a in graph.edges(data=True) if a["type"] == "IN_FIELD"}
    assert (f"{prefix}-3", f"{city}-hf-sprache") in fields
    warning = " ".join(result.err.split())
    assert f"{path}:4: field 'Federführung': no unit, body, post or person 'Amt fur Sozales'" in (
        warning
    )
    assert "did you mean: Amt für Soziales" in warning


def test_measures_without_owner_and_export_reflect_the_import(
    cli: Cli, load_example: Callable[..., str], api: httpx.Client, tmp_path: Path
) -> None:
    # given
    city = load_example("ohnestadt")
    assert cli("import-measures", str(write(tmp_path, HEADER + ROWS)), "--city", city).code == 0

    # when
    items = data_of(api, WITHOUT_OWNER, city=city)["measuresWithoutOwner"]
    exported = cli(
        "export-measures", "--city", city, "--without-owner", "-o", str(tmp_path / "out.csv")
    )

    # then
    assert f"{city}-massnahmenkatalog-katalog-3" in {item["id"] for item in items}
    assert exported.code == 0, exported.err
    rows = read_catalogue(tmp_path / "out.csv").rows
    assert "Lotsenprojekt" in {row.cells[Column.MEASURE] for row in rows}
    assert all(Column.OWNER not in row.cells for row in rows)


def test_reimporting_the_same_file_changes_nothing(
    cli: Cli, load_example: Callable[..., str], store: BoltStore, tmp_path: Path
) -> None:
    # given
    city = load_example("gleichstadt")
    path = write(tmp_path, HEADER + ROWS)
    assert cli("import-measures", str(path), "--city", city).code == 0
    before = layer_snapshot(store, city)

    # when
    result = cli("import-measures", str(path), "--city", city)

    # then
    assert result.code == 0, result.err
    assert "0 new, 0 changed, 0 removed" in result.out
    assert layer_snapshot(store, city) == before


def test_a_changed_row_updates_its_measure_and_a_dropped_row_goes(
    cli: Cli, load_example: Callable[..., str], five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    city = load_example("aenderstadt")
    assert cli("import-measures", str(write(tmp_path, HEADER + ROWS)), "--city", city).code == 0
    changed = ROWS.replace(";laufend;", ";umgesetzt;").splitlines(keepends=True)[:2]

    # when
    result = cli("import-measures", str(write(tmp_path, HEADER + "".join(changed))), "--city", city)

    # then
    assert result.code == 0, result.err
    prefix = f"{city}-massnahmenkatalog-katalog"
    second = entity(five_cities, f"{prefix}-2")
    assert second is not None
    assert second["properties"]["status"] == "umgesetzt"
    assert entity(five_cities, f"{prefix}-3") is None
    assert "1 changed" in result.out


def test_unknown_action_field_fails_and_writes_nothing(
    cli: Cli, load_example: Callable[..., str], store: BoltStore, tmp_path: Path
) -> None:
    # given
    city = load_example("feldstadt")
    before = layer_snapshot(store, city)
    path = write(tmp_path, HEADER + ROWS + "4;Sportfest;Sprach;;;;;\n5;Chor;Kultur;;;;;\n")

    # when
    result = cli("import-measures", str(path), "--city", city)

    # then
    assert result.code == 1
    message = " ".join(result.err.split())
    assert f"{path}:5: field 'Handlungsfeld': unknown action field 'Sprach'" in message
    assert "did you mean: Sprache" in message
    assert f"{path}:6: field 'Handlungsfeld': unknown action field 'Kultur'" in message
    assert layer_snapshot(store, city) == before


def test_create_fields_creates_the_unknown_action_field(
    cli: Cli, load_example: Callable[..., str], five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    city = load_example("neufeldstadt")
    path = write(tmp_path, HEADER + "1;Chor;Kultur;;;;;\n2;Theater;kultur;;;;;\n")

    # when
    result = cli("import-measures", str(path), "--city", city, "--create-fields")

    # then
    assert result.code == 0, result.err
    created = entity(five_cities, f"{city}-massnahmenkatalog-katalog-hf-kultur")
    assert created is not None
    assert created["label"] == "ActionField"
    assert created["properties"]["name"] == "Kultur"


def test_reimport_keeps_the_action_fields_it_created(
    cli: Cli, load_example: Callable[..., str], store: BoltStore, tmp_path: Path
) -> None:
    # given
    city = load_example("zweifeldstadt")
    path = write(tmp_path, HEADER + "1;Chor;Kultur;;;;;\n")
    assert cli("import-measures", str(path), "--city", city, "--create-fields").code == 0
    before = layer_snapshot(store, city)

    # when
    again = cli("import-measures", str(path), "--city", city, "--create-fields")

    # then
    assert again.code == 0, again.err
    assert "0 new, 0 changed, 0 removed" in again.out
    assert layer_snapshot(store, city) == before


def test_bad_rows_name_row_and_column_and_nothing_is_written(
    cli: Cli, load_example: Callable[..., str], store: BoltStore, tmp_path: Path
) -> None:
    # given
    city = load_example("fehlerstadt")
    before = layer_snapshot(store, city)
    bad = HEADER + ROWS + ";;Sprache;Amt für Soziales;;;;\n" + "1;Doppelt;Sprache;;;;;\n"
    path = write(tmp_path, bad)

    # when
    result = cli("import-measures", str(path), "--city", city)

    # then
    assert result.code == 1
    message = " ".join(result.err.split())
    assert f"{path}:5: field 'Maßnahme': empty; every row needs a measure" in message
    assert f"{path}:6: 1: field 'Nr.': Nr. '1' already in row 2" in message
    assert layer_snapshot(store, city) == before


def test_windows_1252_with_commas_and_a_mapping_file(
    cli: Cli, load_example: Callable[..., str], five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    city = load_example("mappingstadt")
    text = "Titel,Bereich,Verantwortliche Stelle,Intern\nKöchinnen-Kurs,Arbeit,Amt für Soziales,x\n"
    path = write(tmp_path, text, encoding="cp1252")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        "columns:\n  Titel: measure\n  Bereich: action_field\n"
        "  Verantwortliche Stelle: owner\n  Intern: ignore\n",
        encoding="utf-8",
    )

    # when
    result = cli("import-measures", str(path), "--city", city, "--mapping", str(mapping))

    # then
    assert result.code == 0, result.err
    measure = entity(five_cities, f"{city}-massnahmenkatalog-katalog-koechinnen-kurs")
    assert measure is not None
    assert measure["properties"]["name"] == "Köchinnen-Kurs"


def test_xlsx_import_and_export(cli: Cli, load_example: Callable[..., str], tmp_path: Path) -> None:
    # given
    city = load_example("xlsxstadt")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in (HEADER + ROWS).splitlines():
        sheet.append(line.replace('"Kitas; Elternbeirat"', "Kitas; Elternbeirat").split(";")[:8])
    workbook.save(tmp_path / "katalog.xlsx")

    # when
    imported = cli("import-measures", str(tmp_path / "katalog.xlsx"), "--city", city)
    exported = cli(
        "export-measures", "--city", city, "--format", "xlsx", "-o", str(tmp_path / "out.xlsx")
    )

    # then
    assert imported.code == 0, imported.err
    assert exported.code == 0, exported.err
    rows = {
        row.cells[Column.MEASURE]: row.cells for row in read_catalogue(tmp_path / "out.xlsx").rows
    }
    assert rows["Jobmesse"][Column.OWNER] == "Stabsstelle Integration"
    assert rows["Jobmesse"][Column.ACTION_FIELD] == "Arbeit"
    assert rows["Jobmesse"][Column.NUMBER] == "2"
    assert "Sprachkurse für Eltern" in rows  # the curated measures are exported too


def test_reloading_the_curated_city_keeps_the_import(
    cli: Cli,
    load_example: Callable[..., str],
    five_cities: QueryExecutor,
    tmp_path: Path,
) -> None:
    # given
    city = load_example("schichtstadt")
    assert cli("import-measures", str(write(tmp_path, HEADER + ROWS)), "--city", city).code == 0

    # when
    load_example(city, lambda text: text.replace("Steuerungsgruppe Integration", "Lenkungsgruppe"))

    # then
    assert entity(five_cities, f"{city}-massnahmenkatalog-katalog-1") is not None
    graph = read_city_graph(five_cities, [city])
    assert graph.nodes[f"{city}-steuerungsgruppe"]["name"] == "Lenkungsgruppe"
    assert graph.has_edge(f"{city}-amt-soziales", f"{city}-massnahmenkatalog-katalog-1")


def test_unknown_city_is_an_error(cli: Cli, tmp_path: Path) -> None:
    # when
    imported = cli("import-measures", str(write(tmp_path, HEADER + ROWS)), "--city", "nirgendwo")
    exported = cli("export-measures", "--city", "nirgendwo")

    # then
    assert (imported.code, exported.code) == (1, 1)
    assert "unknown city 'nirgendwo'" in imported.err
    assert "unknown city 'nirgendwo'" in exported.err


def test_bundled_example_catalogue_imports_with_its_known_warning(
    cli: Cli, five_cities: QueryExecutor
) -> None:
    # given
    example = (
        Path(__file__).parents[2] / "govgraph/data/examples/bamberg-massnahmenkatalog-beispiel.csv"
    )

    # when
    result = cli("import-measures", str(example), "--city", "bamberg", "--dry-run")

    # then
    assert result.code == 0, result.err
    assert "dry run, nothing written" in result.out
    assert "'Personalamt'" in result.err
    assert entity(five_cities, "bamberg-massnahmenkatalog-beispiel-1-1") is None


def test_export_to_stdout_is_a_csv_the_import_reads(
    cli: Cli, load_example: Callable[..., str], tmp_path: Path
) -> None:
    # given
    city = load_example("stdoutstadt")

    # when
    result = cli("export-measures", "--city", city, "-o", "-")

    # then
    assert result.code == 0, result.err
    path = write(tmp_path, result.out.removeprefix("\ufeff"), name="export.csv")
    names = {row.cells[Column.MEASURE] for row in read_catalogue(path).rows}
    assert names == {"Sprachkurse für Eltern", "Integrationsbericht"}
