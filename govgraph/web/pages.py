"""Web pages: the start page, the diagrams drawn from the store on request, and the analyses
(comparison, gaps) as report pages."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import networkx as nx
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from govgraph.errors import ChartError, NotFoundError
from govgraph.graphmodel.comparison import compare_cities
from govgraph.graphmodel.raci import raci_matrix
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import GraphStore
from govgraph.tables import Report
from govgraph.visualisations.chart import ChartFormat, Paper, render_chart
from govgraph.visualisations.comparison_report import comparison_report
from govgraph.visualisations.diagram import Diagram
from govgraph.visualisations.gap_report import gap_report
from govgraph.visualisations.html import render_html
from govgraph.visualisations.raci_report import raci_report
from govgraph.visualisations.report_page import (
    COMPARISON_PATH,
    GAPS_PATH,
    RACI_PATH,
    CityForm,
    comparison_form,
    gaps_form,
    known_cities,
    raci_form,
    render_report_page,
)
from govgraph.visualisations.templating import render_page
from govgraph.visualisations.views import View, build_diagram

__all__ = ["PAGE_SECURITY", "visualisation_routes"]

PAGE_SECURITY = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
}
"""Headers of every page: inline code of our own only, no requests anywhere."""

_CITY_VIEWS = [View.STRUCTURE, View.RESPONSIBILITY, View.PEOPLE]
_CHART_FORMATS = [chart_format.value for chart_format in ChartFormat]
_MEDIA_TYPES = {
    ChartFormat.SVG: "image/svg+xml",
    ChartFormat.PDF: "application/pdf",
    ChartFormat.PNG: "image/png",
}


def visualisation_routes(store: GraphStore) -> list[Route]:
    """``/``, ``/diagrams/{city}[/{view}]``, ``/compare?city=…``,
    ``/charts/{city}.{svg|pdf|png}[?view=…&paper=a4|a3]``, ``/analysis/compare[?city=…]`` and
    ``/analysis/gaps[?city=…]`` and ``/analysis/raci?city=…`` over ``store``.

    The comparison and the gaps take any number of ``city`` parameters (empty ones
    ignored); none means every city in the store. The RACI matrix takes exactly one (else
    400). An unknown city is a 404 with a plain message.
    """
    ask = QueryExecutor(store)

    def analysis_page(
        chosen: Sequence[str],
        report_of: Callable[[nx.MultiDiGraph[str], list[str]], Report],
        form_of: Callable[[Sequence[tuple[str, str]], Sequence[str]], CityForm],
    ) -> HTMLResponse:
        known = known_cities(ask)
        wanted = list(chosen) or [city for city, _ in known]
        try:
            graph = read_city_graph(ask, wanted)
        except NotFoundError as error:
            raise HTTPException(404, str(error)) from error
        page = render_report_page(report_of(graph, wanted), form=form_of(known, wanted))
        return HTMLResponse(page, headers=PAGE_SECURITY)

    def drawing_of(cities: Sequence[str], view: View, with_people: bool) -> Diagram:
        try:
            graph = read_city_graph(ask, cities)
        except NotFoundError as error:
            raise HTTPException(404, str(error)) from error
        return build_diagram(graph, view, with_people=with_people)

    def diagram_page(cities: Sequence[str], view: View, with_people: bool) -> HTMLResponse:
        drawing = drawing_of(cities, view, with_people)
        return HTMLResponse(render_html(drawing), headers=PAGE_SECURITY)

    def chart_file(city: str, chart_format: ChartFormat, view: View, paper: Paper) -> Response:
        try:
            content = render_chart(drawing_of([city], view, False), chart_format, paper)
        except ChartError as error:
            return PlainTextResponse(str(error), status_code=503)
        return Response(content, media_type=_MEDIA_TYPES[chart_format], headers=PAGE_SECURITY)

    async def start(request: Request) -> HTMLResponse:
        known = await asyncio.to_thread(known_cities, ask)
        page = render_page(
            "start.html.j2",
            cities=[{"id": city, "name": name} for city, name in known],
            views=[(view.value, view.heading) for view in _CITY_VIEWS],
            chart_formats=_CHART_FORMATS,
            comparison=comparison_form(known, [city for city, _ in known]),
            gaps=gaps_form(known, []),
            raci=raci_form(known, []),
        )
        return HTMLResponse(page, headers=PAGE_SECURITY)

    async def city_diagram(request: Request) -> HTMLResponse:
        try:
            view = View(request.path_params.get("view", View.STRUCTURE.value))
        except ValueError as error:
            raise HTTPException(404, "unknown view") from error
        if view is View.COMPARE:
            raise HTTPException(404, "the comparison lives at /compare?city=…&city=…")
        with_people = request.query_params.get("people") == "1"
        city = request.path_params["city"]
        return await asyncio.to_thread(diagram_page, [city], view, with_people)

    async def compare(request: Request) -> HTMLResponse:
        cities = request.query_params.getlist("city")
        if len(cities) < 2:
            raise HTTPException(400, "name at least two cities: /compare?city=…&city=…")
        return await asyncio.to_thread(diagram_page, cities, View.COMPARE, False)

    async def chart(request: Request) -> Response:
        try:
            chart_format = ChartFormat(request.path_params["chart_format"])
            view = View(request.query_params.get("view", View.STRUCTURE.value))
            paper = Paper(request.query_params.get("paper", Paper.A4.value))
        except ValueError as error:
            raise HTTPException(404, "unknown format, view or paper") from error
        if view is View.COMPARE:
            raise HTTPException(404, "charts draw one city")
        city = request.path_params["city"]
        return await asyncio.to_thread(chart_file, city, chart_format, view, paper)

    async def comparison(request: Request) -> HTMLResponse:
        chosen = _cities_asked(request)
        return await asyncio.to_thread(analysis_page, chosen, _comparison, comparison_form)

    async def gaps(request: Request) -> HTMLResponse:
        chosen = _cities_asked(request)
        return await asyncio.to_thread(analysis_page, chosen, gap_report, gaps_form)

    async def raci(request: Request) -> HTMLResponse:
        chosen = _cities_asked(request)
        if len(chosen) != 1:
            raise HTTPException(400, f"name one city: {RACI_PATH}?city=…")
        return await asyncio.to_thread(analysis_page, chosen, _raci, raci_form)

    return [
        Route("/", start),
        Route("/diagrams/{city}", city_diagram),
        Route("/diagrams/{city}/{view}", city_diagram),
        Route("/compare", compare),
        Route("/charts/{city}.{chart_format}", chart),
        Route(COMPARISON_PATH, comparison),
        Route(GAPS_PATH, gaps),
        Route(RACI_PATH, raci),
    ]


def _cities_asked(request: Request) -> list[str]:
    """The ``city`` parameters, empty ones left out."""
    return [city for city in request.query_params.getlist("city") if city]


def _comparison(graph: nx.MultiDiGraph[str], cities: list[str]) -> Report:
    return comparison_report(compare_cities(graph, cities))


def _raci(graph: nx.MultiDiGraph[str], cities: list[str]) -> Report:
    [city] = cities
    return raci_report(raci_matrix(graph, city), graph.nodes[city]["name"])
