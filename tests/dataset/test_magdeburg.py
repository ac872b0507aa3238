"""Magdeburg as the analysts check it first, from the loaded store."""

from __future__ import annotations

from support import entity

from govgraph.queries import QueryExecutor

GRUPPE = "magdeburg-projektgruppe-integration"


def test_composition_by_dezernat_and_bereich_ob(five_cities: QueryExecutor) -> None:
    # when
    members = five_cities.many("members", bodies=[GRUPPE])

    # then
    regular = {m["member"] for m in members if m["role"] == "member"}
    assert regular == {
        "magdeburg-amt-16",
        "magdeburg-oeffentlichkeitsarbeit",
        "magdeburg-fb-32",
        "magdeburg-team-1",
        "magdeburg-iv-01",
        "magdeburg-amt-50",
        "magdeburg-amt-51",
        "magdeburg-amt-61",
        "magdeburg-koordinator-integration-zuwanderung",
        "magdeburg-buero-des-oberbuergermeisters",
    }
    assert {m["member"] for m in members if m["role"] == "guest"} == {
        "magdeburg-arge",
        "magdeburg-weitere-staedtische-unternehmen",
        "magdeburg-beauftragte-des-stadtrates",
    }


def test_mandate_rhythm_and_lines(five_cities: QueryExecutor) -> None:
    # when
    gruppe = entity(five_cities, GRUPPE)
    lines = five_cities.many("reporting_lines", city="magdeburg")

    # then
    assert gruppe is not None
    assert gruppe["properties"]["mandate"] == "recommending"
    assert gruppe["properties"]["rhythm"] == "vierteljährlich"
    assert gruppe["properties"]["meetings_per_year"] == 4
    assert {(r["source"], r["type"], r["target"]) for r in lines} >= {
        (GRUPPE, "PREPARES_DECISIONS_FOR", "magdeburg-oberbuergermeister"),
        ("magdeburg-koordinator-integration-zuwanderung", "INFORMS", "magdeburg-beirat"),
    }


def test_the_koordinator_organises_it(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many("relationships_of", ids=[GRUPPE])

    # then
    assert ("ORGANISES", False, "magdeburg-koordinator-integration-zuwanderung") in {
        (r["type"], r["outgoing"], r["other"]) for r in rels
    }


def test_netzwerk_has_three_working_groups(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many(
        "relationships_of", ids=["magdeburg-netzwerk-integrations-und-auslaenderarbeit"]
    )

    # then
    assert {r["other"] for r in rels if r["type"] == "PART_OF" and not r["outgoing"]} == {
        "magdeburg-ag-sprache",
        "magdeburg-ag-interkultur-und-soziales",
        "magdeburg-ag-arbeit-und-ausbildung",
    }


def test_rahmenkonzept_of_2006(five_cities: QueryExecutor) -> None:
    # when
    konzept = entity(five_cities, "magdeburg-rahmenkonzept-integrationspolitik")

    # then
    assert konzept is not None
    assert konzept["properties"]["date"] == "2006-05-04"
