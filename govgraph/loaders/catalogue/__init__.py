"""Measure catalogues (Maßnahmenkataloge) as CSV or XLSX files: reading and writing rows."""

from govgraph.loaders.catalogue.build import CatalogueImport, build_catalogue_layer
from govgraph.loaders.catalogue.columns import HEADERS, Column
from govgraph.loaders.catalogue.export import catalogue_rows
from govgraph.loaders.catalogue.importer import CatalogueResult, import_catalogue
from govgraph.loaders.catalogue.mapping import Mapping, read_mapping
from govgraph.loaders.catalogue.read import Catalogue, CatalogueRow, read_catalogue
from govgraph.loaders.catalogue.write import CatalogueFormat, write_catalogue

__all__ = [
    "HEADERS",
    "Catalogue",
    "CatalogueFormat",
    "CatalogueImport",
    "CatalogueResult",
    "CatalogueRow",
    "Column",
    "Mapping",
    "build_catalogue_layer",
    "catalogue_rows",
    "import_catalogue",
    "read_catalogue",
    "read_mapping",
    "write_catalogue",
]
