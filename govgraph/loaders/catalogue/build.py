"""Catalogue rows → an imported layer: measures, their owners and their action fields.

Owners and action fields are found among the city's nodes by id or folded name. An owner
that cannot be found leaves the measure without that owner and becomes a warning with
close matches; an unknown action field is an error unless new fields may be created.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import networkx as nx

from govgraph.errors import Problem
from govgraph.graphmodel import (
    ActionField,
    Document,
    DocumentKind,
    ImportedLayer,
    Label,
    Located,
    Measure,
    Relationship,
    RelType,
)
from govgraph.graphmodel.ids import (
    catalogue_document_name,
    catalogue_field_id,
    catalogue_id,
    catalogue_measure_id,
    folded_slug,
)
from govgraph.loaders.catalogue.columns import Column
from govgraph.loaders.catalogue.read import Catalogue, CatalogueRow
from govgraph.loaders.layer_builder import LayerBuilder
from govgraph.loaders.names import NameIndex

__all__ = ["OWNER_LABELS", "CatalogueImport", "build_catalogue_layer", "split_cell"]

OWNER_LABELS = (Label.ORG_UNIT, Label.BODY, Label.POST, Label.PERSON, Label.CITY)
"""What a Zuständigkeit may name."""

_SEPARATOR = re.compile(r"\s*(?:;|\n)\s*")

T = TypeVar("T")


@dataclass(frozen=True)
class CatalogueImport:
    """The layer built from a catalogue, and what the importer should be told.

    ``replaces`` are the layers the import replaces: its own, and the layer of the same
    catalogue name whose id was made before store format 3 where the city holds one
    (`govgraph.graphmodel.ids.folded_slug`).
    """

    layer: ImportedLayer
    warnings: tuple[Problem, ...]
    created_fields: tuple[str, ...]
    replaces: tuple[str, ...]


def split_cell(text: str) -> list[str]:
    """The entries of a cell listing several, separated by ``;`` or line breaks.

    >>> split_cell("Amt 50; Amt 51\\nJobcenter")
    ['Amt 50', 'Amt 51', 'Jobcenter']
    """
    return [part for part in _SEPARATOR.split(text.strip()) if part]


def build_catalogue_layer(
    catalogue: Catalogue,
    city_graph: nx.MultiDiGraph[str],
    city: str,
    *,
    name: str,
    create_fields: bool = False,
) -> CatalogueImport:
    """Build the layer that the catalogue adds to ``city`` (read from the store).

    ``name`` names the catalogue (the file's stem by default); re-importing under the
    same name replaces what the previous import added.

    Raises
    ------
    InputError
        Every problem: unknown action fields (without ``create_fields``), rows whose
        values the model rejects, and two rows that give the same measure id.
    """
    builder = _Builder(catalogue, city_graph, city, name, create_fields)
    for row in catalogue.rows:
        builder.add_row(row)
    return builder.finish()


class _Builder:
    """Collects the nodes, relationships, problems and warnings of one catalogue."""

    def __init__(
        self,
        catalogue: Catalogue,
        city_graph: nx.MultiDiGraph[str],
        city: str,
        name: str,
        create_fields: bool,
    ) -> None:
        self.catalogue = catalogue
        self.create_fields = create_fields
        document_id = catalogue_id(city, name)
        legacy_id = catalogue_id(city, name, folded_slug)
        held = city_graph.nodes.get(legacy_id, {}).get("layer") == legacy_id
        self.replaces = (
            (document_id, legacy_id) if held and legacy_id != document_id else (document_id,)
        )
        # the catalogue's own earlier import is replaced, so names resolve to the rest only
        others = nx.subgraph_view(
            city_graph, filter_node=lambda n: city_graph.nodes[n].get("layer") not in self.replaces
        )
        self.owners = NameIndex(others, OWNER_LABELS)
        self.fields = NameIndex(others, (Label.ACTION_FIELD,))
        references = {
            node_id: Label(attrs["label"])
            for node_id, attrs in others.nodes(data=True)
            if attrs.get("label") in {label.value for label in (*OWNER_LABELS, Label.ACTION_FIELD)}
        }
        self.layer = LayerBuilder(city, document_id, catalogue.file, references)
        for header in catalogue.ignored_headers:
            self.layer.add_warning("column ignored: not a catalogue column", line=1, field=header)
        self.new_fields: dict[str, ActionField] = {}

    def add_row(self, row: CatalogueRow) -> None:
        cells = row.cells
        number = cells.get(Column.NUMBER)
        title = cells[Column.MEASURE]
        measure_id = catalogue_measure_id(self.layer.document_id, number, title)
        measure = self._model(
            row,
            measure_id,
            Column.MEASURE,
            lambda: Measure(
                id=measure_id,
                name=title,
                number=number,
                description=cells.get(Column.DESCRIPTION),
                status=cells.get(Column.STATUS),
                due=cells.get(Column.DUE),
                involved=split_cell(cells.get(Column.INVOLVED, "")),
                remark=cells.get(Column.REMARK),
                sources=[self.layer.source(row.headers[Column.MEASURE], title)],
            ),
        )
        if measure is None:
            return
        self.layer.nodes.append(Located(measure, row.row))
        for owner in split_cell(cells.get(Column.OWNER, "")):
            owner_id = self._owner(row, owner)
            if owner_id is not None:
                self._link(row, RelType.OWNS, owner_id, measure_id, Column.OWNER, owner)
        for field_name in split_cell(cells.get(Column.ACTION_FIELD, "")):
            field_id = self._action_field(row, field_name)
            if field_id is not None:
                self._link(
                    row, RelType.IN_FIELD, measure_id, field_id, Column.ACTION_FIELD, field_name
                )

    def finish(self) -> CatalogueImport:
        document = Located(self._document(), 1)
        self.layer.nodes += [Located(field) for field in self.new_fields.values()]
        layer = self.layer.finish(document)
        created = tuple(f.name for f in self.new_fields.values())
        return CatalogueImport(layer, tuple(self.layer.warnings), created, self.replaces)

    def _document(self) -> Document:
        header = self.catalogue.rows[0].headers[Column.MEASURE] if self.catalogue.rows else None
        file_name = self.catalogue.file.replace("\\", "/").rsplit("/", 1)[-1]
        return Document(
            id=self.layer.document_id,
            name=catalogue_document_name(file_name),
            kind=DocumentKind.CATALOGUE,
            description=f"Maßnahmenkatalog, importiert aus {file_name}",
            sources=[self.layer.source("Maßnahme", header)],
        )

    def _owner(self, row: CatalogueRow, text: str) -> str | None:
        found = self.owners.find(text)
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(f"{self.owners.name_of(i)} ({i})" for i in found)
            message = f"'{text}' names several: {names}; measure left without this owner"
        else:
            message = f"no unit, body, post or person '{text}'{_hint(self.owners.suggest(text))}"
            message += "; measure left without this owner"
        self.layer.add_warning(message, line=row.row, field=row.headers[Column.OWNER])
        return None

    def _action_field(self, row: CatalogueRow, text: str) -> str | None:
        found = self.fields.find(text)
        if len(found) == 1:
            return found[0]
        header = row.headers[Column.ACTION_FIELD]
        if found:
            names = ", ".join(found)
            message = f"'{text}' names several action fields: {names}; give the id"
            self.layer.add_problem(message, line=row.row, field=header)
            return None
        if not self.create_fields:
            message = f"unknown action field '{text}'{_hint(self.fields.suggest(text))}"
            message += " (--create-fields creates it)"
            self.layer.add_problem(message, line=row.row, field=header)
            return None
        field_id = catalogue_field_id(self.layer.document_id, text)
        if field_id not in self.new_fields:
            created = self._model(
                row,
                field_id,
                Column.ACTION_FIELD,
                lambda: ActionField(
                    id=field_id, name=text, sources=[self.layer.source(header, text)]
                ),
            )
            if created is None:
                return None
            self.new_fields[field_id] = created
        return field_id

    def _link(
        self,
        row: CatalogueRow,
        rel_type: RelType,
        source: str,
        target: str,
        column: Column,
        text: str,
    ) -> None:
        relationship = self._model(
            row,
            f"{rel_type.value} {source} -> {target}",
            column,
            lambda: Relationship(
                type=rel_type,
                source=source,
                target=target,
                sources=[self.layer.source(row.headers[column], text)],
            ),
        )
        if relationship is not None:
            self.layer.relationships.append(Located(relationship, row.row))

    def _model(
        self, row: CatalogueRow, entity: str, column: Column, make: Callable[[], T]
    ) -> T | None:
        return self.layer.model(
            make, line=row.row, entity=entity, field=lambda _: row.headers.get(column, column.value)
        )


def _hint(suggestions: list[str]) -> str:
    return f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
