"""The measures a store holds, as catalogue rows (the inverse of the import)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from govgraph.loaders.catalogue.columns import Column
from govgraph.store import Record

__all__ = ["JOINER", "catalogue_rows"]

JOINER = "; "
"""How several owners, action fields or Beteiligte share a cell; the import splits on ``;``."""

_DIGITS = re.compile(r"(\d+)")


def catalogue_rows(records: Iterable[Record]) -> list[dict[Column, str]]:
    """Rows of the ``catalogue`` question as cells, in the order of their Nr., then name.

    Numbers sort naturally (1.2 before 1.10); measures without a Nr. come last.
    """
    rows = []
    for record in records:
        props: dict[str, Any] = record["properties"]
        cells = {
            Column.NUMBER: props.get("number"),
            Column.MEASURE: props["name"],
            Column.DESCRIPTION: props.get("description"),
            Column.ACTION_FIELD: JOINER.join(sorted(record["fields"])),
            Column.OWNER: JOINER.join(sorted(record["owners"])),
            Column.INVOLVED: JOINER.join(props.get("involved") or []),
            Column.STATUS: props.get("status"),
            Column.DUE: props.get("due"),
            Column.REMARK: props.get("remark"),
        }
        rows.append({column: text for column, text in cells.items() if text})
    return sorted(rows, key=_order)


def _order(row: dict[Column, str]) -> tuple[bool, list[tuple[int, int, str]], str]:
    number = row.get(Column.NUMBER, "")
    parts = [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in _DIGITS.split(number) if p]
    return (not number, parts, row[Column.MEASURE].casefold())
