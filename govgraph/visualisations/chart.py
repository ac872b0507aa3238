"""Print-ready org charts: a `Diagram` drawn by Graphviz ``dot`` as SVG, PDF or PNG.

A chart shows what the interactive diagram shows (the same nodes, edges, rows, colours and
German titles), laid out by ``dot`` for paper: rows top to bottom as framed bands, a
legend below, the whole drawing scaled to fill a landscape A4 or A3 page.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import textwrap
from collections import defaultdict
from collections.abc import Iterable, Sequence
from enum import StrEnum
from html import escape

import graphviz  # type: ignore[import-untyped]  # the package has no type hints

from govgraph.errors import ChartError
from govgraph.visualisations.diagram import Diagram, DiagramNode
from govgraph.visualisations.style import EdgeStyle, text_colour

__all__ = ["DPI", "ChartFormat", "Paper", "chart_source", "render_chart"]

DPI = 150
"""Resolution of PNG charts, in pixels per inch."""

_MISSING_DOT = (
    "Graphviz 'dot' is not installed: run `make setup` (it installs the Debian package "
    "graphviz) or `sudo apt-get install graphviz`"
)
_FONT = "DejaVu Sans"
_LABEL_WIDTH = 24
_PER_LINE = 8
"""Most nodes side by side in one line of a row (per city); longer rows wrap."""
_MAX_LINES = 4
"""Most lines a row wraps onto; a row with more than this many full lines has longer ones."""
_LEGEND_PER_LINE = 5
_LARGE = 300
"""From this many nodes on, dot spends less effort on crossings and spacing: a city has
tens of nodes, and a synthetic 5 000 take about a minute instead of seven or more."""
_EMPTY = "Die Dokumente nennen hierzu nichts."


class ChartFormat(StrEnum):
    """The file formats a chart can be written in."""

    SVG = "svg"
    PDF = "pdf"
    PNG = "png"


class Paper(StrEnum):
    """The page a chart is scaled to fit, in landscape."""

    A4 = "a4"
    A3 = "a3"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the landscape page in inches.

        >>> Paper.A3.size
        (16.54, 11.69)
        """
        return _PAPER_SIZES[self]


_PAPER_SIZES = {Paper.A4: (11.69, 8.27), Paper.A3: (16.54, 11.69)}


def chart_source(diagram: Diagram, paper: Paper = Paper.A4) -> str:
    r"""The DOT source of the chart of ``diagram`` on ``paper`` (what `render_chart` draws).

    Every text (names, titles, tooltips) is escaped: backslashes and ``<…>`` lose their
    meaning in DOT and quotes are escaped, so a name is always drawn as plain text.

    Examples
    --------
    >>> from govgraph.visualisations.diagram import DiagramNode, Row
    >>> from govgraph.visualisations.style import node_style
    >>> diagram = Diagram("Strukturübersicht: Musterstadt", "structure", ["musterstadt"])
    >>> diagram.rows.append(Row(1, "Rat und Ausschüsse"))
    >>> diagram.nodes.append(
    ...     DiagramNode("musterstadt-rat", 'Rat <"Musterstadt">', "Body", "council",
    ...                 "musterstadt", 1, node_style("Body", "council"), "Rat")
    ... )
    >>> source = chart_source(diagram)
    >>> 'label="Strukturübersicht: Musterstadt"' in source
    True
    >>> 'label="Rat und Ausschüsse"' in source
    True
    >>> 'label="Rat <\\"Musterstadt\\">"' in source
    True
    >>> 'size="11.69,8.27"' in source and "ratio=fill" in source
    True
    """
    source: str = _ChartBuilder(diagram, paper).build().source
    return source


