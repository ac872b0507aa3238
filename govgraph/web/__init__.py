"""The web application: GraphQL, health, pages and report pages over one store."""

from govgraph.web.app import create_app
from govgraph.web.security import PAGE_SECURITY

__all__ = ["PAGE_SECURITY", "create_app"]
