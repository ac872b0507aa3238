"""The governance gaps, each kind on the small example city, and filled gaps going away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support import chained, example_dataset

from govgraph.analysis.gaps import Gap, GapKind, find_gaps
from govgraph.graphmodel import to_networkx
from govgraph.queries import QueryExecutor, read_city_graph

CITY = "lueckenstadt"
DOC = f"{CITY}-konzept"

WORKING_GROUP = """\
  - id: lueckenstadt-ag-sprache
    name: AG Sprache
    kind: working_group
    rhythm: monatlich
    sources:
      - {document: lueckenstadt-konzept, quote: Die AG Sprache trifft sich monatlich.}
"""
CHAIR_OF_WORKING_GROUP = """\
  - type: member_of
    from: lueckenstadt-amt-soziales
    to: lueckenstadt-ag-sprache
    role: chair
    sources:
      - {document: lueckenstadt-konzept, quote: die Leitung des Amtes für Soziales}
"""


def gaps_of(tmp_path: Path, edit: Callable[[str], str] = str) -> list[Gap]:
    """The gaps of the example city as ``CITY``, its YAML changed by ``edit``."""
    return find_gaps(to_networkx([example_dataset(tmp_path, CITY, edit)]), CITY)


def found(tmp_path: Path, edit: Callable[[str], str] = str) -> set[tuple[GapKind, str]]:
    """The (kind, entity id) pairs of the gaps."""
    return {(gap.kind, gap.entity_id) for gap in gaps_of(tmp_path, edit)}


def with_bodies(yaml: str) -> Callable[[str], str]:
    """An edit adding body entries."""
    return lambda text: text.replace("\nposts:\n", f"\n{yaml}\nposts:\n")


def with_relationships(yaml: str) -> Callable[[str], str]:
    """An edit adding relationships (the last section of the example)."""
    return lambda text: text.rstrip("\n") + "\n" + yaml


def test_example_city_has_these_gaps_in_order(tmp_path: Path) -> None:
    # when
    gaps = gaps_of(tmp_path)

    # then
    assert [(g.kind, g.entity_id) for g in gaps] == [
        (GapKind.MEASURE_WITHOUT_OWNER, f"{CITY}-m-integrationsbericht"),
        (GapKind.BODY_WITHOUT_CHAIR, f"{CITY}-integrationsbeirat"),
        (GapKind.BODY_WITHOUT_CHAIR, f"{CITY}-sozialausschuss"),
        (GapKind.ACTION_FIELD_WITHOUT_RESPONSIBLE, f"{CITY}-hf-arbeit"),
        (GapKind.ACTION_FIELD_WITHOUT_OVERSIGHT, f"{CITY}-hf-arbeit"),
        (GapKind.BODY_WITHOUT_RHYTHM, f"{CITY}-integrationsbeirat"),
        (GapKind.BODY_WITHOUT_RHYTHM, f"{CITY}-sozialausschuss"),
    ]
    assert gaps[0] == Gap(
        kind=GapKind.MEASURE_WITHOUT_OWNER,
        entity_id=f"{CITY}-m-integrationsbericht",
        entity_name="Integrationsbericht",
        label="Measure",
        message="Keine verantwortliche Stelle benannt",
        evidence=((DOC, "Maßnahme: Integrationsbericht."),),
    )
    assert gaps[3].evidence == ((DOC, "Handlungsfeld Arbeit: die Zuständigkeit ist noch offen."),)


def test_an_owned_measure_is_no_gap(tmp_path: Path) -> None:
    # given
    owns = with_relationships("""\
  - type: owns
    from: lueckenstadt-stabsstelle-integration
    to: lueckenstadt-m-integrationsbericht
    sources:
      - {document: lueckenstadt-konzept, quote: "Maßnahme: Integrationsbericht."}
""")

    # when
    gaps = found(tmp_path, owns)

    # then
    assert not {kind for kind, _ in gaps} & {GapKind.MEASURE_WITHOUT_OWNER}


def test_body_without_chair_leaves_out_councils_and_party_groups(tmp_path: Path) -> None:
    # given
    chair = with_relationships("""\
  - type: member_of
    from: lueckenstadt-oberbuergermeisterin
    to: lueckenstadt-sozialausschuss
    role: chair
    sources:
      - {document: lueckenstadt-konzept, quote: Den Vorsitz übernimmt die Oberbürgermeisterin.}
