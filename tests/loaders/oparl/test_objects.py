"""Tests for govgraph.loaders.oparl.objects: clean_object, OParlObjects.add, read_folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govgraph.errors import ImportSourceError, InputError, Problem
from govgraph.loaders.oparl import OParlObjects, clean_object, read_folder

DATA = Path(__file__).parents[2] / "data" / "oparl"
SPEC = DATA / "spec"
FOLDER = DATA / "folder"
MS = "https://oparl.musterstadt.example/oparl"
SCHEMA = "https://schema.oparl.org/1.1/"


# --- clean_object -------------------------------------------------------------------------


def test_clean_object_drops_quirk_values_recursively() -> None:
    # given
    obj = {
        "id": f"{MS}/organizations/2",
        "type": f"{SCHEMA}Organization",
        "name": "Ausschuss für Integration",
        "website": "N/A",
        "shortName": "n/a",
        "endDate": "",
        "classification": None,
        "location": {"id": f"{MS}/locations/1", "description": " N/A ", "room": "Saal 1"},
        "keyword": ["N/A", "integration"],
        "post": [""],
    }

    # when
    cleaned = clean_object(obj)

    # then
    assert cleaned == {
        "id": f"{MS}/organizations/2",
        "type": f"{SCHEMA}Organization",
        "name": "Ausschuss für Integration",
        "location": {"id": f"{MS}/locations/1", "room": "Saal 1"},
        "keyword": ["integration"],
    }
    assert obj["website"] == "N/A"


def test_clean_object_wraps_single_values_where_oparl_has_arrays() -> None:
    # given
    membership = {"id": f"{MS}/memberships/4", "role": "Sachkundige Bürgerin"}
    person = {
        "id": f"{MS}/persons/2",
        "type": f"{SCHEMA}Person",
        "title": "Dr.",
        "email": "erika@musterstadt.example",
        "status": "Ratsfrau",
        "membership": membership,
    }

    # when
    cleaned = clean_object(person)

    # then
    assert cleaned["title"] == ["Dr."]
    assert cleaned["email"] == ["erika@musterstadt.example"]
    assert cleaned["status"] == ["Ratsfrau"]
    assert cleaned["membership"] == [membership]


def test_clean_object_keeps_single_references_and_body_list_urls() -> None:
    # given
    organization = {"type": f"{SCHEMA}Organization", "subOrganizationOf": f"{MS}/o/1"}
    body = {"type": f"{SCHEMA}Body", "membership": f"{MS}/bodies/1/memberships"}

    # when
    cleaned = [clean_object(organization), clean_object(body)]

    # then
    assert cleaned == [organization, body]


# --- OParlObjects.add ---------------------------------------------------------------------


def test_add_files_objects_by_type_of_oparl_1_1_and_1_0() -> None:
    # given
    objects = OParlObjects(source="test")

    # when
    objects.add({"id": f"{MS}/system", "type": f"{SCHEMA}System"})
    objects.add({"id": f"{MS}/bodies/1", "type": f"{SCHEMA}Body"})
    objects.add({"id": f"{MS}/o/1", "type": "http://oparl.org/schema/1.0/Organization"})
    objects.add({"id": f"{MS}/meetings/1", "type": f"{SCHEMA}Meeting"})
    objects.add({"type": f"{SCHEMA}Person", "name": "ohne id"})

    # then
    assert objects.system == {"id": f"{MS}/system", "type": f"{SCHEMA}System"}
    assert list(objects.bodies) == [f"{MS}/bodies/1"]
    assert list(objects.organizations) == [f"{MS}/o/1"]
    assert objects.persons == {}
    assert objects.memberships == {}


def test_add_files_embedded_memberships_with_their_person() -> None:
    # given
    objects = OParlObjects(source="test")
    person = {
        "id": f"{MS}/persons/1",
        "type": f"{SCHEMA}Person",
        "membership": [{"id": f"{MS}/memberships/1", "organization": f"{MS}/o/1"}],
    }

    # when
    objects.add(person)

    # then
    assert objects.memberships == {
        f"{MS}/memberships/1": {
            "id": f"{MS}/memberships/1",
            "organization": f"{MS}/o/1",
            "person": f"{MS}/persons/1",
        }
    }


def test_add_merges_a_membership_seen_twice_keeping_its_person() -> None:
    # given
    objects = OParlObjects(source="test")
    embedded = {"id": f"{MS}/memberships/1", "type": f"{SCHEMA}Membership", "role": "Mitglied"}
    objects.add({"id": f"{MS}/persons/1", "type": f"{SCHEMA}Person", "membership": [embedded]})

    # when
    objects.add({**embedded, "person": f"{MS}/persons/99", "role": "Vorsitz", "votingRight": True})

    # then
    assert objects.memberships[f"{MS}/memberships/1"] == {
        **embedded,
        "person": f"{MS}/persons/1",
        "role": "Vorsitz",
        "votingRight": True,
    }


def test_add_records_deleted_objects_and_removes_them() -> None:
    # given
    objects = OParlObjects(source="test")
    objects.add({"id": f"{MS}/o/1", "type": f"{SCHEMA}Organization", "name": "Rat"})

    # when
    objects.add({"id": f"{MS}/o/1", "type": f"{SCHEMA}Organization", "deleted": True})
    objects.add({"id": f"{MS}/o/1", "type": f"{SCHEMA}Organization", "name": "Rat"})
    objects.add({"id": f"{MS}/m/1", "type": f"{SCHEMA}Meeting", "deleted": True})

    # then
    assert objects.organizations == {}
    assert objects.deleted == {f"{MS}/o/1"}


# --- read_folder --------------------------------------------------------------------------


def test_read_folder_reads_the_musterstadt_folder() -> None:
    # given
    path = FOLDER

    # when
    objects = read_folder(path)

    # then
    assert objects.source == str(path)
    assert objects.system is not None
    assert "contactEmail" not in objects.system
    assert list(objects.bodies) == [f"{MS}/bodies/1"]
    assert objects.bodies[f"{MS}/bodies/1"]["membership"] == f"{MS}/bodies/1/memberships"
    assert [o["name"] for o in objects.organizations.values()] == [
        "Rat der Stadt Musterstadt",
        "Ausschuss für Integration und Gleichstellung",
        "Fraktion Bürgerliste Musterstadt",
        "Beirat für Migration und Teilhabe",
    ]
    assert [p["name"] for p in objects.persons.values()] == [
        "Dr. Erika Müsterfrau",
        "Max Mustermann",
        "Jörg Beispielmann",
    ]
    assert objects.deleted == {f"{MS}/persons/4"}
    assert len(objects.memberships) == 6
    assert {m["person"] for m in objects.memberships.values()} == {
        f"{MS}/persons/{n}" for n in (1, 2, 3)
    }


def test_read_folder_cleans_the_quirks_of_the_musterstadt_folder() -> None:
    # given
    path = FOLDER

    # when
    objects = read_folder(path)

    # then
    committee = objects.organizations[f"{MS}/organizations/2"]
    assert committee["keyword"] == ["integration"]
    assert "website" not in committee
    assert "endDate" not in committee
    assert "classification" not in objects.organizations[f"{MS}/organizations/3"]
    erika = objects.persons[f"{MS}/persons/2"]
    assert erika["title"] == ["Dr."]
    assert "email" not in erika
    assert "phone" not in erika
    citizen = objects.memberships[f"{MS}/memberships/4"]
    assert citizen["votingRight"] is False
    assert "endDate" not in citizen


def test_read_folder_keeps_the_later_fields_of_a_membership_seen_twice() -> None:
    # given
    path = FOLDER

    # when
    objects = read_folder(path)

    # then
    chair = objects.memberships[f"{MS}/memberships/1"]
    assert chair["role"] == "Vorsitz"
    assert chair["person"] == f"{MS}/persons/1"
    assert chair["modified"] == "2023-05-01T09:00:00+02:00"


def test_read_folder_reads_the_spec_examples() -> None:
    # given
    path = SPEC

    # when
    objects = read_folder(path)

    # then
    assert objects.system is not None
    assert list(objects.bodies) == ["https://oparl.example.org/body/0"]
    assert list(objects.organizations) == ["https://oparl.example.org/organization/34"]
    assert list(objects.persons) == ["https://oparl.example.org/person/29"]
    assert {m["id"]: (m["person"], m["role"]) for m in objects.memberships.values()} == {
        "https://oparl.example.org/memberships/385": (
            "https://oparl.example.org/person/29",
            "Vorsitzende",
        ),
        "https://oparl.example.org/memberships/693": (
            "https://oparl.example.org/person/29",
            "Sachkundige Bürgerin",
        ),
    }


def test_read_folder_accepts_the_historical_membership_of_oparl_1_0(tmp_path: Path) -> None:
    # given
    shutil.copy(SPEC / "Membership-01.historical-2015.json", tmp_path)

    # when
    objects = read_folder(tmp_path)

    # then
    assert list(objects.memberships.values()) == [
        {
            "id": "https://oparl.example.org/memberships/385",
            "type": "http://oparl.org/schema/1.0/Membership",
            "person": "https://oparl.example.org/people/862",
            "organization": "https://oparl.example.org/organizations/5",
            "role": "Vorsitzender | Vorsitzende",
            "votingRight": True,
            "startDate": "2013-12-03T16:30:00+01:00",
        }
    ]


def test_read_folder_names_file_and_line_of_invalid_json(tmp_path: Path) -> None:
    # given
    shutil.copy(SPEC / "Person-01.json", tmp_path)
    broken = tmp_path / "sub" / "broken.json"
    broken.parent.mkdir()
    broken.write_text('{\n  "id": "x",\n  "name": "Max"\n  "type": "y"\n}\n', encoding="utf-8")

    # when
    with pytest.raises(InputError) as info:
        read_folder(tmp_path)

    # then
    assert info.value.problems == [
        Problem(str(broken), 4, None, None, "invalid JSON: Expecting ',' delimiter")
    ]


def test_read_folder_rejects_json_of_no_oparl_shape(tmp_path: Path) -> None:
    # given
    odd = tmp_path / "odd.json"
    odd.write_text('"Musterstadt"', encoding="utf-8")

    # when
    with pytest.raises(InputError) as info:
        read_folder(tmp_path)

    # then
    assert [(p.file, p.line) for p in info.value.problems] == [(str(odd), None)]


@pytest.mark.parametrize(
    "files",
    [{}, {"notes.json": '{"name": "Beispielstadt"}', "readme.txt": "no JSON"}],
    ids=["empty", "no-oparl-object"],
)
def test_read_folder_rejects_a_folder_without_oparl_objects(
    tmp_path: Path, files: dict[str, str]
) -> None:
    # given
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    # when
    with pytest.raises(ImportSourceError) as info:
        read_folder(tmp_path)

    # then
    assert str(info.value).startswith(f"{tmp_path} holds no OParl object")


def test_read_folder_rejects_a_path_that_is_no_folder(tmp_path: Path) -> None:
    # given
    path = tmp_path / "missing"

    # when
    with pytest.raises(ImportSourceError) as info:
        read_folder(path)

    # then
    assert str(info.value) == f"{path} is not a folder"
