"""The comparison of cities as a report: functions × cities, then structural figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import networkx as nx

from govgraph.analysis.comparison import (
    BodyFact,
    ChairSide,
    CityProfile,
    SteeringChair,
    compare_cities,
)
from govgraph.analysis.functions import CLAIMED, FunctionHolder
from govgraph.graphmodel.kinds import GovernanceFunction
from govgraph.reports.kind import CityChoice, ReportKind
from govgraph.reports.report import Report

__all__ = ["COMPARISON_NOTES", "NONE", "REPORT", "comparison_report"]

NONE = "—"
"""The cell of a function nobody fills, or of a figure the documents do not give."""

COMPARISON_NOTES = (
    "Funktionen: Jedes Gremium, jede Organisationseinheit und jede Stelle erfüllt, was Art "
    "und Beziehungen sagen: Rat – Politische Entscheidung; Ausschuss oder Senat – Politische "
    "Begleitung im Ausschuss; Steuerungsgremium – Verwaltungssteuerung; Arbeitsgruppe, Beirat, "
    "Forum, Netzwerk – die gleichnamige Funktion; eine als Koordinationsstelle markierte "
    "Organisationseinheit oder die Einheit/Stelle, die ein Steuerungsgremium organisiert "
    "(Geschäftsführung) – Koordination; ein Gremium, dessen Name Monitoring nennt, oder wer eine "
    "solche Maßnahme verantwortet – Monitoring; eine Stelle, die die Dienststellen benennen – "
    f"Integrationsverantwortliche. Ordnen die Daten einer Stelle Funktionen ausdrücklich und "
    f"belegt zu („{CLAIMED}“), erfüllt sie genau diese. {NONE}: Die Dokumente nennen niemanden.",
    "Vorsitz Steuerungsgremium: „politisch“ ist ein Rat, Ausschuss oder eine Fraktion, eine "
    "Stelle mit „Bürgermeister“ im Namen und wer sie innehat; „Verwaltung“ ein Referat oder Amt "
    "und jede andere Stelle und wer sie innehat; „sonstige“ jedes andere Gremium und jede andere "
    "Einheit; „unbekannt“: Die Dokumente nennen keinen Vorsitz.",
    "Beirat im Steuerungsgremium: „ja“, wenn der Beirat oder sein Vorsitz Mitglied eines "
    f"Steuerungsgremiums ist; „nicht genannt“, wenn die Dokumente das nicht sagen; {NONE}: Die "
    "Stadt hat keinen Beirat oder kein Steuerungsgremium.",
    "Sitzungsrhythmus und Gründung wie in den Dokumenten geschrieben (Rhythmus, sonst Sitzungen "
    "im Jahr; Gründungsdatum, sonst Beginn der Gültigkeit). Maßnahmen mit Verantwortlichen: "
    "Maßnahmen, die jemand verantwortet (eine Einheit, ein Gremium oder eine Stelle).",
    "Tiefe der Berichtskette: Von allen Gremien, Einheiten und Stellen der Stadt die, deren "
    "kürzester Weg nach oben (berichtet an, empfiehlt, bereitet Entscheidungen vor) zum Rat "
    "oder zum Oberbürgermeister am längsten ist; die Zahl nennt die Schritte. "
    f"{NONE}: Kein solcher Weg erreicht Rat oder Oberbürgermeister.",
)
"""The legend below the comparison, in German (the rules of `function_holders` and
`city_profile`)."""

_UNKNOWN = ChairSide.UNKNOWN.value
_Cell = Callable[[CityProfile], str]


def _build(graph: nx.MultiDiGraph[str], cities: list[str]) -> Report:
    return comparison_report(compare_cities(graph, cities))


REPORT = ReportKind(
    "compare",
    "Strukturvergleich der Funktionen und Kennzahlen",
    "Vergleichen",
    "Compare cities: who fills each governance function, and structural figures.",
    CityChoice.SEVERAL,
    _build,
)
"""``govgraph compare`` and ``/analysis/compare?city=…&city=…``."""


def comparison_report(profiles: Sequence[CityProfile]) -> Report:
    """The profiles side by side: a column per city, a row per function, then the figures.

    Examples
    --------
    >>> import networkx as nx
    >>> from govgraph.analysis.comparison import city_profile
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("x", label="City", city="x", name="X")
    >>> G.add_node("rat", label="Body", kind="council", city="x", name="Stadtrat")
    >>> G.add_node("lk", label="Body", kind="steering", city="x", name="Lenkungskreis")
    >>> G.add_edge("lk", "rat", type="RECOMMENDS_TO")
    0
    >>> report = comparison_report([city_profile(G, "x")])
    >>> report.headers
    ['', 'X']
    >>> report.rows[2]
    ['Verwaltungssteuerung', 'Lenkungskreis']
    >>> report.rows[-1]
    ['Tiefe der Berichtskette', '1 (Lenkungskreis → Stadtrat)']
    """
    names = [profile.city_name for profile in profiles]
    rows = [
        [function.heading, *(_holders(p.functions[function]) for p in profiles)]
        for function in GovernanceFunction
    ]
    figures: list[tuple[str, _Cell]] = [
        ("Gremien", lambda p: str(p.bodies)),
        ("Organisationseinheiten", lambda p: str(p.units)),
        ("Vorsitz Steuerungsgremium", lambda p: _chairs(p.steering_chairs)),
        ("Beirat im Steuerungsgremium", lambda p: _seated(p.advisory_on_steering)),
        ("Sitzungsrhythmus", lambda p: _facts(p.rhythms)),
        ("Gründung", lambda p: _facts(p.founded)),
        ("Handlungsfelder", lambda p: str(p.action_fields)),
        ("Maßnahmen", lambda p: str(p.measures)),
        ("Maßnahmen mit Verantwortlichen", _owned),
        ("Tiefe der Berichtskette", _chain),
    ]
    rows += [[label, *(cell(p) for p in profiles)] for label, cell in figures]
    return Report(
        f"Strukturvergleich: {', '.join(names)}", ["", *names], rows, COMPARISON_NOTES, "Vergleich"
    )


def _holders(holders: Sequence[FunctionHolder]) -> str:
    return "; ".join(h.entity_name for h in holders) or NONE


def _chairs(chairs: Sequence[SteeringChair]) -> str:
    """Each chair as „name (side)“ or „unbekannt“, after its body's name when there are several
    steering bodies."""
    several = len({chair.body_id for chair in chairs}) > 1
    cells = [
        (f"{chair.body_name}: " if several else "")
        + (f"{chair.chair_name} ({chair.side.value})" if chair.chair_name else _UNKNOWN)
        for chair in chairs
    ]
    return "; ".join(cells) or NONE


def _seated(seated: bool | None) -> str:
    if seated is None:
        return NONE
    return "ja" if seated else "nicht genannt"


def _facts(facts: Sequence[BodyFact]) -> str:
    return "; ".join(f"{fact.body_name}: {fact.text}" for fact in facts) or NONE


def _owned(profile: CityProfile) -> str:
    """„5 von 10 (50 %)“, the share rounded half up; „—“ without measures."""
    owned, total = profile.measures_with_owner, profile.measures
    if not total:
        return NONE
    return f"{owned} von {total} ({(200 * owned + total) // (2 * total)} %)"


def _chain(profile: CityProfile) -> str:
    if profile.reporting_depth is None:
        return NONE
    way = " → ".join(name for _, name in profile.longest_chain)
    return f"{profile.reporting_depth} ({way})"
