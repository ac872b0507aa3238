"""What the importers share while they build a layer: its parts, problems and warnings.

An importer makes its input's nodes and relationships one by one. A value the model
rejects becomes a problem rather than an exception, so that `LayerBuilder.finish` can
report every problem of the input at once before the layer is checked as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from govgraph.errors import InputError, Problem
from govgraph.graphmodel import (
    Document,
    ImportedLayer,
    Label,
    Located,
    Node,
    Relationship,
    Source,
    assemble_layer,
)
from govgraph.loaders.citations import quote, validation_problems

__all__ = ["LayerBuilder"]

T = TypeVar("T")


class LayerBuilder:
    """The parts of a city's imported layer collected so far, and what was wrong.

    ``document_id`` is the id of the layer's source document, which every part cites;
    ``file`` names the input in problems and warnings; ``references`` are the nodes of
    other layers that the parts may link to, by id.
    """

    def __init__(
        self, city: str, document_id: str, file: str, references: dict[str, Label]
    ) -> None:
        self.city = city
        self.document_id = document_id
        self.file = file
        self.references = references
        self.nodes: list[Located[Node]] = []
        self.relationships: list[Located[Relationship]] = []
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def source(self, label: str, text: str | None) -> Source:
        """A citation of the source document: ``text``, with ``label`` if it is short."""
        return Source(document=self.document_id, quote=quote(label, text or ""))

    def model(
        self,
        make: Callable[[], T],
        *,
        line: int | None,
        entity: str,
        field: Callable[[str], str | None],
    ) -> T | None:
        """What ``make`` returns, or None and a problem for each value the model rejects.

        ``field`` names the input's field for a model field (see `validation_problems`).
        """
        try:
            return make()
        except ValidationError as error:
            self.problems += validation_problems(
                error, file=self.file, line=line, entity=entity, field=field
            )
            return None

    def add_problem(
        self,
        message: str,
        *,
        line: int | None = None,
        entity: str | None = None,
        field: str | None = None,
    ) -> None:
        """Note a problem of the input; `finish` raises them all."""
        self.problems.append(Problem(self.file, line, entity, field, message))

    def add_warning(
        self,
        message: str,
        *,
        line: int | None = None,
        entity: str | None = None,
        field: str | None = None,
    ) -> None:
        """Note something the import left out or could not resolve."""
        self.warnings.append(Problem(self.file, line, entity, field, message))

    def finish(self, document: Located[Document]) -> ImportedLayer:
        """The layer of the source ``document`` with the parts collected.

        Raises
        ------
        InputError
            With every problem noted, if any; else with what `assemble_layer` finds.
        """
        if self.problems:
            raise InputError(self.problems)
        return assemble_layer(
            self.city,
            document,
            self.nodes,
            self.relationships,
            self.references,
            file=self.file,
        )
