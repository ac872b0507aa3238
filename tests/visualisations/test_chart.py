"""Print charts drawn by Graphviz: every name and row on the page, the page size, no markup."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from govgraph.errors import ChartError
from govgraph.queries import QueryExecutor
from govgraph.visualisations import (
    ChartFormat,
    Diagram,
    Paper,
    View,
    build_diagram,
    read_city_graph,
    render_chart,
)
from govgraph.visualisations.chart import DPI, chart_source

CITIES = ["bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"]
SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EVIL = "</script><img src=x onerror=alert(1)>"
QUOTED = '"Anführungszeichen" \\ Backslash'
EVIL_CITY = "<b onmouseover=alert(1)>Musterstadt</b>"


def parse_svg(drawn: bytes) -> ET.Element:
    """The chart's SVG as an element tree (it fails on anything that is not well-formed)."""
    return ET.fromstring(drawn)  # noqa: S314 -- dot's own output of our data, no external entities


def squashed(text: str) -> str:
    """``text`` without whitespace: dot breaks long names into several lines."""
    return re.sub(r"\s+", "", text)


def text_of(element: ET.Element) -> str:
    """All text drawn inside ``element``, its lines joined."""
    return "".join(t.text or "" for t in element.iter(f"{SVG}text"))


def texts(root: ET.Element) -> list[str]:
    """Every line of text in the chart."""
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def drawn_nodes(root: ET.Element) -> dict[str, ET.Element]:
    """The chart's nodes by diagram id (the ``id`` of each node's group)."""
    return {g.attrib["id"]: g for g in root.iter(f"{SVG}g") if g.attrib.get("class") == "node"}


def clusters(root: ET.Element) -> dict[str, ET.Element]:
    """The chart's clusters (rows, cities, legend) by their DOT name."""
    found = {}
    for group in root.iter(f"{SVG}g"):
        title = group.find(f"{SVG}title")
        if group.attrib.get("class") == "cluster" and title is not None and title.text:
            found[title.text] = group
    return found


def top_of(cluster: ET.Element) -> float:
    """The y of a cluster frame's top edge (SVG y grows downwards)."""
    frame = cluster.find(f"{SVG}path")
    if frame is None:
        frame = cluster.find(f"{SVG}polygon")
    assert frame is not None
    numbers = re.findall(r"-?\d+(?:\.\d+)?", frame.attrib.get("d") or frame.attrib["points"])
    return min(float(y) for y in numbers[1::2])


def png_size(drawn: bytes) -> tuple[int, int]:
    """Width and height in pixels, from the PNG's header chunk."""
    width, height = struct.unpack(">II", drawn[16:24])
    return width, height


def diagram_of(ask: QueryExecutor, cities: list[str], view: View = View.STRUCTURE) -> Diagram:
    """The diagram of ``view`` as drawn from the store."""
    return build_diagram(read_city_graph(ask, cities), view)


@pytest.mark.parametrize("city", CITIES)
def test_every_city_charts_every_name_and_row_as_svg(five_cities: QueryExecutor, city: str) -> None:
    # given
    diagram = diagram_of(five_cities, [city])

    # when
    root = parse_svg(render_chart(diagram, ChartFormat.SVG))

    # then
    nodes = drawn_nodes(root)
    assert sorted(nodes) == sorted([*(node.id for node in diagram.nodes), "legend"])
    for node in diagram.nodes:
        assert squashed(text_of(nodes[node.id])) == squashed(node.name)
    lines = texts(root)
    assert diagram.title in lines
    assert {row.title for row in diagram.rows} <= set(lines)
    legend = {style.title for style in diagram.node_legend() + diagram.edge_legend()}
    assert legend <= set(lines)
    assert "Legende" in lines
    assert len(root.findall(f".//{SVG}g[@class='edge']")) >= len(diagram.edges)


def test_rows_are_stacked_top_to_bottom_in_their_order(five_cities: QueryExecutor) -> None:
    # given: Bamberg has a node in every row, and lines that point up as well as down
    diagram = diagram_of(five_cities, ["bamberg"])

    # when
    root = parse_svg(render_chart(diagram, ChartFormat.SVG))

    # then
    frames = clusters(root)
    tops = [top_of(frames[f"cluster_city0_row{row.number}"]) for row in diagram.rows]
    assert len(diagram.rows) == 7
    assert tops == sorted(tops)
    assert top_of(frames["cluster_legend"]) > tops[-1]


def test_comparison_draws_each_city_in_its_own_frame(five_cities: QueryExecutor) -> None:
    # given
    diagram = diagram_of(five_cities, ["erlangen", "bamberg"], View.COMPARE)

    # when
    root = parse_svg(render_chart(diagram, ChartFormat.SVG, Paper.A3))

    # then
    frames = clusters(root)
    assert text_of(frames["cluster_city0"]).startswith("Erlangen")
    assert text_of(frames["cluster_city1"]).startswith("Bamberg")
    nodes = drawn_nodes(root)
    for node in diagram.nodes:
        assert squashed(text_of(nodes[node.id])) == squashed(node.name)
    assert "Strukturvergleich: Erlangen, Bamberg" in texts(root)


