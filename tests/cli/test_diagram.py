"""``govgraph diagram``: HTML files from the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Cli

from govgraph.queries import QueryExecutor


def test_diagram_writes_the_default_file(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    monkeypatch.chdir(tmp_path)

    # when
    result = cli("diagram", "magdeburg")

    # then
    assert result.code == 0
    assert "wrote magdeburg-structure.html: 27 nodes, 30 relationships" in result.out
    assert "Strukturübersicht: Magdeburg" in (tmp_path / "magdeburg-structure.html").read_text()


def test_diagram_of_a_view_to_a_chosen_file(
    cli: Cli, five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    target = tmp_path / "zustaendigkeiten.html"

    # when
    result = cli("diagram", "bamberg", "--view", "responsibility", "-o", str(target))

    # then
    assert result.code == 0
    assert "Zuständigkeiten in den Handlungsfeldern: Bamberg" in target.read_text()


def test_comparison_of_several_cities(cli: Cli, five_cities: QueryExecutor, tmp_path: Path) -> None:
    # given
    target = tmp_path / "vergleich.html"

    # when
    result = cli(
        "diagram", "erlangen", "nuernberg", "bamberg", "--view", "compare", "-o", str(target)
    )

    # then
    assert result.code == 0
    assert "Strukturvergleich: Erlangen, Nürnberg, Bamberg" in target.read_text()


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
    result = cli("diagram", *args, "-o", str(tmp_path / "x.html"))

    # then
    assert result.code == 2
    assert message in result.err


def test_unknown_city_writes_nothing(cli: Cli, five_cities: QueryExecutor, tmp_path: Path) -> None:
    # given
    target = tmp_path / "x.html"

    # when
    result = cli("diagram", "atlantis", "-o", str(target))

    # then
    assert result.code == 1
    assert "unknown city 'atlantis'" in result.err
    assert not target.exists()