""")

    # when
    before = found(tmp_path)
    after = found(tmp_path, chair)

    # then
    chairless = {id_ for kind, id_ in before if kind is GapKind.BODY_WITHOUT_CHAIR}
    assert chairless == {f"{CITY}-integrationsbeirat", f"{CITY}-sozialausschuss"}
    assert (GapKind.BODY_WITHOUT_CHAIR, f"{CITY}-sozialausschuss") not in after
    assert (GapKind.BODY_WITHOUT_CHAIR, f"{CITY}-integrationsbeirat") in after


def test_action_field_needs_a_responsible_unit_and_an_overseeing_body(tmp_path: Path) -> None:
    # given
    responsible = with_relationships("""\
  - type: responsible_for
    from: lueckenstadt-stabsstelle-integration
    to: lueckenstadt-hf-arbeit
    sources:
      - {document: lueckenstadt-konzept, quote: Stabsstelle Integration}
""")
    overseen = with_relationships("""\
  - type: oversees
    from: lueckenstadt-sozialausschuss
    to: lueckenstadt-hf-arbeit
    sources:
      - {document: lueckenstadt-konzept, quote: zuständig ist der Sozialausschuss}
""")

    # when
    with_unit = found(tmp_path, responsible)
    with_both = found(tmp_path, chained(responsible, overseen))

    # then
    arbeit = f"{CITY}-hf-arbeit"
    assert (GapKind.ACTION_FIELD_WITHOUT_RESPONSIBLE, arbeit) not in with_unit
    assert (GapKind.ACTION_FIELD_WITHOUT_OVERSIGHT, arbeit) in with_unit
    assert not {id_ for _, id_ in with_both} & {arbeit}


def test_working_group_reporting_to_nobody(tmp_path: Path) -> None:
    # given
    group = chained(with_bodies(WORKING_GROUP), with_relationships(CHAIR_OF_WORKING_GROUP))

    # when
    gaps = [g for g in gaps_of(tmp_path, group) if g.entity_id == f"{CITY}-ag-sprache"]

    # then
    assert gaps == [
        Gap(
            kind=GapKind.WORKING_GROUP_REPORTING_TO_NOBODY,
            entity_id=f"{CITY}-ag-sprache",
            entity_name="AG Sprache",
            label="Body",
            message="Berichtet an kein Gremium und keine Stelle",
            evidence=((DOC, "Die AG Sprache trifft sich monatlich."),),
        )
    ]


@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("reports_to", "lueckenstadt-steuerungsgruppe"),
        ("informs", "lueckenstadt-stabsstelle-integration"),
        ("part_of", "lueckenstadt-steuerungsgruppe"),
    ],
)
def test_working_group_with_a_line_or_a_parent_body_is_no_gap(
    tmp_path: Path, line: str, target: str
) -> None:
    # given
    reports = with_relationships(f"""\
  - type: {line}
    from: lueckenstadt-ag-sprache
    to: {target}
    sources:
      - {{document: lueckenstadt-konzept, quote: Die AG Sprache trifft sich monatlich.}}
""")
    group = chained(with_bodies(WORKING_GROUP), with_relationships(CHAIR_OF_WORKING_GROUP), reports)

    # when
    gaps = found(tmp_path, group)

    # then
    assert not {id_ for _, id_ in gaps} & {f"{CITY}-ag-sprache"}


def test_part_of_a_unit_is_no_reporting_line(tmp_path: Path) -> None:
    # given
    group = chained(
        with_bodies(WORKING_GROUP),
        with_relationships(CHAIR_OF_WORKING_GROUP),
        with_relationships("""\
  - type: part_of
    from: lueckenstadt-ag-sprache
    to: lueckenstadt-amt-soziales
    sources:
      - {document: lueckenstadt-konzept, quote: Die AG Sprache trifft sich monatlich.}