def render_chart(diagram: Diagram, chart_format: ChartFormat, paper: Paper = Paper.A4) -> bytes:
    """The chart of ``diagram`` drawn by Graphviz ``dot`` in ``chart_format``.

    The drawing fills the landscape ``paper`` (PNG at `DPI` pixels per inch).

    Raises
    ------
    ChartError
        When ``dot`` is not installed (with the command that installs it) or fails
        (with what it printed).
    """
    if shutil.which("dot") is None:
        raise ChartError(_MISSING_DOT)
    chart = _ChartBuilder(diagram, paper).build()
    if chart_format is ChartFormat.PNG:
        chart.attr(dpi=str(DPI))
    try:
        drawn: bytes = chart.pipe(format=chart_format.value, quiet=True)
    except graphviz.ExecutableNotFound as error:
        raise ChartError(_MISSING_DOT) from error
    except subprocess.CalledProcessError as error:
        stderr = error.stderr.decode("utf-8", "replace") if error.stderr else ""
        raise ChartError(f"Graphviz 'dot' failed: {stderr.strip() or error}") from error
    except OSError as error:  # dot died before it read the whole graph
        raise ChartError(f"Graphviz 'dot' failed: {error}") from error
    return drawn


def _text(lines: Iterable[str]) -> str:
    """Lines as one DOT escString: literal text, joined by dot's centred line breaks."""
    text: str = graphviz.nohtml("\\n".join(graphviz.escape(line) for line in lines))
    return text


def _wrapped(name: str) -> str:
    return _text(textwrap.wrap(name, _LABEL_WIDTH) or [name])


class _ChartBuilder:
    """Builds the ``graphviz.Digraph`` of one diagram.

    Each line of nodes gets its own rank (``rank=same``, with ``newrank`` so ranks can
    span clusters), and an invisible chain of anchors orders the ranks top to bottom.
    Edges only ever point down the ranking: one that goes up is declared the other way
    round and drawn with its arrow reversed (``dir=back``), so every row stays in its band
    whichever way its edges point, and dot still routes edges between the rows.
    """

    def __init__(self, diagram: Diagram, paper: Paper) -> None:
        self.diagram = diagram
        self.paper = paper
        self.names = {node.id: f"n{index}" for index, node in enumerate(diagram.nodes)}
        self.ranks: list[list[str]] = []
        self.rank_of: dict[str, int] = {}

    def build(self) -> graphviz.Digraph:
        width, height = self.paper.size
        chart = graphviz.Digraph("chart")
        chart.attr(
            label=_text([self.diagram.title]),
            labelloc="t",
            fontname=_FONT,
            fontsize="20",
            rankdir="TB",
            newrank="true",
            size=f"{width},{height}",
            ratio="fill",
            nodesep="0.3",
            ranksep="0.5",
        )
        if len(self.diagram.nodes) >= _LARGE:
            chart.attr(mclimit="0.1", nslimit="1", remincross="false")
        chart.attr("node", fontname=_FONT, fontsize="10", style="filled", color="#333333")
        chart.attr("edge", fontname=_FONT, fontsize="9", arrowsize="0.7")
        if not self.diagram.nodes:
            chart.node("empty", _text([_EMPTY]), shape="plaintext", style="")
            return chart
        self._bands(chart)
        for edge in self.diagram.edges:
            source, target = self.names[edge.source], self.names[edge.target]
            upwards = self.rank_of[source] > self.rank_of[target]
            chart.edge(
                *((target, source) if upwards else (source, target)),
                tooltip=_text(edge.tooltip.splitlines()),
                dir="back" if upwards else "forward",
                **_edge_attributes(edge.style),
            )
        self._legend(chart)
        self._order_ranks(chart)
        return chart

    def _bands(self, chart: graphviz.Digraph) -> None:
        """One cluster per row; for several cities, one cluster per city around its rows.

        A row's nodes keep the left-to-right order of the diagram's layout; a row with
        more than ``_PER_LINE`` nodes (in one city) wraps onto further lines.
        """
        by_place: defaultdict[tuple[str, int], list[DiagramNode]] = defaultdict(list)
        for node in sorted(self.diagram.nodes, key=lambda n: (n.x, n.name.casefold())):
            by_place[node.city, node.row].append(node)
        first_rank = {}
        for row in self.diagram.rows:
            first_rank[row.number] = len(self.ranks)
            lines = max(len(_lines(by_place[c, row.number])) for c in self.diagram.cities)
            self.ranks.extend([] for _ in range(lines))
        names = [name for name, _ in self.diagram.columns]
        titles = dict(zip(self.diagram.cities, names, strict=False))
        for index, city in enumerate(self.diagram.cities):
            with chart.subgraph(name=f"cluster_city{index}") as column:
                if len(self.diagram.cities) > 1:
                    column.attr(
                        label=_text([titles.get(city, city)]),
                        fontsize="16",
                        style="rounded",
                        color="#888888",
                    )
                else:
                    column.attr(label="", style="invis")
                for row in self.diagram.rows:
                    nodes = by_place[city, row.number]
                    if not nodes:
                        continue
                    with column.subgraph(name=f"cluster_city{index}_row{row.number}") as band:
                        band.attr(
                            label=_text([row.title]),
                            labeljust="l",
                            fontsize="12",
                            fontcolor="#555555",
                            style="rounded,filled",
                            fillcolor="#f5f5f5",
                            color="#cccccc",
                        )
                        for offset, line in enumerate(_lines(nodes)):
                            for node in line:
                                self._node(band, node, first_rank[row.number] + offset)

    def _node(self, band: graphviz.Digraph, node: DiagramNode, rank: int) -> None:
        name, style = self.names[node.id], node.style
        band.node(
            name,
            _wrapped(node.name),
            id=graphviz.escape(node.id),
            tooltip=_text(node.tooltip.splitlines()),
            shape=style.dot_shape,
            fillcolor=style.color,
            fontcolor=text_colour(style.color),
            penwidth="2" if node.kind in ("steering", "council") else "1",
            margin="0.08,0.04",
        )
        self.ranks[rank].append(name)
        self.rank_of[name] = rank

    def _legend(self, chart: graphviz.Digraph) -> None:
        """Below the rows: node kinds as colour swatches, edge kinds as short lines."""
        with chart.subgraph(name="cluster_legend") as legend:
            legend.attr(label="Legende", labeljust="l", fontsize="12", style="rounded")
            legend.attr(color="#999999")
            legend.node(
                "legend", _legend_table(self.diagram), id="legend", shape="plaintext", style=""
            )
        self.ranks.append(["legend"])

    def _order_ranks(self, chart: graphviz.Digraph) -> None:
        """Pin each line to its own rank, the ranks in order, by an invisible anchor chain."""
        anchors = [f"rank{index}" for index in range(len(self.ranks))]
        for anchor, members in zip(anchors, self.ranks, strict=True):
            with chart.subgraph() as rank:
                rank.attr(rank="same")
                rank.node(anchor, "", shape="point", style="invis", width="0")
                for member in members:
                    rank.node(member)
        for upper, lower in itertools.pairwise(anchors):
            chart.edge(upper, lower, style="invis")


