"""Imported layers beside the curated structure: ownership checks inside the replacement."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from support import entity

from govgraph.errors import InputError
from govgraph.graphmodel import (
    Document,
    DocumentKind,
    ImportedLayer,
    Label,
    Located,
    Measure,
    Relationship,
    RelType,
    Source,
    assemble_layer,
    to_networkx,
)
from govgraph.queries import QueryExecutor
from govgraph.store import BoltStore


def imported(city: str, measure_id: str, owner: str) -> ImportedLayer:
    """A layer of one measure owned by ``owner`` (an OrgUnit of the city)."""
    source = [Source(document=f"{city}-import", quote="Maßnahme")]
    document = Document(
        id=f"{city}-import", name="Import", kind=DocumentKind.CATALOGUE, sources=source
    )
    measure = Measure(id=measure_id, name="Eine Maßnahme", sources=source)
    owns = Relationship(type=RelType.OWNS, source=owner, target=measure_id, sources=source)
    return assemble_layer(
        city,
        Located(document),
        [Located(measure)],
        [Located(owns)],
        {owner: Label.ORG_UNIT, city: Label.CITY},
        file="import.csv",
    )


def test_a_layer_writes_its_nodes_and_links_to_curated_ones(
    store: BoltStore, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given
    city = load_example("layerstadt")

    # when
    store.replace_cities(to_networkx([imported(city, f"{city}-import-m1", f"{city}-amt-soziales")]))

    # then
    measure = entity(five_cities, f"{city}-import-m1")
    assert measure is not None
    assert measure["properties"]["layer"] == f"{city}-import"
    curated = entity(five_cities, f"{city}-amt-soziales")
    assert curated is not None
    assert curated["properties"]["layer"] == "curated"


def test_a_layer_cannot_take_over_another_citys_node(
    store: BoltStore, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given
    city = load_example("raubstadt")
    victim = "bamberg-m-aufbereitung-ergebnisse"
    before = entity(five_cities, victim)

    # when
    with pytest.raises(InputError) as raised:
        store.replace_cities(to_networkx([imported(city, victim, f"{city}-amt-soziales")]))

    # then
    assert "id already used in city 'bamberg', layer 'curated'" in str(raised.value)
    assert entity(five_cities, victim) == before
    assert entity(five_cities, f"{city}-import") is None


def test_a_layer_linking_to_a_node_the_store_lacks_is_refused(
    store: BoltStore, load_example: Callable[..., str], five_cities: QueryExecutor
) -> None:
    # given
    city = load_example("luckenstadt")

    # when
    with pytest.raises(InputError) as raised:
        store.replace_cities(to_networkx([imported(city, f"{city}-import-m1", f"{city}-amt-42")]))

    # then
    assert f"links to OrgUnit '{city}-amt-42', which the store does not hold" in str(raised.value)
    assert entity(five_cities, f"{city}-import-m1") is None
