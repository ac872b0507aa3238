"""Tests for govgraph.loaders.oparl.walk (fetch_system), against a real local OParl server."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from loaders.oparl.oparl_server import SCHEMA, OParlServer, musterstadt

from govgraph.errors import ImportSourceError
from govgraph.loaders.oparl import OParlClient, fetch_system

BODY_LISTS = ["/oparl/bodies/1/organizations", "/oparl/bodies/1/persons"]
MEMBERSHIPS = "/oparl/bodies/1/memberships"


@pytest.fixture
def server() -> Iterator[OParlServer]:
    """A running server with Stadt Musterstadt: 5 organizations, persons and memberships."""
    running = OParlServer(page_size=2)
    with running:
        yield running


@pytest.fixture
def client() -> Iterator[OParlClient]:
    """A client without rate limit and without waiting between retries."""
    with OParlClient(min_interval=0.0, backoff=0.0, sleep=lambda _: None) as fast:
        yield fast


def queries(server: OParlServer, path: str) -> list[str]:
    return [request.query for request in server.requests_to(path)]


def test_fetch_system_follows_every_page_of_every_list_once(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)

    # when
    objects = fetch_system(url, client)

    # then
    base = f"{server.url}/oparl"
    assert objects.source == url
    assert objects.system is not None
    assert objects.system["name"] == "Ratsinformation Musterstadt"
    assert list(objects.bodies) == [f"{base}/bodies/1"]
    assert list(objects.organizations) == [f"{base}/organizations/{n}" for n in range(1, 6)]
    assert list(objects.persons) == [f"{base}/persons/{n}" for n in range(1, 6)]
    assert sorted(objects.memberships) == sorted(f"{base}/memberships/{n}" for n in range(1, 6))
    assert objects.deleted == set()
    for path in [*BODY_LISTS, MEMBERSHIPS]:
        assert queries(server, path) == ["", "page=2", "page=3"]
    assert queries(server, "/oparl/system") == [""]
    assert queries(server, "/oparl/bodies") == [""]


def test_fetch_system_merges_embedded_and_listed_memberships(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)

    # when
    objects = fetch_system(url, client)

    # then
    base = f"{server.url}/oparl"
    assert len(objects.memberships) == 5
    assert objects.memberships[f"{base}/memberships/3"] == {
        "id": f"{base}/memberships/3",
        "type": f"{SCHEMA}Membership",
        "organization": f"{base}/organizations/3",
        "person": f"{base}/persons/3",
        "role": "Mitglied",
        "votingRight": True,
        "modified": "2024-01-10T10:00:00+01:00",
    }


def test_fetch_system_skips_the_membership_list_when_the_body_has_none(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)
    del server.lists["/oparl/bodies"][0]["membership"]

    # when
    objects = fetch_system(url, client)

    # then
    assert server.requests_to(MEMBERSHIPS) == []
    assert len(objects.memberships) == 5
    assert all("person" in membership for membership in objects.memberships.values())


def test_fetch_system_reports_progress_after_each_page(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server, organizations=3, persons=1)
    calls: list[tuple[str, int]] = []

    # when
    fetch_system(url, client, progress=lambda what, count: calls.append((what, count)))

    # then
    assert calls == [
        ("body list of Ratsinformation Musterstadt", 1),
        ("organization list of Stadt Musterstadt", 3),
        ("organization list of Stadt Musterstadt", 4),
        ("person list of Stadt Musterstadt", 6),
        ("membership list of Stadt Musterstadt", 6),
    ]


def test_fetch_system_accepts_a_single_object_as_list_data(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)
    body = server.lists.pop("/oparl/bodies")[0]
    server.objects["/oparl/bodies"] = {"data": body, "pagination": {}, "links": {}}

    # when
    objects = fetch_system(url, client)

    # then
    assert list(objects.bodies) == [body["id"]]
    assert len(objects.organizations) == 5


def test_fetch_system_sends_modified_since_on_the_body_lists_and_records_deletions(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)
    base = f"{server.url}/oparl"
    organizations = server.lists["/oparl/bodies/1/organizations"]
    organizations[0]["modified"] = "2024-07-01T12:00:00+02:00"
    organizations.append(
        {
            "id": f"{base}/organizations/9",
            "type": f"{SCHEMA}Organization",
            "deleted": True,
            "modified": "2024-07-02T08:00:00+02:00",
        }
    )
    server.lists[MEMBERSHIPS].append(
        {
            "id": f"{base}/memberships/2",
            "type": f"{SCHEMA}Membership",
            "deleted": True,
            "modified": "2024-06-02T08:00:00+02:00",
        }
    )
    since = datetime(2024, 6, 1, tzinfo=timezone(timedelta(hours=2)))

    # when
    objects = fetch_system(url, client, since=since)

    # then
    for path in [*BODY_LISTS, MEMBERSHIPS]:
        assert [r.params for r in server.requests_to(path)] == [
            {"modified_since": "2024-06-01T00:00:00+02:00"}
        ]
    assert queries(server, "/oparl/system") == [""]
    assert queries(server, "/oparl/bodies") == [""]
    assert list(objects.organizations) == [f"{base}/organizations/1"]
    assert objects.persons == {}
    assert objects.memberships == {}
    assert objects.deleted == {f"{base}/organizations/9", f"{base}/memberships/2"}


def test_fetch_system_keeps_modified_since_on_the_next_pages(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)
    since = datetime(2024, 1, 1, 9, 30, tzinfo=UTC)

    # when
    objects = fetch_system(url, client, since=since)

    # then
    pages = server.requests_to("/oparl/bodies/1/organizations")
    assert [r.params for r in pages] == [
        {"modified_since": "2024-01-01T09:30:00+00:00"},
        {"modified_since": "2024-01-01T09:30:00+00:00", "page": "2"},
        {"modified_since": "2024-01-01T09:30:00+00:00", "page": "3"},
    ]
    assert len(objects.organizations) == 5


def test_fetch_system_rejects_a_body_instead_of_a_system(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    musterstadt(server)
    server.objects["/oparl/body"] = server.lists["/oparl/bodies"][0]

    # when
    with pytest.raises(ImportSourceError) as info:
        fetch_system(f"{server.url}/oparl/body", client)

    # then
    assert str(info.value) == (
        f"{server.url}/oparl/body is not an OParl system: it has type '{SCHEMA}Body'"
    )


def test_fetch_system_rejects_a_list_instead_of_a_system(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    musterstadt(server)

    # when
    with pytest.raises(ImportSourceError) as info:
        fetch_system(f"{server.url}/oparl/bodies", client)

    # then
    assert str(info.value) == (
        f"{server.url}/oparl/bodies is not an OParl system: it is an object list"
    )


def test_fetch_system_rejects_a_list_page_without_data(
    server: OParlServer, client: OParlClient
) -> None:
    # given
    url = musterstadt(server)
    server.objects["/oparl/bodies"] = server.objects["/oparl/system"]

    # when
    with pytest.raises(ImportSourceError) as info:
        fetch_system(url, client)

    # then
    assert f"{server.url}/oparl/bodies is not an OParl list" in str(info.value)


def test_fetch_system_stops_when_links_next_loops(server: OParlServer, client: OParlClient) -> None:
    # given
    url = musterstadt(server)
    first = f"{server.url}/oparl/bodies/1/organizations"
    server.objects["/oparl/bodies/1/organizations"] = {
        "data": server.lists["/oparl/bodies/1/organizations"][:2],
        "links": {"next": first},
    }

    # when
    with pytest.raises(ImportSourceError) as info:
        fetch_system(url, client)

    # then
    assert str(info.value) == f"{first}: links.next loops back to {first}"
    assert len(server.requests_to("/oparl/bodies/1/organizations")) == 1


def test_fetch_system_resumes_from_its_cache_after_a_failure(
    server: OParlServer, client: OParlClient, tmp_path: Path
) -> None:
    # given
    url = musterstadt(server)
    cache = tmp_path / "cache"
    server.fail("/oparl/bodies/1/persons?page=2", status=404)
    with pytest.raises(ImportSourceError):
        fetch_system(url, client, cache_dir=cache)

    # when
    objects = fetch_system(url, client, cache_dir=cache)

    # then
    assert len(objects.persons) == 5
    assert queries(server, "/oparl/system") == [""]
    assert queries(server, "/oparl/bodies/1/organizations") == ["", "page=2", "page=3"]
    assert queries(server, "/oparl/bodies/1/persons") == ["", "page=2", "page=2", "page=3"]
    page_one = f"{server.url}/oparl/bodies/1/persons"
    assert (cache / f"{hashlib.sha256(page_one.encode()).hexdigest()}.json").is_file()
    assert not list(cache.glob("*.tmp"))


def test_fetch_system_resumes_from_its_cache_after_an_interrupt(
    server: OParlServer, client: OParlClient, tmp_path: Path
) -> None:
    # given
    url = musterstadt(server)

    def interrupt(what: str, count: int) -> None:
        if what.startswith("person list"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch_system(url, client, cache_dir=tmp_path, progress=interrupt)

    # when
    objects = fetch_system(url, client, cache_dir=tmp_path)

    # then
    assert len(objects.memberships) == 5
    assert queries(server, "/oparl/bodies/1/persons") == ["", "page=2", "page=3"]
    assert len(server.requests) == 11
