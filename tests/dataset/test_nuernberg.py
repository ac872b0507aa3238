"""Nürnberg as the analysts check it first, from the loaded store."""

from __future__ import annotations

from support import entity

from govgraph.queries import QueryExecutor

GRUPPE = "nuernberg-koordinierungsgruppe-integration"


def test_koordinierungsgruppe_since_2002_appointed_by_the_oberbuergermeister(
    five_cities: QueryExecutor,
) -> None:
    # when
    gruppe = entity(five_cities, GRUPPE)
    rels = five_cities.many("relationships_of", ids=[GRUPPE])

    # then
    assert gruppe is not None
    assert gruppe["properties"]["established"] == "2002"
    assert gruppe["properties"]["kind"] == "steering"
    assert ("APPOINTS", False, "nuernberg-oberbuergermeister") in {
        (r["type"], r["outgoing"], r["other"]) for r in rels
    }


def test_every_geschaeftsbereich_and_referat_is_represented(five_cities: QueryExecutor) -> None:
    # when
    members = five_cities.many("members", bodies=[GRUPPE])

    # then
    direct = {m["member"] for m in members if m["properties"].get("on_behalf_of") is None}
    assert direct == {
        "nuernberg-geschaeftsbereich-oberbuergermeister",
        "nuernberg-geschaeftsbereich-2-buergermeister",
        "nuernberg-geschaeftsbereich-3-buergermeister",
        "nuernberg-referat-fuer-allgemeine-verwaltung",
        "nuernberg-finanzreferat",
        "nuernberg-umweltreferat",
        "nuernberg-kulturreferat",
        "nuernberg-referat-fuer-jugend-familie-und-soziales",
        "nuernberg-baureferat",
        "nuernberg-wirtschaftsreferat",
    }
    for_the_mayor = {m["member"] for m in members if m["properties"].get("on_behalf_of")}
    assert for_the_mayor == {
        "nuernberg-buergermeisteramt",
        "nuernberg-stabstelle-integration-und-bildung",
        "nuernberg-frauenbeauftragte",
        "nuernberg-amt-fuer-stadtforschung-und-statistik",
        "nuernberg-einwohneramt",
    }


def test_stabstelle_runs_the_rat_fuer_integration(five_cities: QueryExecutor) -> None:
    # when
    rels = five_cities.many(
        "relationships_of", ids=["nuernberg-rat-fuer-integration-und-zuwanderung"]
    )

    # then
    assert ("ORGANISES", False, "nuernberg-stabstelle-integration-und-bildung") in {
        (r["type"], r["outgoing"], r["other"]) for r in rels
    }


def test_ad_hoc_groups_are_led_by_a_member_of_the_gruppe(five_cities: QueryExecutor) -> None:
    # when
    chairs = five_cities.many("chairs", city="nuernberg", first=100, offset=0)

    # then
    assert [(c["id"], c["chair"]) for c in chairs] == [("nuernberg-ad-hoc-arbeitsgruppen", GRUPPE)]


def test_short_line_to_the_oberbuergermeister(five_cities: QueryExecutor) -> None:
    # when
    lines = five_cities.many("reporting_lines", city="nuernberg")

    # then
    assert [(r["source"], r["type"], r["target"]) for r in lines] == [
        (GRUPPE, "REPORTS_TO", "nuernberg-oberbuergermeister")
    ]
    assert lines[0]["properties"]["interpretation"]
