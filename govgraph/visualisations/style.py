"""Colours, shapes, line styles and German names of what the diagrams draw."""

from __future__ import annotations

from dataclasses import dataclass

from govgraph.graphmodel import RelType, Role

__all__ = ["EdgeStyle", "NodeStyle", "edge_style", "node_style", "text_colour"]


@dataclass(frozen=True)
class NodeStyle:
    """How one kind of node is drawn: German name, fill colour, vis-network and dot shapes."""

    title: str
    color: str
    shape: str
    dot_shape: str


@dataclass(frozen=True)
class EdgeStyle:
    """How one kind of relationship is drawn: German label, colour, dashes, width."""

    title: str
    color: str
    dashed: bool = False
    width: float = 1.5


_NODE_STYLES = {
    "council": NodeStyle("Rat", "#0b5394", "ellipse", "ellipse"),
    "committee": NodeStyle("Ausschuss", "#3d85c6", "ellipse", "ellipse"),
    "party_group": NodeStyle("Fraktion", "#9fc5e8", "ellipse", "ellipse"),
    "steering": NodeStyle("Steuerungsgremium", "#d55e00", "ellipse", "ellipse"),
    "working_group": NodeStyle("Arbeitsgruppe", "#e69f00", "ellipse", "ellipse"),
    "advisory_council": NodeStyle("Beirat", "#009e73", "ellipse", "ellipse"),
    "forum": NodeStyle("Forum / Konferenz", "#56b4e9", "ellipse", "ellipse"),
    "network": NodeStyle("Netzwerk", "#cc79a7", "ellipse", "ellipse"),
    "department": NodeStyle("Referat / Dezernat / Bereich", "#b7b7b7", "box", "box"),
    "office": NodeStyle("Amt / Stelle", "#d9d9d9", "box", "box"),
    "company": NodeStyle("Unternehmen", "#f3e5ab", "box", "box"),
    "external": NodeStyle("externe Organisation", "#fff2cc", "box", "box"),
    "post": NodeStyle("Funktion", "#ffffff", "box", "note"),
    "person": NodeStyle("Person", "#f4cccc", "circle", "circle"),
    "action_field": NodeStyle("Handlungsfeld", "#f0e442", "diamond", "diamond"),
    "measure": NodeStyle("Maßnahme", "#eeeeee", "box", "box"),
    "city": NodeStyle("Stadt", "#ffffff", "box", "box"),
}
_DOCUMENT = NodeStyle("Dokument", "#ffffff", "box", "note")

_ROLE_STYLES = {
    Role.CHAIR: EdgeStyle("Vorsitz", "#d55e00", width=3.0),
    Role.DEPUTY_CHAIR: EdgeStyle("stellv. Vorsitz", "#d55e00", dashed=True, width=2.0),
    Role.MEMBER: EdgeStyle("Mitglied", "#555555"),
    Role.ADVISORY: EdgeStyle("beratendes Mitglied", "#009e73", dashed=True),
    Role.GUEST: EdgeStyle("Gast", "#999999", dashed=True, width=1.0),
    Role.SUBSTITUTE: EdgeStyle("stellv. Mitglied", "#555555", dashed=True, width=1.0),
}

_EDGE_STYLES = {
    RelType.PART_OF: EdgeStyle("Teil von", "#bbbbbb", width=1.0),
    RelType.HOLDS: EdgeStyle("hat inne", "#999999"),
    RelType.REPORTS_TO: EdgeStyle("berichtet an", "#0b5394", width=2.0),
    RelType.RECOMMENDS_TO: EdgeStyle("empfiehlt", "#3d85c6", width=2.0),
    RelType.PREPARES_DECISIONS_FOR: EdgeStyle("bereitet Beschlüsse vor", "#0b5394", width=2.0),
    RelType.INFORMS: EdgeStyle("informiert", "#3d85c6", dashed=True),
    RelType.ORGANISES: EdgeStyle("organisiert", "#e69f00", width=2.0),
    RelType.ADVISES: EdgeStyle("berät", "#009e73", dashed=True),
    RelType.APPOINTS: EdgeStyle("benennt", "#674ea7", dashed=True),
    RelType.NOMINATES: EdgeStyle("entsendet", "#674ea7", dashed=True),
    RelType.RESPONSIBLE_FOR: EdgeStyle("zuständig für", "#38761d", width=2.0),
    RelType.OVERSEES: EdgeStyle("begleitet (Ausschuss)", "#0b5394", dashed=True),
    RelType.OWNS: EdgeStyle("federführend", "#38761d"),
    RelType.IN_FIELD: EdgeStyle("im Handlungsfeld", "#bbbbbb", dashed=True),
    RelType.BASED_ON: EdgeStyle("beruht auf", "#bbbbbb", dashed=True, width=1.0),
    RelType.CONTACT_FOR: EdgeStyle("Ansprechpartner", "#999999", dashed=True),
    RelType.HEADS: EdgeStyle("leitet", "#444444", width=2.0),
    RelType.ADOPTED_BY: EdgeStyle("beschlossen von", "#bbbbbb", dashed=True),
    RelType.AUTHORED_BY: EdgeStyle("verfasst von", "#bbbbbb", dashed=True),
    RelType.SUBMITTED_TO: EdgeStyle("vorgelegt", "#bbbbbb", dashed=True),
}


def node_style(label: str, kind: str) -> NodeStyle:
    """The style of a node of ``label`` and ``kind``.

    >>> node_style("Body", "steering").title
    'Steuerungsgremium'
    """
    return _DOCUMENT if label == "Document" else _NODE_STYLES[kind]


def edge_style(stored_type: str, role: str | None = None) -> EdgeStyle:
    """The style of a relationship as stored (``MEMBER_OF``), by role for memberships.

    >>> edge_style("MEMBER_OF", "chair").title
    'Vorsitz'
    >>> edge_style("REPORTS_TO").title
    'berichtet an'
    """
    rel_type = RelType(stored_type.lower())
    if rel_type is RelType.MEMBER_OF and role is not None:
        return _ROLE_STYLES[Role(role)]
    return _EDGE_STYLES[rel_type]


def text_colour(fill: str) -> str:
    """The label colour that reads on ``fill`` (``#rrggbb``): white on dark, near-black on light.

    >>> text_colour("#0b5394"), text_colour("#f0e442")
    ('#ffffff', '#222222')
    """
    red, green, blue = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#ffffff" if 0.299 * red + 0.587 * green + 0.114 * blue < 0.55 else "#222222"
