"""The CLI through its public entry point: exit codes, messages, loads, store info."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import EXAMPLE, EXAMPLE_SOURCES, Cli, example_city

from govgraph.cli.app import EXIT_INPUT, EXIT_UNREACHABLE


def test_validate_accepts_the_example(cli: Cli) -> None:
    # when
    result = cli("validate", str(EXAMPLE))

    # then
    assert result.code == 0
    assert "Musterstadt — 16 nodes, 21 relationships" in result.out


def test_validate_reports_every_problem_with_file_and_line(cli: Cli, tmp_path: Path) -> None:
    # given
    broken = example_city(
        tmp_path,
        "broken",
        lambda t: t.replace("kind: department", "kind: referat").replace(
            "role: chair", "role: boss"
        ),
    )

    # when
    result = cli("validate", str(broken))

    # then
    assert result.code == EXIT_INPUT
    assert "2 problems" in result.err
    assert f"{broken}:21: broken-referat-soziales: field 'kind':" in result.err
    chair = "member_of broken-oberbuergermeisterin -> broken-steuerungsgruppe"
    assert f"{broken}:118: {chair}: field 'role':" in result.err


def test_load_prints_counts_from_the_store(cli: Cli, tmp_path: Path) -> None:
    # given
    path = example_city(tmp_path, "cliload")

    # when
    result = cli("load", str(path))

    # then
    assert result.code == 0
    assert "│ cliload │ Musterstadt │ 16    │ 21            │" in result.out


def test_invalid_input_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    # given: one good and one bad file in the same call
    good = example_city(tmp_path, "goodone")
    bad = example_city(
        tmp_path, "badone", lambda t: t.replace("to: badone-hf-sprache", "to: badone-hf-nope", 1)
    )

    # when
    result = cli("load", str(good), str(bad))

    # then
    assert result.code == EXIT_INPUT
    assert "unknown id 'badone-hf-nope'" in result.err
    info = cli("db", "info", "--city", "goodone")
    assert "│ total │ 0     │ total │ 0 " in info.out


def test_db_info_shows_store_cities_and_counts(cli: Cli, tmp_path: Path) -> None:
    # given
    cli("load", str(example_city(tmp_path, "infocity")))

    # when
    result = cli("db", "info", "--city", "infocity")

    # then
    assert result.code == 0
    assert "Store: " in result.out
    assert "│ infocity" in result.out
    assert "│ MEMBER_OF       │ 4 " in result.out


def test_unreachable_store_exits_2(cli: Cli) -> None:
    # when
    result = cli("--uri", "bolt://127.0.0.1:9", "--password", "x", "db", "info")

    # then
    assert result.code == EXIT_UNREACHABLE
    assert "unreachable" in result.err


def test_verify_sources_passes_on_the_example(cli: Cli) -> None:
    # when
    result = cli("verify-sources", "--sources", str(EXAMPLE_SOURCES), str(EXAMPLE))

    # then
    assert result.code == 0
    assert "citations in 1 files found" in result.out


def test_verify_sources_lists_each_miss(cli: Cli, tmp_path: Path) -> None:
    # given
    changed = example_city(
        tmp_path,
        "musterstadt",
        lambda t: t.replace("Sprachkurse für Eltern (Amt", "Sprachkurse für Kinder (Amt"),
    )

    # when
    result = cli("verify-sources", "--sources", str(EXAMPLE_SOURCES), str(changed))

    # then
    assert result.code == EXIT_INPUT
    assert "3 problems" in result.err
    quote = "'Maßnahme: Sprachkurse für Kinder (Amt für Soziales).'"
    assert f"quote not found in musterstadt-konzept: {quote}" in result.err


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["validate"],
        ["load"],
        ["verify-sources"],
        ["db"],
        ["db", "info"],
        ["db", "start"],
        ["db", "stop"],
    ],
)
def test_every_command_has_help(cli: Cli, command: list[str]) -> None:
    # when
    result = cli(*command, "--help")

    # then
    assert result.code == 0
    assert "Usage: govgraph" in result.out
