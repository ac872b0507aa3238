"""The fields of a catalogue row and the headers that name them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from govgraph.graphmodel.search import fold

__all__ = ["DEFAULT_NAMES", "HEADERS", "Column", "header_key", "recognise"]


class Column(StrEnum):
    """A field of a catalogue row; the value is its name in mapping files."""

    NUMBER = "number"
    MEASURE = "measure"
    DESCRIPTION = "description"
    ACTION_FIELD = "action_field"
    OWNER = "owner"
    INVOLVED = "involved"
    STATUS = "status"
    DUE = "due"
    REMARK = "remark"


HEADERS: dict[Column, str] = {
    Column.NUMBER: "Nr.",
    Column.MEASURE: "Maßnahme",
    Column.DESCRIPTION: "Beschreibung",
    Column.ACTION_FIELD: "Handlungsfeld",
    Column.OWNER: "Zuständigkeit",
    Column.INVOLVED: "Beteiligte",
    Column.STATUS: "Status",
    Column.DUE: "Frist/Zieljahr",
    Column.REMARK: "Bemerkung",
}
"""The header written for each column on export, in export order."""

DEFAULT_NAMES: dict[Column, tuple[str, ...]] = {
    Column.NUMBER: ("Nr.", "Nr", "Nummer", "lfd. Nr.", "ID", "Kennung"),
    Column.MEASURE: ("Maßnahme", "Massnahme", "Maßnahmen", "Titel"),
    Column.DESCRIPTION: ("Beschreibung", "Inhalt"),
    Column.ACTION_FIELD: ("Handlungsfeld", "Handlungsfelder"),
    Column.OWNER: ("Zuständigkeit", "Zuständig", "Federführung", "federführend", "Verantwortlich"),
    Column.INVOLVED: ("Beteiligte", "Beteiligt", "Kooperationspartner"),
    Column.STATUS: ("Status", "Stand"),
    Column.DUE: ("Frist", "Zieljahr", "Frist/Zieljahr", "Termin", "Zeitraum"),
    Column.REMARK: ("Bemerkung", "Bemerkungen", "Anmerkung"),
}
"""The headers recognised without a mapping file, per column."""


def header_key(header: str) -> str:
    """The form in which headers are compared: folded, so case, umlauts, ß and punctuation vanish.

    >>> header_key(" Zuständigkeit: ") == header_key("ZUSTAENDIGKEIT") == "zustandigkeit"
    True
    >>> header_key("Maßnahme") == header_key("MASSNAHME")
    True
    """
    return fold(header)


_DEFAULT_KEYS: dict[str, Column] = {
    header_key(name): column for column, names in DEFAULT_NAMES.items() for name in names
}


def recognise(header: str, overrides: Mapping[str, Column | None] | None = None) -> Column | None:
    """The column ``header`` names, or None.

    ``overrides`` (folded header → column, None meaning "ignore") is consulted before the
    default names.

    >>> recognise("Federführung:")
    <Column.OWNER: 'owner'>
    >>> recognise("Titel der Maßnahme", {"titel der massnahme": Column.MEASURE})
    <Column.MEASURE: 'measure'>
    >>> recognise("Kosten") is None
    True
    """
    key = header_key(header)
    if overrides is not None and key in overrides:
        return overrides[key]
    return _DEFAULT_KEYS.get(key)
