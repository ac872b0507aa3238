"""Tests for govgraph.loaders.structure_yaml, through load_structure_file(s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import Label, RelType
from govgraph.loaders import load_structure_file, load_structure_files

EXAMPLE = Path(__file__).parents[1] / "data" / "musterstadt.yaml"

HEADER = """\
city:
  id: ms
  name: Musterstadt
  sources:
    - {document: ms-konzept, quote: Konzept Integration}
documents:
  - id: ms-konzept
    name: Konzept Integration Musterstadt
    kind: concept
    sources:
      - {document: ms-konzept, quote: Konzept Integration}
"""

NODES = """\
units:
  - id: ms-amt
    name: Amt für Soziales
    kind: office
    sources:
      - {document: ms-konzept, quote: Amt für Soziales}
bodies:
  - id: ms-steuerungsgruppe
    name: Steuerungsgruppe Integration
    kind: steering
    sources:
      - {document: ms-konzept, quote: Steuerungsgruppe Integration}
persons:
  - id: ms-erika
    name: Erika Mustermann
    sources:
      - {document: ms-konzept, quote: Erika Mustermann}
action_fields:
  - id: ms-hf-sprache
    name: Sprache
    sources:
      - {document: ms-konzept, quote: Handlungsfeld Sprache}
measures:
  - id: ms-m-sprachkurse
    name: Sprachkurse für Eltern
    sources:
      - {document: ms-konzept, quote: Sprachkurse für Eltern}
"""

POST = """\
posts:
  - id: ms-ob
    name: Oberbürgermeisterin
    sources: [{document: ms-konzept, quote: Oberbürgermeisterin}]
"""


def write_yaml(tmp_path: Path, text: str, name: str = "ms.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based number of the line holding the ``occurrence``-th hit of ``needle``."""
    hits = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        load_structure_file(path)
    return info.value.problems


def where(problem: Problem) -> tuple[str, int | None, str | None, str | None]:
    return (problem.file, problem.line, problem.entity, problem.field)


# --- the valid example ---------------------------------------------------------------------


def test_load_structure_file_loads_every_node_of_the_example() -> None:
    # given
    path = EXAMPLE

    # when
    data = load_structure_file(path)

    # then
    assert data.city.id == "musterstadt"
    assert len(data.all_nodes()) == 16
    assert data.origin == str(path)


def test_load_structure_file_adds_six_derived_part_of_links_to_the_example() -> None:
    # given
    path = EXAMPLE

    # when
    data = load_structure_file(path)

    # then
    derived = [r for r in data.relationships if r.key not in data.lines]
    assert len(data.relationships) == 21
    assert sorted(r.source for r in derived) == [
        "musterstadt-fraktionen",
        "musterstadt-integrationsbeirat",
        "musterstadt-oberbuergermeisterin",
        "musterstadt-referat-soziales",
        "musterstadt-stadtrat",
        "musterstadt-steuerungsgruppe",
    ]
    assert {(r.type, r.target) for r in derived} == {(RelType.PART_OF, "musterstadt")}


def test_load_structure_file_maps_ids_and_keys_to_their_yaml_lines() -> None:
    # given
    text = EXAMPLE.read_text(encoding="utf-8")

    # when
    data = load_structure_file(EXAMPLE)

    # then
    assert data.lines["musterstadt"] == line_of(text, "id: musterstadt")
    assert data.lines["musterstadt-amt-soziales"] == line_of(text, "- id: musterstadt-amt-soziales")
    assert data.lines["musterstadt-m-integrationsbericht"] == line_of(
        text, "- id: musterstadt-m-integrationsbericht"
    )
    chair = "member_of:musterstadt-oberbuergermeisterin:musterstadt-steuerungsgruppe:chair"
    assert data.lines[chair] == line_of(text, "- type: member_of")


