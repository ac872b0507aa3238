"""The reporting chain: level by level, merges followed once, cycles closed."""

from __future__ import annotations

import networkx as nx

from govgraph.analysis import reporting_chain


def _lines(*edges: tuple[str, str, str]) -> nx.MultiDiGraph[str]:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for source, rel_type, target in edges:
        graph.add_edge(source, target, type=rel_type, city="x")
    return graph


def test_two_ways_up_to_the_same_body_are_not_a_cycle() -> None:
    # given: the working group reaches the council directly and through the steering group
    graph = _lines(
        ("ag", "REPORTS_TO", "lenkung"),
        ("ag", "RECOMMENDS_TO", "rat"),
        ("lenkung", "PREPARES_DECISIONS_FOR", "rat"),
    )

    # when
    steps = reporting_chain(graph, "ag")

    # then
    assert [(s.level, s.source, s.target, s.closes_cycle) for s in steps] == [
        (1, "ag", "rat", False),
        (1, "ag", "lenkung", False),
        (2, "lenkung", "rat", False),
    ]


def test_a_line_back_into_the_chain_closes_a_cycle() -> None:
    # given
    graph = _lines(("a", "REPORTS_TO", "b"), ("b", "REPORTS_TO", "c"), ("c", "REPORTS_TO", "a"))

    # when
    steps = reporting_chain(graph, "a")

    # then
    assert [(s.target, s.closes_cycle) for s in steps] == [("b", False), ("c", False), ("a", True)]


def test_other_relationships_are_not_followed() -> None:
    # given
    graph = _lines(("a", "INFORMS", "b"), ("a", "MEMBER_OF", "c"))

    # when / then
    assert reporting_chain(graph, "a") == []


def test_a_node_outside_the_graph_has_no_chain() -> None:
    # when / then
    assert reporting_chain(_lines(), "nowhere") == []


def test_steps_carry_the_line_properties() -> None:
    # given
    graph = _lines(("a", "REPORTS_TO", "b"))

    # when
    [step] = reporting_chain(graph, "a")

    # then
    assert (step.type, step.properties) == ("REPORTS_TO", {"city": "x"})
