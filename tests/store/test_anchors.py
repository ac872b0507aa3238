"""Every statement starts from an index: no MATCH or MERGE part begins with a scan.

A part of a MATCH or MERGE clause is anchored when one of its nodes is bound already
(by UNWIND, WITH or an earlier clause), or names a label together with one of that
label's indexed properties (`govgraph.store.schema.INDEXED_PROPERTIES`), inline
(``(n:Body {city: $city})``) or as the first predicate of the WHERE right after it
(``WHERE term.word CONTAINS $word``). Statements that must read a whole label say so
in a ``scan:`` header line; their list is fixed here, so a new one is a visible choice.
"""

from __future__ import annotations

import re

import pytest

from govgraph.queries import questions
from govgraph.store import Statement, store_statements
from govgraph.store.schema import INDEXED_PROPERTIES

SCANS = {
    "any_city",
    "catalogue_documents",
    "cities",
    "city_names",
    "count_all_nodes_by_label",
    "count_all_relationships_by_type",
    "delete_all_relationships",
    "delete_everything",
    "delete_unlabelled_nodes",
    "unlabelled_nodes",
    "unlabelled_relationships",
}
"""The statements that read a whole label or store on purpose (each says why)."""

_CLAUSE = re.compile(
    r"\b(OPTIONAL MATCH|MATCH|MERGE|CREATE|WITH|UNWIND|WHERE|RETURN|SET|DETACH DELETE|DELETE|"
    r"ORDER BY|SKIP|LIMIT|REMOVE)\b"
)
_NODE = re.compile(r"\((?P<var>\w*)(?P<labels>(?::[\w{}]+)*)\s*(?P<props>\{[^}]*\})?\)")
_TEMPLATED = re.compile(r"\{\{\w*label\}\}")  # a model label filled in at run time


def _clauses(text: str) -> list[tuple[str, str]]:
    body = "\n".join(line.split("//")[0] for line in text.splitlines())
    parts = _CLAUSE.split(body)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


def _top_level_parts(pattern: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in pattern:
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _indexed(labels: str, props: str, where: str, var: str) -> bool:
    for label in (name for name in labels.split(":") if name):
        model = _TEMPLATED.fullmatch(label) is not None
        indexed = frozenset({"id", "city"}) if model else INDEXED_PROPERTIES.get(label, frozenset())
        inline = {key.strip() for key in re.findall(r"(\w+)\s*:", props or "")}
        first = re.match(rf"\s*{re.escape(var)}\.(\w+)\s*(=|IN\b|CONTAINS\b|STARTS WITH\b)", where)
        if inline & indexed or (var and first and first.group(1) in indexed):
            return True
    return False


def unanchored_parts(text: str) -> list[str]:
    """The MATCH and MERGE parts of a statement that start from no index."""
    bound: set[str] = set()
    problems = []
    clauses = _clauses(text)
    for index, (keyword, rest) in enumerate(clauses):
        if keyword in ("UNWIND", "WITH"):
            bound.update(re.findall(r"\bAS\s+(\w+)", rest))
            if keyword == "WITH":
                bound.update(re.findall(r"(?:^|,)\s*(?:DISTINCT\s+)?(\w+)\s*(?=,|$)", rest.strip()))
            continue
        if keyword not in ("MATCH", "OPTIONAL MATCH", "MERGE"):
            continue
        where = clauses[index + 1][1] if index + 1 < len(clauses) else ""
        where = where if clauses[index + 1 : index + 2] and clauses[index + 1][0] == "WHERE" else ""
        for part in _top_level_parts(rest):
            nodes = list(_NODE.finditer(part))
            anchored = any(
                node["var"] in bound or _indexed(node["labels"], node["props"], where, node["var"])
                for node in nodes
            )
            if not anchored:
                problems.append(part.strip())
            bound.update(node["var"] for node in nodes if node["var"])
    return problems


def _every_statement() -> list[Statement]:
    return [*questions().values(), *store_statements().values()]


@pytest.mark.parametrize("statement", _every_statement(), ids=lambda s: s.name)
def test_every_statement_starts_from_an_index(statement: Statement) -> None:
    # when
    problems = unanchored_parts(statement.text)

    # then
    if statement.scan is not None:
        assert statement.name in SCANS, f"{statement.path} declares a new scan"
    else:
        assert problems == [], f"{statement.path} starts from no index"


def test_the_declared_scans_are_exactly_the_known_ones() -> None:
    # when
    declared = {s.name for s in _every_statement() if s.scan is not None}

    # then
    assert declared == SCANS


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n) WHERE n.id = $id RETURN n",
        "UNWIND $ids AS wanted MATCH (n) WHERE n.id = wanted RETURN n",
        "MATCH (a)-[r]->(b) WHERE r.city = $city RETURN r",
        "MATCH (b:Body) WHERE b.name = $name RETURN b",
        "MATCH (b:Body) WHERE $kind IS NULL OR b.city = $city RETURN b",
        "MATCH (b:Body {name: $name}) RETURN b",
        "MATCH (b:Body {city: $city}) MATCH (m:Measure) RETURN b, m",
        "MATCH (b:Body {city: $city}), (m:Measure) RETURN b, m",
        "MATCH (n {id: $id}) RETURN n",
    ],
)
def test_scanning_statements_are_caught(text: str) -> None:
    # when / then
    assert unanchored_parts(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n:Entity {id: $id}) RETURN n",
        "UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) RETURN n",
        "MATCH (a:Entity {city: $city})-[r]->(b:Entity) WHERE r.city = $city RETURN r",
        "MATCH (t:SearchTerm) WHERE t.word CONTAINS $w MATCH (t)<-[:HAS_TERM]-(n) RETURN n",
        "MATCH (n:Entity {id: $id}) OPTIONAL MATCH (n)-[:HOLDS]->(p:Post) RETURN p",
        "MATCH (n:Entity {id: $id}) WITH n, collect(n) AS xs UNWIND xs AS x MATCH (x)-->(y)",
        "UNWIND $rows AS row MATCH (n:{{label}} {id: row.id}) SET n = row.props",
    ],
)
def test_anchored_statements_pass(text: str) -> None:
    # when / then
    assert unanchored_parts(text) == []
