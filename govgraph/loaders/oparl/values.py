"""Reading values of OParl JSON objects: their names, and their dates as the model takes them."""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["date_of", "ended", "name_of"]


def name_of(obj: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, str | None]:
    """The first of ``keys`` the object has a text for, and that text."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return key, value
    return keys[0], None


def ended(value: Any, today: dt.date) -> bool:
    """Whether an OParl ``endDate`` lies before ``today``; a date not understood does not."""
    if not isinstance(value, str):
        return False
    try:
        return dt.date.fromisoformat(value[:10]) < today
    except ValueError:
        return False


def date_of(value: Any) -> Any:
    """An OParl date or date-time cut to its date (YYYY-MM-DD)."""
    return value[:10] if isinstance(value, str) else value
