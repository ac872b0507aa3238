"""Governance gaps of a city: what its documents leave open, each with what they do say."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import networkx as nx

from govgraph.analysis.city_graph import CityGraph
from govgraph.analysis.evidence import Evidence, citations_of
from govgraph.graphmodel.kinds import BodyKind, Label, RelType, Role
from govgraph.graphmodel.rules import MEMBERSHIP, REPORTING_LINES, rhythm_of
from govgraph.graphmodel.search import fold

__all__ = ["Gap", "GapKind", "find_gaps"]

_UNCHAIRED_KINDS = frozenset({BodyKind.COUNCIL.value, BodyKind.PARTY_GROUP.value})
_DEPUTY_ROLES = frozenset({Role.DEPUTY_CHAIR.value, Role.SUBSTITUTE.value})


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
      outgoing line of `REPORTING_LINES` and no outgoing ``PART_OF`` to another Body.
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
    view = CityGraph(graph, city)
    gaps = [
        Gap(kind, node, data["name"], data["label"], kind.message, evidence)
        for node, data in view.own_nodes()
        for kind, evidence in _gaps_of(view, node, data)
    ]
    order = list(GapKind)
    return sorted(gaps, key=lambda g: (order.index(g.kind), fold(g.entity_name), g.entity_id))


def _gaps_of(
    view: CityGraph, node: str, data: dict[str, Any]
) -> Iterator[tuple[GapKind, Evidence]]:
    """The kinds of gap ``node`` has, each with its evidence."""
    own = citations_of(data)
    incoming = {d["type"] for _, d in view.incoming(node)}
    label = data["label"]
    if label == Label.MEASURE.value and not view.has_owner(node):
        yield GapKind.MEASURE_WITHOUT_OWNER, own
    if label == Label.ACTION_FIELD.value:
        if RelType.RESPONSIBLE_FOR.cypher_type not in incoming:
            yield GapKind.ACTION_FIELD_WITHOUT_RESPONSIBLE, own
        if RelType.OVERSEES.cypher_type not in incoming:
            yield GapKind.ACTION_FIELD_WITHOUT_OVERSIGHT, own
    if label != Label.BODY.value:
        return
    roles = {d.get("role") for _, d in view.incoming(node, MEMBERSHIP)}
    counted = data.get("kind") not in _UNCHAIRED_KINDS
    if counted and not view.chairs(node):
        yield GapKind.BODY_WITHOUT_CHAIR, own
    if data.get("kind") == BodyKind.WORKING_GROUP.value and not _reports(view, node):
        yield GapKind.WORKING_GROUP_REPORTING_TO_NOBODY, own
    if not roles & _DEPUTY_ROLES:
        mentions = _deputy_mentions(view, node, data)
        if mentions:
            yield GapKind.DEPUTY_NOT_NAMED, mentions
    if counted and rhythm_of(data) is None:
        yield GapKind.BODY_WITHOUT_RHYTHM, own


def _reports(view: CityGraph, node: str) -> bool:
    """Whether ``node`` has a reporting line or is part of another body."""
    if view.outgoing(node, *REPORTING_LINES):
        return True
    return any(
        view.node(target).get("label") == Label.BODY.value
        for target, _ in view.outgoing(node, RelType.PART_OF)
    )


def _deputy_mentions(view: CityGraph, node: str, data: dict[str, Any]) -> Evidence:
    """The citations of ``node`` and its memberships that mention a deputy, in order."""
    carriers = [(data, data.get("tasks") or [])] + [
        (d, [d.get("count_text") or "", d.get("role_text") or ""])
        for _, d in sorted(view.incoming(node, MEMBERSHIP), key=lambda line: line[0])
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
