"""Strawberry's ASGI endpoint with govgraph's per-request context."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from govgraph.graphql.core import AsyncQuestions, GraphContext
from govgraph.graphql.schema import schema
from govgraph.queries import QueryExecutor
from govgraph.store import GraphStore

__all__ = ["GraphQLEndpoint"]


class GraphQLEndpoint(GraphQL[GraphContext, None]):
    """``/graphql`` over one store, with GraphiQL."""

    def __init__(self, store: GraphStore) -> None:
        super().__init__(schema, graphql_ide="graphiql")
        self._questions = AsyncQuestions(QueryExecutor(store))

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> GraphContext:
        """A fresh context (and fresh DataLoaders) for each request."""
        return GraphContext(self._questions, request if isinstance(request, Request) else None)
