"""Loaders: curated structure files into city datasets; imports into layers.

The importers live in `govgraph.loaders.catalogue` (Maßnahmenkataloge) and
`govgraph.loaders.oparl` (OParl 1.1 council information systems).
"""

from govgraph.loaders.bundled import bundled_structure_files
from govgraph.loaders.structure_yaml import SECTIONS, load_structure_file, load_structure_files

__all__ = ["SECTIONS", "bundled_structure_files", "load_structure_file", "load_structure_files"]
