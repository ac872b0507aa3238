"""The graph store: Bolt + Cypher to ArcadeDB (embedded) or Neo4j 5."""

from govgraph.store.base import GraphStore, Progress, Record, StoreCounts
from govgraph.store.bolt import BoltStore, store_statements
from govgraph.store.changes import LayerChanges, layer_changes
from govgraph.store.connect import open_store
from govgraph.store.embedded import EmbeddedServer, ServerInfo
from govgraph.store.settings import Engine, StoreSettings, default_data_dir
from govgraph.store.statements import Result, Statement, StatementFileError, load_statements

__all__ = [
    "BoltStore",
    "EmbeddedServer",
    "Engine",
    "GraphStore",
    "LayerChanges",
    "Progress",
    "Record",
    "Result",
    "ServerInfo",
    "Statement",
    "StatementFileError",
    "StoreCounts",
    "StoreSettings",
    "default_data_dir",
    "layer_changes",
    "load_statements",
    "open_store",
    "store_statements",
]