def test_load_structure_file_keeps_german_names_exactly() -> None:
    # given
    path = EXAMPLE

    # when
    data = load_structure_file(path)

    # then
    names = {node.id: node.name for node in data.all_nodes()}
    assert names["musterstadt-oberbuergermeisterin"] == "Oberbürgermeisterin"
    assert names["musterstadt-referat-soziales"] == "Referat für Soziales"
    assert names["musterstadt-m-sprachkurse"] == "Sprachkurse für Eltern"


def test_load_structure_file_gives_each_node_its_section_label() -> None:
    # given
    path = EXAMPLE

    # when
    data = load_structure_file(path)

    # then
    labels = {node.id: node.label for node in data.all_nodes()}
    assert labels["musterstadt"] is Label.CITY
    assert labels["musterstadt-konzept"] is Label.DOCUMENT
    assert labels["musterstadt-stabsstelle-integration"] is Label.ORG_UNIT
    assert labels["musterstadt-fraktionen"] is Label.BODY
    assert labels["musterstadt-oberbuergermeisterin"] is Label.POST
    assert labels["musterstadt-erika-mustermann"] is Label.PERSON
    assert labels["musterstadt-hf-arbeit"] is Label.ACTION_FIELD
    assert labels["musterstadt-m-integrationsbericht"] is Label.MEASURE


