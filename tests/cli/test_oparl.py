"""``govgraph import-oparl`` against a local OParl server and the real store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from loaders.oparl.oparl_server import OParlServer, musterstadt
from support import DATA, Cli, data_of, entity

from govgraph.loaders.oparl import oparl_node_id
from govgraph.queries import QueryExecutor, read_city_graph

CHAIRS = "query ($city: String!) { chairs(city: $city) { body { name } chair { name } } }"
LATER = "2025-06-01T10:00:00+02:00"


@pytest.fixture
def server() -> Iterator[OParlServer]:
    """A local OParl server, two objects a page."""
    oparl = OParlServer(page_size=2)
    with oparl:
        yield oparl


def import_oparl(cli: Cli, source: str, city: str, *more: str) -> str:
    result = cli("import-oparl", source, "--city", city, "--delay", "0", *more)
    assert result.code == 0, result.err
    return " ".join(result.out.split())


def memberships(ask: QueryExecutor, city: str) -> dict[str, dict[str, object]]:
    graph = read_city_graph(ask, [city])
    return {
        attrs["external_id"]: attrs
        for _, _, attrs in graph.edges(data=True)
        if attrs["type"] == "MEMBER_OF" and attrs.get("external_id")
    }


def test_import_walks_every_page_and_shows_the_chair(
    cli: Cli,
    server: OParlServer,
    load_example: Callable[..., str],
    five_cities: QueryExecutor,
    api: httpx.Client,
) -> None:
    # given
    city = load_example("oparlstadt")
    url = musterstadt(server, organizations=5, persons=5)
    server.lists["/oparl/bodies/1/persons"][0]["membership"][0]["role"] = "Vorsitzende"
    server.lists["/oparl/bodies/1/memberships"][0]["role"] = "Vorsitzende"

    # when
    out = import_oparl(cli, url, city)

    # then
    for path in ("organizations", "persons", "memberships"):
        pages = [r.params.get("page", "1") for r in server.requests_to(f"/oparl/bodies/1/{path}")]
        assert sorted(pages) == ["1", "2", "3"]
    graph = read_city_graph(five_cities, [city])
    layer = [a for _, a in graph.nodes(data=True) if a.get("layer") == f"{city}-oparl"]
    assert sorted(a["label"] for a in layer).count("Body") == 5
    assert sorted(a["label"] for a in layer).count("Person") == 5
    assert len(memberships(five_cities, city)) == 5
    assert "│ 5 │ 5 │ 1 │" in out  # persons, memberships, chairs
    chairs = data_of(api, CHAIRS, city=city)["chairs"]
    assert {
        "body": {"name": "Ausschuss für Bürgerbeteiligung 1"},
        "chair": {"name": "Jürgen Mustermann 1"},
    } in chairs


def test_reimport_changes_nothing(
    cli: Cli, server: OParlServer, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example("wiederstadt")
    url = musterstadt(server, organizations=3, persons=4)
    import_oparl(cli, url, city)

    # when
    out = import_oparl(cli, url, city)

    # then
    assert "0 new, 0 changed, 0 removed" in out


def test_since_syncs_changes_and_removes_deleted_objects(
    cli: Cli, server: OParlServer, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given: a full import, then person 2 is deleted and membership 3 becomes the chair
    city = load_example("syncstadt")
    url = musterstadt(server, organizations=3, persons=4)
    import_oparl(cli, url, city)
    persons = server.lists["/oparl/bodies/1/persons"]
    gone = persons[1]["id"]
    persons[1] = {"id": gone, "type": persons[1]["type"], "deleted": True, "modified": LATER}
    changed = {**persons[2]["membership"][0], "role": "Vorsitz", "modified": LATER}
    persons[2] = {**persons[2], "membership": [changed], "modified": LATER}
    server.lists["/oparl/bodies/1/memberships"][2].update(role="Vorsitz", modified=LATER)
    del server.lists["/oparl/bodies/1/memberships"][1]
    server.requests.clear()

    # when
    out = import_oparl(cli, url, city, "--since", "2025-01-01")

    # then
    listed = [r for r in server.requests if r.path.startswith("/oparl/bodies/1/")]
    assert listed
    assert all(r.params.get("modified_since") for r in listed)
    assert entity(five_cities, oparl_node_id(city, "person", gone)) is None
    stored = memberships(five_cities, city)
    assert len(stored) == 3
    assert stored[changed["id"]]["role"] == "chair"
    assert stored[changed["id"]]["role_text"] == "Vorsitz"
    assert "0 removed" not in out


def test_an_interrupted_import_resumes_without_refetching(
    cli: Cli, server: OParlServer, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given: the second page of persons fails once
    city = load_example("resumestadt")
    url = musterstadt(server, organizations=3, persons=4)
    server.fail("/oparl/bodies/1/persons?page=2", status=404)
    failed = cli("import-oparl", url, "--city", city, "--delay", "0")
    assert failed.code == 1
    assert "404" in failed.err
    assert entity(five_cities, f"{city}-oparl") is None
    server.requests.clear()

    # when
    out = import_oparl(cli, url, city)

    # then
    assert "resuming:" in out
    assert not server.requests_to("/oparl/system")
    assert not server.requests_to("/oparl/bodies/1/organizations")
    assert entity(five_cities, f"{city}-oparl") is not None


def test_a_folder_of_oparl_json_imports_with_roles_normalised(
    cli: Cli, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given
    city = load_example("ordnerstadt")

    # when
    out = import_oparl(cli, str(DATA / "oparl" / "folder"), city)

    # then
    roles = {
        attrs.get("role_text"): attrs["role"] for attrs in memberships(five_cities, city).values()
    }
    assert roles["Vorsitz"] == "chair"
    assert roles["1. Stellvertreter"] == "deputy_chair"
    assert "bodies" in out


def test_a_non_oparl_answer_is_a_clear_error(
    cli: Cli, server: OParlServer, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example("htmlstadt")
    server.html["/oparl/system"] = "<html><body>Wartungsarbeiten</body></html>"

    # when
    result = cli("import-oparl", f"{server.url}/oparl/system", "--city", city, "--delay", "0")

    # then
    assert result.code == 1
    assert f"{server.url}/oparl/system" in result.err
    assert "text/html" in result.err


def test_since_needs_an_oparl_url_and_an_earlier_import(
    cli: Cli, server: OParlServer, tmp_path: Path, five_cities: QueryExecutor
) -> None:
    # given
    url = musterstadt(server)

    # when
    from_folder = cli("import-oparl", str(tmp_path), "--city", "bamberg", "--since", "2025-01-01")
    first = cli("import-oparl", url, "--city", "erlangen", "--since", "2025-01-01", "--delay", "0")

    # then
    assert (from_folder.code, first.code) == (1, 1)
    for result in (from_folder, first):
        assert "--since needs an OParl URL and an earlier import of the city" in result.err
    assert not server.requests
