"""The GraphQL schema: every domain's root fields stitched together, with limits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import strawberry
from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
    max_aliases,
    query_depth_limiter,
)
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from govgraph.graphql.action_fields.schema import ActionFieldQueries
from govgraph.graphql.action_fields.types import ActionField
from govgraph.graphql.bodies.schema import BodyQueries
from govgraph.graphql.bodies.types import Body
from govgraph.graphql.cities.schema import CityQueries
from govgraph.graphql.cities.types import City
from govgraph.graphql.compare.schema import CompareQueries
from govgraph.graphql.documents.types import Document
from govgraph.graphql.entities.schema import EntityQueries
from govgraph.graphql.errors import is_unexpected, log_unexpected
from govgraph.graphql.gaps.schema import GapQueries
from govgraph.graphql.lines.schema import LineQueries
from govgraph.graphql.measures.schema import MeasureQueries
from govgraph.graphql.measures.types import Measure
from govgraph.graphql.people.types import Person, Post
from govgraph.graphql.raci.schema import RaciQueries
from govgraph.graphql.units.types import OrgUnit

__all__ = [
    "MAX_ALIASES",
    "MAX_DEPTH",
    "MAX_TOKENS",
    "SCHEMA_FILE",
    "GovGraphSchema",
    "schema",
    "schema_sdl",
]

MAX_DEPTH = 10
"""Deepest selection a query may nest (introspection fields do not count)."""
MAX_ALIASES = 20
"""Most aliases one document may use."""
MAX_TOKENS = 5000
"""Most tokens one document may have (the standard introspection query has 163)."""
SCHEMA_FILE = Path(__file__).parent / "schema.graphql"
"""The committed SDL; ``govgraph schema -o`` rewrites it, a test fails when it is stale."""

Query = merge_types(
    "Query",
    (
        CityQueries,
        EntityQueries,
        BodyQueries,
        MeasureQueries,
        ActionFieldQueries,
        LineQueries,
        GapQueries,
        CompareQueries,
        RaciQueries,
    ),
)


class GovGraphSchema(strawberry.Schema):
    """The schema, logging unexpected errors (only) with their traceback."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log what clients will see masked; client errors go to debug."""
        log_unexpected(errors)


_LIMIT_RULES: list[type[ASTValidationRule]] = [
    query_depth_limiter.create_validator(MAX_DEPTH, should_ignore=None),
    max_aliases.create_validator(MAX_ALIASES),
]
"""The depth and alias rules, built once: the validation cache keys on the rule classes."""


def _extensions() -> list[Callable[[], SchemaExtension]]:
    """Factories of the extensions, so each request gets fresh ones."""
    return [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        ParserCache,
        lambda: AddValidationRules(_LIMIT_RULES),
        ValidationCache,
        lambda: MaskErrors(should_mask_error=is_unexpected, error_message="Unexpected error."),
    ]


schema = GovGraphSchema(
    query=Query,
    types=[City, OrgUnit, Body, Post, Person, ActionField, Measure, Document],
    extensions=_extensions(),
)
"""The one schema of the API."""


def schema_sdl() -> str:
    """The schema in SDL, as committed in `SCHEMA_FILE`."""
    return schema.as_str() + "\n"
