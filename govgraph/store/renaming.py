"""New ids for the nodes that imports named with the search fold (store format 3).

Before format 3 a catalogue's ids were made with the search fold, which drops the e of
every ae, oe and ue; they are now transcribed after DIN 5007-2
(`govgraph.graphmodel.ids`). `catalogue_renames` works out, from what the store holds,
the id each catalogue node would get if it were imported today, and `renamed` rewrites a
graph the writer takes under those ids: the nodes, the layer they belong to, the
citations of the renamed documents, and the keys of the relationships at renamed nodes.

A catalogue imported under its file's name gets its new id. One imported under a name of
its own (``--name``) keeps its document's id, because the stored graph does not say that
name; its measures and action fields get their new ids, and importing it again under the
same name replaces it (`govgraph.loaders.catalogue`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import networkx as nx

from govgraph.graphmodel import DocumentKind, Label, RelType, Role
from govgraph.graphmodel.ids import (
    catalogue_field_id,
    catalogue_file_stem,
    catalogue_id,
    catalogue_measure_id,
    folded_slug,
)
from govgraph.graphmodel.relationship import relationship_key

__all__ = ["catalogue_renames", "renamed"]

_CITING = ("source_documents", "function_documents")
"""The stored lists of document ids that cite a node's or relationship's sources."""


def catalogue_renames(graph: nx.MultiDiGraph[str]) -> dict[str, str]:
    """Old id → new id of every catalogue node of ``graph`` whose id has changed.

    ``graph`` holds catalogue layers as the writer takes them (nodes with ``label``,
    ``layer`` and their stored properties); other nodes are left alone.
    """
    by_layer: dict[str, list[str]] = defaultdict(list)
    for node_id, attrs in graph.nodes(data=True):
        by_layer[str(attrs.get("layer"))].append(node_id)
    renames: dict[str, str] = {}
    for document, attrs in graph.nodes(data=True):
        if attrs.get("label") != Label.DOCUMENT.value or attrs.get("layer") != document:
            continue
        if attrs.get("kind") != DocumentKind.CATALOGUE.value:
            continue
        new_document = _new_document_id(document, attrs)
        for node_id in by_layer[document]:
            renames[node_id] = _new_node_id(node_id, graph.nodes[node_id], document, new_document)
    return {old: new for old, new in renames.items() if old != new}


def renamed(graph: nx.MultiDiGraph[str], renames: dict[str, str]) -> nx.MultiDiGraph[str]:
    """``graph`` with the nodes of ``renames`` under their new ids, wherever named.

    The layers and citations that name a renamed document name its new id; the
    relationships at renamed nodes get their new keys; ``G.graph["layers"]`` gains the
    new layers (the old ones stay, so that a replacement empties them).
    """
    result: nx.MultiDiGraph[str] = nx.MultiDiGraph(**graph.graph)

    def new(node_id: str) -> str:
        return renames.get(node_id, node_id)

    for node_id, attrs in graph.nodes(data=True):
        result.add_node(new(node_id), **_cited(attrs, new))
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        if source in renames or target in renames or attrs.get("on_behalf_of") in renames:
            key = _key(new(source), new(target), attrs, new)
        result.add_edge(new(source), new(target), key=key, **_cited(attrs, new))
    layers = [(city, new(layer)) for city, layer in graph.graph.get("layers", [])]
    result.graph["layers"] = list(dict.fromkeys([*graph.graph.get("layers", []), *layers]))
    return result


def _new_document_id(document: str, attrs: dict[str, Any]) -> str:
    """The catalogue's new id where it was imported under its file's name, else its id."""
    city, stem = str(attrs["city"]), catalogue_file_stem(str(attrs.get("name", "")))
    if stem is not None and catalogue_id(city, stem, folded_slug) == document:
        return catalogue_id(city, stem)
    return document


def _new_node_id(node_id: str, attrs: dict[str, Any], document: str, new_document: str) -> str:
    """The new id of a catalogue's document, measure or created action field."""
    label, name, number = attrs.get("label"), str(attrs.get("name", "")), attrs.get("number")
    if node_id == document:
        return new_document
    measure = label == Label.MEASURE.value
    if measure and node_id == catalogue_measure_id(document, number, name, folded_slug):
        return catalogue_measure_id(new_document, number, name)
    field = label == Label.ACTION_FIELD.value
    if field and node_id == catalogue_field_id(document, name, folded_slug):
        return catalogue_field_id(new_document, name)
    return node_id


def _cited(attrs: dict[str, Any], new: Callable[[str], str]) -> dict[str, Any]:
    """``attrs`` with the layer, the citing documents and the mandator under new ids."""
    result = dict(attrs)
    if "layer" in result:
        result["layer"] = new(result["layer"])
    if result.get("on_behalf_of") is not None:
        result["on_behalf_of"] = new(result["on_behalf_of"])
    for name in _CITING:
        if name in result:
            result[name] = [new(document) for document in result[name]]
    return result


def _key(source: str, target: str, attrs: dict[str, Any], new: Callable[[str], str]) -> str:
    role = attrs.get("role")
    mandator = attrs.get("on_behalf_of")
    return relationship_key(
        RelType(str(attrs["type"]).lower()),
        source,
        target,
        Role(role) if role is not None else None,
        new(mandator) if mandator is not None else None,
        attrs.get("external_id"),
    )