def test_a_view_without_content_says_so(five_cities: QueryExecutor) -> None:
    # given
    diagram = diagram_of(five_cities, ["braunschweig"], View.RESPONSIBILITY)

    # when
    root = parse_svg(render_chart(diagram, ChartFormat.SVG))

    # then
    assert diagram.nodes == []
    assert "Die Dokumente nennen hierzu nichts." in texts(root)


def test_pdf_is_a_pdf(five_cities: QueryExecutor) -> None:
    # when
    drawn = render_chart(diagram_of(five_cities, ["erlangen"]), ChartFormat.PDF)

    # then
    assert drawn.startswith(b"%PDF-")
    assert b"%%EOF" in drawn[-64:]


@pytest.mark.parametrize("paper", list(Paper))
def test_png_fills_the_page_at_the_chart_resolution(
    five_cities: QueryExecutor, paper: Paper
) -> None:
    # given
    page_width, page_height = (inches * DPI for inches in paper.size)

    # when
    drawn = render_chart(diagram_of(five_cities, ["magdeburg"]), ChartFormat.PNG, paper)

    # then: it fits the page, fills it one way and nearly the other
    assert drawn.startswith(PNG_SIGNATURE)
    width, height = png_size(drawn)
    assert width <= page_width + 2
    assert height <= page_height + 2
    assert max(width / page_width, height / page_height) > 0.98
    assert min(width / page_width, height / page_height) > 0.85


def test_names_are_drawn_as_text_never_as_markup(
    five_cities: QueryExecutor, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example(
        "chartstadt",
        lambda text: (
            text.replace("name: Steuerungsgruppe Integration", f"name: '{EVIL}'")
            .replace("name: Amt für Soziales", f"name: '{QUOTED}'")
            .replace("  name: Musterstadt\n", f"  name: '{EVIL_CITY}'\n")
        ),
    )
    diagram = diagram_of(five_cities, [city])

    # when
    drawn = render_chart(diagram, ChartFormat.SVG)

    # then
    root = parse_svg(drawn)
    assert {element.tag for element in root.iter()} <= {
        f"{SVG}{tag}"
        for tag in ("svg", "g", "title", "text", "polygon", "path", "ellipse", "polyline", "a")
    }
    assert b"<img" not in drawn
    assert b"<b " not in drawn
    nodes = drawn_nodes(root)
    assert squashed(text_of(nodes[f"{city}-steuerungsgruppe"])) == squashed(EVIL)
    assert squashed(text_of(nodes[f"{city}-amt-soziales"])) == squashed(QUOTED)
    assert f"Strukturübersicht: {EVIL_CITY}" in texts(root)
    for chart_format in (ChartFormat.PDF, ChartFormat.PNG):
        assert render_chart(diagram, chart_format)  # dot reads the escaped names there too


def test_dot_source_escapes_backslashes_quotes_and_angle_brackets(
    five_cities: QueryExecutor, load_example: Callable[..., str]
) -> None:
    # given
    city = load_example(
        "dotstadt", lambda text: text.replace("name: Amt für Soziales", f"name: '{QUOTED}'")
    )

    # when
    source = chart_source(diagram_of(five_cities, [city]))

    # then: a backslash stays a backslash, a quote stays inside the label
    assert 'label="\\"Anführungszeichen\\" \\\\\\nBackslash"' in source


def test_missing_dot_is_an_error_with_the_fix(
    five_cities: QueryExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    diagram = diagram_of(five_cities, ["nuernberg"])
    monkeypatch.setenv("PATH", str(tmp_path))

    # when
    with pytest.raises(ChartError) as raised:
        render_chart(diagram, ChartFormat.SVG)

    # then
    assert str(raised.value) == (
        "Graphviz 'dot' is not installed: run `make setup` (it installs the Debian package "
        "graphviz) or `sudo apt-get install graphviz`"
    )


def test_a_failing_dot_is_an_error_with_what_it_said(
    five_cities: QueryExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given: a "dot" on the PATH that fails as dot does on a broken graph
    dot = tmp_path / "dot"
    dot.write_text(
        "#!/bin/sh\n"
        "while read -r line; do :; done\n"  # read the graph, as dot does, with builtins only
        "echo 'Error: <stdin>: syntax error in line 1' >&2\n"
        "exit 1\n"
    )
    dot.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))

    # when
    with pytest.raises(ChartError) as raised:
        render_chart(diagram_of(five_cities, ["nuernberg"]), ChartFormat.PNG)

    # then
    assert str(raised.value) == "Graphviz 'dot' failed: Error: <stdin>: syntax error in line 1"
