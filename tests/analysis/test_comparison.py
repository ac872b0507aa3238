"""A city's profile for the comparison: each figure and its rule on the small example city."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support import adding, chained, example_dataset

from govgraph.analysis.comparison import (
    BodyFact,
    ChairSide,
    CityProfile,
    city_profile,
    compare_cities,
)
from govgraph.graphmodel import to_networkx

CITY = "vergleichsstadt"
DOC = f"{CITY}-konzept"
QUOTE = "Die Steuerungsgruppe Integration tagt vierteljährlich."


def profile_of(tmp_path: Path, *edits: Callable[[str], str]) -> CityProfile:
    """The profile of the example city as ``CITY``, its YAML changed by ``edits``."""
    dataset = example_dataset(tmp_path, CITY, chained(*edits))
    return city_profile(to_networkx([dataset]), CITY)


def replacing(old: str, new: str) -> Callable[[str], str]:
    """An edit replacing the first ``old`` (which must occur) by ``new``."""

    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def line(kind: str, source: str, target: str, extra: str = "") -> Callable[[str], str]:
    """An edit adding a relationship of ``kind`` between two entities of the city."""
    return adding(
        "relationships",
        f"""\
  - type: {kind}
    from: {CITY}-{source}
    to: {CITY}-{target}
{extra}    sources:
      - {{document: {DOC}, quote: {QUOTE}}}
""",
    )


def entry(section: str, slug: str, name: str, extra: str = "") -> Callable[[str], str]:
    """An edit adding an entry named ``name`` to ``section``."""
    return adding(
        section,
        f"""\
  - id: {CITY}-{slug}
    name: {name}
{extra}    sources:
      - {{document: {DOC}, quote: {QUOTE}}}
