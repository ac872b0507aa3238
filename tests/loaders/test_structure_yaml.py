"""Tests for govgraph.loaders.structure_yaml, through load_structure_file(s)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
from support import problems_of, where, write_yaml

from govgraph.errors import InputError
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


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based number of the line holding the ``occurrence``-th hit of ``needle``."""
    hits = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def relationship(*fields: str) -> str:
    """HEADER and NODES with one relationship of these ``key: value`` fields, citing the concept."""
    lines = "".join(f"    {field}\n" for field in fields)
    return (
        HEADER
        + NODES
        + "relationships:\n  - "
        + lines.removeprefix("    ")
        + "    sources: [{document: ms-konzept, quote: Konzept Integration}]\n"
    )


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


# --- rejected files ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rejection:
    """A structure file with one problem, and where and how the loader reports it."""

    id: str
    text: str
    line: str | int | None
    """A needle for ``line_of(text, needle)``, the line number itself, or None."""
    entity: str | None
    field: str | None
    message: str
    match: Literal["equals", "starts", "contains"]
    """How the problem's message is compared with ``message``."""


TWICE_POST = HEADER + POST + POST.removeprefix("posts:\n")
OWNS = """\
  - type: owns
    from: ms-amt
    to: ms-m-sprachkurse
    sources: [{document: ms-konzept, quote: Konzept Integration}]
"""
TWICE_OWNS = HEADER + NODES + "relationships:\n" + OWNS + OWNS
MEMBER = ("type: member_of", "role: member")
MS_AMT_IN_STEERING = ("from: ms-amt", "to: ms-steuerungsgruppe")

