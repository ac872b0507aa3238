"""Guards the public surface of every govgraph subpackage."""

from __future__ import annotations

from types import ModuleType

import pytest

import govgraph.analysis
import govgraph.graphmodel
import govgraph.graphql
import govgraph.graphql.core
import govgraph.loaders
import govgraph.loaders.catalogue
import govgraph.loaders.oparl
import govgraph.queries
import govgraph.reports
import govgraph.store
import govgraph.visualisations
import govgraph.web

PACKAGES = [
    govgraph.analysis,
    govgraph.graphmodel,
    govgraph.graphql,
    govgraph.graphql.core,
    govgraph.loaders,
    govgraph.loaders.catalogue,
    govgraph.loaders.oparl,
    govgraph.queries,
    govgraph.reports,
    govgraph.store,
    govgraph.visualisations,
    govgraph.web,
]


def isort_order(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_all_is_sorted(package: ModuleType) -> None:
    # given
    names = list(package.__all__)

    # when
    ordered = sorted(names, key=isort_order)

    # then
    assert names == ordered
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_every_exported_name_resolves(package: ModuleType) -> None:
    # given
    names = list(package.__all__)

    # when
    missing = [name for name in names if not hasattr(package, name)]

    # then
    assert missing == []


def test_graphmodel_exports_the_model_api() -> None:
    # given
    expected = {
        "CURATED",
        "ENTITY_KINDS",
        "NODE_TYPES",
        "RULES",
        "ActionField",
        "Body",
        "BodyKind",
        "City",
        "CityDataset",
        "Document",
        "DocumentKind",
        "FunctionClaim",
        "GovernanceFunction",
        "ImportedLayer",
        "Label",
        "Located",
        "Mandate",
        "Measure",
        "Node",
        "OrgUnit",
        "OrgUnitKind",
        "Person",
        "Post",
        "RelType",
        "Relationship",
        "Role",
        "Source",
        "assemble_city",
        "assemble_layer",
        "fold",
        "to_networkx",
    }

    # when
    exported = set(govgraph.graphmodel.__all__)

    # then
    assert exported == expected


def test_graphql_exports_the_endpoint_and_schema() -> None:
    # given
    expected = {
        "MAX_ALIASES",
        "MAX_DEPTH",
        "MAX_TOKENS",
        "SCHEMA_FILE",
        "GraphQLEndpoint",
        "schema",
        "schema_sdl",
    }

    # when
    exported = set(govgraph.graphql.__all__)

    # then
    assert exported == expected


def test_loaders_export_the_loader_api() -> None:
    # given
    expected = {
        "SECTIONS",
        "bundled_structure_files",
        "load_structure_file",
        "load_structure_files",
    }

    # when
    exported = set(govgraph.loaders.__all__)

    # then
    assert exported == expected


def test_web_exports_the_app() -> None:
    # when
    exported = set(govgraph.web.__all__)

    # then
    assert exported == {"PAGE_SECURITY", "create_app"}
