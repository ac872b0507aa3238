"""The ASGI application over one store: ``/graphql`` (with GraphiQL), ``/healthz``, the pages."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from govgraph.graphql.core import AsyncQuestions, GraphContext
from govgraph.graphql.health import health_endpoint
from govgraph.graphql.schema import schema
from govgraph.queries import QueryExecutor
from govgraph.store import GraphStore
from govgraph.visualisations.routes import visualisation_routes

__all__ = ["GraphQLEndpoint", "create_app"]


class GraphQLEndpoint(GraphQL[GraphContext, None]):
    """Strawberry's ASGI endpoint with govgraph's per-request context."""

    def __init__(self, store: GraphStore) -> None:
        super().__init__(schema, graphql_ide="graphiql")
        self._questions = AsyncQuestions(QueryExecutor(store))

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> GraphContext:
        """A fresh context (and fresh DataLoaders) for each request."""
        return GraphContext(self._questions, request if isinstance(request, Request) else None)


def create_app(store: GraphStore) -> Starlette:
    """The web application answering from ``store``."""
    return Starlette(
        routes=[
            Route("/graphql", GraphQLEndpoint(store), methods=["GET", "POST"]),
            Route("/healthz", health_endpoint(store)),
            *visualisation_routes(store),
        ]
    )