def _lines(nodes: Sequence[DiagramNode]) -> list[Sequence[DiagramNode]]:
    """``nodes`` in as few lines of at most ``_PER_LINE`` as will do, evenly filled.

    There are never more than ``_MAX_LINES``: beyond that, the lines get longer.
    """
    count = min(-(-len(nodes) // _PER_LINE), _MAX_LINES)
    width = -(-len(nodes) // count) if count else 1
    return [nodes[i : i + width] for i in range(0, len(nodes), width)]


def _legend_table(diagram: Diagram) -> str:
    """The legend as an HTML-like label: a swatch or a line sample, then the title.

    Only the styles' own titles and colours go into it, escaped all the same.
    """
    entries = [
        f'<TD BGCOLOR="{escape(style.color)}" BORDER="1" COLOR="#333333" WIDTH="22" '
        f'HEIGHT="14"></TD><TD ALIGN="LEFT">{escape(style.title)}</TD>'
        for style in diagram.node_legend()
    ]
    lines = []
    for style in diagram.edge_legend():
        dashes = ' STYLE="dashed"' if style.dashed else ""
        lines.append(
            f'<TD SIDES="B" BORDER="{max(1, round(style.width))}" COLOR="{escape(style.color)}"'
            f'{dashes} WIDTH="36" HEIGHT="12"></TD><TD ALIGN="LEFT">{escape(style.title)}</TD>'
        )
    rows = [
        "<TR>" + "".join(part[i : i + _LEGEND_PER_LINE]) + "</TR>"
        for part in (entries, lines)
        for i in range(0, len(part), _LEGEND_PER_LINE)
    ]
    return f'<<TABLE BORDER="0" CELLSPACING="4">{"".join(rows)}</TABLE>>'


def _edge_attributes(style: EdgeStyle) -> dict[str, str]:
    return {
        "color": style.color,
        "penwidth": str(style.width),
        "style": "dashed" if style.dashed else "solid",
    }
