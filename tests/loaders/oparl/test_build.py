"""Tests for govgraph.loaders.oparl.build: OParl objects → the layer they add to a city."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import support
from support import DATA, example_dataset

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import (
    Body,
    BodyKind,
    Document,
    DocumentKind,
    Label,
    OrgUnit,
    OrgUnitKind,
    Person,
    Relationship,
    RelType,
    Role,
    Source,
    to_networkx,
)
from govgraph.loaders.oparl import OParlObjects, read_folder
from govgraph.loaders.oparl.build import (
    OParlImport,
    build_oparl_layer,
    oparl_layer_id,
    oparl_node_id,
)

FOLDER = DATA / "oparl" / "folder"
SPEC = DATA / "oparl" / "spec"
MS = "https://oparl.musterstadt.example/oparl"
BODY_URL = f"{MS}/bodies/1"
SCHEMA = "https://schema.oparl.org/1.1/"
CITY = "oparlstadt"
LAYER = f"{CITY}-oparl"
TODAY = date(2026, 11, 22)
RAT, AUSSCHUSS, FRAKTION, BEIRAT = (f"{MS}/organizations/{n}" for n in range(1, 5))


@pytest.fixture
def city_graph(tmp_path: Path) -> nx.MultiDiGraph[str]:
    """The example city (its Stadtrat, Sozialausschuss, Integrationsbeirat …) as a graph."""
    return to_networkx([example_dataset(tmp_path, CITY)])


def org_id(url: str) -> str:
    return oparl_node_id(CITY, "org", url)


def person_id(number: int) -> str:
    return oparl_node_id(CITY, "person", f"{MS}/persons/{number}")


def source(quote: str) -> list[Source]:
    return [Source(document=LAYER, quote=quote)]


def build(objects: OParlObjects, graph: nx.MultiDiGraph[str], **options: Any) -> OParlImport:
    options.setdefault("today", TODAY)
    return build_oparl_layer(objects, graph, CITY, **options)


def organization(number: int, name: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"{MS}/organizations/{number}",
        "type": f"{SCHEMA}Organization",
        "body": BODY_URL,
        "name": name,
        **fields,
    }


def membership(number: int, person: int, org: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"{MS}/memberships/{number}",
        "type": f"{SCHEMA}Membership",
        "person": f"{MS}/persons/{person}",
        "organization": org,
        **fields,
    }


def memberships_of(result: OParlImport) -> dict[str, Relationship]:
    """The imported memberships by their OParl id's last part."""
    return {
        (r.external_id or "").rsplit("/", 1)[-1]: r
        for r in result.layer.relationships
        if r.type is RelType.MEMBER_OF
    }


def warnings_about(result: OParlImport, entity: str) -> list[Problem]:
    return [w for w in result.warnings if w.entity == entity]


def problems_of(objects: OParlObjects, graph: nx.MultiDiGraph[str], **options: Any) -> list[str]:
    """The problems, as text, of the InputError that building the layer must raise."""
    return [str(problem) for problem in support.problems_of(build, objects, graph, **options)]


# --- the folder of Musterstadt ------------------------------------------------------------