def test_load_structure_file_reads_yaml_dates_as_iso_text(tmp_path: Path) -> None:
    # given
    text = (
        HEADER.replace("kind: concept", "kind: concept\n    date: 2019-03-12")
        + """\
bodies:
  - id: ms-beirat
    name: Integrationsbeirat
    kind: advisory_council
    established: 2002
    valid_from: 2017-04
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    data = load_structure_file(path)

    # then
    document, body = data.nodes
    assert document.model_dump()["date"] == "2019-03-12"
    assert body.model_dump()["established"] == "2002"
    assert body.model_dump()["valid_from"] == "2017-04"


# --- malformed files -----------------------------------------------------------------------


def test_load_structure_file_reports_the_line_of_a_yaml_syntax_error(tmp_path: Path) -> None:
    # given
    text = HEADER + "posts:\n  - id: ms-ob\n    name: Oberbürgermeisterin: Erika\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "name: Oberbürgermeisterin"), None, None)
    assert problem.message.startswith("malformed YAML")
    assert "mapping values are not allowed here" in problem.message


def test_load_structure_file_rejects_a_top_level_list(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "- city: ms\n")

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), 1, None, None)
    assert "expected a mapping with a 'city' key" in problem.message


def test_load_structure_file_rejects_an_unknown_section(tmp_path: Path) -> None:
    # given
    text = HEADER + "gremien: []\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "gremien:"), None, "gremien")
    assert problem.message.startswith("unknown section (expected one of: city, documents")


def test_load_structure_file_requires_a_city(tmp_path: Path) -> None:
    # given
    path = write_yaml(tmp_path, "documents: []\n")

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), 1, None, "city")
    assert "a 'city' mapping is required" in problem.message


def test_load_structure_file_rejects_a_section_that_is_not_a_list(tmp_path: Path) -> None:
    # given
    text = HEADER + "units:\n  id: ms-amt\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "units:"), None, "units")
    assert problem.message == "expected a list"


def test_load_structure_file_rejects_an_item_that_is_not_a_mapping(tmp_path: Path) -> None:
    # given
    text = HEADER + "units:\n  - ms-amt\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "- ms-amt"), None, None)
    assert "expected a mapping for a OrgUnit" in problem.message


def test_load_structure_file_rejects_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    # given
    path = tmp_path / "ms.yaml"
    path.write_bytes("city:\n  id: ms\n  name: Gro\u00dfstadt\n".encode("latin-1"))

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message.startswith("not UTF-8 text")


# --- nodes ---------------------------------------------------------------------------------


def test_load_structure_file_rejects_an_unknown_field(tmp_path: Path) -> None:
    # given
    text = HEADER + NODES.replace("kind: office", "kind: office\n    farbe: rot")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "farbe: rot"), "ms-amt", "farbe")
    assert problem.message == "unknown field"


def test_load_structure_file_rejects_an_unknown_unit_kind(tmp_path: Path) -> None:
    # given
    text = HEADER + NODES.replace("kind: office", "kind: amt")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "kind: amt"), "ms-amt", "kind")
    assert "'department', 'office', 'company' or 'external', got 'amt'" in problem.message


def test_load_structure_file_rejects_an_unknown_body_kind(tmp_path: Path) -> None:
    # given
    text = HEADER + NODES.replace("kind: steering", "kind: gremium")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "kind: gremium"),
        "ms-steuerungsgruppe",
        "kind",
    )
    assert "'party_group', got 'gremium'" in problem.message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2018-13", "'2018-13' is not a date"),
        ("2018-13-01", "'2018-13-01' is not a date"),
        ("25.9.2008", "'25.9.2008' is not a date"),
        ("2008-09-25 10:30:00", "is not a date"),
    ],
)
def test_load_structure_file_rejects_a_bad_date(tmp_path: Path, value: str, message: str) -> None:
    # given
    text = HEADER + NODES.replace("kind: steering", f"kind: steering\n    established: {value}")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "established:"),
        "ms-steuerungsgruppe",
        "established",
    )
    assert message in problem.message


def test_load_structure_file_rejects_empty_sources(tmp_path: Path) -> None:
    # given
    text = HEADER + "posts:\n  - id: ms-ob\n    name: Oberbürgermeisterin\n    sources: []\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "sources: []"), "ms-ob", "sources")
    assert "at least 1 item" in problem.message


def test_load_structure_file_rejects_a_too_short_quote(tmp_path: Path) -> None:
    # given
    text = HEADER + (
        "posts:\n"
        "  - id: ms-ob\n"
        "    name: Oberbürgermeisterin\n"
        "    sources:\n"
        "      - document: ms-konzept\n"
        "        quote: OB\n"
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "quote: OB"), "ms-ob", "sources.0.quote")
    assert "at least 3 characters" in problem.message


@pytest.mark.parametrize("bad_id", ["ms-oberbürgermeisterin", "ms-Oberbuergermeisterin"])
def test_load_structure_file_rejects_an_id_that_is_not_a_slug(tmp_path: Path, bad_id: str) -> None:
    # given
    text = HEADER + POST.replace("id: ms-ob", f"id: {bad_id}")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, f"id: {bad_id}"), bad_id, "id")
    assert "should match pattern" in problem.message


def test_load_structure_file_rejects_an_id_that_is_not_text(tmp_path: Path) -> None:
    # given
    text = HEADER + POST.replace("id: ms-ob", "id: [ms-ob]")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert (problem.file, problem.line, problem.field) == (
        str(path),
        line_of(text, "id: [ms-ob]"),
        "id",
    )


def test_load_structure_file_rejects_a_duplicate_id(tmp_path: Path) -> None:
    # given
    text = HEADER + POST + POST.removeprefix("posts:\n")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "- id: ms-ob", 2), "ms-ob", "id")
    assert problem.message == f"duplicate id (first at line {line_of(text, '- id: ms-ob')})"


def test_load_structure_file_rejects_a_citation_of_an_undeclared_document(
    tmp_path: Path,
) -> None:
    # given
    text = HEADER + NODES.replace(
        "{document: ms-konzept, quote: Amt für Soziales}",
        "{document: ms-beschluss, quote: Amt für Soziales}",
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "- id: ms-amt"), "ms-amt", "sources")
    assert problem.message == "cites unknown document 'ms-beschluss'"


# --- relationships -------------------------------------------------------------------------


def test_load_structure_file_rejects_an_unknown_relationship_type(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: leads
    from: ms-amt
    to: ms-steuerungsgruppe
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "type: leads"),
        "leads ms-amt -> ms-steuerungsgruppe",
        "type",
    )
    assert "got 'leads'" in problem.message


def test_load_structure_file_rejects_an_unknown_role(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: member_of
    from: ms-amt
    to: ms-steuerungsgruppe
    role: boss
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "role: boss"),
        "member_of ms-amt -> ms-steuerungsgruppe",
        "role",
    )
    assert "'guest' or 'substitute', got 'boss'" in problem.message


def test_load_structure_file_rejects_a_member_of_without_role(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: member_of
    from: ms-amt
    to: ms-steuerungsgruppe
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "- type: member_of"),
        "member_of ms-amt -> ms-steuerungsgruppe",
        None,
    )
    assert problem.message == "a member_of relationship needs a role"


def test_load_structure_file_rejects_a_role_on_another_type(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: owns
    from: ms-amt
    to: ms-m-sprachkurse
    role: member
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "- type: owns"),
        "owns ms-amt -> ms-m-sprachkurse",
        None,
    )
    assert problem.message == "only member_of may carry role"


def test_load_structure_file_rejects_a_duplicate_relationship(tmp_path: Path) -> None:
    # given
    owns = """\
  - type: owns
    from: ms-amt
    to: ms-m-sprachkurse
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    text = HEADER + NODES + "relationships:\n" + owns + owns
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "- type: owns", 2),
        "owns:ms-amt:ms-m-sprachkurse",
        None,
    )
    first = line_of(text, "- type: owns")
    assert problem.message == f"duplicate relationship (first at line {first})"


