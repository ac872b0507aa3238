"""Tests for govgraph.loaders.catalogue.mapping, through read_mapping."""

from __future__ import annotations

from pathlib import Path

from support import DATA, problems_of, where, write_yaml

from govgraph.loaders.catalogue import Column, Mapping, read_mapping


def test_read_mapping_reads_the_sheet_and_folded_headers() -> None:
    # given
    path = DATA / "catalogue" / "mapping.yaml"

    # when
    mapping = read_mapping(path)

    # then
    assert mapping == Mapping(
        sheet="Maßnahmen 2025",
        columns={
            "pos": Column.NUMBER,
            "titel der massnahme": Column.MEASURE,
            "verantwortliche stelle": Column.OWNER,
            "ziel": Column.DESCRIPTION,
            "kosten": None,
        },
    )


def test_read_mapping_takes_a_numeric_sheet_name_as_text(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "sheet: 2025\n", "mapping.yaml")

    # when
    mapping = read_mapping(path)

    # then
    assert mapping == Mapping(sheet="2025", columns={})


def test_read_mapping_reads_an_empty_file_as_no_mapping(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "# nichts\n", "mapping.yaml")

    # when
    mapping = read_mapping(path)

    # then
    assert mapping == Mapping(sheet=None, columns={})


def test_read_mapping_reports_the_line_of_a_yaml_syntax_error(tmp_path: Path) -> None:
    # given
    path = write_yaml(
        tmp_path, "columns:\n  Titel: measure\n  Ziel: [description\n", "mapping.yaml"
    )

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert problem.file == str(path)
    assert problem.line == 4
    assert problem.message.startswith("malformed YAML")


def test_read_mapping_reports_a_header_given_twice_in_yaml(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "columns:\n  Titel: measure\n  Titel: owner\n", "mapping.yaml")

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert (problem.file, problem.line) == (str(path), 3)
    assert "duplicate key" in problem.message


def test_read_mapping_rejects_an_unknown_field_name(tmp_path: Path) -> None:
    # given
    path = write_yaml(
        tmp_path, "sheet: Tabelle1\ncolumns:\n  Titel: measure\n  Stelle: owners\n", "mapping.yaml"
    )

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert where(problem) == (str(path), 4, None, "Stelle")
    assert problem.message == (
        "unknown field 'owners' (expected one of: number, measure, description, "
        "action_field, owner, involved, status, due, remark, ignore)"
    )


def test_read_mapping_rejects_columns_that_are_not_a_mapping(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "sheet: Tabelle1\ncolumns:\n  - Titel\n", "mapping.yaml")

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert where(problem) == (str(path), 2, None, "columns")
    assert problem.message == "expected a mapping of header: field"


def test_read_mapping_rejects_an_unknown_top_level_key(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "sheet: Tabelle1\nspalten:\n  Titel: measure\n", "mapping.yaml")

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert where(problem) == (str(path), 2, None, "spalten")
    assert problem.message == "unknown key (expected one of: sheet, columns)"


def test_read_mapping_rejects_a_top_level_list(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "- Titel: measure\n", "mapping.yaml")

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert where(problem) == (str(path), 1, None, None)


def test_read_mapping_rejects_a_sheet_that_is_not_a_name(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "columns: {}\nsheet: [1, 2]\n", "mapping.yaml")

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert where(problem) == (str(path), 2, None, "sheet")


def test_read_mapping_rejects_headers_that_fold_alike(tmp_path: Path) -> None:
    # given
    path = write_yaml(
        tmp_path, "columns:\n  Zuständig: owner\n  ZUSTAENDIG: involved\n", "mapping.yaml"
    )

    # when
    [problem] = problems_of(read_mapping, path)

    # then
    assert where(problem) == (str(path), 3, None, "ZUSTAENDIG")
    assert problem.message == "same header as 'Zuständig' (line 2), ignoring case and umlauts"


def test_read_mapping_reports_every_problem_at_once(tmp_path: Path) -> None:
    # given
    text = "blatt: 1\ncolumns:\n  Titel: massnahme\n  Stelle: owner\n  '---': owner\n  Ziel: []\n"
    path = write_yaml(tmp_path, text, "mapping.yaml")

    # when
    problems = problems_of(read_mapping, path)

    # then
    assert [where(problem) for problem in problems] == [
        (str(path), 1, None, "blatt"),
        (str(path), 3, None, "Titel"),
        (str(path), 5, None, "---"),
        (str(path), 6, None, "Ziel"),
    ]
