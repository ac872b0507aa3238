"""The RACI matrix of a city: who is responsible, accountable, consulted and informed per field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any

import networkx as nx

from govgraph.analysis.city_graph import CityGraph, Line
from govgraph.analysis.evidence import Evidence, citations_of
from govgraph.analysis.functions import function_holders
from govgraph.graphmodel.kinds import GovernanceFunction, Label, RelType
from govgraph.graphmodel.rules import UPWARD_LINES
from govgraph.graphmodel.search import fold

__all__ = ["RaciAssignment", "RaciLetter", "RaciMatrix", "raci_matrix"]

_RESPONSIBLE_FOR = RelType.RESPONSIBLE_FOR.cypher_type
_OWNS = RelType.OWNS.cypher_type
_IN_FIELD = RelType.IN_FIELD.cypher_type
_OVERSEES = RelType.OVERSEES.cypher_type
_BASED_ON = RelType.BASED_ON.cypher_type
_MEMBER_OF = RelType.MEMBER_OF.cypher_type
_INFORMS = RelType.INFORMS.cypher_type
_CONSULTING = {
    RelType.ADVISES.cypher_type: "berät {}",
    RelType.RECOMMENDS_TO.cypher_type: "gibt Empfehlungen an {}",
}
_UPWARD = {
    RelType.REPORTS_TO.cypher_type: "erhält Berichte von {}",
    RelType.RECOMMENDS_TO.cypher_type: "erhält Empfehlungen von {}",
    RelType.PREPARES_DECISIONS_FOR.cypher_type: "erhält Entscheidungsvorlagen von {}",
}


class RaciLetter(StrEnum):
    """The four letters of a RACI matrix, in the order a cell lists them."""

    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"

    @property
    def heading(self) -> str:
        """The German name of the letter, for reports.

        >>> RaciLetter.ACCOUNTABLE.heading
        'rechenschaftspflichtig / entscheidet'
        """
        return _HEADINGS[self]

    @property
    def rule(self) -> str:
        """The rule giving the letter, one German sentence.

        >>> RaciLetter.RESPONSIBLE.rule.split(",")[0]
        'Verantwortlich ist die für das Handlungsfeld zuständige Stelle (responsible_for)'
        """
        return _RULES[self]


_HEADINGS = {
    RaciLetter.RESPONSIBLE: "verantwortlich",
    RaciLetter.ACCOUNTABLE: "rechenschaftspflichtig / entscheidet",
    RaciLetter.CONSULTED: "beteiligt (konsultiert)",
    RaciLetter.INFORMED: "informiert",
}
_RULES = {
    RaciLetter.RESPONSIBLE: "Verantwortlich ist die für das Handlungsfeld zuständige Stelle "
    "(responsible_for), ebenso wer eine Maßnahme des Handlungsfelds verantwortet "
    "(owns, in_field).",
    RaciLetter.ACCOUNTABLE: "Rechenschaftspflichtig ist das Gremium, das das Handlungsfeld "
    "begleitet (oversees), ebenso das Steuerungsgremium, das auf demselben Dokument beruht "
    "wie das Handlungsfeld (based_on).",
    RaciLetter.CONSULTED: "Beteiligt ist, wer eine verantwortliche oder rechenschaftspflichtige "
    "Stelle berät (advises) oder ihr Empfehlungen gibt (recommends_to), ebenso der Beirat, "
    "der einem rechenschaftspflichtigen Gremium angehört (member_of).",
    RaciLetter.INFORMED: "Informiert ist, wen eine verantwortliche oder rechenschaftspflichtige "
    "Stelle informiert (informs), ebenso wem ein rechenschaftspflichtiges Gremium berichtet, "
    "empfiehlt oder Entscheidungen vorbereitet (reports_to, recommends_to, "
    "prepares_decisions_for).",
}
_ORDER = {letter: index for index, letter in enumerate(RaciLetter)}


@dataclass(frozen=True)
class RaciAssignment:
    """One letter of one actor for one action field: why (``basis``, German) and the
    citations of the line(s) that give it."""

    action_field_id: str
    actor_id: str
    actor_name: str
    actor_label: str
    letter: RaciLetter
    basis: str
    evidence: Evidence


@dataclass(frozen=True)
class RaciMatrix:
    """The RACI matrix of a city: action fields as rows, actors as columns.

    ``action_fields`` are (id, name) by name; ``actors`` are (id, name, label), those with
    an R first, then A, C, I, each group by name; ``assignments`` go by field, actor and
    letter.
    """

    city_id: str
    action_fields: tuple[tuple[str, str], ...]
    actors: tuple[tuple[str, str, str], ...]
    assignments: tuple[RaciAssignment, ...]

    def letters(self, action_field_id: str, actor_id: str) -> str:
        """The letters of one cell in R, A, C, I order, joined by "/"; "" when none.

        >>> RaciMatrix("x", (), (), ()).letters("hf", "amt")
        ''
        """
        held = self._cells.get((action_field_id, actor_id), set())
        return "/".join(letter.value for letter in RaciLetter if letter in held)

    @cached_property
    def _cells(self) -> dict[tuple[str, str], set[RaciLetter]]:
        """The letters of each (field, actor) cell, from the assignments once."""
        cells: dict[tuple[str, str], set[RaciLetter]] = {}
        for a in self.assignments:
            cells.setdefault((a.action_field_id, a.actor_id), set()).add(a.letter)
        return cells


@dataclass(frozen=True)
class _Found:
    """A letter as one rule gives it; ``rule`` ranks the rules of a letter."""

    actor: str
    letter: RaciLetter
    rule: int
    basis: str
    evidence: Evidence


def raci_matrix(graph: nx.MultiDiGraph[str], city: str) -> RaciMatrix:
    """The RACI matrix of ``city``: each ActionField of it, with who holds which letter.

    Only nodes whose ``city`` is ``city`` (and not ``linked_only``) count, as fields and as
    actors; lines to or from other nodes are ignored. For an action field F:

    - **R**: X with ``X -RESPONSIBLE_FOR-> F``; or X with ``X -OWNS-> M -IN_FIELD-> F``
      for a Measure M. Evidence: that line; or the ``OWNS`` and ``IN_FIELD`` lines.
    - **A**: a Body X with ``X -OVERSEES-> F``; or X filling administrative steering (per
      `function_holders`) with X and F both ``BASED_ON`` one Document D: the steering
      body steers the programme the field belongs to. Evidence: that line; or both
      ``BASED_ON`` lines.
    - **C**: X with ``X -ADVISES-> Y`` or ``X -RECOMMENDS_TO-> Y`` for an R or A actor Y;
      or X filling the advisory council function with ``X -MEMBER_OF-> Y`` (any role)
      for an A actor Y. Evidence: that line.
    - **I**: Y with ``X -INFORMS-> Y`` for an R or A actor X; or Y with an upward line
      (`UPWARD_LINES`) ``X -> Y`` from an A actor X. Evidence: that line.

    An actor may hold several letters for one field, each letter once: where several
    rules give it, the first rule above, then the first basis by name, is kept. A field
    with no letters is still a row.

    Parameters
    ----------
    graph
        A graph whose nodes carry ``label``, ``city`` and ``name`` and whose edges carry
        ``type`` (as stored) and their citations.
    city
        The city id.

    Returns
    -------
    RaciMatrix
        Fields by name; actors by best letter (R, A, C, I), then name; the assignments.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("hf", label="ActionField", city="x", name="Wohnen")
    >>> G.add_node("amt", label="OrgUnit", city="x", name="Wohnungsamt")
    >>> G.add_node("aus", label="Body", kind="committee", city="x", name="Bauausschuss")
    >>> G.add_node("ag", label="Body", kind="working_group", city="x", name="AG Wohnen")
    >>> G.add_edge("amt", "hf", type="RESPONSIBLE_FOR", source_documents=["d"],
    ...            source_quotes=["Zuständig: Wohnungsamt"])
    0
    >>> G.add_edge("aus", "hf", type="OVERSEES", source_documents=["d"],
    ...            source_quotes=["Bauausschuss"])
    0
    >>> G.add_edge("ag", "amt", type="ADVISES", source_documents=["d"],
    ...            source_quotes=["Die AG berät das Wohnungsamt."])
    0
    >>> matrix = raci_matrix(G, "x")
    >>> [name for _, name, _ in matrix.actors]
    ['Wohnungsamt', 'Bauausschuss', 'AG Wohnen']
    >>> [matrix.letters("hf", actor) for actor, _, _ in matrix.actors]
    ['R', 'A', 'C']
    >>> [(a.letter.value, a.basis, a.evidence) for a in matrix.assignments][2]
    ('C', 'berät Wohnungsamt', (('d', 'Die AG berät das Wohnungsamt.'),))
    """
    view = CityGraph(graph, city)
    fields = sorted(
        (n for n, _ in view.own_nodes(Label.ACTION_FIELD)),
        key=lambda n: (fold(graph.nodes[n]["name"]), n),
    )
    holders = function_holders(graph, city)
    steering = {h.entity_id for h in holders[GovernanceFunction.ADMINISTRATIVE_STEERING]}
    advisory = {h.entity_id for h in holders[GovernanceFunction.ADVISORY_COUNCIL]}
    assignments: list[RaciAssignment] = []
    for field in fields:
        kept: dict[tuple[str, RaciLetter], _Found] = {}
        found = _letters_of(view, field, steering, advisory)
        for one in sorted(found, key=lambda f: (f.rule, fold(f.basis), f.basis, f.evidence)):
            kept.setdefault((one.actor, one.letter), one)
        assignments += [
            RaciAssignment(
                field,
                one.actor,
                graph.nodes[one.actor]["name"],
                graph.nodes[one.actor]["label"],
                one.letter,
                one.basis,
                one.evidence,
            )
            for one in kept.values()
        ]
    best: dict[str, int] = {}
    for a in assignments:
        best[a.actor_id] = min(best.get(a.actor_id, len(_ORDER)), _ORDER[a.letter])
    actors = sorted(best, key=lambda n: (best[n], fold(graph.nodes[n]["name"]), n))
    column = {actor: index for index, actor in enumerate(actors)}
    row = {field: index for index, field in enumerate(fields)}
    assignments.sort(key=lambda a: (row[a.action_field_id], column[a.actor_id], _ORDER[a.letter]))
    return RaciMatrix(
        city_id=city,
        action_fields=tuple((f, graph.nodes[f]["name"]) for f in fields),
        actors=tuple((a, graph.nodes[a]["name"], graph.nodes[a]["label"]) for a in actors),
        assignments=tuple(assignments),
    )


def _letters_of(
    view: CityGraph, field: str, steering: set[str], advisory: set[str]
) -> list[_Found]:
    """Every letter each rule gives for ``field`` (with repeats)."""
    r = RaciLetter.RESPONSIBLE
    a = RaciLetter.ACCOUNTABLE
    found: list[_Found] = []
    for source, line in _incoming(view, field, _RESPONSIBLE_FOR):
        found.append(_Found(source, r, 0, "zuständige Stelle", citations_of(line)))
    for measure, placed in _incoming(view, field, _IN_FIELD):
        if view.node(measure)["label"] != Label.MEASURE.value:
            continue
        name = view.node(measure)["name"]
        for owner, owns in _incoming(view, measure, _OWNS):
            evidence = _joined(owns, placed)
            found.append(_Found(owner, r, 1, f"verantwortet Maßnahme „{name}“", evidence))
    for body, line in _incoming(view, field, _OVERSEES):
        if view.node(body)["label"] == Label.BODY.value:
            found.append(_Found(body, a, 0, "zuständiger Ausschuss", citations_of(line)))
    programmes = dict(_outgoing(view, field, _BASED_ON))
    for body in sorted(b for b in steering if view.owns(b)):
        for document, line in _outgoing(view, body, _BASED_ON):
            if document in programmes:
                name = view.node(document)["name"]
                basis = f"Steuerungsgremium auf gemeinsamer Grundlage „{name}“"
                found.append(_Found(body, a, 1, basis, _joined(line, programmes[document])))
    doers = {f.actor for f in found if f.letter is r}
    deciders = {f.actor for f in found if f.letter is a}
    found += _consulted(view, doers | deciders, deciders, advisory)
    found += _informed(view, doers | deciders, deciders)
    return found


def _consulted(
    view: CityGraph,
    heard: set[str],
    deciders: set[str],
    advisory: set[str],
) -> Iterator[_Found]:
    """C: who advises or recommends to ``heard``, and advisory councils in ``deciders``."""
    c = RaciLetter.CONSULTED
    for target in sorted(heard):
        name = view.node(target)["name"]
        for type_, basis in _CONSULTING.items():
            for source, line in _incoming(view, target, type_):
                yield _Found(source, c, 0, basis.format(name), citations_of(line))
    for target in sorted(deciders):
        name = view.node(target)["name"]
        for source, line in _incoming(view, target, _MEMBER_OF):
            if source in advisory:
                yield _Found(source, c, 1, f"Beirat, Mitglied von {name}", citations_of(line))


def _informed(view: CityGraph, telling: set[str], deciders: set[str]) -> Iterator[_Found]:
    """I: whom ``telling`` informs, and to whom ``deciders`` lead upward."""
    i = RaciLetter.INFORMED
    for source in sorted(telling):
        name = view.node(source)["name"]
        for target, line in _outgoing(view, source, _INFORMS):
            yield _Found(target, i, 0, f"wird informiert von {name}", citations_of(line))
    for source in sorted(deciders):
        name = view.node(source)["name"]
        for type_ in sorted(UPWARD_LINES):
            for target, line in _outgoing(view, source, type_):
                yield _Found(target, i, 1, _UPWARD[type_].format(name), citations_of(line))


def _incoming(view: CityGraph, node: str, type_: str) -> list[Line]:
    """The lines of ``type_`` ending at ``node`` from the city's other own nodes, by source."""
    return _own(view, node, view.incoming(node, type_))


def _outgoing(view: CityGraph, node: str, type_: str) -> list[Line]:
    """The lines of ``type_`` from ``node`` to the city's other own nodes, by target."""
    return _own(view, node, view.outgoing(node, type_))


def _own(view: CityGraph, node: str, lines: list[Line]) -> list[Line]:
    return sorted(
        ((n, d) for n, d in lines if view.owns(n) and n != node), key=lambda line: line[0]
    )


def _joined(*lines: dict[str, Any]) -> Evidence:
    """The citations of ``lines``, in order, each once."""
    return tuple(dict.fromkeys(c for line in lines for c in citations_of(line)))