@pytest.mark.parametrize(
    ("end", "key"),
    [
        ("from", "member_of:ms-niemand:ms-steuerungsgruppe:member"),
        ("to", "member_of:ms-amt:ms-niemand:member"),
        ("on_behalf_of", "member_of:ms-amt:ms-steuerungsgruppe:member:ms-niemand"),
    ],
)
def test_load_structure_file_rejects_a_reference_to_an_unknown_id(
    tmp_path: Path, end: str, key: str
) -> None:
    # given
    ends = {"from": "ms-amt", "to": "ms-steuerungsgruppe", end: "ms-niemand"}
    text = HEADER + NODES + "relationships:\n  - type: member_of\n    role: member\n"
    text += "".join(f"    {name}: {ref}\n" for name, ref in ends.items())
    text += "    sources: [{document: ms-konzept, quote: Konzept Integration}]\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (str(path), line_of(text, "- type: member_of"), key, end)
    assert problem.message == "unknown id 'ms-niemand'"


def test_load_structure_file_rejects_a_measure_as_member(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: member_of
    from: ms-m-sprachkurse
    to: ms-steuerungsgruppe
    role: member
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "- type: member_of"),
        "member_of:ms-m-sprachkurse:ms-steuerungsgruppe:member",
        "from",
    )
    assert problem.message == (
        "member_of cannot start at Measure 'ms-m-sprachkurse' "
        "(allowed: Body, OrgUnit, Person, Post)"
    )


def test_load_structure_file_rejects_oversees_from_an_org_unit(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: oversees
    from: ms-amt
    to: ms-hf-sprache
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "- type: oversees"),
        "oversees:ms-amt:ms-hf-sprache",
        "from",
    )
    assert problem.message == "oversees cannot start at OrgUnit 'ms-amt' (allowed: Body)"


