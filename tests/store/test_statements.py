"""Statement files: headers, declared parameters and placeholders, unique names."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph.graphmodel.rules import CHAIR_ROLE, MEMBERSHIP
from govgraph.queries import questions
from govgraph.store import Result, StatementFileError, load_statements, store_statements

GOOD = """// name: {name}
// Find bodies of a city.
// More description.
// params: city
// result: many
MATCH (b:Body) WHERE b.city = $city RETURN b.id AS id
"""


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.cypher").write_text(text)


def test_header_is_parsed(tmp_path: Path) -> None:
    # given
    _write(tmp_path, "bodies", GOOD.format(name="bodies"))

    # when
    statement = load_statements(tmp_path)["bodies"]

    # then
    assert statement.params == {"city"}
    assert statement.result is Result.MANY
    assert statement.description == "Find bodies of a city. More description."
    assert statement.text.startswith("MATCH (b:Body)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.format(name="other"), "differs from the file name"),
        (
            GOOD.format(name="bad").replace("// params: city", "// params: city, kind"),
            "declared but not used ['kind']",
        ),
        (GOOD.format(name="bad").replace("$city", "$town"), "used but not declared ['town']"),
        (GOOD.format(name="bad").replace("result: many", "result: lots"), "result must be"),
        (GOOD.format(name="bad").replace("// result: many\n", ""), "header lacks ['result']"),
        (
            GOOD.format(name="bad").replace("(b:Body)", "(b:{{label}})"),
            "placeholders used but not declared",
        ),
        (
            GOOD.format(name="bad").replace("// result:", "// constants: quorum\n// result:"),
            "constants ['quorum'] are not rules of the model",
        ),
        (
            GOOD.format(name="bad").replace("// result:", "// constants: chair_role\n// result:"),
            "constants declared but not used ['chair_role']",
        ),
        (
            GOOD.format(name="bad")
            .replace("// result:", "// constants: chair_role\n// result:")
            .replace("(b:Body)", "(b:{{chair_role}})"),
            "constant chair_role is no type to fill in",
        ),
        (
            GOOD.format(name="bad").replace("b.city = $city", "b.role = $chair_role"),
            "parameters used but not declared ['chair_role']",
        ),
    ],
)
def test_malformed_files_are_rejected_with_their_path(
    tmp_path: Path, text: str, message: str
) -> None:
    # given
    _write(tmp_path, "bad", text)

    # when
    with pytest.raises(StatementFileError) as raised:
        load_statements(tmp_path)

    # then
    assert message in str(raised.value)
    assert str(tmp_path / "bad.cypher") in str(raised.value)


def test_duplicate_names_in_subfolders_are_rejected(tmp_path: Path) -> None:
    # given
    _write(tmp_path / "a", "bodies", GOOD.format(name="bodies"))
    _write(tmp_path / "b", "bodies", GOOD.format(name="bodies"))

    # when / then
    with pytest.raises(StatementFileError, match="duplicate statement name 'bodies'"):
        load_statements(tmp_path)


def test_parameters_must_match_exactly() -> None:
    # given
    statement = store_statements()["delete_nodes"]

    # when / then
    with pytest.raises(TypeError, match=r"missing parameters \['ids'\], unexpected \['idz'\]"):
        statement.check_params({"idz": []})


def test_templates_take_only_model_labels_and_types() -> None:
    # given
    statement = store_statements()["create_nodes"]

    # when / then
    assert "CREATE (n:Body:Entity)" in statement.render(label="Body")
    with pytest.raises(ValueError, match="not a label or type of the model"):
        statement.render(label="Body) DETACH DELETE (x")
    with pytest.raises(ValueError, match="template needs"):
        statement.render()


def test_store_statements_all_load() -> None:
    # when
    names = set(store_statements())

    # then
    assert {"create_nodes", "merge_relationships", "delete_nodes", "ensure_unique_id"} <= names


def test_rules_reach_the_cypher_from_python() -> None:
    # given
    chairs = questions()["chairs"]

    # when
    arguments = chairs.arguments({"city": "bamberg", "first": 10, "offset": 0})

    # then
    assert arguments["chair_role"] == CHAIR_ROLE
    assert f"[m:{MEMBERSHIP}]" in chairs.text
    assert "{{" not in chairs.text
    assert "'chair'" not in chairs.text
