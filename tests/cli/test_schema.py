"""``govgraph schema`` and the committed schema file."""

from __future__ import annotations

from pathlib import Path

from support import Cli

from govgraph.graphql import SCHEMA_FILE, schema_sdl


def test_committed_schema_file_is_current() -> None:
    # when
    committed = SCHEMA_FILE.read_text(encoding="utf-8")

    # then
    assert committed == schema_sdl(), (
        f"{SCHEMA_FILE} is stale: run `govgraph schema -o {SCHEMA_FILE}` (make schema)"
    )


def test_schema_command_prints_the_sdl(cli: Cli) -> None:
    # when
    result = cli("schema")

    # then
    assert (result.code, result.out) == (0, schema_sdl())


def test_schema_command_writes_a_file(cli: Cli, tmp_path: Path) -> None:
    # given
    target = tmp_path / "schema.graphql"

    # when
    result = cli("schema", "-o", str(target))

    # then
    assert result.code == 0
    assert target.read_text(encoding="utf-8") == schema_sdl()
    assert "type Query" in schema_sdl()
