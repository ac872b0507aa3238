"""Each question file answers correctly on the example city, in the real store."""

from __future__ import annotations

import pytest
from support import example_dataset

from govgraph.graphmodel import to_networkx
from govgraph.queries import QueryExecutor, questions
from govgraph.store import BoltStore

CITY = "querystadt"


@pytest.fixture(scope="module")
def ask(store: BoltStore, tmp_path_factory: pytest.TempPathFactory) -> QueryExecutor:
    store.replace_cities(to_networkx([example_dataset(tmp_path_factory.mktemp("q"), CITY)]))
    return QueryExecutor(store)


def test_chairs_name_the_post_and_its_holder(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("chairs", city=CITY)

    # then
    assert rows == [
        {
            "body": f"{CITY}-steuerungsgruppe",
            "body_name": "Steuerungsgruppe Integration",
            "chair": f"{CITY}-oberbuergermeisterin",
            "chair_label": "Post",
            "chair_name": "Oberbürgermeisterin",
            "holder": "Erika Mustermann",
            "condition": None,
        }
    ]


def test_members_carry_roles_and_counts(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("members", body=f"{CITY}-steuerungsgruppe")

    # then
    assert [(r["member"], r["role"], r["count"], r["count_text"]) for r in rows] == [
        (f"{CITY}-amt-soziales", "member", None, None),
        (f"{CITY}-fraktionen", "member", 2, "je zwei Vertreter der Fraktionen"),
        (f"{CITY}-integrationsbeirat", "advisory", 1, None),
        (f"{CITY}-oberbuergermeisterin", "chair", None, None),
    ]


def test_responsibilities_list_every_action_field(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("responsibilities", city=CITY)

    # then
    assert [(r["field"], r["responsible"], r["overseen_by"]) for r in rows] == [
        (f"{CITY}-hf-arbeit", [], []),
        (f"{CITY}-hf-sprache", [f"{CITY}-amt-soziales"], [f"{CITY}-sozialausschuss"]),
    ]


def test_reporting_lines(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("reporting_lines", city=CITY)

    # then
    assert [(r["source"], r["type"], r["target"]) for r in rows] == [
        (f"{CITY}-steuerungsgruppe", "RECOMMENDS_TO", f"{CITY}-stadtrat")
    ]


def test_measures_without_owner(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("measures_without_owner", city=CITY)

    # then
    assert rows == [{"id": f"{CITY}-m-integrationsbericht", "name": "Integrationsbericht"}]


def test_entity_and_its_relationships(ask: QueryExecutor) -> None:
    # when
    entity = ask.one("entity", id=f"{CITY}-steuerungsgruppe")
    rels = ask.many("relationships_of", id=f"{CITY}-stabsstelle-integration")

    # then
    assert entity is not None
    assert entity["label"] == "Body"
    assert entity["properties"]["rhythm"] == "vierteljährlich"
    assert entity["properties"]["meetings_per_year"] == 4
    assert [(r["type"], r["outgoing"], r["other"]) for r in rels] == [
        ("ORGANISES", True, f"{CITY}-steuerungsgruppe"),
        ("PART_OF", True, f"{CITY}-referat-soziales"),
    ]


def test_unknown_entity_is_none(ask: QueryExecutor) -> None:
    # when / then
    assert ask.one("entity", id="nowhere") is None


def test_parameters_are_checked(ask: QueryExecutor) -> None:
    # when / then
    with pytest.raises(TypeError, match="missing parameters"):
        ask("chairs", town=CITY)


def test_every_question_declares_a_description() -> None:
    # when / then
    assert all(statement.description for statement in questions().values())
