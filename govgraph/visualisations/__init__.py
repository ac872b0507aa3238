"""Diagrams and charts of the loaded cities: pyvis (interactive HTML) and Graphviz (print)."""

from govgraph.queries import read_city_graph
from govgraph.visualisations.chart import ChartFormat, Paper, render_chart
from govgraph.visualisations.diagram import Diagram, DiagramEdge, DiagramNode, Row
from govgraph.visualisations.html import render_html
from govgraph.visualisations.style import EdgeStyle, NodeStyle, edge_style, node_style
from govgraph.visualisations.tiers import Tier, tier_of
from govgraph.visualisations.views import View, build_diagram

__all__ = [
    "ChartFormat",
    "Diagram",
    "DiagramEdge",
    "DiagramNode",
    "EdgeStyle",
    "NodeStyle",
    "Paper",
    "Row",
    "Tier",
    "View",
    "build_diagram",
    "edge_style",
    "node_style",
    "read_city_graph",
    "render_chart",
    "render_html",
    "tier_of",
]
