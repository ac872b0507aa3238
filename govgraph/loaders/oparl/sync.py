"""Incremental OParl syncs: a delta since some time, merged into the layer the store holds.

A sync with ``modified_since`` returns only what changed, deleted objects included. The
stored layer is kept except for every node and relationship whose OParl id the delta
names (changed, deleted or now skipped); the delta's own nodes and relationships take
their place. Objects the delta refers to but does not contain are fetched one by one.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from govgraph.graphmodel import ImportedLayer, to_networkx
from govgraph.loaders.oparl.client import OParlClient
from govgraph.loaders.oparl.objects import OParlObjects

__all__ = ["fetch_missing", "known_objects", "merge_delta", "touched_ids"]

_REFERENCES = ("organization", "person", "onBehalfOf")


def known_objects(city_graph: nx.MultiDiGraph[str], layer: str) -> dict[str, str]:
    """OParl id → node id of the nodes the stored layer holds."""
    return {
        attrs["external_id"]: node_id
        for node_id, attrs in city_graph.nodes(data=True)
        if attrs.get("layer") == layer and attrs.get("external_id")
    }


def fetch_missing(objects: OParlObjects, client: OParlClient, known: dict[str, str]) -> int:
    """Fetch the persons and organizations memberships refer to that neither the delta
    nor the stored layer holds; return how many were fetched."""
    have = {*objects.organizations, *objects.persons, *objects.deleted, *known}
    wanted = {
        membership[key]
        for membership in objects.memberships.values()
        for key in _REFERENCES
        if isinstance(membership.get(key), str)
    }
    missing = sorted(wanted - have)
    for url in missing:
        objects.add(client.get(url))
    return len(missing)


def touched_ids(objects: OParlObjects) -> set[str]:
    """Every OParl id the delta names: changed, deleted or fetched."""
    tables = (objects.organizations, objects.persons, objects.memberships)
    return {*objects.deleted, *(url for table in tables for url in table)}


def merge_delta(
    city_graph: nx.MultiDiGraph[str], delta: ImportedLayer, touched: set[str]
) -> nx.MultiDiGraph[str]:
    """The whole layer after the delta, as `to_networkx` would build it, ready to write."""
    fresh = to_networkx([delta])
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(**fresh.graph)
    layer = delta.layer
    written = {n for n, attrs in fresh.nodes(data=True) if not attrs.get("linked_only")}
    for node_id, attrs in city_graph.nodes(data=True):
        if attrs.get("layer") == layer and attrs.get("external_id") not in touched:
            graph.add_node(node_id, **_stored(attrs))
            written.add(node_id)
    for source, target, key, attrs in city_graph.edges(keys=True, data=True):
        if attrs.get("layer") != layer or attrs.get("external_id") in touched:
            continue
        ends = (source, target)
        if any(city_graph.nodes[end].get("layer") == layer and end not in written for end in ends):
            continue
        for end in ends:
            if end not in graph:
                graph.add_node(end, label=city_graph.nodes[end]["label"], linked_only=True)
        graph.add_edge(source, target, key=key, **attrs)
    for node_id, attrs in fresh.nodes(data=True):
        if attrs.get("linked_only") and node_id in graph:
            continue
        if node_id in graph:
            graph.nodes[node_id].clear()
        graph.add_node(node_id, **attrs)
    for source, target, key, attrs in fresh.edges(keys=True, data=True):
        if graph.has_edge(source, target, key):
            graph.remove_edge(source, target, key)
        graph.add_edge(source, target, key=key, **attrs)
    return graph


def _stored(attrs: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attrs.items() if key != "id"}
