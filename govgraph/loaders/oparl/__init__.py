"""OParl 1.1 import, fetch layer: walk a server or read a folder into ``OParlObjects``."""

from govgraph.loaders.oparl.client import OParlClient
from govgraph.loaders.oparl.objects import OParlObjects, clean_object, read_folder
from govgraph.loaders.oparl.walk import PageCallback, fetch_system

__all__ = [
    "OParlClient",
    "OParlObjects",
    "PageCallback",
    "clean_object",
    "fetch_system",
    "read_folder",
]
