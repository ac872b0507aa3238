"""Each question file answers correctly on the example city, in the real store."""

from __future__ import annotations

import pytest
from support import entity, example_dataset

from govgraph.graphmodel import fold, to_networkx
from govgraph.queries import QueryExecutor, questions
from govgraph.store import BoltStore

CITY = "querystadt"
PAGE = {"first": 100, "offset": 0}


@pytest.fixture(scope="module")
def ask(store: BoltStore, tmp_path_factory: pytest.TempPathFactory) -> QueryExecutor:
    store.replace_cities(to_networkx([example_dataset(tmp_path_factory.mktemp("q"), CITY)]))
    return QueryExecutor(store)


def test_cities_include_the_example_city(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("cities", first=1000, offset=0)
    names = ask.many("city_names")

    # then
    [city] = [r for r in rows if r["id"] == CITY]
    assert (city["label"], city["properties"]["name"]) == ("City", "Musterstadt")
    assert {"id": CITY, "name": "Musterstadt"} in names
    assert [r["id"] for r in names] == sorted(r["id"] for r in names)


def test_cities_come_in_windows_by_id(ask: QueryExecutor) -> None:
    # when
    everything = [r["id"] for r in ask.many("cities", first=1000, offset=0)]
    window = [r["id"] for r in ask.many("cities", first=2, offset=1)]

    # then
    assert everything == sorted(everything)
    assert window == everything[1:3]


def test_chairs_name_the_body_the_chair_and_the_membership(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("chairs", city=CITY, **PAGE)

    # then
    assert [(r["id"], r["chair"], r["chair_label"], r["properties"]["role"]) for r in rows] == [
        (f"{CITY}-steuerungsgruppe", f"{CITY}-oberbuergermeisterin", "Post", "chair")
    ]
    assert rows[0]["body"]["name"] == "Steuerungsgruppe Integration"


def test_members_carry_roles_and_counts(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("members", bodies=[f"{CITY}-steuerungsgruppe"])

    # then
    assert [(r["member"], r["role"], r["count"], r["count_text"]) for r in rows] == [
        (f"{CITY}-amt-soziales", "member", None, None),
        (f"{CITY}-fraktionen", "member", 2, "je zwei Vertreter der Fraktionen"),
        (f"{CITY}-integrationsbeirat", "advisory", 1, None),
        (f"{CITY}-oberbuergermeisterin", "chair", None, None),
    ]


def test_bodies_of_one_kind_and_pages(ask: QueryExecutor) -> None:
    # when
    steering = ask.many("bodies", city=CITY, kind="steering", **PAGE)
    second = ask.many("bodies", city=CITY, kind=None, first=1, offset=1)
    everything = ask.many("bodies", city=CITY, kind=None, **PAGE)

    # then
    assert [r["id"] for r in steering] == [f"{CITY}-steuerungsgruppe"]
    assert [r["id"] for r in second] == [everything[1]["id"]]


def test_action_fields_by_name(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("action_fields", city=CITY, action_field=None, **PAGE)
    one = ask.many("action_fields", city=CITY, action_field=f"{CITY}-hf-sprache", **PAGE)

    # then
    assert [r["properties"]["name"] for r in rows] == ["Arbeit", "Sprache"]
    assert [r["id"] for r in one] == [f"{CITY}-hf-sprache"]


def test_measures_filtered_by_field_owner_and_status(ask: QueryExecutor) -> None:
    # when
    by_field = ask.many(
        "measures", city=CITY, action_field=f"{CITY}-hf-sprache", owner=None, status=None, **PAGE
    )
    by_owner = ask.many(
        "measures", city=CITY, action_field=None, owner=f"{CITY}-amt-soziales", status=None, **PAGE
    )
    by_status = ask.many(
        "measures", city=CITY, action_field=None, owner=None, status="erledigt", **PAGE
    )

    # then
    assert [r["id"] for r in by_field] == [f"{CITY}-m-sprachkurse"]
    assert [r["id"] for r in by_owner] == [f"{CITY}-m-sprachkurse"]
    assert by_status == []


def test_reporting_lines(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("reporting_lines", city=CITY)

    # then
    assert [(r["source"], r["type"], r["target"]) for r in rows] == [
        (f"{CITY}-steuerungsgruppe", "RECOMMENDS_TO", f"{CITY}-stadtrat")
    ]


def test_measures_without_owner(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("measures_without_owner", city=CITY, **PAGE)

    # then
    assert [(r["id"], r["properties"]["name"]) for r in rows] == [
        (f"{CITY}-m-integrationsbericht", "Integrationsbericht")
    ]


def test_search_in_a_city_matches_folded_names(ask: QueryExecutor) -> None:
    # when
    rows = ask.many(
        "search_in_city", text=fold("OBERBÜRGERMEISTERIN"), city=CITY, kinds=None, **PAGE
    )
    posts = ask.many("search_in_city", text=fold("integration"), city=CITY, kinds=["post"], **PAGE)

    # then
    assert [r["id"] for r in rows] == [f"{CITY}-oberbuergermeisterin"]
    assert posts == []


def test_search_everywhere_finds_parts_of_words_through_the_search_terms(
    ask: QueryExecutor,
) -> None:
    # when: "burgermeisterin" is the inner part of the word "oberburgermeisterin"
    rows = ask.many(
        "search", text="burgermeisterin", word="burgermeisterin", kinds=["post"], **PAGE
    )

    # then
    assert f"{CITY}-oberbuergermeisterin" in [r["id"] for r in rows]
    assert {r["label"] for r in rows} == {"Post"}


def test_roles_include_those_through_a_held_post(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("roles", id=f"{CITY}-erika-mustermann")

    # then
    assert [(r["via"], r["type"], r["target"]) for r in rows] == [
        (f"{CITY}-oberbuergermeisterin", "MEMBER_OF", f"{CITY}-steuerungsgruppe")
    ]


def test_entity_and_its_relationships(ask: QueryExecutor) -> None:
    # when
    gruppe = entity(ask, f"{CITY}-steuerungsgruppe")
    rels = ask.many("relationships_of", ids=[f"{CITY}-stabsstelle-integration"])

    # then
    assert gruppe is not None
    assert gruppe["label"] == "Body"
    assert gruppe["properties"]["rhythm"] == "vierteljährlich"
    assert gruppe["properties"]["meetings_per_year"] == 4
    assert [(r["type"], r["outgoing"], r["other"], r["other_label"]) for r in rels] == [
        ("ORGANISES", True, f"{CITY}-steuerungsgruppe", "Body"),
        ("PART_OF", True, f"{CITY}-referat-soziales", "OrgUnit"),
    ]


def test_entities_skip_unknown_ids(ask: QueryExecutor) -> None:
    # when
    rows = ask.many("entities", ids=["nowhere", f"{CITY}-hf-arbeit"])

    # then
    assert [r["id"] for r in rows] == [f"{CITY}-hf-arbeit"]
    assert entity(ask, "nowhere") is None


def test_parameters_are_checked(ask: QueryExecutor) -> None:
    # when / then
    with pytest.raises(TypeError, match="missing parameters"):
        ask("chairs", town=CITY)


def test_every_question_declares_a_description() -> None:
    # when / then
    assert all(statement.description for statement in questions().values())
