"""Braunschweig as the analysts check it first, from the loaded store."""

from __future__ import annotations

from support import entity

from govgraph.queries import QueryExecutor

GRUPPE = "braunschweig-steuerungsgruppe-umsetzung-integrationsplanung"


def test_steuerungsgruppe_constituted_2017_meets_twice_a_year(five_cities: QueryExecutor) -> None:
    # when
    gruppe = entity(five_cities, GRUPPE)

    # then
    assert gruppe is not None
    assert gruppe["properties"]["name"] == "Steuerungsgruppe „Umsetzung Integrationsplanung“"
    assert gruppe["properties"]["established"] == "2017-04-24"
    assert gruppe["properties"]["rhythm"] == "mindestens zwei Mal jährlich"
    assert gruppe["properties"]["meetings_per_year"] == 2


def test_no_chair_is_known(five_cities: QueryExecutor) -> None:
    # when / then
    assert five_cities.many("chairs", city="braunschweig", first=100, offset=0) == []


def test_the_building_blocks_are_measures_without_owner(five_cities: QueryExecutor) -> None:
    # when
    unowned = five_cities.many("measures_without_owner", city="braunschweig", first=100, offset=0)

    # then
    assert {m["id"] for m in unowned} == {
        "braunschweig-m-massnahmenkatalog",
        "braunschweig-m-ueberpruefung-massnahmenkatalog",
        "braunschweig-m-status-quo-bericht",
        "braunschweig-m-zielvereinbarungsgespraeche",
    }


def test_the_two_concepts(five_cities: QueryExecutor) -> None:
    # when
    konsens = entity(five_cities, "braunschweig-integration-durch-konsens")
    fluechtlinge = entity(five_cities, "braunschweig-integrationskonzept-fluechtlinge")

    # then
    assert konsens is not None
    assert fluechtlinge is not None
    assert (konsens["properties"]["name"], konsens["properties"]["date"]) == (
        "Integration durch Konsens",
        "2008",
    )
    assert fluechtlinge["properties"]["date"] == "2016"


def test_the_city_is_an_identification_not_a_name_in_the_text(five_cities: QueryExecutor) -> None:
    # when
    city = entity(five_cities, "braunschweig")

    # then
    assert city is not None
    assert city["properties"]["name"] == "Braunschweig"
    assert city["properties"]["interpretation"]


def test_the_council_paper_and_its_beratungsfolge(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many("relationships_of", ids=["braunschweig-integrationsplanung-2017"])

    # then
    outgoing = {(r["type"], r["other"]) for r in rels if r["outgoing"]}
    assert {
        ("AUTHORED_BY", "braunschweig-fachbereich-50"),
        ("AUTHORED_BY", "braunschweig-dr-hanke"),
        ("SUBMITTED_TO", "braunschweig-ausschuss-fuer-integrationsfragen"),
    } <= outgoing
