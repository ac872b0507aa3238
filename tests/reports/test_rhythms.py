"""The meeting-rhythm report through the CLI and its page, against the real store."""

from __future__ import annotations

import csv
import io

import httpx
from support import Cli

from govgraph.queries import QueryExecutor
from govgraph.reports.rhythms import NOT_GIVEN


def test_cli_lists_every_body_of_the_city_with_its_rhythm(
    cli: Cli, five_cities: QueryExecutor
) -> None:
    # given
    bodies = five_cities.many("bodies", city="bamberg", kind=None, first=100, offset=0)

    # when
    result = cli("rhythms", "bamberg", "--format", "csv")

    # then
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out), delimiter=";"))
    assert rows[0] == ["Stadt", "Gremium", "Sitzungsrhythmus", "Beleg"]
    assert sorted(row[1] for row in rows[1:]) == sorted(b["properties"]["name"] for b in bodies)
    assert {row[0] for row in rows[1:]} == {"Bamberg"}
    steering = next(row for row in rows if row[1] == "Steuerungsgremium Integration")
    assert steering[2] == "mindestens zwei Treffen im Jahr"
    assert "(bamberg-" in steering[3]
    assert any(row[2] == NOT_GIVEN for row in rows[1:])


def test_page_serves_the_same_report_with_a_form_for_other_cities(api: httpx.Client) -> None:
    # when
    response = api.get("/analysis/rhythms", params=[("city", "bamberg"), ("city", "erlangen")])
    start = api.get("/")

    # then
    assert response.status_code == 200
    assert "Sitzungsrhythmen der Gremien" in response.text
    assert "mindestens zwei Treffen im Jahr" in response.text
    assert 'action="/analysis/rhythms"' in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert 'action="/analysis/rhythms"' in start.text
    assert api.get("/analysis/rhythms", params={"city": "atlantis"}).status_code == 404
