"""On Neo4j, the engine's own plans: no statement that does not declare a scan scans.

``EXPLAIN`` of every question and store statement (templates filled with model labels
and types) must show no ``AllNodesScan``, no scan of all relationships or of a
relationship type, and no ``NodeByLabelScan``: each part starts from an index seek. This
backs `test_anchors`, which reads the statements' text, with the planner's word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import bolt_driver

from govgraph.queries import questions
from govgraph.store import BoltStore, Statement, StoreSettings, load_statements, store_statements

SCANS = ("AllNodesScan", "AllRelationshipsScan", "RelationshipTypeScan", "NodeByLabelScan")
TEMPLATE = {"label": "Body", "type": "MEMBER_OF", "from_label": "Post", "to_label": "Body"}
LISTS = {"ids", "cities", "bodies", "kinds", "words", "rows", "layers"}
NUMBERS = {"first", "offset", "limit", "version"}
FLAGS = {"without_owner"}


def _params(statement: Statement) -> dict[str, Any]:
    def value(name: str) -> Any:
        if name in LISTS:
            return []
        if name in NUMBERS:
            return 1
        if name in FLAGS:
            return False
        return "x"

    return statement.arguments({name: value(name) for name in statement.params})


def _operators(plan: dict[str, Any]) -> list[str]:
    children = plan.get("children", [])
    return [plan["operatorType"], *(op for child in children for op in _operators(child))]


@pytest.fixture(scope="module")
def explain(store: BoltStore, store_settings: StoreSettings) -> Any:
    """The operators of a statement's ``EXPLAIN`` plan; skipped unless the store is Neo4j
    (ArcadeDB calls itself "Neo4j Kernel" in ``dbms.components()``, so its plan tells)."""
    driver, database = bolt_driver(store_settings)
    with driver:
        probe = driver.execute_query("EXPLAIN RETURN 1", database_=database).summary.plan
    if probe is None or probe["operatorType"].startswith("ArcadeDB"):
        pytest.skip("ArcadeDB answers EXPLAIN with one text, not Neo4j's operators")
    store.upgrade()  # the indexes exist

    def plan_of(statement: Statement) -> list[str]:
        text = statement.render(**{key: TEMPLATE[key] for key in statement.template})
        driver, database = bolt_driver(store_settings)
        with driver:
            summary = driver.execute_query(
                f"EXPLAIN {text}", _params(statement), database_=database
            ).summary
        assert summary.plan is not None
        return _operators(summary.plan)

    return plan_of


@pytest.mark.parametrize(
    "statement",
    [
        s
        for s in [*questions().values(), *store_statements().values()]
        if s.scan is None and not s.text.startswith(("CREATE CONSTRAINT", "CREATE INDEX", "DROP"))
    ],
    ids=lambda s: s.name,
)
def test_no_statement_scans(explain: Any, statement: Statement) -> None:
    # when
    operators = explain(statement)

    # then
    assert [op for op in operators if any(scan in op for scan in SCANS)] == []


def test_a_scanning_statement_shows_its_scan(explain: Any, tmp_path: Path) -> None:
    # given: a lookup by id without a label
    (tmp_path / "scanning.cypher").write_text(
        "// name: scanning\n// A scan.\n// params: ids\n// result: many\n"
        "MATCH (n) WHERE n.id IN $ids RETURN n.id AS id\n"
    )

    # when
    operators = explain(load_statements(tmp_path)["scanning"])

    # then
    assert any("AllNodesScan" in op for op in operators)
