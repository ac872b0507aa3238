"""Governance gaps of a city: what its documents leave open, each with what they do say."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import networkx as nx

from govgraph.graphmodel.chains import UPWARD_LINES
from govgraph.graphmodel.evidence import Evidence, citations_of
from govgraph.graphmodel.kinds import BodyKind, Label, RelType, Role
from govgraph.graphmodel.ownership import has_owner
from govgraph.graphmodel.search import fold

__all__ = ["GAP_LINES", "Gap", "GapKind", "find_gaps"]

GAP_LINES = UPWARD_LINES | {RelType.INFORMS.cypher_type}
"""Relationship types (as stored) by which a working group reports to someone."""

_UNCHAIRED_KINDS = frozenset({BodyKind.COUNCIL.value, BodyKind.PARTY_GROUP.value})
_DEPUTY_ROLES = frozenset({Role.DEPUTY_CHAIR.value, Role.SUBSTITUTE.value})
_MEMBER_OF = RelType.MEMBER_OF.cypher_type


class GapKind(StrEnum):
    """Kinds of gap, in the order reports list them."""

    MEASURE_WITHOUT_OWNER = "measure_without_owner"
    BODY_WITHOUT_CHAIR = "body_without_chair"
    ACTION_FIELD_WITHOUT_RESPONSIBLE = "action_field_without_responsible"
    ACTION_FIELD_WITHOUT_OVERSIGHT = "action_field_without_oversight"
    WORKING_GROUP_REPORTING_TO_NOBODY = "working_group_reporting_to_nobody"
    DEPUTY_NOT_NAMED = "deputy_not_named"
    BODY_WITHOUT_RHYTHM = "body_without_rhythm"

    @property
    def heading(self) -> str:
        """The German name of the kind, for reports.

        >>> GapKind.BODY_WITHOUT_CHAIR.heading
        'Gremium ohne Vorsitz'
        """
        return _HEADINGS[self]

    @property
    def message(self) -> str:
        """The German finding for one entity.

        >>> GapKind.BODY_WITHOUT_CHAIR.message
        'Kein Vorsitz bekannt'
        """
        return _MESSAGES[self]


_HEADINGS = {
    GapKind.MEASURE_WITHOUT_OWNER: "Maßnahme ohne Verantwortliche",
    GapKind.BODY_WITHOUT_CHAIR: "Gremium ohne Vorsitz",
    GapKind.ACTION_FIELD_WITHOUT_RESPONSIBLE: "Handlungsfeld ohne zuständige Stelle",
    GapKind.ACTION_FIELD_WITHOUT_OVERSIGHT: "Handlungsfeld ohne Ausschuss",
    GapKind.WORKING_GROUP_REPORTING_TO_NOBODY: "Arbeitsgruppe ohne Berichtsweg",
    GapKind.DEPUTY_NOT_NAMED: "Stellvertretung nicht benannt",
    GapKind.BODY_WITHOUT_RHYTHM: "Gremium ohne Sitzungsrhythmus",
}
_MESSAGES = {
    GapKind.MEASURE_WITHOUT_OWNER: "Keine verantwortliche Stelle benannt",
    GapKind.BODY_WITHOUT_CHAIR: "Kein Vorsitz bekannt",
    GapKind.ACTION_FIELD_WITHOUT_RESPONSIBLE: "Keine zuständige Stelle benannt",
    GapKind.ACTION_FIELD_WITHOUT_OVERSIGHT: "Kein zuständiger Ausschuss benannt",
    GapKind.WORKING_GROUP_REPORTING_TO_NOBODY: "Berichtet an kein Gremium und keine Stelle",
    GapKind.DEPUTY_NOT_NAMED: "Stellvertretung erwähnt, aber nicht benannt",
    GapKind.BODY_WITHOUT_RHYTHM: "Kein Sitzungsrhythmus angegeben",
}


@dataclass(frozen=True)
class Gap:
    """One gap: the entity it concerns, the German finding and the citations behind it."""

    kind: GapKind
    entity_id: str
    entity_name: str
    label: str
    message: str
    evidence: Evidence


def find_gaps(graph: nx.MultiDiGraph[str], city: str) -> list[Gap]:
    """The gaps of ``city`` in ``graph``, by kind (in `GapKind` order), then name and id.

    Only nodes whose ``city`` is ``city`` are checked (every layer of it). The evidence
    of a gap is the entity's own citations unless said otherwise.

    - ``measure_without_owner``: a Measure with no incoming ``OWNS`` (as the question
      ``measures_without_owner`` asks).
    - ``body_without_chair``: a Body with no incoming ``MEMBER_OF`` of role ``chair``.
      Councils and party groups are left out: the municipal code, not the integration
      documents, settles who chairs them.
    - ``action_field_without_responsible``: an ActionField with no incoming
      ``RESPONSIBLE_FOR``.
    - ``action_field_without_oversight``: an ActionField with no incoming ``OVERSEES``.
    - ``working_group_reporting_to_nobody``: a Body of kind ``working_group`` with no
      outgoing line of `GAP_LINES` and no outgoing ``PART_OF`` to another Body.
    - ``deputy_not_named``: a Body whose own texts (citations, tasks) or whose incoming
      memberships' texts (citations, ``count_text``, ``role_text``) mention a deputy,
      while no ``MEMBER_OF`` of role ``deputy_chair`` or ``substitute`` ends at it. A
      mention is a word starting with "stellvertret" (Stellvertreter/in, Stellvertretung,
      stellvertretend), or "Vertretung"/"Vertreter…" in a text that also speaks of
      "Verhinderung"/"verhindert"; on its own, "Vertreter" means a representative (je
      zwei Vertreter der Fraktionen) and is no mention. Evidence: the citations of the
      body or membership whose quote mentions the deputy, or all its citations where only
      its tasks, ``count_text`` or ``role_text`` do. Applies to every kind of body.
    - ``body_without_rhythm``: a Body, councils and party groups left out, with neither
      ``rhythm`` nor ``meetings_per_year``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("m", label="Measure", city="x", name="Kurs", kind="measure",
    ...            source_documents=["d"], source_quotes=["Maßnahme: Kurs"])
    >>> [(g.kind.value, g.entity_id, g.evidence) for g in find_gaps(G, "x")]
    [('measure_without_owner', 'm', (('d', 'Maßnahme: Kurs'),))]
    """
    nodes = [
        (node, data)
        for node, data in graph.nodes(data=True)
        if data.get("city") == city and not data.get("linked_only")
    ]
    gaps = [
        Gap(kind, node, data["name"], data["label"], kind.message, evidence)
        for node, data in nodes
        for kind, evidence in _gaps_of(graph, node, data)
    ]
    order = list(GapKind)
    return sorted(gaps, key=lambda g: (order.index(g.kind), fold(g.entity_name), g.entity_id))


def _gaps_of(
    graph: nx.MultiDiGraph[str], node: str, data: dict[str, Any]
) -> Iterator[tuple[GapKind, Evidence]]:
    """The kinds of gap ``node`` has, each with its evidence."""
    own = citations_of(data)
    incoming = {d["type"] for _, _, d in graph.in_edges(node, data=True)}
    label = data["label"]
    if label == Label.MEASURE.value and not has_owner(graph, node):
        yield GapKind.MEASURE_WITHOUT_OWNER, own
    if label == Label.ACTION_FIELD.value:
        if RelType.RESPONSIBLE_FOR.cypher_type not in incoming:
            yield GapKind.ACTION_FIELD_WITHOUT_RESPONSIBLE, own
        if RelType.OVERSEES.cypher_type not in incoming:
            yield GapKind.ACTION_FIELD_WITHOUT_OVERSIGHT, own
    if label != Label.BODY.value:
        return
    roles = {
        d.get("role") for _, _, d in graph.in_edges(node, data=True) if d["type"] == _MEMBER_OF
    }
    counted = data.get("kind") not in _UNCHAIRED_KINDS
    if counted and Role.CHAIR.value not in roles:
        yield GapKind.BODY_WITHOUT_CHAIR, own
    if data.get("kind") == BodyKind.WORKING_GROUP.value and not _reports(graph, node):
        yield GapKind.WORKING_GROUP_REPORTING_TO_NOBODY, own
    if not roles & _DEPUTY_ROLES:
        mentions = _deputy_mentions(graph, node, data)
        if mentions:
            yield GapKind.DEPUTY_NOT_NAMED, mentions
    if counted and not data.get("rhythm") and data.get("meetings_per_year") is None:
        yield GapKind.BODY_WITHOUT_RHYTHM, own


def _reports(graph: nx.MultiDiGraph[str], node: str) -> bool:
    """Whether ``node`` has a reporting line or is part of another body."""
    for _, target, data in graph.out_edges(node, data=True):
        if data["type"] in GAP_LINES:
            return True
        part_of_body = graph.nodes[target].get("label") == Label.BODY.value
        if data["type"] == RelType.PART_OF.cypher_type and part_of_body:
            return True
    return False


def _deputy_mentions(graph: nx.MultiDiGraph[str], node: str, data: dict[str, Any]) -> Evidence:
    """The citations of ``node`` and its memberships that mention a deputy, in order."""
    carriers = [(data, data.get("tasks") or [])] + [
        (d, [d.get("count_text") or "", d.get("role_text") or ""])
        for _, _, d in sorted(graph.in_edges(node, data=True), key=lambda e: e[0])
        if d["type"] == _MEMBER_OF
    ]
    found: list[tuple[str, str]] = []
    for carrier, texts in carriers:
        citations = citations_of(carrier)
        quoted = [c for c in citations if _mentions_deputy(c[1])]
        if quoted:
            found.extend(quoted)
        elif any(_mentions_deputy(text) for text in texts):
            found.extend(citations)
    return tuple(dict.fromkeys(found))


def _mentions_deputy(text: str) -> bool:
    """Whether ``text`` speaks of a deputy (see `find_gaps`).

    >>> _mentions_deputy("Die Stellvertretung ist verbindlich festzulegen.")
    True
    >>> _mentions_deputy("je zwei Vertreter der Fraktionen")
    False
    >>> _mentions_deputy("bei Verhinderung durch eine Vertreterin")
    True
    """
    words = fold(text).split()
    if any(word.startswith("stellvertret") for word in words):
        return True
    absent = any(word.startswith("verhinder") for word in words)
    return absent and any(word.startswith(("vertretung", "vertreter")) for word in words)
