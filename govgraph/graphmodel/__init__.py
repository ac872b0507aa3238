"""The graph model: node kinds, relationships, validated city datasets, the networkx form."""

from govgraph.graphmodel.dataset import (
    CURATED,
    CityDataset,
    ImportedLayer,
    Located,
    assemble_city,
    assemble_layer,
)
from govgraph.graphmodel.fields import Source
from govgraph.graphmodel.graph import to_networkx
from govgraph.graphmodel.kinds import (
    ENTITY_KINDS,
    BodyKind,
    DocumentKind,
    GovernanceFunction,
    Label,
    Mandate,
    OrgUnitKind,
    RelType,
    Role,
)
from govgraph.graphmodel.nodes import (
    NODE_TYPES,
    ActionField,
    Body,
    City,
    Document,
    FunctionClaim,
    Measure,
    Node,
    OrgUnit,
    Person,
    Post,
)
from govgraph.graphmodel.relationship import RULES, Relationship
from govgraph.graphmodel.search import fold

__all__ = [
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
]
