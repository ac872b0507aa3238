"""The report pages over HTTP: comparison and gaps, the start page's forms, escaping."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import httpx
from support import Cli

from govgraph.queries import QueryExecutor

HOSTILE_BODY = "</td><script>alert(1)</script>"
HOSTILE_STEERING = "Steuerung <img src=x onerror=alert(2)>"


def _hostile_bodies(text: str) -> str:
    """The example city with markup in the advisory council's and the steering body's name."""
    for old, new in (
        ("    name: Integrationsbeirat\n", HOSTILE_BODY),
        ("    name: Steuerungsgruppe Integration\n", HOSTILE_STEERING),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, f"    name: {json.dumps(new)}\n")
    return text


def _row_headers(page: str) -> list[str]:
    return re.findall(r'<th scope="row">(.*?)</th>', page)


def test_comparison_page_of_the_chosen_cities(api: httpx.Client) -> None:
    # when
    response = api.get("/analysis/compare", params=[("city", "bamberg"), ("city", "erlangen")])

    # then
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert response.headers["x-content-type-options"] == "nosniff"
    page = response.text
    assert "<title>Strukturvergleich: Bamberg, Erlangen</title>" in page
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in page
    assert len(_row_headers(page)) == 20
    assert (
        '<th scope="row">Vorsitz Steuerungsgremium</th>'
        "<td>Oberbürgermeister (politisch)</td><td>unbekannt</td>"
    ) in page
    assert '<a href="/">' in page
    assert '<input type="checkbox" name="city" value="bamberg" checked>' in page
    assert '<input type="checkbox" name="city" value="magdeburg">' in page
    assert "<script" not in page


def test_comparison_without_cities_shows_every_city(api: httpx.Client) -> None:
    # when
    response = api.get("/analysis/compare")

    # then
    assert response.status_code == 200
    headers = re.findall(r'<th scope="col">(.*?)</th>', response.text)
    assert {"Bamberg", "Braunschweig", "Erlangen", "Magdeburg", "Nürnberg"} <= set(headers)


def test_gaps_page_of_one_city_and_of_all(api: httpx.Client) -> None:
    # when
    one = api.get("/analysis/gaps", params={"city": "erlangen"})
    every = api.get("/analysis/gaps", params={"city": ""})

    # then
    assert one.status_code == every.status_code == 200
    assert one.headers["content-security-policy"].startswith("default-src 'none'")
    assert "<title>Lücken in der Governance</title>" in one.text
    assert set(_row_headers(one.text)) == {"Erlangen"}
    assert '<option value="erlangen" selected>Erlangen</option>' in one.text
    assert {"Bamberg", "Erlangen", "Nürnberg"} <= set(_row_headers(every.text))
    assert "selected" not in every.text


def test_start_page_offers_the_three_analyses(api: httpx.Client) -> None:
    # when
    page = api.get("/").text

    # then
    assert "<h2>Analysen</h2>" in page
    assert '<form class="cities" method="get" action="/analysis/compare">' in page
    for city in ("bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"):
        assert f'<input type="checkbox" name="city" value="{city}" checked>' in page
        assert f'<option value="{city}">' in page
    assert '<button type="submit">Vergleichen</button>' in page
    assert '<form class="cities" method="get" action="/analysis/gaps">' in page
    assert '<select name="city"' in page
    assert '<button type="submit">Lücken anzeigen</button>' in page
    assert '<form class="cities" method="get" action="/analysis/raci">' in page
    assert '<button type="submit">RACI-Matrix zeigen</button>' in page
    assert page.count('<option value="">Alle Städte</option>') == 1
    assert 'href="/diagrams/nuernberg/structure"' in page


def test_raci_page_of_one_city(api: httpx.Client) -> None:
    # when
    response = api.get("/analysis/raci", params={"city": "bamberg"})

    # then
    assert response.status_code == 200
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    page = response.text
    assert "<title>RACI-Matrix: Bamberg</title>" in page
    assert len(_row_headers(page)) == 8
    wohnen = re.search(r'<tr><th scope="row">Wohnen</th>(.*?)</tr>', page)
    assert wohnen is not None
    headers = re.findall(r'<th scope="col">(.*?)</th>', page)
    cells = dict(zip(headers[1:], re.findall(r"<td>(.*?)</td>", wohnen.group(1)), strict=True))
    assert (cells["Amt 15"], cells["Konversionssenat"], cells["Amt 50"]) == ("R", "A", "")
    assert cells["Migranten- und Integrationsbeirat"] == "C"
    assert '<option value="bamberg" selected>' in page
    assert "Alle Städte" not in page


def test_raci_page_needs_exactly_one_city(api: httpx.Client) -> None:
    # when
    none = api.get("/analysis/raci")
    two = api.get("/analysis/raci", params=[("city", "bamberg"), ("city", "erlangen")])
    unknown = api.get("/analysis/raci", params={"city": "atlantis"})

    # then
    assert (none.status_code, two.status_code, unknown.status_code) == (400, 400, 404)
    assert none.text == "name one city: /analysis/raci?city=…"


def test_unknown_city_is_404_with_a_plain_message(api: httpx.Client) -> None:
    # when
    comparison = api.get("/analysis/compare", params=[("city", "erlangen"), ("city", "atlantis")])
    gaps = api.get("/analysis/gaps", params={"city": "atlantis"})

    # then
    for response in (comparison, gaps):
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text == "unknown city 'atlantis'"


def test_names_with_markup_are_text(api: httpx.Client, load_example: Callable[..., str]) -> None:
    # given
    city = load_example("markupvergleich", _hostile_bodies)

    # when
    comparison = api.get("/analysis/compare", params={"city": city}).text
    gaps = api.get("/analysis/gaps", params={"city": city}).text
    hostile_unit = f"    name: {json.dumps(HOSTILE_BODY)}\n"
    raci_city = load_example(
        "markupraci", lambda text: text.replace("    name: Amt für Soziales\n", hostile_unit)
    )
    raci = api.get("/analysis/raci", params={"city": raci_city}).text

    # then
    for page in (comparison, gaps, raci):
        assert HOSTILE_BODY not in page
        assert "<script" not in page
        assert "<img" not in page
        assert "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<td>Steuerung &lt;img src=x onerror=alert(2)&gt;</td>" in comparison
    assert len(_row_headers(comparison)) == 20


def test_the_cli_writes_the_page_the_route_serves(
    api: httpx.Client, cli: Cli, five_cities: QueryExecutor, tmp_path: Path
) -> None:
    # given
    comparison, gaps = tmp_path / "vergleich.html", tmp_path / "luecken.html"
    raci = tmp_path / "raci.html"

    # when
    served = api.get("/analysis/compare", params=[("city", "nuernberg"), ("city", "bamberg")])
    written = cli("compare", "nuernberg", "bamberg", "--format", "html", "-o", str(comparison))
    served_gaps = api.get("/analysis/gaps", params={"city": "bamberg"})
    written_gaps = cli("gaps", "bamberg", "--format", "html", "-o", str(gaps))
    served_raci = api.get("/analysis/raci", params={"city": "bamberg"})
    written_raci = cli("raci", "bamberg", "--format", "html", "-o", str(raci))

    # then
    assert written.code == written_gaps.code == written_raci.code == 0, written.err
    assert raci.read_text(encoding="utf-8") == served_raci.text
    assert comparison.read_text(encoding="utf-8") == served.text
    assert gaps.read_text(encoding="utf-8") == served_gaps.text
