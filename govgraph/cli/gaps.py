"""``govgraph gaps``: what the documents of a city leave open, as a table, CSV or Markdown."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from govgraph.cli.context import state_of
from govgraph.cli.reports import OutputOption, emit_report
from govgraph.graphmodel.evidence import Evidence
from govgraph.graphmodel.gaps import find_gaps
from govgraph.queries import QueryExecutor, read_city_graph
from govgraph.store import open_store
from govgraph.tables import Report

__all__ = ["GapFormat", "cited", "gaps"]

HEADERS = ("Stadt", "Art der Lücke", "Gremium/Stelle", "Befund", "Beleg")


class GapFormat(StrEnum):
    """Output formats of ``govgraph gaps``."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"


def gaps(
    ctx: typer.Context,
    cities: Annotated[
        list[str] | None,
        typer.Argument(help="City ids (default: every city in the store).", show_default=False),
    ] = None,
    fmt: Annotated[GapFormat, typer.Option("--format", help="Output format.")] = GapFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """List the governance gaps of cities, each with what the documents do say."""
    with open_store(state_of(ctx).settings) as store:
        ask = QueryExecutor(store)
        wanted = cities or [row["id"] for row in ask.many("cities")]
        graph = read_city_graph(ask, wanted)
    rows = [
        (
            graph.nodes[city]["name"],
            gap.kind.heading,
            gap.entity_name,
            gap.message,
            cited(gap.evidence),
        )
        for city in wanted
        for gap in find_gaps(graph, city)
    ]
    report = Report("Lücken in der Governance", HEADERS, rows, [f"{len(rows)} Lücken"], "Lücken")
    emit_report(report, fmt.value, output)


def cited(evidence: Evidence) -> str:
    """The citations as „quote“ (document), one per line."""
    return "\n".join(f"„{quote}“ ({document})" for document, quote in evidence)
