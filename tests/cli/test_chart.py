"""``govgraph chart``: print charts (SVG, PDF, PNG) from the store; a clear missing-dot error."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from support import Cli

from govgraph.cli.app import EXIT_INPUT
from govgraph.queries import QueryExecutor

MISSING_DOT = (
    "error: Graphviz 'dot' is not installed: run `make setup` (it installs the Debian package "
    "graphviz) or `sudo apt-get install graphviz`"
)


def test_chart_writes_the_default_file(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    monkeypatch.chdir(tmp_path)

    # when
    result = cli("chart", "magdeburg", "--format", "svg")

    # then
    assert result.code == 0
    assert "wrote magdeburg-structure.svg: 27 nodes, 30 relationships, A4 landscape" in result.out
    assert "Strukturübersicht: Magdeburg" in (tmp_path / "magdeburg-structure.svg").read_text()


def test_chart_of_a_view_on_a3_to_a_chosen_file(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    target = tmp_path / "zustaendigkeiten.pdf"

    # when
    result = cli(
        "chart",
        "bamberg",
        "--view",
        "responsibility",
        "--format",
        "pdf",
        "--paper",
        "a3",
        "-o",
        str(target),
    )

    # then
    assert result.code == 0
    assert f"wrote {target}: " in result.out
    assert "A3 landscape" in result.out
    assert target.read_bytes().startswith(b"%PDF-")


def test_comparison_as_png(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    monkeypatch.chdir(tmp_path)

    # when
    result = cli("chart", "erlangen", "nuernberg", "--view", "compare", "--format", "png")

    # then
    assert result.code == 0
    drawn = (tmp_path / "erlangen-nuernberg-compare.png").read_bytes()
    assert drawn.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", drawn[16:24])
    assert max(width, height) > 1600  # A4 landscape at 150 dpi: 1754 x 1241 pixels


def test_people_are_left_out_unless_asked_for(
    cli: Cli, load_example: Callable[..., str], tmp_path: Path
) -> None:
    # given
    city = load_example("chartleute")
    without, with_people = tmp_path / "ohne.svg", tmp_path / "mit.svg"

    # when
    first = cli("chart", city, "--view", "people", "--format", "svg", "-o", str(without))
    second = cli(
        "chart",
        city,
        "--view",
        "people",
        "--with-people",
        "--format",
        "svg",
        "-o",
        str(with_people),
    )

    # then
    assert first.code == second.code == 0
    assert "Erika Mustermann" not in without.read_text()
    assert ">Erika Mustermann</text>" in with_people.read_text()


def test_missing_dot_names_the_fix_and_writes_nothing(
    cli: Cli,
    five_cities: QueryExecutor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given
    monkeypatch.setenv("PATH", str(tmp_path))
    target = tmp_path / "chart.pdf"

    # when
    result = cli("chart", "erlangen", "--format", "pdf", "-o", str(target))

    # then
    assert result.code == EXIT_INPUT
    assert MISSING_DOT in result.err
    assert not target.exists()


def test_format_is_required(cli: Cli, tmp_path: Path) -> None:
    # when
    result = cli("chart", "erlangen", "-o", str(tmp_path / "x.svg"))

    # then
    assert result.code == 2
    assert "--format" in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["erlangen", "nuernberg"], "give one city, or several with --view compare"),
        (["erlangen", "--view", "compare"], "--view compare needs at least two cities"),
    ],
)
def test_city_count_must_fit_the_view(
    cli: Cli, tmp_path: Path, args: list[str], message: str
) -> None:
    # when
    result = cli("chart", *args, "--format", "svg", "-o", str(tmp_path / "x.svg"))

    # then
    assert result.code == 2
    assert message in result.err


def test_unknown_city_writes_nothing(cli: Cli, five_cities: QueryExecutor, tmp_path: Path) -> None:
    # given
    target = tmp_path / "x.svg"

    # when
    result = cli("chart", "atlantis", "--format", "svg", "-o", str(target))

    # then
    assert result.code == EXIT_INPUT
    assert "unknown city 'atlantis'" in result.err
    assert not target.exists()
