"""On Neo4j, the engine's own plans: no statement that does not declare a scan scans.

``EXPLAIN`` of every question and store statement (templates filled with model labels
and types) must show no ``AllNodesScan``, no scan of all relationships or of a
relationship type, and no ``NodeByLabelScan``: each part starts from an index seek. This
backs `test_anchors`, which reads the statements' text, with the planner's word.
"""

from __future__ import annotations

from typing import Any

import pytest
from support import bolt_driver

from govgraph.queries import questions
from govgraph.store import BoltStore, Statement, StoreSettings, store_statements

SCANS = ("AllNodesScan", "AllRelationshipsScan", "RelationshipTypeScan", "NodeByLabelScan")
TEMPLATE = {"label": "Body", "type": "MEMBER_OF", "from_label": "Post", "to_label": "Body"}
LISTS = {"ids", "cities", "bodies", "kinds", "words", "rows", "layers"}
NUMBERS = {"first", "offset", "limit", "version"}


def _params(statement: Statement) -> dict[str, Any]:
    def value(name: str) -> Any:
        if name in LISTS:
            return []
        if name in NUMBERS:
            return 1
        return "x"

    return {name: value(name) for name in statement.params}


def _operators(plan: Any) -> list[str]:
    return [plan.operator_type, *(op for child in plan.children for op in _operators(child))]


@pytest.fixture(scope="module")
def explain(store: BoltStore, store_settings: StoreSettings) -> Any:
    """``EXPLAIN`` on the session's store, skipped unless it is Neo4j."""
    driver, database = bolt_driver(store_settings)
    with driver:
        product = driver.execute_query(
            "CALL dbms.components() YIELD name RETURN name", database_=database
        )
    if not product.records or "Neo4j" not in product.records[0]["name"]:
        pytest.skip("plans are read on Neo4j only")
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
