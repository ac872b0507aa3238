"""Field types shared by the model: slugs, names, partial dates, source citations."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

__all__ = [
    "MAX_QUOTE_LENGTH",
    "ExternalId",
    "Name",
    "PartialDate",
    "Slug",
    "Source",
    "parse_partial_date",
]

MAX_QUOTE_LENGTH = 600

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", min_length=1, max_length=120),
]
"""A stable ASCII id: lower-case letters, digits, single ``-`` or ``_`` between them."""

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
"""A name exactly as the document writes it (German, with umlauts)."""

ExternalId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
"""An id in a foreign system, kept as given (OParl: the object's URL)."""

_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_partial_date(value: str) -> str:
    """Check a date given to year, month or day precision and return it unchanged.

    >>> parse_partial_date("2008-09-25")
    '2008-09-25'
    >>> parse_partial_date("2002")
    '2002'
    >>> parse_partial_date("2018-13")
    Traceback (most recent call last):
    ...
    ValueError: '2018-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
    """
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


def _date_to_text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        raise ValueError(f"{value!s} has a time of day; give a date (YYYY-MM-DD)")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


PartialDate = Annotated[str, BeforeValidator(_date_to_text), AfterValidator(parse_partial_date)]
"""A date to year, month or day precision, as ISO text: ``2002``, ``2017-04``, ``2017-04-24``."""


class Source(BaseModel):
    """A citation: a document id and a short verbatim quote from it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Slug
    quote: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=3, max_length=MAX_QUOTE_LENGTH)
    ] = Field(description="verbatim passage, whitespace and markup aside")
