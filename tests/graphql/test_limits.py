"""Query limits (depth, aliases, tokens, page size) and the masking of unexpected errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
from graphql import get_introspection_query
from support import bolt_driver, error_messages

from govgraph.graphql import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from govgraph.store import StoreSettings


def _nested_members(levels: int) -> str:
    selection = "id"
    for _ in range(levels):
        selection = f"members {{ member {{ ... on Body {{ {selection} }} }} }}"
    return f'{{ bodies(city: "bamberg") {{ {selection} }} }}'


def test_an_over_deep_query_is_rejected(api: httpx.Client) -> None:
    # given: each level of members adds two to the depth
    query = _nested_members(MAX_DEPTH // 2 + 1)

    # when
    messages = error_messages(api, query)

    # then
    assert messages == [f"'anonymous' exceeds maximum operation depth of {MAX_DEPTH}"]


def test_a_query_at_the_depth_limit_is_answered(api: httpx.Client) -> None:
    # given
    query = _nested_members(MAX_DEPTH // 2 - 1)

    # when
    answer = api.post("/graphql", json={"query": query}).json()

    # then
    assert "errors" not in answer


def test_an_over_aliased_query_is_rejected(api: httpx.Client) -> None:
    # given
    fields = " ".join(f'c{i}: city(id: "erlangen") {{ id }}' for i in range(MAX_ALIASES + 1))

    # when
    messages = error_messages(api, f"{{ {fields} }}")

    # then
    assert messages == [f"{MAX_ALIASES + 1} aliases found. Allowed: {MAX_ALIASES}"]


def test_an_over_long_query_is_rejected(api: httpx.Client) -> None:
    # given
    query = "{ cities { " + "id " * MAX_TOKENS + "} }"

    # when
    messages = error_messages(api, query)

    # then
    assert messages == [
        f"Syntax Error: Document contains more than {MAX_TOKENS} tokens. Parsing aborted."
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("first: 101", "first must be between 1 and 100, not 101"),
        ("first: 0", "first must be between 1 and 100, not 0"),
        ("offset: -1", "offset must not be negative, not -1"),
    ],
)
def test_page_size_is_bounded(api: httpx.Client, arguments: str, message: str) -> None:
    # when
    messages = error_messages(api, f'{{ bodies(city: "bamberg", {arguments}) {{ id }} }}')

    # then
    assert messages == [message]


@pytest.fixture
def foreign_node(store_settings: StoreSettings) -> Iterator[str]:
    """A node another tool wrote into the store: govgraph's common label, but beside it a
    label govgraph does not know."""
    driver, database = bolt_driver(store_settings)
    with driver:
        driver.execute_query(
            "CREATE (:Fremdobjekt:Entity {id: $id, name: 'Fremd', city: 'fremdstadt', kind: 'x'})",
            id="fremdobjekt-1",
            database_=database,
        )
        yield "fremdobjekt-1"
        driver.execute_query("MATCH (n:Fremdobjekt) DETACH DELETE n", database_=database)


def test_unexpected_errors_are_masked_and_logged(
    api: httpx.Client, foreign_node: str, caplog: pytest.LogCaptureFixture
) -> None:
    # when
    with caplog.at_level(logging.ERROR, logger="govgraph.graphql"):
        messages = error_messages(
            api, "query($id: ID!) { entity(id: $id) { id } }", id=foreign_node
        )

    # then
    assert messages == ["Unexpected error."]
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [KeyError]


def test_the_introspection_query_passes_the_limits(api: httpx.Client) -> None:
    # given: what GraphiQL and other clients send to learn the schema
    query = get_introspection_query(descriptions=True)

    # when
    answer = api.post("/graphql", json={"query": query}).json()

    # then
    assert "errors" not in answer
    assert answer["data"]["__schema"]["queryType"]["name"] == "Query"
