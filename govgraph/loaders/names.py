"""Finding the city's nodes that a name in an imported file means, or close matches."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Collection

import networkx as nx

from govgraph.graphmodel import Label, fold

__all__ = ["NameIndex"]


class NameIndex:
    """The nodes of some labels in a city graph, found by id, name, short name or alias.

    Names are compared folded (case, umlauts and their transcriptions, punctuation), so
    "Amt fuer Soziales" finds "Amt für Soziales".
    """

    def __init__(self, graph: nx.MultiDiGraph[str], labels: Collection[Label]) -> None:
        wanted = {label.value for label in labels}
        self._names: dict[str, str] = {}
        self._by_term: dict[str, set[str]] = defaultdict(set)
        for node_id, attrs in graph.nodes(data=True):
            if attrs.get("label") not in wanted:
                continue
            self._names[node_id] = attrs["name"]
            terms = [attrs["name"], attrs.get("short_name"), *attrs.get("aliases", [])]
            for term in terms:
                if term:
                    self._by_term[fold(term)].add(node_id)

    def find(self, text: str) -> list[str]:
        """The ids ``text`` names: itself if it is an id, else every node of that name."""
        if text in self._names:
            return [text]
        return sorted(self._by_term.get(fold(text), ()))

    def name_of(self, node_id: str) -> str:
        """The node's name as written."""
        return self._names[node_id]

    def suggest(self, text: str, count: int = 3) -> list[str]:
        """Names as written of the nodes whose names come closest to ``text``."""
        close = difflib.get_close_matches(fold(text), list(self._by_term), n=count, cutoff=0.6)
        names = [self._names[node_id] for term in close for node_id in sorted(self._by_term[term])]
        return list(dict.fromkeys(names))[:count]
