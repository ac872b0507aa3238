"""Helpers for the tests: the example city under other ids, CLI results."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import neo4j
import pytest

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import CityDataset
from govgraph.loaders import load_structure_file
from govgraph.queries import QueryExecutor
from govgraph.store import EmbeddedServer, Engine, Record, StoreSettings

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "musterstadt.yaml"
EXAMPLE_SOURCES = DATA / "sources"
EXTERNAL_URI = os.environ.get("GOVGRAPH_TEST_NEO4J_URI")
ENGINE = Engine(os.environ.get("GOVGRAPH_TEST_ENGINE", Engine.ARCADEDB))
"""The engine of the embedded store the suite runs on (``make test`` runs both lanes)."""

COMPARISON_ROWS = [
    "Politische Entscheidung",
    "Politische Begleitung im Ausschuss",
    "Verwaltungssteuerung",
    "Koordination / Prozessverantwortung",
    "Arbeitsgruppen",
    "Monitoring",
    "Beteiligung Zugewanderter (Beirat)",
    "Offenes Forum",
    "Externes Netzwerk",
    "Integrationsverantwortliche der Dienststellen",
    "Gremien",
    "Organisationseinheiten",
    "Vorsitz Steuerungsgremium",
    "Beirat im Steuerungsgremium",
    "Sitzungsrhythmus",
    "Gründung",
    "Handlungsfelder",
    "Maßnahmen",
    "Maßnahmen mit Verantwortlichen",
    "Tiefe der Berichtskette",
]
"""The rows of the comparison report: the ten functions, then the ten figures."""

requires_embedded = pytest.mark.skipif(
    EXTERNAL_URI is not None,
    reason="tests the embedded server itself; the suite runs against GOVGRAPH_TEST_NEO4J_URI",
)


@dataclass(frozen=True)
class CliResult:
    """What a CLI call returned and printed."""

    code: int
    out: str
    err: str


Cli = Callable[..., CliResult]


def example_city(tmp_path: Path, city_id: str, edit: Callable[[str], str] = str) -> Path:
    """A copy of the example city under another id (so tests do not share data).

    ``edit`` may change the YAML text further.
    """
    text = EXAMPLE.read_text(encoding="utf-8").replace("musterstadt", city_id)
    path = tmp_path / f"{city_id}.yaml"
    path.write_text(edit(text), encoding="utf-8")
    return path


def adding(section: str, yaml: str) -> Callable[[str], str]:
    """An edit of a structure file adding entries at the start of ``section``
    (``relationships``, the last section, appends)."""
    if section == "relationships":
        return lambda text: text.rstrip("\n") + "\n" + yaml

    def edit(text: str) -> str:
        assert f"\n{section}:\n" in text, section
        return text.replace(f"\n{section}:\n", f"\n{section}:\n{yaml}", 1)

    return edit


def chained(*edits: Callable[[str], str]) -> Callable[[str], str]:
    """The edits one after the other."""

    def edit(text: str) -> str:
        for one in edits:
            text = one(text)
        return text

    return edit


def example_dataset(tmp_path: Path, city_id: str, edit: Callable[[str], str] = str) -> CityDataset:
    """The example city under another id, loaded."""
    return load_structure_file(example_city(tmp_path, city_id, edit))


def write_yaml(tmp_path: Path, text: str, name: str = "ms.yaml") -> Path:
    """``text`` written as UTF-8 to the file ``name`` in ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(load: Callable[..., object], *args: Any, **options: Any) -> list[Problem]:
    """The problems of the InputError that ``load(*args, **options)`` must raise."""
    with pytest.raises(InputError) as info:
        load(*args, **options)
    return info.value.problems


def where(problem: Problem) -> tuple[str, int | None, str | None, str | None]:
    """Where a problem points: its file, line, entity and field."""
    return (problem.file, problem.line, problem.entity, problem.field)


def graphql(client: httpx.Client, query: str, **variables: Any) -> dict[str, Any]:
    """POST a GraphQL document to ``/graphql``; return the JSON answer (data and errors)."""
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def data_of(client: httpx.Client, query: str, **variables: Any) -> dict[str, Any]:
    """The ``data`` of a GraphQL answer that must have no errors."""
    answer = graphql(client, query, **variables)
    assert "errors" not in answer, answer["errors"]
    data: dict[str, Any] = answer["data"]
    return data


def error_messages(client: httpx.Client, query: str, **variables: Any) -> list[str]:
    """The error messages of a GraphQL answer that must have errors."""
    answer = graphql(client, query, **variables)
    assert answer.get("errors"), answer
    return [error["message"] for error in answer["errors"]]


def bolt_driver(settings: StoreSettings) -> tuple[neo4j.Driver, str | None]:
    """A driver of its own to the session's store, and the database, for writing test data
    that govgraph itself would never write."""
    if settings.neo4j_uri:
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
        return neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=auth), settings.neo4j_database
    info = EmbeddedServer(settings.data_dir, engine=settings.engine).running()
    assert info is not None, "the session's embedded store runs"
    return neo4j.GraphDatabase.driver(info.uri, auth=(info.user, info.password)), info.database


def entity(ask: QueryExecutor, id_: str) -> Record | None:
    """One node's record (id, label, properties) through the ``entities`` question."""
    rows = ask.many("entities", ids=[id_])
    return rows[0] if rows else None
