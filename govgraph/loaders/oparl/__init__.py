"""OParl 1.1 import: walk a server or read a folder, then map the objects to a layer."""

from govgraph.loaders.oparl.build import OParlImport, build_oparl_layer
from govgraph.loaders.oparl.client import OParlClient
from govgraph.loaders.oparl.ids import oparl_layer_id, oparl_node_id
from govgraph.loaders.oparl.importer import OParlResult, import_oparl, is_url
from govgraph.loaders.oparl.objects import OParlObjects, clean_object, read_folder
from govgraph.loaders.oparl.sync import fetch_missing, known_objects, merge_delta, touched_ids
from govgraph.loaders.oparl.walk import PageCallback, fetch_system

__all__ = [
    "OParlClient",
    "OParlImport",
    "OParlObjects",
    "OParlResult",
    "PageCallback",
    "build_oparl_layer",
    "clean_object",
    "fetch_missing",
    "fetch_system",
    "import_oparl",
    "is_url",
    "known_objects",
    "merge_delta",
    "oparl_layer_id",
    "oparl_node_id",
    "read_folder",
    "touched_ids",
]
