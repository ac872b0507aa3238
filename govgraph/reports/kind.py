"""What every analyst report is: a name, how it asks for cities, and how it is built."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx

from govgraph.reports.page import City, CityForm
from govgraph.reports.report import Report

__all__ = ["ANALYSIS_PATH", "CityChoice", "ReportKind"]

ANALYSIS_PATH = "/analysis"
"""Where the report pages are served: ``/analysis/<name>?city=…``."""


class CityChoice(StrEnum):
    """How a report asks for cities."""

    SEVERAL = "several"
    """Any number, ticked in a list (none: every city)."""
    ANY = "any"
    """One city or every city, picked in a list."""
    ONE = "one"
    """Exactly one city."""


@dataclass(frozen=True)
class ReportKind:
    """One analyst report: the CLI command ``govgraph <name>`` and the page
    ``/analysis/<name>`` both build it with ``build(graph, cities)``."""

    name: str
    heading: str
    """Its heading on the start page (German)."""
    submit: str
    """The label of its form's button (German)."""
    summary: str
    """One line for the CLI's help."""
    cities: CityChoice
    build: Callable[[nx.MultiDiGraph[str], list[str]], Report]

    @property
    def path(self) -> str:
        """Where its page is served."""
        return f"{ANALYSIS_PATH}/{self.name}"

    def form(self, known: Sequence[City], chosen: Sequence[str]) -> CityForm:
        """The form on its page and on the start page that asks it for other cities."""
        return CityForm(
            self.path,
            self.submit,
            known,
            chosen,
            several=self.cities is CityChoice.SEVERAL,
            every_city=self.cities is not CityChoice.ONE,
        )
