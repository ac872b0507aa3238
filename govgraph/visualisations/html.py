"""Interactive HTML diagrams: pyvis networks in a self-contained, offline, escaped page."""

from __future__ import annotations

import json
import textwrap
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

from pyvis.network import Network

from govgraph.visualisations.diagram import Diagram
from govgraph.visualisations.style import text_colour
from govgraph.visualisations.templating import render_page

__all__ = ["render_html"]

_VIS = "lib/vis-9.1.2"
_LABEL_WIDTH = 24


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, as installed with pyvis (no CDN)."""
    folder = resources.files("pyvis") / _VIS
    return (
        (folder / "vis-network.min.js").read_text(encoding="utf-8"),
        (folder / "vis-network.css").read_text(encoding="utf-8"),
    )


def _network(diagram: Diagram) -> Network:
    """The diagram as a pyvis network: fixed positions, no physics, plain-text tooltips."""
    net = Network(directed=True, cdn_resources="in_line")
    for node in diagram.nodes:
        net.add_node(
            node.id,
            label=textwrap.fill(node.name, _LABEL_WIDTH, break_long_words=False),
            title=node.tooltip,
            x=node.x,
            y=node.y,
            physics=False,
            fixed=True,
            shape=node.style.shape,
            color={
                "background": node.style.color,
                "border": "#333333",
                "highlight": {"background": node.style.color, "border": "#000000"},
                "hover": {"background": node.style.color, "border": "#000000"},
            },
            borderWidth=2 if node.kind in ("steering", "council") else 1,
            font={
                "face": "DejaVu Sans, Arial, sans-serif",
                "size": 14,
                "color": text_colour(node.style.color),
            },
        )
    y_of = {node.id: node.y for node in diagram.nodes}
    between: defaultdict[frozenset[str], int] = defaultdict(int)
    for edge in diagram.edges:
        pair = frozenset((edge.source, edge.target))
        net.add_edge(
            edge.source,
            edge.target,
            title=edge.tooltip,
            color=edge.style.color,
            dashes=edge.style.dashed,
            width=edge.style.width,
            arrows="to",
            physics=False,
            smooth=_curve(between[pair], same_line=y_of[edge.source] == y_of[edge.target]),
        )
        between[pair] += 1
    return net


def _curve(earlier: int, *, same_line: bool) -> dict[str, Any]:
    """How an edge bends: apart from the ``earlier`` edges between the same two nodes,
    and in an arc when both ends sit on one line (not straight through the nodes between).
    """
    if earlier == 0 and not same_line:
        return {"type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.4}
    return {"type": "curvedCW", "roundness": 0.25 + 0.2 * earlier}


def _script_json(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open markup, whatever the data."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(diagram: Diagram) -> str:
    """One self-contained HTML page drawing ``diagram``; it needs no network.

    Names and quotes reach the page only as JSON data (escaped for ``<script>``) and
    as text: vis-network draws labels on a canvas and sets tooltips as plain text, and
    the legend and headings are escaped by the template.
    """
    net = _network(diagram)
    script, stylesheet = _vis_assets()
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "rows": [{"title": row.title, "y": row.y} for row in diagram.rows],
        "columns": [{"title": name, "x": x} for name, x in diagram.columns],
    }
    return render_page(
        "diagram.html.j2",
        diagram=diagram,
        data=_script_json(data),
        vis_script=script,
        vis_stylesheet=stylesheet,
    )