REJECTIONS = [
    # malformed files
    Rejection(
        "top-level-list",
        "- city: ms\n",
        line=1,
        entity=None,
        field=None,
        message="expected a mapping with a 'city' key",
        match="contains",
    ),
    Rejection(
        "unknown-section",
        HEADER + "gremien: []\n",
        line="gremien:",
        entity=None,
        field="gremien",
        message="unknown section (expected one of: city, documents",
        match="starts",
    ),
    Rejection(
        "no-city",
        "documents: []\n",
        line=1,
        entity=None,
        field="city",
        message="a 'city' mapping is required",
        match="contains",
    ),
    Rejection(
        "section-not-a-list",
        HEADER + "units:\n  id: ms-amt\n",
        line="units:",
        entity=None,
        field="units",
        message="expected a list",
        match="equals",
    ),
    Rejection(
        "item-not-a-mapping",
        HEADER + "units:\n  - ms-amt\n",
        line="- ms-amt",
        entity=None,
        field=None,
        message="expected a mapping for a OrgUnit",
        match="contains",
    ),
    # nodes
    Rejection(
        "unknown-field",
        HEADER + NODES.replace("kind: office", "kind: office\n    farbe: rot"),
        line="farbe: rot",
        entity="ms-amt",
        field="farbe",
        message="unknown field",
        match="equals",
    ),
    Rejection(
        "unknown-unit-kind",
        HEADER + NODES.replace("kind: office", "kind: amt"),
        line="kind: amt",
        entity="ms-amt",
        field="kind",
        message="'department', 'office', 'company' or 'external', got 'amt'",
        match="contains",
    ),
    Rejection(
        "unknown-body-kind",
        HEADER + NODES.replace("kind: steering", "kind: gremium"),
        line="kind: gremium",
        entity="ms-steuerungsgruppe",
        field="kind",
        message="'party_group', got 'gremium'",
        match="contains",
    ),
    *(
        Rejection(
            f"bad-date-{value.replace(' ', '-')}",
            HEADER + NODES.replace("kind: steering", f"kind: steering\n    established: {value}"),
            line="established:",
            entity="ms-steuerungsgruppe",
            field="established",
            message=message,
            match="contains",
        )
        for value, message in [
            ("2018-13", "'2018-13' is not a date"),
            ("2018-13-01", "'2018-13-01' is not a date"),
            ("25.9.2008", "'25.9.2008' is not a date"),
            ("2008-09-25 10:30:00", "is not a date"),
        ]
    ),
    Rejection(
        "empty-sources",
        HEADER + "posts:\n  - id: ms-ob\n    name: Oberbürgermeisterin\n    sources: []\n",
        line="sources: []",
        entity="ms-ob",
        field="sources",
        message="at least 1 item",
        match="contains",
    ),
    Rejection(
        "too-short-quote",
        HEADER
        + (
            "posts:\n"
            "  - id: ms-ob\n"
            "    name: Oberbürgermeisterin\n"
            "    sources:\n"
            "      - document: ms-konzept\n"
            "        quote: OB\n"
        ),
        line="quote: OB",
        entity="ms-ob",
        field="sources.0.quote",
        message="at least 3 characters",
        match="contains",
    ),
    *(
        Rejection(
            f"id-not-a-slug-{flaw}",
            HEADER + POST.replace("id: ms-ob", f"id: {bad_id}"),
            line=f"id: {bad_id}",
            entity=bad_id,
            field="id",
            message="should match pattern",
            match="contains",
        )
        for flaw, bad_id in [
            ("umlaut", "ms-oberbürgermeisterin"),
            ("capital", "ms-Oberbuergermeisterin"),
        ]
    ),
    Rejection(
        "duplicate-id",
        TWICE_POST,
        line=line_of(TWICE_POST, "- id: ms-ob", 2),
        entity="ms-ob",
        field="id",
        message=f"duplicate id (first at line {line_of(TWICE_POST, '- id: ms-ob')})",
        match="equals",
    ),
    Rejection(
        "citation-of-an-undeclared-document",
        HEADER
        + NODES.replace(
            "{document: ms-konzept, quote: Amt für Soziales}",
            "{document: ms-beschluss, quote: Amt für Soziales}",
        ),
        line="- id: ms-amt",
        entity="ms-amt",
        field="sources",
        message="cites unknown document 'ms-beschluss'",
        match="equals",
    ),
    # relationships
    Rejection(
        "unknown-relationship-type",
        relationship("type: leads", *MS_AMT_IN_STEERING),
        line="type: leads",
        entity="leads ms-amt -> ms-steuerungsgruppe",
        field="type",
        message="got 'leads'",
        match="contains",
    ),
    Rejection(
        "unknown-role",
        relationship("type: member_of", *MS_AMT_IN_STEERING, "role: boss"),
        line="role: boss",
        entity="member_of ms-amt -> ms-steuerungsgruppe",
        field="role",
        message="'guest' or 'substitute', got 'boss'",
        match="contains",
    ),
    Rejection(
        "member-of-without-role",
        relationship("type: member_of", *MS_AMT_IN_STEERING),
        line="- type: member_of",
        entity="member_of ms-amt -> ms-steuerungsgruppe",
        field=None,
        message="a member_of relationship needs a role",
        match="equals",
    ),
    Rejection(
        "role-on-another-type",
        relationship("type: owns", "from: ms-amt", "to: ms-m-sprachkurse", "role: member"),
        line="- type: owns",
        entity="owns ms-amt -> ms-m-sprachkurse",
        field=None,
        message="only member_of may carry role",
        match="equals",
    ),
    Rejection(
        "duplicate-relationship",
        TWICE_OWNS,
        line=line_of(TWICE_OWNS, "- type: owns", 2),
        entity="owns:ms-amt:ms-m-sprachkurse",
        field=None,
        message=f"duplicate relationship (first at line {line_of(TWICE_OWNS, '- type: owns')})",
        match="equals",
    ),
    Rejection(
        "unknown-id-from",
        relationship(*MEMBER, "from: ms-niemand", "to: ms-steuerungsgruppe"),
        line="- type: member_of",
        entity="member_of:ms-niemand:ms-steuerungsgruppe:member",
        field="from",
        message="unknown id 'ms-niemand'",
        match="equals",
    ),
    Rejection(
        "unknown-id-to",
        relationship(*MEMBER, "from: ms-amt", "to: ms-niemand"),
        line="- type: member_of",
        entity="member_of:ms-amt:ms-niemand:member",
        field="to",
        message="unknown id 'ms-niemand'",
        match="equals",
    ),
    Rejection(
        "unknown-id-on-behalf-of",
        relationship(*MEMBER, *MS_AMT_IN_STEERING, "on_behalf_of: ms-niemand"),
        line="- type: member_of",
        entity="member_of:ms-amt:ms-steuerungsgruppe:member:ms-niemand",
        field="on_behalf_of",
        message="unknown id 'ms-niemand'",
        match="equals",
    ),
    Rejection(
        "measure-as-member",
        relationship(
            "type: member_of", "from: ms-m-sprachkurse", "to: ms-steuerungsgruppe", "role: member"
        ),
        line="- type: member_of",
        entity="member_of:ms-m-sprachkurse:ms-steuerungsgruppe:member",
        field="from",
        message="member_of cannot start at Measure 'ms-m-sprachkurse' "
        "(allowed: Body, OrgUnit, Person, Post)",
        match="equals",
    ),
    Rejection(
        "oversees-from-an-org-unit",
        relationship("type: oversees", "from: ms-amt", "to: ms-hf-sprache"),
        line="- type: oversees",
        entity="oversees:ms-amt:ms-hf-sprache",
        field="from",
        message="oversees cannot start at OrgUnit 'ms-amt' (allowed: Body)",
        match="equals",
    ),
    Rejection(
        "on-behalf-of-a-person",
        relationship(
            "type: member_of", *MS_AMT_IN_STEERING, "role: member", "on_behalf_of: ms-erika"
        ),
        line="- type: member_of",
        entity="member_of:ms-amt:ms-steuerungsgruppe:member:ms-erika",
        field="on_behalf_of",
        message="must be a Body or OrgUnit, not Person",
        match="equals",
    ),
]