def test_load_structure_file_rejects_on_behalf_of_a_person(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + NODES
        + """\
relationships:
  - type: member_of
    from: ms-amt
    to: ms-steuerungsgruppe
    role: member
    on_behalf_of: ms-erika
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(path)

    # then
    assert where(problem) == (
        str(path),
        line_of(text, "- type: member_of"),
        "member_of:ms-amt:ms-steuerungsgruppe:member:ms-erika",
        "on_behalf_of",
    )
    assert problem.message == "must be a Body or OrgUnit, not Person"


# --- collecting problems -------------------------------------------------------------------


def test_load_structure_file_reports_every_problem_sorted_by_line(tmp_path: Path) -> None:
    # given
    text = (
        HEADER
        + """\
relationships:
  - type: owns
    from: ms-amt
    to: ms-m-nirgends
    sources: [{document: ms-konzept, quote: Konzept Integration}]
units:
  - id: ms-amt
    name: Amt für Soziales
    kind: office
    farbe: rot
    sources: [{document: ms-konzept, quote: Amt für Soziales}]
  - id: ms-referat
    name: Referat für Soziales
    kind: referat
    sources: [{document: ms-konzept, quote: Referat für Soziales}]
  - id: ms-amt
    name: Amt für Soziales
    kind: office
    sources: [{document: ms-konzept, quote: Amt für Soziales}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    problems = problems_of(path)

    # then
    assert [(p.line, p.entity, p.field) for p in problems] == [
        (line_of(text, "- type: owns"), "owns:ms-amt:ms-m-nirgends", "to"),
        (line_of(text, "farbe: rot"), "ms-amt", "farbe"),
        (line_of(text, "kind: referat"), "ms-referat", "kind"),
        (line_of(text, "- id: ms-amt", 2), "ms-amt", "id"),
    ]


def test_load_structure_file_does_not_report_a_reference_to_a_failed_node(
    tmp_path: Path,
) -> None:
    # given
    text = (
        HEADER
        + NODES.replace("kind: office", "kind: amt")
        + """\
relationships:
  - type: owns
    from: ms-amt
    to: ms-m-sprachkurse
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    problems = problems_of(path)

    # then
    assert [where(p) for p in problems] == [
        (str(path), line_of(text, "kind: amt"), "ms-amt", "kind")
    ]


def test_load_structure_file_does_not_report_on_behalf_of_a_failed_node(
    tmp_path: Path,
) -> None:
    # given
    text = (
        HEADER
        + NODES.replace("kind: office", "kind: amt")
        + """\
relationships:
  - type: member_of
    from: ms-erika
    to: ms-steuerungsgruppe
    role: member
    on_behalf_of: ms-amt
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
    )
    path = write_yaml(tmp_path, text)

    # when
    problems = problems_of(path)

    # then
    assert [where(p) for p in problems] == [
        (str(path), line_of(text, "kind: amt"), "ms-amt", "kind")
    ]


def test_load_structure_file_does_not_report_citations_of_a_failed_document(
    tmp_path: Path,
) -> None:
    # given
    text = HEADER.replace("kind: concept", "kind: konzept") + NODES
    path = write_yaml(tmp_path, text)

    # when
    problems = problems_of(path)

    # then
    assert [where(p) for p in problems] == [
        (str(path), line_of(text, "kind: konzept"), "ms-konzept", "kind")
    ]


# --- several files -------------------------------------------------------------------------


def test_load_structure_files_rejects_a_second_file_for_the_same_city(tmp_path: Path) -> None:
    # given
    first = write_yaml(tmp_path, HEADER, "ms.yaml")
    second = write_yaml(tmp_path, HEADER + NODES, "ms-kopie.yaml")

    # when
    with pytest.raises(InputError) as info:
        load_structure_files([first, second])

    # then
    [problem] = info.value.problems
    assert where(problem) == (str(second), None, "ms", "city")
    assert problem.message == f"city already loaded from {first}"


def test_load_structure_files_reports_the_problems_of_every_file(tmp_path: Path) -> None:
    # given
    first = write_yaml(tmp_path, HEADER + "gremien: []\n", "a.yaml")
    second = write_yaml(tmp_path, "documents: []\n", "b.yaml")

    # when
    with pytest.raises(InputError) as info:
        load_structure_files([first, second])

    # then
    assert [(p.file, p.field) for p in info.value.problems] == [
        (str(first), "gremien"),
        (str(second), "city"),
    ]


def test_load_structure_files_returns_one_dataset_per_file_in_order(tmp_path: Path) -> None:
    # given
    first = write_yaml(tmp_path, HEADER, "ms.yaml")
    second = write_yaml(tmp_path, HEADER.replace("id: ms\n", "id: ns\n"), "ns.yaml")

    # when
    datasets = load_structure_files([first, second])

    # then
    assert [data.city.id for data in datasets] == ["ms", "ns"]
