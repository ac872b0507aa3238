"""Which errors a client sees, and which are masked and logged."""

from __future__ import annotations

import logging

from graphql import GraphQLError

from govgraph.errors import QuestionError, StoreUnavailableError

__all__ = ["is_unexpected", "log_unexpected"]

logger = logging.getLogger("govgraph.graphql")

_SHOWN = (QuestionError, StoreUnavailableError)


def is_unexpected(error: GraphQLError) -> bool:
    """Whether ``error`` came from a bug or a store failure (masked for clients).

    Syntax and validation errors (no original exception) and govgraph's question and
    store-unavailable errors are shown as they are.
    """
    original = error.original_error
    return original is not None and not isinstance(original, _SHOWN)


def log_unexpected(errors: list[GraphQLError]) -> None:
    """Log unexpected errors with their traceback; the client only sees a masked message."""
    for error in errors:
        if is_unexpected(error):
            logger.error("unexpected error at %s", error.path, exc_info=error.original_error)
        else:
            logger.debug("client error: %s", error.message)
