"""Loaders: each turns one source format into validated city datasets."""

from govgraph.loaders.structure_yaml import SECTIONS, load_structure_file, load_structure_files

__all__ = ["SECTIONS", "load_structure_file", "load_structure_files"]
