"""``reportingChain`` over HTTP."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from support import data_of, error_messages

CHAIN = """
query Chain($id: ID!) {
  reportingChain(id: $id) {
    level from { id } relation to { id name } closesCycle sources { document }
  }
}
"""

SOURCE = "      - {document: CITY-konzept, quote: das Konzept Integration beschlossen}\n"


def _line(rel_type: str, source: str, target: str) -> str:
    return (
        f"  - type: {rel_type}\n    from: CITY-{source}\n    to: CITY-{target}\n"
        f"    sources:\n{SOURCE}"
    )


def test_chain_from_the_nuernberg_coordination_group(api: httpx.Client) -> None:
    # when
    data = data_of(api, CHAIN, id="nuernberg-koordinierungsgruppe-integration")

    # then
    assert [(s["level"], s["relation"], s["to"]["id"]) for s in data["reportingChain"]] == [
        (1, "REPORTS_TO", "nuernberg-oberbuergermeister")
    ]


def test_chain_takes_every_line_upward(api: httpx.Client) -> None:
    # when
    data = data_of(api, CHAIN, id="erlangen-lenkungskreis-integration")

    # then
    assert [(s["level"], s["relation"], s["to"]["id"]) for s in data["reportingChain"]] == [
        (1, "PREPARES_DECISIONS_FOR", "erlangen-stadtrat"),
        (1, "RECOMMENDS_TO", "erlangen-stadtrat"),
    ]
    assert [s["closesCycle"] for s in data["reportingChain"]] == [False, False]


def test_chain_goes_up_level_by_level_and_stops_at_a_cycle(
    api: httpx.Client, load_example: Callable[..., str]
) -> None:
    # given: Stabsstelle → Steuerungsgruppe → Stadtrat → (back to) Stabsstelle
    def add_lines(text: str) -> str:
        lines = _line("reports_to", "stabsstelle-integration", "steuerungsgruppe") + _line(
            "reports_to", "stadtrat", "stabsstelle-integration"
        )
        return text + lines.replace("CITY", "kettenstadt")

    city = load_example("kettenstadt", add_lines)

    # when
    data = data_of(api, CHAIN, id=f"{city}-stabsstelle-integration")

    # then
    assert [
        (s["level"], s["from"]["id"], s["relation"], s["to"]["id"], s["closesCycle"])
        for s in data["reportingChain"]
    ] == [
        (1, f"{city}-stabsstelle-integration", "REPORTS_TO", f"{city}-steuerungsgruppe", False),
        (2, f"{city}-steuerungsgruppe", "RECOMMENDS_TO", f"{city}-stadtrat", False),
        (3, f"{city}-stadtrat", "REPORTS_TO", f"{city}-stabsstelle-integration", True),
    ]


def test_chain_of_an_entity_without_lines_is_empty(api: httpx.Client) -> None:
    # when
    data = data_of(api, CHAIN, id="erlangen-stadtrat")

    # then
    assert data["reportingChain"] == []


def test_chain_of_an_unknown_id_is_an_error(api: httpx.Client) -> None:
    # when
    messages = error_messages(api, CHAIN, id="nowhere")

    # then
    assert messages == ["unknown id 'nowhere'"]
