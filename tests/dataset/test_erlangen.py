"""Erlangen as the analysts check it first, from the loaded store."""

from __future__ import annotations

from support import entity

from govgraph.queries import QueryExecutor

LENKUNGSKREIS = "erlangen-lenkungskreis-integration"


def test_lenkungskreis_composition_with_roles_and_counts(five_cities: QueryExecutor) -> None:
    # when
    members = five_cities.many("members", bodies=[LENKUNGSKREIS])

    # then
    assert {(m["member"], m["role"], m["count"], m["count_text"]) for m in members} == {
        ("erlangen-buergermeisterin", "member", None, None),
        ("erlangen-csu-fraktion", "member", 2, "je zwei Vertreter"),
        ("erlangen-spd-fraktion", "member", 2, "je zwei Vertreter"),
        ("erlangen-weitere-fraktionen", "member", 1, "je ein Vertreter"),
        ("erlangen-ausschussgemeinschaft", "member", 1, "je ein Vertreter"),
        ("erlangen-erli", "guest", None, None),
        ("erlangen-vorsitzender-auslaender-und-integrationsbeirat", "member", 1, "der Vorsitzende"),
        ("erlangen-auslaender-und-integrationsbeirat", "member", 1, "eine Vertreterin"),
        ("erlangen-koordinationsstelle-integration", "member", None, None),
    }


def test_nobody_is_said_to_chair_the_lenkungskreis(five_cities: QueryExecutor) -> None:
    # when
    chairs = five_cities.many("chairs", city="erlangen", first=100, offset=0)

    # then: the document is silent, so is the graph; the Beirat's chair is known
    assert [(c["id"], c["chair"]) for c in chairs] == [
        (
            "erlangen-auslaender-und-integrationsbeirat",
            "erlangen-vorsitzender-auslaender-und-integrationsbeirat",
        )
    ]


def test_the_fraktionen_nominate(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many("relationships_of", ids=[LENKUNGSKREIS])

    # then
    nominating = {r["other"] for r in rels if r["type"] == "NOMINATES" and not r["outgoing"]}
    assert nominating == {
        "erlangen-csu-fraktion",
        "erlangen-spd-fraktion",
        "erlangen-weitere-fraktionen",
        "erlangen-ausschussgemeinschaft",
    }


def test_reporting_lines_go_to_the_stadtrat(five_cities: QueryExecutor) -> None:
    # when
    lines = five_cities.many("reporting_lines", city="erlangen")

    # then
    assert (LENKUNGSKREIS, "RECOMMENDS_TO", "erlangen-stadtrat") in {
        (r["source"], r["type"], r["target"]) for r in lines
    }


def test_decision_and_leitbild_dates(five_cities: QueryExecutor) -> None:
    # when
    decision = entity(five_cities, "erlangen-stadtratsbeschluss-2008-09-25")
    leitbild = entity(five_cities, "erlangen-leitbild-integration")

    # then
    assert decision is not None
    assert leitbild is not None
    assert decision["properties"]["date"] == "2008-09-25"
    assert leitbild["properties"]["date"] == "2007"
    assert leitbild["properties"]["name"] == "Leitbild Integration – Leitsätze kommunalen Handels"


def test_integrationskonferenz_is_annual_and_organised_by_the_koordinationsstelle(
    five_cities: QueryExecutor,
) -> None:
    # when
    konferenz = entity(five_cities, "erlangen-integrationskonferenz")
    rels = five_cities.many("relationships_of", ids=["erlangen-integrationskonferenz"])

    # then
    assert konferenz is not None
    assert konferenz["properties"]["rhythm"] == "jährlich"
    assert ("ORGANISES", False, "erlangen-koordinationsstelle-integration") in {
        (r["type"], r["outgoing"], r["other"]) for r in rels
    }
    participants = {r["other"] for r in rels if r["type"] == "MEMBER_OF"}
    assert {"erlangen-mso", "erlangen-auslaender-und-integrationsbeirat"} <= participants


def test_integrationsverantwortliche_in_referate_aemter_and_three_companies(
    five_cities: QueryExecutor,
) -> None:
    # when
    rels = five_cities.many("relationships_of", ids=["erlangen-integrationsverantwortliche"])

    # then
    assert {r["other"] for r in rels if r["type"] == "APPOINTS"} == {
        "erlangen-referate",
        "erlangen-beteiligte-aemter",
        "erlangen-gewobau",
        "erlangen-estw",
        "erlangen-ggfa",
    }


def test_persons_are_flagged_as_personal_data(five_cities: QueryExecutor) -> None:
    # when
    klein = entity(five_cities, "erlangen-silvia-klein")

    # then
    assert klein is not None
    assert klein["label"] == "Person"
    assert klein["properties"]["personal_data"] is True


def test_the_stadtrat_took_the_decision_of_2008(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many("relationships_of", ids=["erlangen-stadtratsbeschluss-2008-09-25"])

    # then
    [adopted] = [r for r in rels if r["type"] == "ADOPTED_BY"]
    assert (adopted["other"], adopted["properties"]["date"]) == ("erlangen-stadtrat", "2008-09-25")