"""),
    )

    # when
    gaps = found(tmp_path, group)

    # then
    assert (GapKind.WORKING_GROUP_REPORTING_TO_NOBODY, f"{CITY}-ag-sprache") in gaps


def mention_deputy(text: str) -> str:
    """An edit: the steering group's source says a deputy is to be named."""
    quote = "Die Steuerungsgruppe Integration tagt vierteljährlich.}"
    mention = "Die Stellvertretung ist verbindlich festzulegen.}"
    return text.replace(quote, f"{quote}\n      - {{document: {CITY}-konzept, quote: {mention}")


DEPUTY = """\
  - type: member_of
    from: lueckenstadt-referat-soziales
    to: lueckenstadt-steuerungsgruppe
    role: ROLE
    sources:
      - {document: lueckenstadt-konzept, quote: im Referat für Soziales}
"""


def test_a_deputy_mentioned_but_not_named_cites_the_mention(tmp_path: Path) -> None:
    # when
    gaps = [g for g in gaps_of(tmp_path, mention_deputy) if g.kind is GapKind.DEPUTY_NOT_NAMED]

    # then
    assert gaps == [
        Gap(
            kind=GapKind.DEPUTY_NOT_NAMED,
            entity_id=f"{CITY}-steuerungsgruppe",
            entity_name="Steuerungsgruppe Integration",
            label="Body",
            message="Stellvertretung erwähnt, aber nicht benannt",
            evidence=((DOC, "Die Stellvertretung ist verbindlich festzulegen."),),
        )
    ]


def test_a_deputy_in_a_membership_count_cites_the_membership(tmp_path: Path) -> None:
    # given
    count = with_relationships(
        DEPUTY.replace("ROLE", "member")
        + "    count_text: ein Mitglied sowie eine Stellvertretung\n"
    )

    # when
    gaps = [g for g in gaps_of(tmp_path, count) if g.kind is GapKind.DEPUTY_NOT_NAMED]

    # then
    assert [(g.entity_id, g.evidence) for g in gaps] == [
        (f"{CITY}-steuerungsgruppe", ((DOC, "im Referat für Soziales"),))
    ]


@pytest.mark.parametrize("role", ["deputy_chair", "substitute"])
def test_a_named_deputy_fills_the_gap(tmp_path: Path, role: str) -> None:
    # given
    named = chained(mention_deputy, with_relationships(DEPUTY.replace("ROLE", role)))

    # when
    gaps = found(tmp_path, named)

    # then
    assert not {kind for kind, _ in gaps} & {GapKind.DEPUTY_NOT_NAMED}


def test_representatives_are_no_deputies(tmp_path: Path) -> None:
    # given: the example's "je zwei Vertreter der Fraktionen", "eine Vertretung des …"
    absent = with_relationships(
        DEPUTY.replace("ROLE", "member").replace(
            "im Referat für Soziales", "bei Verhinderung eine Vertreterin"
        )
    )

    # when
    plain = found(tmp_path)
    in_absence = found(tmp_path, absent)

    # then
    assert not {kind for kind, _ in plain} & {GapKind.DEPUTY_NOT_NAMED}
    assert (GapKind.DEPUTY_NOT_NAMED, f"{CITY}-steuerungsgruppe") in in_absence


@pytest.mark.parametrize("stated", ["rhythm: jährlich", "meetings_per_year: 1"])
def test_a_stated_rhythm_fills_the_gap(tmp_path: Path, stated: str) -> None:
    # given
    def rhythm(text: str) -> str:
        return text.replace("    kind: committee\n", f"    kind: committee\n    {stated}\n")

    # when
    gaps = found(tmp_path, rhythm)

    # then
    assert (GapKind.BODY_WITHOUT_RHYTHM, f"{CITY}-sozialausschuss") not in gaps
    assert (GapKind.BODY_WITHOUT_RHYTHM, f"{CITY}-integrationsbeirat") in gaps


def test_measures_without_owner_agree_with_the_question(five_cities: QueryExecutor) -> None:
    # given
    cities = ["bamberg", "braunschweig", "erlangen", "magdeburg", "nuernberg"]
    graph = read_city_graph(five_cities, cities)

    for city in cities:
        # when
        gaps = find_gaps(graph, city)
        asked = five_cities.many("measures_without_owner", city=city, first=10_000, offset=0)

        # then
        owned_by_nobody = {g.entity_id for g in gaps if g.kind is GapKind.MEASURE_WITHOUT_OWNER}
        assert owned_by_nobody == {row["id"] for row in asked}, city