""",
    )


def test_the_example_city_profile(tmp_path: Path) -> None:
    # when
    profile = profile_of(tmp_path)

    # then
    assert (profile.city_id, profile.city_name) == (CITY, "Musterstadt")
    assert (profile.bodies, profile.units) == (5, 3)
    [chair] = profile.steering_chairs
    assert (chair.body_name, chair.chair_name, chair.side) == (
        "Steuerungsgruppe Integration",
        "Oberbürgermeisterin",
        ChairSide.POLITICAL,
    )
    assert chair.evidence == ((DOC, "Den Vorsitz übernimmt die Oberbürgermeisterin."),)
    assert profile.advisory_on_steering is True
    assert profile.rhythms == (
        BodyFact(f"{CITY}-steuerungsgruppe", "Steuerungsgruppe Integration", "vierteljährlich"),
    )
    assert profile.founded == ()
    assert (profile.action_fields, profile.measures, profile.measures_with_owner) == (2, 2, 1)
    assert profile.longest_chain == (
        (f"{CITY}-steuerungsgruppe", "Steuerungsgruppe Integration"),
        (f"{CITY}-stadtrat", "Stadtrat"),
    )
    assert profile.reporting_depth == 1


@pytest.mark.parametrize(
    ("chair", "edits", "side"),
    [
        ("amt-soziales", [], ChairSide.ADMINISTRATIVE),
        (
            "referent",
            [entry("posts", "referent", "Referentin für Soziales")],
            ChairSide.ADMINISTRATIVE,
        ),
        (
            "buergermeister",
            [entry("posts", "buergermeister", "2. Bürgermeister")],
            ChairSide.POLITICAL,
        ),
        ("fraktionen", [], ChairSide.POLITICAL),
        ("integrationsbeirat", [], ChairSide.OTHER),
        ("erika-mustermann", [], ChairSide.POLITICAL),
        ("max", [entry("persons", "max", "Max Muster")], ChairSide.OTHER),
    ],
)
def test_the_side_of_the_steering_chair(
    tmp_path: Path, chair: str, edits: list[Callable[[str], str]], side: ChairSide
) -> None:
    # given: someone else chairs
    rechaired = replacing(
        f"from: {CITY}-oberbuergermeisterin\n    to: {CITY}-steuerungsgruppe\n    role: chair",
        f"from: {CITY}-{chair}\n    to: {CITY}-steuerungsgruppe\n    role: chair",
    )

    # when
    [found] = profile_of(tmp_path, *edits, rechaired).steering_chairs

    # then
    assert (found.chair_id, found.side) == (f"{CITY}-{chair}", side)


def test_an_unknown_chair_stays_unknown(tmp_path: Path) -> None:
    # given
    unchaired = replacing("    role: chair\n", "    role: member\n")

    # when
    [chair] = profile_of(tmp_path, unchaired).steering_chairs

    # then
    assert (chair.chair_id, chair.chair_name, chair.side) == (None, None, ChairSide.UNKNOWN)
    assert chair.evidence == ((DOC, QUOTE),)


def test_the_advisory_council_or_its_chair_on_the_steering_body(tmp_path: Path) -> None:
    # given
    off = replacing(
        f"from: {CITY}-integrationsbeirat\n    to: {CITY}-steuerungsgruppe",
        f"from: {CITY}-integrationsbeirat\n    to: {CITY}-sozialausschuss",
    )
    chair_of_council = entry("posts", "beiratsvorsitz", "Vorsitz des Integrationsbeirats")
    chairs = line("member_of", "beiratsvorsitz", "integrationsbeirat", "    role: chair\n")
    sits = line("member_of", "beiratsvorsitz", "steuerungsgruppe", "    role: member\n")
    no_council = replacing("    kind: advisory_council\n", "    kind: forum\n")

    for folder in "abc":
        (tmp_path / folder).mkdir()

    # when
    absent = profile_of(tmp_path / "a", off).advisory_on_steering
    by_chair = profile_of(tmp_path / "b", off, chair_of_council, chairs, sits).advisory_on_steering
    none = profile_of(tmp_path / "c", no_council).advisory_on_steering

    # then
    assert (absent, by_chair, none) == (False, True, None)


def test_meetings_a_year_stand_in_for_a_missing_rhythm_and_founding_dates(
    tmp_path: Path,
) -> None:
    # given
    no_text = replacing("    rhythm: vierteljährlich\n", "    established: 2019-03-12\n")

    # when
    profile = profile_of(tmp_path, no_text)

    # then
    assert [(f.body_name, f.text) for f in profile.rhythms] == [
        ("Steuerungsgruppe Integration", "4× im Jahr")
    ]
    assert [(f.body_name, f.text) for f in profile.founded] == [
        ("Steuerungsgruppe Integration", "2019-03-12")
    ]


def test_the_longest_way_up_counts_and_ends_at_the_mayor_too(tmp_path: Path) -> None:
    # given: AG → Steuerungsgruppe → Stadtrat, and a Beirat preparing the mayor's decisions
    group = entry("bodies", "ag", "AG Sprache", "    kind: working_group\n")
    reports = line("reports_to", "ag", "steuerungsgruppe")
    to_mayor = line("prepares_decisions_for", "integrationsbeirat", "oberbuergermeisterin")
    circle = line("recommends_to", "stadtrat", "ag")

    # when
    profile = profile_of(tmp_path, group, reports, to_mayor, circle)

    # then
    assert [name for _, name in profile.longest_chain] == [
        "AG Sprache",
        "Steuerungsgruppe Integration",
        "Stadtrat",
    ]
    assert profile.reporting_depth == 2


def test_without_council_or_mayor_no_chain(tmp_path: Path) -> None:
    # given
    no_council = replacing("    kind: council\n", "    kind: forum\n")
    no_mayor = replacing("name: Oberbürgermeisterin\n", "name: Leiterin\n")

    # when
    profile = profile_of(tmp_path, no_council, no_mayor)

    # then
    assert (profile.longest_chain, profile.reporting_depth) == ((), None)


def test_compare_cities_keeps_the_order_asked_for(tmp_path: Path) -> None:
    # given
    graph = to_networkx([example_dataset(tmp_path, "astadt"), example_dataset(tmp_path, "bstadt")])

    # when
    profiles = compare_cities(graph, ["bstadt", "astadt"])

    # then
    assert [p.city_id for p in profiles] == ["bstadt", "astadt"]
    assert profiles[0].steering_chairs[0].body_id == "bstadt-steuerungsgruppe"
