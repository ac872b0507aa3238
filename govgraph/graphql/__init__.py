"""The GraphQL API: strawberry types and resolvers by domain, served on Starlette."""

from govgraph.graphql.endpoint import GraphQLEndpoint
from govgraph.graphql.schema import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_TOKENS,
    SCHEMA_FILE,
    schema,
    schema_sdl,
)

__all__ = [
    "MAX_ALIASES",
    "MAX_DEPTH",
    "MAX_TOKENS",
    "SCHEMA_FILE",
    "GraphQLEndpoint",
    "schema",
    "schema_sdl",
]
