"""Every ``graphql`` example in docs/queries.md runs against the five cities.

A block preceded by the line ``<!-- expect-error -->`` shows an error: it must fail, with
the message the document quotes. Every other block must answer without errors and with
something in each root field. Each example is followed by the ``json`` block of its
answer, and the API must give exactly that answer, on every engine the suite runs on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from support import ENGINE, data_of, error_messages, requires_embedded

from govgraph.graphmodel import to_networkx
from govgraph.loaders import bundled_structure_files, load_structure_files
from govgraph.store import EmbeddedServer, StoreSettings, open_store
from govgraph.web import create_app
from govgraph.web.testing import serving_in_background

DOC = Path(__file__).parents[2] / "docs" / "queries.md"
EXPECT_ERROR = "<!-- expect-error -->"
_FENCE = re.compile(r"^```(?P<lang>graphql|json)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
_ROOT_FIELD = re.compile(r"\{\s*(?:\w+\s*:\s*)?(?P<field>\w+)")


@dataclass(frozen=True)
class Example:
    """One ``graphql`` block of the document."""

    number: int
    query: str
    expects_error: bool
    answer: str | None
    """The ``json`` block right after the example, if there is one."""

    @property
    def root_field(self) -> str:
        """The first root field the query asks for (aliases skipped)."""
        match = _ROOT_FIELD.search(self.query)
        return match["field"] if match else "query"

    @property
    def id(self) -> str:
        """``block-<number>-<root field>``, for test ids."""
        return f"block-{self.number}-{self.root_field}"


def _examples(text: str) -> list[Example]:
    fences = list(_FENCE.finditer(text))
    examples = []
    for index, fence in enumerate(fences):
        if fence["lang"] != "graphql":
            continue
        preceding = text[: fence.start()].rstrip("\n").rsplit("\n", 1)[-1]
        after = fences[index + 1] if index + 1 < len(fences) else None
        answer = after["body"] if after is not None and after["lang"] == "json" else None
        examples.append(
            Example(len(examples) + 1, fence["body"], preceding.strip() == EXPECT_ERROR, answer)
        )
    return examples


DOC_TEXT = DOC.read_text(encoding="utf-8")
EXAMPLES = _examples(DOC_TEXT)


def test_the_document_has_examples_of_both_kinds() -> None:
    # then
    assert any(example.expects_error for example in EXAMPLES)
    assert any(not example.expects_error for example in EXAMPLES)


def test_every_root_field_has_an_example() -> None:
    # given
    root_fields = {
        "cities",
        "city",
        "entity",
        "search",
        "bodies",
        "chairs",
        "measures",
        "measuresWithoutOwner",
        "responsibilities",
        "reportingChain",
        "roles",
    }

    # when
    used = {example.root_field for example in EXAMPLES if not example.expects_error}

    # then
    assert root_fields <= used


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if not e.expects_error], ids=lambda e: e.id
)
def test_example_is_answered(api: httpx.Client, example: Example) -> None:
    # when
    data = data_of(api, example.query)

    # then
    assert data
    empty = [field for field, value in data.items() if value in (None, [], {})]
    assert not empty, f"{example.id}: nothing in {empty}"


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.expects_error], ids=lambda e: e.id)
def test_error_example_fails_as_documented(api: httpx.Client, example: Example) -> None:
    # when
    messages = error_messages(api, example.query)

    # then
    assert all(message in DOC_TEXT for message in messages), messages


@pytest.fixture(scope="module")
def five_cities_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """The API over a store of its own holding exactly the five bundled cities, as the
    documented answers do (the session's store also holds the tests' example cities)."""
    data_dir = tmp_path_factory.mktemp("documented")
    server = EmbeddedServer(data_dir, engine=ENGINE)
    server.start(owner_pid=os.getpid())
    try:
        with open_store(StoreSettings(data_dir=data_dir, engine=ENGINE)) as store:
            store.replace_cities(to_networkx(load_structure_files(bundled_structure_files())))
            with (
                serving_in_background(create_app(store)) as url,
                httpx.Client(base_url=url, timeout=60) as client,
            ):
                yield client
    finally:
        server.stop()


@requires_embedded
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_gives_the_documented_answer(
    five_cities_only: httpx.Client, example: Example
) -> None:
    # given
    assert example.answer is not None, f"{example.id}: no json block with its answer follows"
    documented = json.loads(example.answer)

    # when
    answer = five_cities_only.post("/graphql", json={"query": example.query}).json()

    # then
    assert answer == documented
