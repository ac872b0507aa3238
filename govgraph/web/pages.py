"""The start page and the diagrams and charts drawn from the store on request."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from govgraph.errors import ChartError, NotFoundError
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.reports import REPORTS, CityChoice, known_cities
from govgraph.visualisations.chart import ChartFormat, Paper, render_chart
from govgraph.visualisations.diagram import Diagram
from govgraph.visualisations.html import render_html
from govgraph.visualisations.templating import render_page
from govgraph.visualisations.views import View, build_diagram
from govgraph.web.security import PAGE_SECURITY, page

__all__ = ["chart", "city_diagram", "compare", "page_routes", "start"]

_CITY_VIEWS = [View.STRUCTURE, View.RESPONSIBILITY, View.PEOPLE]
_CHART_FORMATS = [chart_format.value for chart_format in ChartFormat]
_MEDIA_TYPES = {
    ChartFormat.SVG: "image/svg+xml",
    ChartFormat.PDF: "application/pdf",
    ChartFormat.PNG: "image/png",
}


def page_routes() -> list[Route]:
    """``/``, ``/diagrams/{city}[/{view}]``, ``/compare?city=…&city=…`` and
    ``/charts/{city}.{svg|pdf|png}[?view=…&paper=a4|a3]``; an unknown city is a 404."""
    return [
        Route("/", start),
        Route("/diagrams/{city}", city_diagram),
        Route("/diagrams/{city}/{view}", city_diagram),
        Route("/compare", compare),
        Route("/charts/{city}.{chart_format}", chart),
    ]


async def start(request: Request) -> HTMLResponse:
    """The start page: every city with its diagrams and charts, and a form per report."""
    known = await asyncio.to_thread(known_cities, request.app.state.ask)
    every = [city for city, _ in known]
    forms = [
        (kind.heading, kind.form(known, every if kind.cities is CityChoice.SEVERAL else []))
        for kind in REPORTS
    ]
    return page(
        render_page(
            "start.html.j2",
            cities=[{"id": city, "name": name} for city, name in known],
            views=[(view.value, view.heading) for view in _CITY_VIEWS],
            chart_formats=_CHART_FORMATS,
            reports=forms,
        )
    )


async def city_diagram(request: Request) -> HTMLResponse:
    """The diagram of one city in one view (``?people=1``: with the people)."""
    try:
        view = View(request.path_params.get("view", View.STRUCTURE.value))
    except ValueError as error:
        raise HTTPException(404, "unknown view") from error
    if view is View.COMPARE:
        raise HTTPException(404, "the comparison lives at /compare?city=…&city=…")
    with_people = request.query_params.get("people") == "1"
    city = request.path_params["city"]
    ask = request.app.state.ask
    return await asyncio.to_thread(_diagram_page, ask, [city], view, with_people)


async def compare(request: Request) -> HTMLResponse:
    """Two or more cities' structures side by side."""
    cities = request.query_params.getlist("city")
    if len(cities) < 2:
        raise HTTPException(400, "name at least two cities: /compare?city=…&city=…")
    ask = request.app.state.ask
    return await asyncio.to_thread(_diagram_page, ask, cities, View.COMPARE, False)


async def chart(request: Request) -> Response:
    """The print chart of one city as SVG, PDF or PNG."""
    try:
        chart_format = ChartFormat(request.path_params["chart_format"])
        view = View(request.query_params.get("view", View.STRUCTURE.value))
        paper = Paper(request.query_params.get("paper", Paper.A4.value))
    except ValueError as error:
        raise HTTPException(404, "unknown format, view or paper") from error
    if view is View.COMPARE:
        raise HTTPException(404, "charts draw one city")
    city = request.path_params["city"]
    ask = request.app.state.ask
    return await asyncio.to_thread(_chart_file, ask, city, chart_format, view, paper)


def _drawing(ask: QueryExecutor, cities: Sequence[str], view: View, with_people: bool) -> Diagram:
    try:
        graph = read_city_graph(ask, cities)
    except NotFoundError as error:
        raise HTTPException(404, str(error)) from error
    return build_diagram(graph, view, with_people=with_people)


def _diagram_page(
    ask: QueryExecutor, cities: Sequence[str], view: View, with_people: bool
) -> HTMLResponse:
    return page(render_html(_drawing(ask, cities, view, with_people)))


def _chart_file(
    ask: QueryExecutor, city: str, chart_format: ChartFormat, view: View, paper: Paper
) -> Response:
    try:
        content = render_chart(_drawing(ask, [city], view, False), chart_format, paper)
    except ChartError as error:
        return PlainTextResponse(str(error), status_code=503)
    return Response(content, media_type=_MEDIA_TYPES[chart_format], headers=PAGE_SECURITY)
