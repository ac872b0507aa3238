"""Loaders: each turns one source format into validated city datasets."""

from govgraph.loaders.bundled import bundled_structure_files
from govgraph.loaders.structure_yaml import SECTIONS, load_structure_file, load_structure_files

__all__ = ["SECTIONS", "bundled_structure_files", "load_structure_file", "load_structure_files"]
