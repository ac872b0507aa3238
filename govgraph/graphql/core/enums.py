"""The model's closed vocabularies as GraphQL enums (names upper case, values as stored)."""

from __future__ import annotations

import strawberry

from govgraph.graphmodel import BodyKind, Mandate, OrgUnitKind, RelType, Role

__all__ = ["BodyKind", "Mandate", "OrgUnitKind", "RelType", "Role"]

strawberry.enum(Role, name="MembershipRole", description="The role of a member of a body.")
strawberry.enum(BodyKind, description="Kinds of body (Gremium).")
strawberry.enum(OrgUnitKind, description="Kinds of organisational unit.")
strawberry.enum(Mandate, description="Whether a body decides or only recommends.")
strawberry.enum(RelType, name="Relation", description="Relationship types of the graph.")
