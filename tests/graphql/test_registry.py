"""Every node label of the model has its GraphQL type."""

from __future__ import annotations

from govgraph.graphmodel import Label
from govgraph.graphql import schema
from govgraph.graphql.core import registered_labels


def test_every_label_has_a_registered_type() -> None:
    # when
    labels = registered_labels()

    # then
    assert labels == {label.value for label in Label}


def test_every_label_is_an_entity_type_of_the_schema() -> None:
    # when
    sdl = schema.as_str()

    # then
    for label in Label:
        assert f"type {label.value} implements Entity" in sdl
