"""The one place the ASGI application is assembled: ``/graphql`` (with GraphiQL),
``/healthz``, the start page, the diagrams and charts, and the report pages."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Route

from govgraph.graphql import GraphQLEndpoint
from govgraph.queries import QueryExecutor
from govgraph.store import GraphStore
from govgraph.web.health import healthz
from govgraph.web.pages import page_routes
from govgraph.web.reports import report_routes

__all__ = ["create_app"]


def create_app(store: GraphStore) -> Starlette:
    """The web application answering from ``store`` (``app.state.store``, ``.ask``)."""
    app = Starlette(
        routes=[
            Route("/graphql", GraphQLEndpoint(store), methods=["GET", "POST"]),
            Route("/healthz", healthz),
            *page_routes(),
            *report_routes(),
        ]
    )
    app.state.store = store
    app.state.ask = QueryExecutor(store)
    return app
