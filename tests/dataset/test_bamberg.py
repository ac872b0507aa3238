"""Bamberg as the analysts check it first, from the loaded store."""

from __future__ import annotations

import httpx
from support import data_of, entity

from govgraph.queries import QueryExecutor

GREMIUM = "bamberg-steuerungsgremium-integration"


def test_who_chairs_what(five_cities: QueryExecutor) -> None:
    # when
    chairs = five_cities.many("chairs", city="bamberg", first=100, offset=0)

    # then
    assert [(c["id"], c["chair"], c["properties"].get("condition")) for c in chairs] == [
        (
            "bamberg-arbeitsgruppen-integration",
            "bamberg-referent",
            "zumindest in der ersten und letzten Sitzung",
        ),
        (GREMIUM, "bamberg-oberbuergermeister", None),
    ]


def test_steuerungsgremium_members_advisers_and_secretariat(five_cities: QueryExecutor) -> None:
    # when
    members = five_cities.many("members", bodies=[GREMIUM])
    rels = five_cities.many("relationships_of", ids=[GREMIUM])
    gremium = entity(five_cities, GREMIUM)

    # then
    assert {(m["member"], m["role"]) for m in members} == {
        ("bamberg-oberbuergermeister", "chair"),
        ("bamberg-buergermeister", "member"),
        ("bamberg-referent", "member"),
        ("bamberg-migranten-und-integrationsbeirat", "member"),
        ("bamberg-bereich-familie-jugend-senioren", "advisory"),
        ("bamberg-fachbereich-integration-ehrenamt-familie", "advisory"),
    }
    assert ("ORGANISES", False, "bamberg-fachbereich-integration-ehrenamt-familie") in {
        (r["type"], r["outgoing"], r["other"]) for r in rels
    }
    assert gremium is not None
    assert gremium["properties"]["mandate"] == "deciding"
    assert gremium["properties"]["meetings_per_year"] == 2
    assert "Referentenrunde" in gremium["properties"]["aliases"]


RESPONSIBILITIES = """
{ responsibilities(city: "bamberg") { name responsible { id } overseenBy { id } } }
"""


def test_every_handlungsfeld_with_zustaendige_stelle_and_fachsenat(api: httpx.Client) -> None:
    # when
    fields = data_of(api, RESPONSIBILITIES)["responsibilities"]

    # then
    assert {
        (
            f["name"],
            tuple(sorted(r["id"] for r in f["responsible"])),
            tuple(o["id"] for o in f["overseenBy"]),
        )
        for f in fields
    } == {
        ("Wohnen", ("bamberg-amt-15",), ("bamberg-konversionssenat",)),
        (
            "Arbeit und Wirtschaft",
            ("bamberg-agentur-fuer-arbeit", "bamberg-wirtschaftsfoerderung"),
            ("bamberg-familien-und-integrationssenat",),
        ),
        (
            "Jugendarbeit und unbegleitete Minderjährige",
            ("bamberg-amt-51",),
            ("bamberg-jugendhilfeausschuss",),
        ),
        ("Personalentwicklung", ("bamberg-amt-11",), ("bamberg-personalsenat",)),
        ("Bildung, Schule und Sport", ("bamberg-referat-4",), ("bamberg-kultursenat",)),
        ("Kindertagesbetreuung", ("bamberg-amt-51",), ("bamberg-jugendhilfeausschuss",)),
        ("Grundversorgung Asyl", ("bamberg-amt-50",), ("bamberg-familien-und-integrationssenat",)),
        (
            "Grundversorgung anerkannte Flüchtlinge",
            ("bamberg-jobcenter",),
            ("bamberg-familien-und-integrationssenat",),
        ),
    }


def test_working_groups_recommend_to_the_steuerungsgremium(five_cities: QueryExecutor) -> None:
    # when
    lines = five_cities.many("reporting_lines", city="bamberg")

    # then
    assert {(r["source"], r["type"], r["target"]) for r in lines} >= {
        ("bamberg-arbeitsgruppen-integration", "RECOMMENDS_TO", GREMIUM),
        ("bamberg-arbeitsgruppe-integrationsmonitoring", "RECOMMENDS_TO", GREMIUM),
    }


def test_fachkonferenz_2019_and_its_co_organisers(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many("relationships_of", ids=["bamberg-m-fachkonferenz-integration-2019"])

    # then
    assert {r["other"] for r in rels if r["type"] == "ORGANISES"} == {
        "bamberg-migranten-und-integrationsbeirat",
        "bamberg-agaby",
        "bamberg-amt-52",
    }


def test_the_council_paper(five_cities: QueryExecutor) -> None:
    # when
    paper = entity(five_cities, "bamberg-sitzungsvorlage-2018")
    rels = five_cities.many("relationships_of", ids=["bamberg-sitzungsvorlage-2018"])

    # then
    assert paper is not None
    assert paper["properties"]["reference"] == "VO/2018/1931-5"
    assert paper["properties"]["date"] == "2018-10-11"
    assert paper["properties"]["name"] == "Sachstand kommunale Integrationsförderung 2018"
    outgoing = {(r["type"], r["other"]) for r in rels if r["outgoing"]}
    assert {("AUTHORED_BY", "bamberg-amt-52"), ("AUTHORED_BY", "bamberg-ralf-haupt")} <= outgoing
    [submitted] = [r for r in rels if r["type"] == "SUBMITTED_TO"]
    assert submitted["other"] == "bamberg-familien-und-integrationssenat"
    assert (submitted["properties"]["date"], submitted["properties"]["purpose"]) == (
        "2018-11-08",
        "Kenntnisnahme",
    )
