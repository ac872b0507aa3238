"""The diagram and report pages in a real headless Chromium: drawn completely, offline, no
script injection.

The pages are written by ``govgraph diagram`` (``compare``, ``gaps`` with ``--format html``)
and opened as ``file://`` with every other request blocked. Chromium is the system browser
(``make setup`` installs it); Playwright drives it and never downloads one.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Error,
    Page,
    Request,
    Route,
    sync_playwright,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from support import Cli

from govgraph.analysis.gaps import find_gaps
from govgraph.queries import QueryExecutor
from govgraph.reports.gaps import cited
from govgraph.visualisations import Diagram, View, build_diagram, read_city_graph

CITIES = ["bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"]
CITY_VIEWS = [View.STRUCTURE, View.RESPONSIBILITY, View.PEOPLE]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

HOSTILE_CITY = '"><svg onload=alert(3)>Musterstadt'
HOSTILE_BODY = "</script><img src=x onerror=alert(1)>"
HOSTILE_UNIT = "<b onmouseover=alert(1)>x</b>"

FIND_NETWORK = """
// Test instrumentation only (the page exposes no handle of its own): remember each
// vis.Network the page creates, so the test can ask where nodes and lines are drawn.
// The page's bundle keeps an existing `window.vis` (`t.vis = t.vis || {}`) and assigns
// `Network` to it, which the setter catches.
(() => {
  const networks = [];
  let Real = null;
  let Recording = null;
  const vis = {};
  Object.defineProperty(vis, "Network", {
    configurable: true,
    enumerable: true,
    get() { return Recording; },
    set(value) {
      Real = value;
      Recording = function (...args) {
        const network = new Real(...args);
        networks.push(network);
        return network;
      };
    },
  });
  Object.defineProperty(window, "__testNetworks", { value: networks });
  window.vis = vis;
})();
"""

POSITIONS = """
() => {
  const network = window.__testNetworks[0];
  const box = document.getElementById("diagram").getBoundingClientRect();
  const toPage = (point) => {
    const dom = network.canvasToDOM(point);
    return { x: box.left + dom.x, y: box.top + dom.y };
  };
  const nodes = {};
  for (const [id, centre] of Object.entries(network.getPositions())) {
    const bounds = network.getBoundingBox(id);
    const topLeft = toPage({ x: bounds.left, y: bounds.top });
    const bottomRight = toPage({ x: bounds.right, y: bounds.bottom });
    nodes[id] = {
      centre: toPage(centre),
      left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y,
    };
  }
  // A point on each drawn (curved) line where hovering shows that line's tooltip: on no
  // node, and within hover distance of no other line (vis-network shows the last line
  // overlapping the pointer); null when the line is hidden everywhere.
  const along = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];
  const lines = network.body.edges;
  const linesAt = (point) => {
    const pointer = { left: point.x, right: point.x, top: point.y, bottom: point.y };
    return Object.keys(lines).filter((id) => lines[id].isOverlappingWith(pointer));
  };
  const edges = network.body.data.edges.get().map((edge) => {
    const free = along
      .map((share) => lines[edge.id].edgeType.getPoint(share))
      .find((point) => {
        const overlapping = linesAt(point);
        return network.getNodeAt(network.canvasToDOM(point)) === undefined
          && overlapping.length === 1 && overlapping[0] === edge.id;
      });
    const hover = free === undefined ? null : toPage(free);
    return { id: edge.id, from: edge.from, to: edge.to, title: edge.title, hover };
  });
  return {
    box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    nodes,
    edges,
  };
}
"""

TOOLTIP_SHOWS = """
(text) => {
  const tip = document.querySelector("div.vis-tooltip");
  return tip !== null && getComputedStyle(tip).visibility === "visible" && tip.innerText === text;
}
"""

TOOLTIP_HIDDEN = """
() => {
  const tip = document.querySelector("div.vis-tooltip");
  return tip === null || getComputedStyle(tip).visibility === "hidden";
}
"""

TOOLTIP_TEXT = """
() => {
  const tip = document.querySelector("div.vis-tooltip");
  return tip === null ? null : [getComputedStyle(tip).visibility, tip.innerText];
}
"""


@dataclass
class Opened:
    """A diagram page after its first draw, and what happened while it loaded."""

    page: Page
    drawn: dict[str, int]
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """The system's headless Chromium (never a downloaded one)."""
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail("Chromium is not installed: run `make setup` (it installs the system packages)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser context that lets only ``file:`` and ``data:`` URLs through."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route("**/*", _local_only)
    context.add_init_script(FIND_NETWORK)
    yield context
    context.close()


def _local_only(route: Route) -> None:
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


def _open(context: BrowserContext, path: Path, *, drawn: bool = True) -> Opened:
    """Open ``path``, record requests, errors and dialogs, and wait for the first draw (with
    ``drawn``; else until the page has loaded: report pages draw nothing)."""
    page = context.new_page()
    opened = Opened(page, {})

    def on_request(request: Request) -> None:
        if not request.url.startswith(("file:", "data:")):
            opened.requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            opened.errors.append(f"console: {message.text}")

    def on_page_error(error: Error) -> None:
        opened.errors.append(f"page: {error}")

    def on_dialog(dialog: Dialog) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", on_page_error)
    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    if not drawn:
        page.wait_for_load_state("load")
        return opened
    try:
        page.wait_for_selector("body[data-drawn=true]", state="attached", timeout=15_000)
    except PlaywrightTimeoutError:
        pytest.fail(f"{path.name} was never drawn; errors: {opened.errors}")
    opened.drawn = page.evaluate("() => window.govgraphDiagram")
    return opened


def _write(cli: Cli, path: Path, *args: str) -> Path:
    result = cli("diagram", *args, "-o", str(path))
    assert result.code == 0, result.err
    return path


def _positions(page: Page) -> dict[str, Any]:
    """Where the diagram's box and each node (centre, bounds) are, and where to hover lines."""
    positions: dict[str, Any] = page.evaluate(POSITIONS)
    return positions


def _assert_drawn_completely(opened: Opened, expected: Diagram) -> None:
    assert opened.drawn == {
        "drawnNodes": len(expected.nodes),
        "drawnEdges": len(expected.edges),
    }
    assert opened.requests == []
    assert opened.errors == []
    assert opened.dialogs == []
    positions = _positions(opened.page)
    assert sorted(positions["nodes"]) == sorted(node.id for node in expected.nodes)
    box = positions["box"]
    cut_off = {
        node: bounds
        for node, bounds in positions["nodes"].items()
        if bounds["left"] < box["left"] - 1
        or bounds["right"] > box["right"] + 1
        or bounds["top"] < box["top"] - 1
        or bounds["bottom"] > box["bottom"] + 1
    }
    assert cut_off == {}, f"nodes not wholly inside the diagram's box {box}"


def _tooltip_at(
    page: Page, point: dict[str, float], empty: dict[str, float], text: str
) -> dict[str, str]:
    """Hover ``point`` (coming from an ``empty`` spot) until the tooltip shows ``text``."""
    page.mouse.move(empty["x"], empty["y"])
    page.wait_for_function(TOOLTIP_HIDDEN, timeout=5_000)
    page.mouse.move(point["x"], point["y"], steps=3)
    try:
        page.wait_for_function(TOOLTIP_SHOWS, arg=text, timeout=5_000)
    except PlaywrightTimeoutError:
        shown = page.evaluate(TOOLTIP_TEXT)
        pytest.fail(f"hovering {point} shows the tooltip {shown!r}, not {text!r}")
    tip: dict[str, str] = page.eval_on_selector(
        "div.vis-tooltip", "tip => ({text: tip.innerText, html: tip.innerHTML})"
    )
    return tip


@pytest.mark.parametrize("view", CITY_VIEWS, ids=str)
@pytest.mark.parametrize("city", CITIES)
def test_every_node_and_line_is_drawn_offline_without_errors(
    cli: Cli,
    five_cities: QueryExecutor,
    context: BrowserContext,
    tmp_path: Path,
    city: str,
    view: View,
) -> None:
    # given
    page = _write(cli, tmp_path / f"{city}-{view}.html", city, "--view", view.value)
    expected = build_diagram(read_city_graph(five_cities, [city]), view)

    # when
    opened = _open(context, page)

    # then
    _assert_drawn_completely(opened, expected)


def test_the_comparison_is_drawn_offline_without_errors(
    cli: Cli, five_cities: QueryExecutor, context: BrowserContext, tmp_path: Path
) -> None:
    # given
    cities = ["erlangen", "nuernberg"]
    page = _write(cli, tmp_path / "compare.html", *cities, "--view", "compare")
    expected = build_diagram(read_city_graph(five_cities, cities), View.COMPARE)

    # when
    opened = _open(context, page)

    # then
    assert len(expected.columns) == 2
    _assert_drawn_completely(opened, expected)


def _hostile_names(text: str) -> str:
    """The example city with markup in the city's, a body's and a unit's name."""
    for old, new in (
        ("  name: Musterstadt\n", HOSTILE_CITY),
        ("    name: Steuerungsgruppe Integration\n", HOSTILE_BODY),
        ("    name: Amt für Soziales\n", HOSTILE_UNIT),
    ):
        assert text.count(old) == 1, old
        indent = old[: len(old) - len(old.lstrip())]
        text = text.replace(old, f"{indent}name: {json.dumps(new)}\n")
    return text


def test_names_with_markup_stay_text_in_the_page_and_its_tooltips(
    cli: Cli,
    load_example: Callable[..., str],
    five_cities: QueryExecutor,
    context: BrowserContext,
    tmp_path: Path,
) -> None:
    # given
    city = load_example("skriptstadt", _hostile_names)
    page = _write(cli, tmp_path / "skriptstadt.html", city)
    expected = build_diagram(read_city_graph(five_cities, [city]), View.STRUCTURE)
    names = {node.name for node in expected.nodes}
    assert {HOSTILE_BODY, HOSTILE_UNIT} <= names

    # when
    opened = _open(context, page)
    positions = _positions(opened.page)
    empty = {"x": positions["box"]["left"] + 3, "y": positions["box"]["bottom"] - 3}
    node_tips = [
        _tooltip_at(opened.page, positions["nodes"][node.id]["centre"], empty, node.tooltip)
        for node in expected.nodes
    ]
    edge_tips = [
        _tooltip_at(opened.page, edge["hover"], empty, edge["title"])
        for edge in positions["edges"]
        if edge["hover"] is not None  # see test_every_line_can_be_hovered
    ]

    # then
    _assert_drawn_completely(opened, expected)
    document = opened.page
    assert document.evaluate("() => document.querySelectorAll('img, b, svg').length") == 0
    assert HOSTILE_CITY in expected.title
    assert document.title() == expected.title
    assert document.inner_text("h1") == expected.title
    assert document.get_attribute("#diagram", "aria-label") == expected.title
    assert [tip["text"] for tip in node_tips] == [node.tooltip for node in expected.nodes]
    assert Counter(tip["text"] for tip in edge_tips) <= Counter(e.tooltip for e in expected.edges)
    assert any(HOSTILE_BODY in tip["text"] for tip in edge_tips)
    assert any(HOSTILE_UNIT in tip["text"] for tip in edge_tips)
    for tip in node_tips + edge_tips:
        assert "<img" not in tip["html"]
        assert "<b " not in tip["html"]
    assert opened.dialogs == []


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known layout defect: 8 lines in the bundled structure views (Bamberg 2, Magdeburg 1, "
    "Nürnberg 5: lines that cross a band and pass under other nodes or lines) cannot be hovered; "
    "their details are listed when one of their nodes is clicked (test below)",
)
def test_every_line_can_be_hovered(
    cli: Cli, five_cities: QueryExecutor, context: BrowserContext, tmp_path: Path
) -> None:
    # given
    pages = [
        _write(cli, tmp_path / f"{city}-{view}.html", city, "--view", view.value)
        for city in CITIES
        for view in CITY_VIEWS
    ]

    # when
    hidden: dict[str, list[str]] = {}
    for page in pages:
        opened = _open(context, page)
        for edge in _positions(opened.page)["edges"]:
            if edge["hover"] is None:
                hidden.setdefault(page.stem, []).append(edge["title"].split("\n")[0])
        opened.page.close()

    # then
    assert hidden == {}


@pytest.mark.parametrize("city", CITIES)
def test_every_line_is_listed_when_one_of_its_nodes_is_clicked(
    cli: Cli, five_cities: QueryExecutor, context: BrowserContext, tmp_path: Path, city: str
) -> None:
    # given: lines whose tooltip is hard to hover still have their details one click away
    opened = _open(context, _write(cli, tmp_path / f"{city}.html", city))
    positions = _positions(opened.page)

    # when
    listed: set[str] = set()
    for node in positions["nodes"].values():
        opened.page.mouse.click(node["centre"]["x"], node["centre"]["y"])
        listed |= set(opened.page.locator("#details-edges li").all_inner_texts())

    # then
    assert {edge["title"] for edge in positions["edges"]} <= listed
    assert opened.dialogs == []
    assert opened.errors == []


REPORT_ROWS = 20
"""Rows of the comparison: ten functions, ten figures."""
HOSTILE_REPORT_BODY = "</td><script>alert(1)</script>"
NO_MARKUP = "() => document.querySelectorAll('script, img, b, svg').length"


def _write_report(cli: Cli, path: Path, command: str, *cities: str) -> Path:
    result = cli(command, *cities, "--format", "html", "-o", str(path))
    assert result.code == 0, result.err
    return path


def _assert_quiet(opened: Opened) -> None:
    assert opened.requests == []
    assert opened.errors == []
    assert opened.dialogs == []


def test_the_comparison_page_opens_offline_and_prints_without_the_form(
    cli: Cli, five_cities: QueryExecutor, context: BrowserContext, tmp_path: Path
) -> None:
    # given
    page = _write_report(cli, tmp_path / "vergleich.html", "compare", *CITIES)

    # when
    opened = _open(context, page, drawn=False)
    rows = opened.page.locator("table.report tbody tr")
    chair = opened.page.locator("table.report tbody tr", has_text="Vorsitz Steuerungsgremium")
    shown_on_screen = opened.page.is_visible("form")
    opened.page.emulate_media(media="print")

    # then
    _assert_quiet(opened)
    assert rows.count() == REPORT_ROWS
    assert opened.page.locator("table.report thead th").all_inner_texts() == [
        "",
        "Bamberg",
        "Braunschweig",
        "Erlangen",
        "Magdeburg",
        "Nürnberg",
    ]
    assert chair.locator("td").all_inner_texts()[0] == "Oberbürgermeister (politisch)"
    assert shown_on_screen
    assert opened.page.is_hidden("form")
    assert opened.page.is_hidden("nav")


def test_the_gaps_page_opens_offline_with_a_row_per_gap(
    cli: Cli, five_cities: QueryExecutor, context: BrowserContext, tmp_path: Path
) -> None:
    # given
    page = _write_report(cli, tmp_path / "luecken.html", "gaps", "bamberg")
    expected = find_gaps(read_city_graph(five_cities, ["bamberg"]), "bamberg")

    # when
    opened = _open(context, page, drawn=False)
    evidence = opened.page.locator("table.report tbody tr").first.locator("td").last

    # then
    _assert_quiet(opened)
    assert opened.page.locator("table.report tbody tr").count() == len(expected)
    assert evidence.inner_text() == cited(expected[0].evidence)
    assert opened.page.is_visible("select[name=city]")


def test_names_with_markup_stay_text_in_the_report_pages(
    cli: Cli,
    load_example: Callable[..., str],
    five_cities: QueryExecutor,
    context: BrowserContext,
    tmp_path: Path,
) -> None:
    # given
    city = load_example(
        "skriptbericht",
        lambda text: text.replace(
            "    name: Integrationsbeirat\n", f"    name: {json.dumps(HOSTILE_REPORT_BODY)}\n"
        ).replace("    name: Amt für Soziales\n", f"    name: {json.dumps(HOSTILE_REPORT_BODY)}\n"),
    )
    pages = [
        _write_report(cli, tmp_path / "vergleich.html", "compare", city),
        _write_report(cli, tmp_path / "luecken.html", "gaps", city),
        _write_report(cli, tmp_path / "raci.html", "raci", city),
    ]

    # when
    opened = [_open(context, page, drawn=False) for page in pages]

    # then
    comparison, gaps, raci = opened
    for page in opened:
        _assert_quiet(page)
        assert page.page.evaluate(NO_MARKUP) == 0
    assert comparison.page.locator("table.report tbody tr").count() == REPORT_ROWS
    advisory = comparison.page.locator("table.report tbody tr", has_text="(Beirat)")
    assert advisory.locator("td").inner_text() == HOSTILE_REPORT_BODY
    assert HOSTILE_REPORT_BODY in gaps.page.locator("table.report tbody").inner_text()
    assert HOSTILE_REPORT_BODY in raci.page.locator("table.report thead th").all_inner_texts()


def test_the_raci_page_opens_offline_with_a_row_per_action_field(
    cli: Cli, five_cities: QueryExecutor, context: BrowserContext, tmp_path: Path
) -> None:
    # given
    page = _write_report(cli, tmp_path / "raci.html", "raci", "bamberg")

    # when
    opened = _open(context, page, drawn=False)
    wohnen = opened.page.locator("table.report tbody tr", has_text="Wohnen")
    headers = opened.page.locator("table.report thead th").all_inner_texts()
    cells = dict(zip(headers[1:], wohnen.locator("td").all_inner_texts(), strict=True))

    # then
    _assert_quiet(opened)
    assert opened.page.locator("table.report tbody tr").count() == 8
    assert (cells["Amt 15"], cells["Konversionssenat"], cells["Steuerungsgremium Integration"]) == (
        "R",
        "A",
        "A",
    )
    assert opened.page.locator("ul.notes li").count() == 4
