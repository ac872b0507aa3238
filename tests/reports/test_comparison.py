"""The rows of the comparison report, on small profiles built by hand and from a graph."""

from __future__ import annotations

from dataclasses import replace

import networkx as nx
from support import COMPARISON_ROWS

from govgraph.analysis.comparison import (
    BodyFact,
    ChairSide,
    CityProfile,
    SteeringChair,
    city_profile,
)
from govgraph.analysis.functions import CLAIMED, FunctionHolder
from govgraph.graphmodel import GovernanceFunction
from govgraph.reports.comparison import COMPARISON_NOTES, comparison_report

EVIDENCE = (("d", "Zitat"),)


def _holder(function: GovernanceFunction, id_: str, name: str) -> FunctionHolder:
    return FunctionHolder(function, id_, name, "Body", CLAIMED, EVIDENCE)


def _profile(**changes: object) -> CityProfile:
    """A profile of city ``x`` with nothing in it, changed by ``changes``."""
    empty = CityProfile(
        city_id="x",
        city_name="X-Stadt",
        functions={function: [] for function in GovernanceFunction},
        bodies=0,
        units=0,
        steering_chairs=(),
        advisory_on_steering=None,
        rhythms=(),
        founded=(),
        action_fields=0,
        measures=0,
        measures_with_owner=0,
        longest_chain=(),
    )
    return replace(empty, **changes)  # type: ignore[arg-type]


def _cells(profile: CityProfile) -> dict[str, str]:
    report = comparison_report([profile])
    return {label: cell for label, cell in report.rows}


def test_an_empty_city_has_a_dash_or_zero_in_every_row() -> None:
    # when
    report = comparison_report([_profile()])

    # then
    assert report.title == "Strukturvergleich: X-Stadt"
    assert list(report.headers) == ["", "X-Stadt"]
    assert report.sheet == "Vergleich"
    assert list(report.notes) == list(COMPARISON_NOTES)
    assert [row[0] for row in report.rows] == COMPARISON_ROWS
    cells = {label: cell for label, cell in report.rows}
    assert {cells[label] for label in COMPARISON_ROWS[:10]} == {"—"}
    assert [cells[label] for label in COMPARISON_ROWS[10:]] == [
        "0",
        "0",
        "—",
        "—",
        "—",
        "—",
        "0",
        "0",
        "—",
        "—",
    ]


def test_holders_are_joined_in_their_order() -> None:
    # given
    groups = [
        _holder(GovernanceFunction.WORKING_GROUPS, "a", "AG Arbeit"),
        _holder(GovernanceFunction.WORKING_GROUPS, "s", "AG Sprache"),
    ]
    functions: dict[GovernanceFunction, list[FunctionHolder]] = {
        function: [] for function in GovernanceFunction
    }
    functions[GovernanceFunction.WORKING_GROUPS] = groups

    # when
    cells = _cells(_profile(functions=functions))

    # then
    assert cells["Arbeitsgruppen"] == "AG Arbeit; AG Sprache"
    assert cells["Monitoring"] == "—"


def test_chairs_name_their_side_and_their_body_when_there_are_several() -> None:
    # given
    one = (
        SteeringChair(
            "lk", "Lenkungskreis", "ob", "Oberbürgermeisterin", ChairSide.POLITICAL, EVIDENCE
        ),
    )
    several = (
        *one,
        SteeringChair("sg", "Steuerungsgruppe", None, None, ChairSide.UNKNOWN, EVIDENCE),
        SteeringChair("ag", "AG Steuerung", "amt", "Sozialamt", ChairSide.ADMINISTRATIVE, EVIDENCE),
    )

    # when
    single = _cells(_profile(steering_chairs=one))
    many = _cells(_profile(steering_chairs=several))

    # then
    assert single["Vorsitz Steuerungsgremium"] == "Oberbürgermeisterin (politisch)"
    assert many["Vorsitz Steuerungsgremium"] == (
        "Lenkungskreis: Oberbürgermeisterin (politisch); Steuerungsgruppe: unbekannt; "
        "AG Steuerung: Sozialamt (Verwaltung)"
    )


def test_advisory_council_rhythms_and_founding() -> None:
    # given
    rhythms = (BodyFact("b", "Beirat", "monatlich"), BodyFact("lk", "Lenkungskreis", "4× im Jahr"))
    founded = (BodyFact("lk", "Lenkungskreis", "2019-03-12"),)

    # when
    seated = _cells(_profile(advisory_on_steering=True, rhythms=rhythms, founded=founded))
    apart = _cells(_profile(advisory_on_steering=False))

    # then
    assert seated["Beirat im Steuerungsgremium"] == "ja"
    assert apart["Beirat im Steuerungsgremium"] == "nicht genannt"
    assert seated["Sitzungsrhythmus"] == "Beirat: monatlich; Lenkungskreis: 4× im Jahr"
    assert seated["Gründung"] == "Lenkungskreis: 2019-03-12"


def test_share_of_measures_with_owner_is_rounded_half_up() -> None:
    # when
    cells = [
        _cells(_profile(measures=total, measures_with_owner=owned))[
            "Maßnahmen mit Verantwortlichen"
        ]
        for owned, total in ((5, 10), (1, 8), (2, 3), (0, 4))
    ]

    # then
    assert cells == ["5 von 10 (50 %)", "1 von 8 (13 %)", "2 von 3 (67 %)", "0 von 4 (0 %)"]


def test_reporting_chain_from_a_graph() -> None:
    # given
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("x", label="City", city="x", name="X-Stadt")
    graph.add_node("rat", label="Body", kind="council", city="x", name="Stadtrat")
    graph.add_node("lk", label="Body", kind="steering", city="x", name="Lenkungskreis")
    graph.add_node("ag", label="Body", kind="working_group", city="x", name="AG Sprache")
    graph.add_edge("ag", "lk", type="REPORTS_TO")
    graph.add_edge("lk", "rat", type="RECOMMENDS_TO")

    # when
    cells = _cells(city_profile(graph, "x"))

    # then
    assert cells["Tiefe der Berichtskette"] == "2 (AG Sprache → Lenkungskreis → Stadtrat)"
    assert cells["Verwaltungssteuerung"] == "Lenkungskreis"
    assert cells["Vorsitz Steuerungsgremium"] == "unbekannt"
    assert cells["Gremien"] == "3"


def test_cities_are_columns_in_the_order_given() -> None:
    # when
    report = comparison_report([_profile(city_name="B", bodies=2), _profile(city_name="A")])

    # then
    assert report.title == "Strukturvergleich: B, A"
    assert list(report.headers) == ["", "B", "A"]
    assert report.rows[10] == ["Gremien", "2", "0"]
