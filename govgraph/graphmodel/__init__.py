"""The graph model: node kinds, relationships, validated city datasets, the networkx form."""

from govgraph.graphmodel.dataset import CityDataset, Located, assemble_city
from govgraph.graphmodel.fields import Source
from govgraph.graphmodel.graph import to_networkx
from govgraph.graphmodel.kinds import (
    BodyKind,
    DocumentKind,
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
    Measure,
    Node,
    OrgUnit,
    Person,
    Post,
)
from govgraph.graphmodel.relationship import RULES, Relationship

__all__ = [
    "NODE_TYPES",
    "RULES",
    "ActionField",
    "Body",
    "BodyKind",
    "City",
    "CityDataset",
    "Document",
    "DocumentKind",
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
    "to_networkx",
]
