"""What every GraphQL domain shares: context, loaders, the Entity interface, paging."""

from govgraph.graphql.core.arguments import CityId, EntityId, First, Offset
from govgraph.graphql.core.context import AsyncQuestions, GraphContext, Info
from govgraph.graphql.core.links import Link, linked, linked_entities
from govgraph.graphql.core.lookups import (
    require_action_field,
    require_city,
    require_entity,
    require_entity_in,
)
from govgraph.graphql.core.pagination import MAX_PAGE, Page, page
from govgraph.graphql.core.types import (
    Entity,
    Source,
    entity_from,
    entity_type,
    registered_labels,
    sources_from,
    sources_of,
)

__all__ = [
    "MAX_PAGE",
    "AsyncQuestions",
    "CityId",
    "Entity",
    "EntityId",
    "First",
    "GraphContext",
    "Info",
    "Link",
    "Offset",
    "Page",
    "Source",
    "entity_from",
    "entity_type",
    "linked",
    "linked_entities",
    "page",
    "registered_labels",
    "require_action_field",
    "require_city",
    "require_entity",
    "require_entity_in",
    "sources_from",
    "sources_of",
]
