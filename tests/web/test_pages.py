"""The pages over HTTP: the start page and the diagrams drawn on request."""

from __future__ import annotations

import json
import re

import httpx


def _diagram_data(page: str) -> dict[str, list[dict[str, object]]]:
    match = re.search(
        r'<script type="application/json" id="diagram-data">(.*?)</script>', page, re.S
    )
    assert match is not None
    data: dict[str, list[dict[str, object]]] = json.loads(match.group(1))
    return data


def test_start_page_lists_the_cities_with_their_links(api: httpx.Client) -> None:
    # when
    response = api.get("/")

    # then
    assert response.status_code == 200
    assert "Nürnberg" in response.text
    for link in (
        "/diagrams/nuernberg/structure",
        "/diagrams/nuernberg/responsibility",
        "/diagrams/nuernberg/people",
        "/charts/nuernberg.svg",
        "/graphql",
        "/compare?city=",
    ):
        assert f'href="{link}' in response.text
    assert all(f"city={city}" in response.text for city in ("bamberg", "erlangen", "nuernberg"))


def test_city_diagram_is_drawn_from_the_store(api: httpx.Client) -> None:
    # when
    response = api.get("/diagrams/erlangen")

    # then
    assert response.status_code == 200
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    names = {node["title"].split("\n")[0] for node in _diagram_data(response.text)["nodes"]}  # type: ignore[union-attr]
    assert {"Lenkungskreis Integration", "Koordinationsstelle für Integration"} <= names


def test_each_view_has_its_own_page(api: httpx.Client) -> None:
    # when
    pages = {view: api.get(f"/diagrams/bamberg/{view}") for view in ("responsibility", "people")}

    # then
    assert all(page.status_code == 200 for page in pages.values())
    assert "Zuständigkeiten in den Handlungsfeldern: Bamberg" in pages["responsibility"].text
    assert "Funktionen und Vorsitze: Bamberg" in pages["people"].text


def test_comparison_page_draws_the_chosen_cities(api: httpx.Client) -> None:
    # when
    response = api.get("/compare", params=[("city", "erlangen"), ("city", "magdeburg")])

    # then
    assert response.status_code == 200
    columns = [c["title"] for c in _diagram_data(response.text)["columns"]]
    assert columns == ["Erlangen", "Magdeburg"]


def test_unknown_city_or_view_is_404(api: httpx.Client) -> None:
    # when / then
    assert api.get("/diagrams/atlantis").status_code == 404
    assert api.get("/diagrams/bamberg/weltkarte").status_code == 404


def test_comparison_of_one_city_is_a_bad_request(api: httpx.Client) -> None:
    # when / then
    assert api.get("/compare", params={"city": "erlangen"}).status_code == 400


def test_charts_are_served_in_each_format(api: httpx.Client) -> None:
    # when
    svg = api.get("/charts/erlangen.svg")
    pdf = api.get("/charts/erlangen.pdf", params={"paper": "a3"})
    png = api.get("/charts/bamberg.png", params={"view": "responsibility"})

    # then
    assert (svg.status_code, svg.headers["content-type"]) == (200, "image/svg+xml")
    assert "Lenkungskreis" in svg.text
    assert pdf.content.startswith(b"%PDF")
    assert png.content.startswith(b"\x89PNG")


def test_unknown_chart_format_or_city_is_404(api: httpx.Client) -> None:
    # when / then
    assert api.get("/charts/erlangen.gif").status_code == 404
    assert api.get("/charts/atlantis.svg").status_code == 404
