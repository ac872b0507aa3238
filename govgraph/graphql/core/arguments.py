"""Argument types shared by the domains' fields: ids and the paging window."""

from __future__ import annotations

from typing import Annotated

import strawberry

from govgraph.graphql.core.pagination import MAX_PAGE

__all__ = ["CityId", "EntityId", "First", "Offset"]

CityId = Annotated[str, strawberry.argument(description='City id, e.g. "erlangen".')]
EntityId = Annotated[strawberry.ID, strawberry.argument(description="Entity id.")]
First = Annotated[int, strawberry.argument(description=f"How many items to return (1–{MAX_PAGE}).")]
Offset = Annotated[int, strawberry.argument(description="How many items to skip first.")]
