"""Tests for govgraph.graphmodel.provenance: quote checks against source files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from govgraph.errors import Problem
from govgraph.graphmodel import (
    City,
    CityDataset,
    Document,
    DocumentKind,
    Located,
    Node,
    OrgUnit,
    OrgUnitKind,
    Relationship,
    RelType,
    Source,
    assemble_city,
)
from govgraph.graphmodel.provenance import find_unverified_quotes, normalise_text
from govgraph.loaders import load_structure_file

DATA = Path(__file__).parents[1] / "data"
FILE = "ms.yaml"
SOURCE_TEXT = """\
<html><body>
<h1>Konzept Integration Musterstadt</h1>
<p>Die Geschäftsführung liegt bei der
<p>Stabsstelle Integration</p> im   Referat für Soziales.</p>
<p>Das Amt für Soziales ist Teil des Referats.</p>
</body></html>
"""


def cite(quote: str) -> Source:
    return Source(document="ms-konzept", quote=quote)


def dataset(nodes: Sequence[Node] = (), relationships: Sequence[Relationship] = ()) -> CityDataset:
    """City ``ms`` (line 1) with its concept document (line 2), then ``nodes`` from line 3."""
    city = City(id="ms", name="Musterstadt", sources=[cite("Konzept Integration Musterstadt")])
    document = Document(
        id="ms-konzept",
        name="Konzept Integration Musterstadt",
        kind=DocumentKind.CONCEPT,
        sources=[cite("Konzept Integration Musterstadt")],
    )
    return assemble_city(
        Located(city, 1),
        [Located[Node](node, line) for line, node in enumerate([document, *nodes], 2)],
        [Located(rel, line) for line, rel in enumerate(relationships, 20)],
        file=FILE,
    )


def write_source(folder: Path, text: str = SOURCE_TEXT) -> Path:
    (folder / "ms-konzept.txt").write_text(text, encoding="utf-8")
    return folder


def test_find_unverified_quotes_finds_a_quote_across_tags_and_line_breaks(tmp_path: Path) -> None:
    # given
    sources = write_source(tmp_path)
    unit = OrgUnit(
        id="ms-stabsstelle",
        name="Stabsstelle Integration",
        kind=OrgUnitKind.OFFICE,
        sources=[cite("Die Geschäftsführung liegt bei der Stabsstelle Integration im Referat")],
    )

    # when
    problems = find_unverified_quotes([dataset([unit])], sources)

    # then
    assert problems == []


def test_find_unverified_quotes_finds_a_quote_with_tags_of_its_own(tmp_path: Path) -> None:
    # given
    sources = write_source(tmp_path)
    unit = OrgUnit(
        id="ms-stabsstelle",
        name="Stabsstelle Integration",
        kind=OrgUnitKind.OFFICE,
        sources=[cite("<p>Stabsstelle Integration</p> im Referat für Soziales")],
    )

    # when
    problems = find_unverified_quotes([dataset([unit])], sources)

    # then
    assert problems == []


def test_find_unverified_quotes_reports_changed_wording_with_file_line_and_entity(
    tmp_path: Path,
) -> None:
    # given
    sources = write_source(tmp_path)
    unit = OrgUnit(
        id="ms-stabsstelle",
        name="Stabsstelle Integration",
        kind=OrgUnitKind.OFFICE,
        sources=[cite("Stabsstelle Integration beim Referat für Soziales")],
    )
    part_of = Relationship(
        type=RelType.PART_OF,
        source="ms-stabsstelle",
        target="ms",
        sources=[cite("Stabsstelle Integration im Referat für Soziales")],
    )

    # when
    problems = find_unverified_quotes([dataset([unit], [part_of])], sources)

    # then
    assert problems == [
        Problem(
            FILE,
            3,
            "ms-stabsstelle",
            "sources",
            "quote not found in ms-konzept: 'Stabsstelle Integration beim Referat für Soziales'",
        )
    ]


def test_find_unverified_quotes_reports_a_relationship_by_its_key_and_line(
    tmp_path: Path,
) -> None:
    # given
    sources = write_source(tmp_path)
    amt = OrgUnit(
        id="ms-amt", name="Amt für Soziales", kind=OrgUnitKind.OFFICE, sources=[cite("Amt für")]
    )
    referat = OrgUnit(
        id="ms-referat",
        name="Referat für Soziales",
        kind=OrgUnitKind.DEPARTMENT,
        sources=[cite("Referat für Soziales")],
    )
    part_of = Relationship(
        type=RelType.PART_OF,
        source="ms-amt",
        target="ms-referat",
        sources=[cite("Das Amt für Soziales gehört zum Referat.")],
    )

    # when
    problems = find_unverified_quotes([dataset([amt, referat], [part_of])], sources)

    # then
    assert [(p.line, p.entity, p.field) for p in problems] == [
        (20, "part_of:ms-amt:ms-referat", "sources")
    ]


def test_find_unverified_quotes_keeps_case_and_punctuation(tmp_path: Path) -> None:
    # given
    sources = write_source(tmp_path)
    units = [
        OrgUnit(
            id=f"ms-amt-{number}",
            name="Amt für Soziales",
            kind=OrgUnitKind.OFFICE,
            sources=[cite(quote)],
        )
        for number, quote in enumerate(
            ["das Amt für Soziales", "Amt für Soziales, Teil", "Amt für **Soziales**"]
        )
    ]

    # when
    problems = find_unverified_quotes([dataset(units)], sources)

    # then
    assert [p.entity for p in problems] == ["ms-amt-0", "ms-amt-1", "ms-amt-2"]


def test_find_unverified_quotes_reports_a_missing_source_file(tmp_path: Path) -> None:
    # given
    sources = tmp_path
    data = dataset()

    # when
    problems = find_unverified_quotes([data], sources)

    # then
    message = f"no source file ms-konzept.txt in {sources}"
    assert problems == [
        Problem(FILE, 1, "ms", "sources", message),
        Problem(FILE, 2, "ms-konzept", "sources", message),
    ]


def test_find_unverified_quotes_does_not_report_a_derived_link_again(tmp_path: Path) -> None:
    # given
    sources = write_source(tmp_path)
    unit = OrgUnit(
        id="ms-jugendamt",
        name="Jugendamt",
        kind=OrgUnitKind.OFFICE,
        sources=[cite("Das Jugendamt ist Teil des Referats.")],
    )
    data = dataset([unit])

    # when
    problems = find_unverified_quotes([data], sources)

    # then
    assert [r.key for r in data.relationships] == ["part_of:ms-jugendamt:ms"]
    assert [(p.line, p.entity) for p in problems] == [(3, "ms-jugendamt")]


def test_find_unverified_quotes_verifies_the_example_city() -> None:
    # given
    data = load_structure_file(DATA / "musterstadt.yaml")

    # when
    problems = find_unverified_quotes([data], DATA / "sources")

    # then
    assert problems == []


def test_normalise_text_removes_tags_and_collapses_whitespace() -> None:
    # given
    text = "<p>Stabsstelle\n  Integration</p>\t im <b>Referat</b>"

    # when
    normalised = normalise_text(text)

    # then
    assert normalised == "Stabsstelle Integration im Referat"


def test_normalise_text_keeps_case_punctuation_and_markdown() -> None:
    # given
    text = "Zuständige Stelle: **Amt 50** (federführend), „Beirat“ – ja!"

    # when
    normalised = normalise_text(text)

    # then
    assert normalised == text
