"""The page of every registered report: ``/analysis/<name>?city=…``."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from govgraph.errors import NotFoundError
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.reports import REPORTS, CityChoice, ReportKind, known_cities, render_report_page
from govgraph.web.security import page

__all__ = ["report_routes"]


def report_routes() -> list[Route]:
    """One route per report of `REPORTS`.

    A report of several cities takes any number of ``city`` parameters (empty ones
    ignored; none: every city in the store), a report of one city exactly one (else 400).
    An unknown city is a 404 with a plain message.
    """
    return [Route(kind.path, _endpoint(kind)) for kind in REPORTS]


def _endpoint(kind: ReportKind) -> Callable[[Request], Awaitable[HTMLResponse]]:
    async def report_page(request: Request) -> HTMLResponse:
        chosen = [city for city in request.query_params.getlist("city") if city]
        if kind.cities is CityChoice.ONE and len(chosen) != 1:
            raise HTTPException(400, f"name one city: {kind.path}?city=…")
        return await asyncio.to_thread(_page, request.app.state.ask, kind, chosen)

    return report_page


def _page(ask: QueryExecutor, kind: ReportKind, chosen: list[str]) -> HTMLResponse:
    known = known_cities(ask)
    wanted = chosen or [city for city, _ in known]
    try:
        graph = read_city_graph(ask, wanted)
    except NotFoundError as error:
        raise HTTPException(404, str(error)) from error
    return page(render_report_page(kind.build(graph, wanted), form=kind.form(known, wanted)))