def test_the_organizations_become_bodies_with_kind_name_and_external_id(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    result = build(read_folder(FOLDER), city_graph)

    # then
    bodies = [node for node in result.layer.nodes if node.label is Label.BODY]
    assert bodies == [
        Body(
            id=org_id(RAT),
            name="Rat der Stadt Musterstadt",
            aliases=["Rat"],
            kind=BodyKind.COUNCIL,
            interpretation="OParl classification 'Rat'",
            external_id=RAT,
            valid_from="2019-11-01",
            sources=source("Rat der Stadt Musterstadt"),
        ),
        Body(
            id=org_id(AUSSCHUSS),
            name="Ausschuss für Integration und Gleichstellung",
            aliases=["Integrationsausschuss"],
            kind=BodyKind.COMMITTEE,
            interpretation="OParl classification 'Ausschuss'",
            external_id=AUSSCHUSS,
            valid_from="2019-11-01",
            sources=source("Ausschuss für Integration und Gleichstellung"),
        ),
        Body(
            id=org_id(FRAKTION),
            name="Fraktion Bürgerliste Musterstadt",
            kind=BodyKind.PARTY_GROUP,
            interpretation="OParl organizationType 'Fraktion'",
            external_id=FRAKTION,
            sources=source("Fraktion Bürgerliste Musterstadt"),
        ),
        Body(
            id=org_id(BEIRAT),
            name="Beirat für Migration und Teilhabe",
            aliases=["Migrationsbeirat"],
            kind=BodyKind.ADVISORY_COUNCIL,
            interpretation="OParl classification 'Beirat'",
            external_id=BEIRAT,
            sources=source("Beirat für Migration und Teilhabe"),
        ),
    ]
    assert result.matched == {}
    assert result.counts == {
        "bodies": 4,
        "units": 0,
        "matched": 0,
        "persons": 3,
        "memberships": 5,
        "chairs": 1,
        "skipped_organizations": 0,
        "ended_organizations": 0,
        "ended_memberships": 1,
        "dangling_memberships": 0,
        "skipped_memberships": 0,
        "unit_memberships": 0,
    }


def test_the_layer_has_the_council_information_system_as_document(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    layer = build(read_folder(FOLDER), city_graph).layer

    # then
    assert layer.layer == oparl_layer_id(CITY) == LAYER
    assert layer.document == Document(
        id=LAYER,
        name="Ratsinformationssystem Musterstadt (OParl)",
        kind=DocumentKind.COUNCIL_INFORMATION_SYSTEM,
        url=f"{MS}/system",
        external_id=f"{MS}/system",
        sources=source("Stadt Musterstadt"),
    )
    assert layer.origin == str(FOLDER)
    assert layer.references == {CITY: Label.CITY}


def test_a_sub_organization_is_part_of_its_parent_and_the_others_of_the_city(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    layer = build(read_folder(FOLDER), city_graph).layer

    # then
    part_of = {(r.source, r.target) for r in layer.relationships if r.type is RelType.PART_OF}
    assert part_of == {
        (org_id(AUSSCHUSS), org_id(RAT)),
        (org_id(RAT), CITY),
        (org_id(FRAKTION), CITY),
        (org_id(BEIRAT), CITY),
    }


def test_persons_with_memberships_become_persons_and_the_deleted_one_is_absent(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    layer = build(read_folder(FOLDER), city_graph).layer

    # then
    persons = [node for node in layer.nodes if node.label is Label.PERSON]
    assert persons == [
        Person(
            id=person_id(1),
            name="Max Mustermann",
            external_id=f"{MS}/persons/1",
            sources=source("Max Mustermann"),
        ),
        Person(
            id=person_id(2),
            name="Dr. Erika Müsterfrau",
            external_id=f"{MS}/persons/2",
            sources=source("Dr. Erika Müsterfrau"),
        ),
        Person(
            id=person_id(3),
            name="Jörg Beispielmann",
            external_id=f"{MS}/persons/3",
            sources=source("Jörg Beispielmann"),
        ),
    ]
    assert all(isinstance(p, Person) and p.personal_data for p in persons)
    assert person_id(4) not in {node.id for node in layer.all_nodes()}


def test_memberships_carry_role_role_text_voting_right_dates_and_mandator(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    result = build(read_folder(FOLDER), city_graph)

    # then
    members = memberships_of(result)
    assert sorted(members) == ["1", "2", "3", "4", "5"]
    assert members["1"] == Relationship(
        type=RelType.MEMBER_OF,
        source=person_id(1),
        target=org_id(AUSSCHUSS),
        role=Role.CHAIR,
        role_text="Vorsitz",
        voting_right=True,
        valid_from="2019-11-01",
        external_id=f"{MS}/memberships/1",
        sources=source("Vorsitz"),
    )
    assert (members["5"].role, members["5"].role_text) == (
        Role.DEPUTY_CHAIR,
        "1. Stellvertreter",
    )
    assert (members["4"].role, members["4"].role_text, members["4"].voting_right) == (
        Role.ADVISORY,
        "Sachkundige Bürgerin",
        False,
    )
    assert members["4"].valid_from == "2020-01-15"
    assert members["4"].valid_to is None
    assert (members["2"].target, members["2"].on_behalf_of) == (org_id(RAT), org_id(FRAKTION))
    assert members["3"].on_behalf_of is None


def test_a_membership_ended_before_today_is_left_out_and_counted(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    result = build(read_folder(FOLDER), city_graph)

    # then
    assert "6" not in memberships_of(result)
    assert result.counts["ended_memberships"] == 1
    assert str(FOLDER) + ": memberships that ended before 2026-11-22 left out: 1" in [
        str(w) for w in result.warnings
    ]


def test_a_membership_ending_later_is_kept_with_its_end(city_graph: nx.MultiDiGraph[str]) -> None:
    # when
    result = build(read_folder(FOLDER), city_graph, today=date(2019, 10, 1))

    # then
    assert memberships_of(result)["6"].valid_to == "2019-10-31"
    assert result.counts["ended_memberships"] == 0


def test_building_twice_gives_equal_layers_with_stable_ids(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # when
    first = build(read_folder(FOLDER), city_graph)
    second = build(read_folder(FOLDER), city_graph)

    # then
    assert first == second
    assert org_id(RAT) == "oparlstadt-oparl-org-72abb77b9c61"
    assert person_id(1) == "oparlstadt-oparl-person-fec21084279e"


# --- matching curated nodes ---------------------------------------------------------------


def test_an_organization_named_like_a_curated_body_is_matched_and_gains_its_chair(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    stadtrat = f"{MS}/organizations/9"
    objects.add(organization(9, "Stadtrat", classification="Stadtrat"))
    objects.add(membership(90, 3, stadtrat, role="Vorsitzender", votingRight=True))

    # when
    result = build(objects, city_graph)

    # then
    assert result.matched == {stadtrat: f"{CITY}-stadtrat"}
    assert org_id(stadtrat) not in {node.id for node in result.layer.nodes}
    chair = memberships_of(result)["90"]
    assert (chair.source, chair.target, chair.role) == (
        person_id(3),
        f"{CITY}-stadtrat",
        Role.CHAIR,
    )
    assert result.layer.references == {CITY: Label.CITY, f"{CITY}-stadtrat": Label.BODY}
    assert (result.counts["matched"], result.counts["chairs"]) == (1, 2)


def test_a_new_child_of_a_matched_body_is_part_of_it_and_a_matched_child_is_not_linked(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    stadtrat, sozial, kita = (f"{MS}/organizations/{n}" for n in (9, 10, 11))
    objects.add(organization(9, "Stadtrat", classification="Stadtrat"))
    objects.add(
        organization(10, "Sozialausschuss", classification="Ausschuss", subOrganizationOf=stadtrat)
    )
    objects.add(
        organization(11, "Kita-Ausschuss", classification="Ausschuss", subOrganizationOf=stadtrat)
    )

    # when
    result = build(objects, city_graph)

    # then
    assert result.matched == {stadtrat: f"{CITY}-stadtrat", sozial: f"{CITY}-sozialausschuss"}
    part_of = {
        (r.source, r.target) for r in result.layer.relationships if r.type is RelType.PART_OF
    }
    assert (org_id(kita), f"{CITY}-stadtrat") in part_of
    assert not any(f"{CITY}-sozialausschuss" in link for link in part_of)


def test_only_curated_nodes_of_the_same_label_are_matched(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given: a unit named like a curated body, a body named like a curated unit
    objects = read_folder(FOLDER)
    objects.add(organization(9, "Stadtrat", organizationType="Verwaltungsbereich"))
    objects.add(organization(10, "Amt für Soziales", organizationType="Gremium"))

    # when
    result = build(objects, city_graph)

    # then
    assert result.matched == {}
    assert result.counts["units"] == 1
    assert result.counts["bodies"] == 5


# --- what is left out, with warnings ------------------------------------------------------


def test_an_organization_of_no_known_kind_is_skipped_with_a_warning(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    partei = f"{MS}/organizations/9"
    objects.add(organization(9, "Bürgerliste e. V.", classification="Partei"))
    objects.add(membership(90, 1, partei, role="Mitglied"))

    # when
    result = build(objects, city_graph)

    # then
    [warning] = warnings_about(result, partei)
    assert warning.field == "classification"
    assert warning.message == (
        "'Bürgerliste e. V.' skipped: no kind of body or unit for classification 'Partei'"
    )
    assert org_id(partei) not in {node.id for node in result.layer.nodes}
    assert "90" not in memberships_of(result)
    assert (result.counts["skipped_organizations"], result.counts["skipped_memberships"]) == (1, 1)
    assert warnings_about(result, f"{MS}/memberships/90") == []


def test_an_organization_ended_before_today_is_skipped_and_counted(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(
        organization(
            9, "Ausschuss für Alte Zeiten", classification="Ausschuss", endDate="2020-01-31"
        )
    )

    # when
    result = build(objects, city_graph)

    # then
    assert org_id(f"{MS}/organizations/9") not in {node.id for node in result.layer.nodes}
    assert result.counts["ended_organizations"] == 1
    assert "organizations that ended before 2026-11-22 left out: 1" in [
        w.message for w in result.warnings
    ]


def test_a_membership_of_an_unknown_organization_is_dangling_with_a_warning(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(membership(90, 1, f"{MS}/organizations/99", role="Mitglied"))

    # when
    result = build(objects, city_graph)

    # then
    [warning] = warnings_about(result, f"{MS}/memberships/90")
    assert warning.field == "organization"
    assert warning.message == (
        f"organization {MS}/organizations/99 is not in the OParl data; membership left out"
    )
    assert result.counts["dangling_memberships"] == 1
    assert "90" not in memberships_of(result)


def test_a_membership_of_a_deleted_person_is_dangling(city_graph: nx.MultiDiGraph[str]) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(membership(90, 4, AUSSCHUSS, role="Mitglied"))

    # when
    result = build(objects, city_graph)

    # then
    [warning] = warnings_about(result, f"{MS}/memberships/90")
    assert warning.field == "person"
    assert "was deleted" in warning.message
    assert result.counts["dangling_memberships"] == 1


def test_a_membership_in_a_unit_is_left_out_with_a_warning(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    amt = f"{MS}/organizations/9"
    objects.add(organization(9, "Amt für Integration", classification="Amt"))
    objects.add(membership(90, 1, amt, role="Leitung"))

    # when
    result = build(objects, city_graph)

    # then
    assert (
        OrgUnit(
            id=org_id(amt),
            name="Amt für Integration",
            kind=OrgUnitKind.OFFICE,
            interpretation="OParl classification 'Amt'",
            external_id=amt,
            sources=source("Amt für Integration"),
        )
        in result.layer.nodes
    )
    [warning] = warnings_about(result, f"{MS}/memberships/90")
    assert warning.message == f"organization {amt} is a OrgUnit; membership left out"
    assert result.counts["unit_memberships"] == 1


def test_an_unknown_mandator_is_left_out_of_the_membership_with_a_warning(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(membership(90, 2, RAT, role="Mitglied", onBehalfOf=f"{MS}/organizations/99"))

    # when
    result = build(objects, city_graph)

    # then
    assert memberships_of(result)["90"].on_behalf_of is None
    [warning] = warnings_about(result, f"{MS}/memberships/90")
    assert warning.field == "onBehalfOf"


def test_objects_of_another_body_are_left_out(city_graph: nx.MultiDiGraph[str]) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(
        organization(9, "Kreistag", classification="Kreistag", body="https://other.example/b/1")
    )

    # when
    result = build(objects, city_graph)

    # then
    assert org_id(f"{MS}/organizations/9") not in {node.id for node in result.layer.nodes}
    assert result.counts["bodies"] == 4
    assert warnings_about(result, f"{MS}/organizations/9") == []


def test_a_membership_without_role_quotes_its_organization(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(membership(90, 2, BEIRAT))

    # when
    member = memberships_of(build(objects, city_graph))["90"]

    # then
    assert (member.role, member.role_text) == (Role.MEMBER, None)
    assert member.sources == source("Beirat für Migration und Teilhabe")


def test_a_person_without_name_is_named_by_given_and_family_name_and_a_short_role_quoted_with_key(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(
        {
            "id": f"{MS}/persons/7",
            "type": f"{SCHEMA}Person",
            "givenName": "Aylin",
            "familyName": "Yılmaz",
            "membership": [membership(70, 7, BEIRAT, role="VS")],
        }
    )

    # when
    result = build(objects, city_graph)

    # then
    assert (
        Person(
            id=person_id(7),
            name="Aylin Yılmaz",
            external_id=f"{MS}/persons/7",
            sources=source("Yılmaz"),
        )
        in result.layer.nodes
    )
    assert memberships_of(result)["70"].sources == source("role: VS")


def test_a_person_without_any_name_is_skipped_with_a_warning(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(
        {
            "id": f"{MS}/persons/7",
            "type": f"{SCHEMA}Person",
            "membership": [membership(70, 7, BEIRAT, role="Mitglied")],
        }
    )

    # when
    result = build(objects, city_graph)

    # then
    [warning] = warnings_about(result, f"{MS}/persons/7")
    assert warning.message == "person without name or familyName skipped"
    assert "70" not in memberships_of(result)
    assert result.counts["skipped_memberships"] == 1


# --- body choice --------------------------------------------------------------------------


def with_second_body() -> OParlObjects:
    objects = read_folder(FOLDER)
    objects.add(
        {
            "id": f"{MS}/bodies/2",
            "type": f"{SCHEMA}Body",
            "name": "Landkreis Musterkreis",
            "shortName": "Musterkreis",
        }
    )
    return objects


def test_several_bodies_without_body_are_an_error_listing_them(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    assert problems_of(with_second_body(), city_graph) == [
        f"{FOLDER}: field 'body': several OParl bodies: {BODY_URL} (Stadt Musterstadt); "
        f"{MS}/bodies/2 (Landkreis Musterkreis); pass --body with the id or name of one"
    ]


@pytest.mark.parametrize("wanted", [BODY_URL, "stadt muster", "Musterstadt"])
def test_body_selects_one_of_several_by_id_or_name(
    city_graph: nx.MultiDiGraph[str], wanted: str
) -> None:
    # when
    result = build(with_second_body(), city_graph, body=wanted)

    # then
    assert result.counts["bodies"] == 4
    assert result.layer.document.sources == source("Stadt Musterstadt")


def test_a_body_naming_none_or_several_is_an_error(city_graph: nx.MultiDiGraph[str]) -> None:
    [none] = problems_of(with_second_body(), city_graph, body="Hamburg")
    [several] = problems_of(with_second_body(), city_graph, body="muster")
    assert "'Hamburg' names none of the OParl bodies" in none
    assert "'muster' names several of the OParl bodies" in several


def test_no_body_is_an_error(city_graph: nx.MultiDiGraph[str]) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.bodies.clear()

    # then
    assert problems_of(objects, city_graph) == [
        f"{FOLDER}: field 'body': no OParl body (Body object) in the data"
    ]


# --- invalid values, incremental syncs, the specification's examples -----------------------


def test_values_the_model_rejects_are_problems_naming_object_and_key(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = read_folder(FOLDER)
    objects.add(organization(9, "Kommission", classification="Kommission", startDate="2019-13-45"))
    objects.add(membership(90, 1, RAT, role="Mitglied", startDate="1. Mai"))

    # when
    with pytest.raises(InputError) as info:
        build(objects, city_graph)

    # then
    where = [(p.entity, p.field) for p in info.value.problems]
    assert where == [(f"{MS}/memberships/90", "startDate"), (f"{MS}/organizations/9", "startDate")]


def test_known_urls_link_memberships_to_nodes_imported_before(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given: an incremental sync with one new membership of a known person in a known body
    objects = OParlObjects(source="sync")
    objects.add({"id": BODY_URL, "type": f"{SCHEMA}Body", "name": "Stadt Musterstadt"})
    objects.add(membership(90, 1, AUSSCHUSS, role="Mitglied", onBehalfOf=FRAKTION))
    known = {
        AUSSCHUSS: f"{CITY}-sozialausschuss",
        FRAKTION: f"{CITY}-fraktionen",
        f"{MS}/persons/1": f"{CITY}-erika-mustermann",
    }

    # when
    result = build(objects, city_graph, known=known)

    # then
    member = memberships_of(result)["90"]
    assert (member.source, member.target, member.on_behalf_of) == (
        f"{CITY}-erika-mustermann",
        f"{CITY}-sozialausschuss",
        f"{CITY}-fraktionen",
    )
    assert member.sources == source("Mitglied")
    assert result.layer.nodes == ()
    assert result.layer.references == {
        CITY: Label.CITY,
        f"{CITY}-sozialausschuss": Label.BODY,
        f"{CITY}-fraktionen": Label.BODY,
        f"{CITY}-erika-mustermann": Label.PERSON,
    }


def test_the_person_example_of_the_specification_builds_with_dangling_warnings(
    city_graph: nx.MultiDiGraph[str],
) -> None:
    # given
    objects = OParlObjects(source=str(SPEC))
    for name in ("System-01.json", "Body-01.json", "Person-01.json"):
        objects.add(json.loads((SPEC / name).read_text(encoding="utf-8")))

    # when
    result = build(objects, city_graph)

    # then
    assert result.layer.document.name == "Ratsinformationssystem Beispiel-System (OParl)"
    assert result.layer.document.sources == source("Stadt Köln, kreisfreie Stadt")
    assert result.layer.nodes == ()
    [warning] = warnings_about(result, "https://oparl.example.org/memberships/385")
    assert warning.message == (
        "organization https://oparl.example.org/organizations/5 is not in the OParl data; "
        "membership left out"
    )
    assert (result.counts["dangling_memberships"], result.counts["ended_memberships"]) == (1, 1)