@pytest.mark.parametrize("case", REJECTIONS, ids=lambda case: case.id)
def test_load_structure_file_rejects_a_file_with_one_problem(
    tmp_path: Path, case: Rejection
) -> None:
    # given
    path = write_yaml(tmp_path, case.text)
    line = line_of(case.text, case.line) if isinstance(case.line, str) else case.line

    # when
    [problem] = problems_of(load_structure_file, path)

    # then
    assert where(problem) == (str(path), line, case.entity, case.field)
    if case.match == "equals":
        assert problem.message == case.message
    elif case.match == "starts":
        assert problem.message.startswith(case.message)
    else:
        assert case.message in problem.message


def test_load_structure_file_reports_the_line_of_a_yaml_syntax_error(tmp_path: Path) -> None:
    # given
    text = HEADER + "posts:\n  - id: ms-ob\n    name: Oberbürgermeisterin: Erika\n"
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(load_structure_file, path)

    # then
    assert where(problem) == (str(path), line_of(text, "name: Oberbürgermeisterin"), None, None)
    assert problem.message.startswith("malformed YAML")
    assert "mapping values are not allowed here" in problem.message


def test_load_structure_file_rejects_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    # given
    path = tmp_path / "ms.yaml"
    path.write_bytes("city:\n  id: ms\n  name: Gro\u00dfstadt\n".encode("latin-1"))

    # when
    [problem] = problems_of(load_structure_file, path)

    # then
    assert where(problem) == (str(path), None, None, None)
    assert problem.message.startswith("not UTF-8 text")


def test_load_structure_file_rejects_an_id_that_is_not_text(tmp_path: Path) -> None:
    # given
    text = HEADER + POST.replace("id: ms-ob", "id: [ms-ob]")
    path = write_yaml(tmp_path, text)

    # when
    [problem] = problems_of(load_structure_file, path)

    # then
    assert (problem.file, problem.line, problem.field) == (
        str(path),
        line_of(text, "id: [ms-ob]"),
        "id",
    )


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
    problems = problems_of(load_structure_file, path)

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
    problems = problems_of(load_structure_file, path)

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
    problems = problems_of(load_structure_file, path)

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
    problems = problems_of(load_structure_file, path)

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
