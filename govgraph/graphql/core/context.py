"""The per-request context: the question runner and the request's DataLoaders."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import networkx as nx
import strawberry
from starlette.requests import Request

from govgraph.errors import StoreUnavailableError
from govgraph.graphql.core.dataloaders import (
    EntityByIdLoader,
    MembersByBodyIdLoader,
    RelationshipsByIdLoader,
)
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import Record

__all__ = ["AsyncQuestions", "GraphContext", "Info"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


class AsyncQuestions:
    """Runs the executor's questions in worker threads, so the event loop stays free."""

    def __init__(self, executor: QueryExecutor) -> None:
        self._executor = executor

    async def many(self, name: str, /, **params: Any) -> list[Record]:
        """Run ``result: many`` question ``name`` with ``params``."""
        return await self._in_thread(name, partial(self._executor.many, name, **params))

    async def city_graph(self, cities: list[str]) -> nx.MultiDiGraph[str]:
        """The cities as stored, as `read_city_graph` gives them."""
        return await self._in_thread("city graph", partial(read_city_graph, self._executor, cities))

    async def _in_thread(self, what: str, work: Callable[[], T]) -> T:
        try:
            return await asyncio.to_thread(work)
        except StoreUnavailableError as error:
            logger.warning("question %s: %s", what, error)
            raise StoreUnavailableError(
                "the graph store is unavailable; try again later"
            ) from error


@dataclass
class GraphContext:
    """What every resolver gets as ``info.context``; built afresh for each request."""

    questions: AsyncQuestions
    request: Request | None = None
    entities: EntityByIdLoader = field(init=False)
    relationships: RelationshipsByIdLoader = field(init=False)
    members: MembersByBodyIdLoader = field(init=False)

    def __post_init__(self) -> None:
        self.entities = EntityByIdLoader(self.questions)
        self.relationships = RelationshipsByIdLoader(self.questions)
        self.members = MembersByBodyIdLoader(self.questions)


Info = strawberry.Info[GraphContext, None]
"""The resolver ``info`` argument, typed with govgraph's context."""
