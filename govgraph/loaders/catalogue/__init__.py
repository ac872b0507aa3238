"""Measure catalogues (Maßnahmenkataloge) as CSV or XLSX files: reading and writing rows."""

from govgraph.loaders.catalogue.columns import HEADERS, Column
from govgraph.loaders.catalogue.mapping import Mapping, read_mapping
from govgraph.loaders.catalogue.read import Catalogue, CatalogueRow, read_catalogue
from govgraph.loaders.catalogue.write import CatalogueFormat, write_catalogue

__all__ = [
    "HEADERS",
    "Catalogue",
    "CatalogueFormat",
    "CatalogueRow",
    "Column",
    "Mapping",
    "read_catalogue",
    "read_mapping",
    "write_catalogue",
]
