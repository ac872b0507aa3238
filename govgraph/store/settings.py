"""Store configuration, from the environment (``GOVGRAPH_…``) and CLI flags."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Engine", "StoreSettings", "default_data_dir"]


class Engine(StrEnum):
    """The engines of the embedded store."""

    ARCADEDB = "arcadedb"
    NEO4J = "neo4j"


def default_data_dir() -> Path:
    """The per-user data directory: ``$XDG_DATA_HOME/govgraph`` on Linux."""
    return Path(platformdirs.user_data_dir("govgraph", appauthor=False))


class StoreSettings(BaseSettings):
    """Where the graph lives: a Bolt URI, or (none given) the embedded ArcadeDB server.

    Environment variables: ``GOVGRAPH_NEO4J_URI``, ``GOVGRAPH_NEO4J_USER``,
    ``GOVGRAPH_NEO4J_PASSWORD``, ``GOVGRAPH_NEO4J_DATABASE``, ``GOVGRAPH_DATA_DIR``,
    ``GOVGRAPH_HEAP``, ``GOVGRAPH_ENGINE`` (``arcadedb`` or ``neo4j``),
    ``GOVGRAPH_STORE_TIMEOUT``.
    """

    model_config = SettingsConfigDict(env_prefix="GOVGRAPH_", extra="ignore")

    neo4j_uri: str | None = Field(default=None, description="Bolt URI of a Neo4j 5 server")
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str | None = Field(default=None, description="database name on that server")
    data_dir: Path = Field(default_factory=default_data_dir, description="embedded store data")
    heap: str = Field(default="512m", pattern=r"^\d+[mMgG]$", description="embedded JVM heap")
    engine: Engine = Field(
        default=Engine.ARCADEDB, description="the embedded engine: ArcadeDB, or Neo4j Community"
    )
    store_timeout: float = Field(
        default=5.0,
        gt=0,
        le=600,
        description="seconds to wait for a connection, and to retry a failed transaction",
    )

    @property
    def embedded(self) -> bool:
        """Whether the embedded server is used (no Bolt URI configured)."""
        return not self.neo4j_uri
