"""Ids made from names: ASCII slugs transcribed after DIN 5007-2, and the catalogue's ids.

Curated ids are written by hand in the datasets and transcribe umlauts (Oberbürgermeister
→ ``oberbuergermeister``); the ids an import makes follow the same rule (`slugify`). Until
store format 3 imports made ids with the search fold (`govgraph.graphmodel.fold`), which
drops the e of every ae, oe and ue ("Steuerungsgruppe" → ``steurungsgruppe``);
`folded_slug` still makes those, so that the upgrade and a re-import find them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from pathlib import PurePosixPath

from govgraph.graphmodel.search import fold

__all__ = [
    "CATALOGUE_MARK",
    "catalogue_document_name",
    "catalogue_field_id",
    "catalogue_file_stem",
    "catalogue_id",
    "catalogue_measure_id",
    "folded_slug",
    "slugify",
    "transcribe",
]

CATALOGUE_MARK = "massnahmenkatalog"
"""What follows the city in the id of every catalogue's document (its layer)."""

_DOCUMENT_NAME = "Maßnahmenkatalog "
_DIN_5007_2 = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)


def transcribe(text: str) -> str:
    """``text`` in lower-case ASCII words: umlauts and ß after DIN 5007-2, other accents dropped.

    >>> transcribe("Oberbürgermeister für Öffentlichkeitsarbeit, Straße")
    'oberbuergermeister fuer oeffentlichkeitsarbeit strasse'
    >>> transcribe("Sprachcafé „Integration“")
    'sprachcafe integration'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_DIN_5007_2).casefold())
    ascii_text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join("".join(c if c.isascii() and c.isalnum() else " " for c in ascii_text).split())


def slugify(text: str, max_length: int = 60) -> str:
    """A stable ASCII id of ``text`` (`transcribe`); long texts are cut and get a short hash.

    >>> slugify("Förderung der Sprachkompetenz (Kita)")
    'foerderung-der-sprachkompetenz-kita'
    >>> slugify("1.2")
    '1-2'
    >>> len(slugify("x" * 100))
    60
    """
    return _slug(transcribe(text), text, max_length)


def folded_slug(text: str, max_length: int = 60) -> str:
    """The id that imports made of ``text`` before store format 3 (with the search fold).

    >>> folded_slug("Förderung der Steuerungsgruppe")
    'forderung-der-steurungsgruppe'
    """
    return _slug(fold(text), text, max_length)


def catalogue_id(city: str, name: str, slug: Callable[[str], str] = slugify) -> str:
    """The id of a catalogue's document, which is also its layer.

    A name that already starts with the city or "Maßnahmenkatalog" is not repeated.
    ``slug`` makes the name's part (`folded_slug` gives the id of before format 3).

    >>> catalogue_id("erlangen", "Maßnahmen 2025")
    'erlangen-massnahmenkatalog-massnahmen-2025'
    >>> catalogue_id("bamberg", "bamberg-massnahmenkatalog-beispiel")
    'bamberg-massnahmenkatalog-beispiel'
    """
    rest = slug(name).removeprefix(f"{city}-").removeprefix(CATALOGUE_MARK).strip("-")
    return f"{city}-{CATALOGUE_MARK}-{rest}" if rest else f"{city}-{CATALOGUE_MARK}"


def catalogue_measure_id(
    document: str, number: str | None, title: str, slug: Callable[[str], str] = slugify
) -> str:
    """The id of a catalogue's measure: by its number where it has one, else by its title.

    >>> catalogue_measure_id("erlangen-massnahmenkatalog", "1.2", "Sprachcafé")
    'erlangen-massnahmenkatalog-1-2'
    """
    return f"{document}-{slug(number or title)}"


def catalogue_field_id(document: str, name: str, slug: Callable[[str], str] = slugify) -> str:
    """The id of an action field a catalogue creates.

    >>> catalogue_field_id("erlangen-massnahmenkatalog", "Bildung und Ausbildung")
    'erlangen-massnahmenkatalog-hf-bildung-und-ausbildung'
    """
    return f"{document}-hf-{slug(name)}"


def catalogue_document_name(file_name: str) -> str:
    """The name of the document a catalogue file becomes.

    >>> catalogue_document_name("Maßnahmen 2025.xlsx")
    'Maßnahmenkatalog Maßnahmen 2025.xlsx'
    """
    return f"{_DOCUMENT_NAME}{file_name}"


def catalogue_file_stem(document_name: str) -> str | None:
    """The file stem a catalogue document was imported from (the default catalogue name),
    read back from its name (`catalogue_document_name`); ``None`` for another name.

    >>> catalogue_file_stem("Maßnahmenkatalog Maßnahmen 2025.xlsx")
    'Maßnahmen 2025'
    """
    if not document_name.startswith(_DOCUMENT_NAME):
        return None
    return PurePosixPath(document_name.removeprefix(_DOCUMENT_NAME)).stem


def _slug(words: str, text: str, max_length: int) -> str:
    slug = "-".join(words.split())
    if slug and len(slug) <= max_length:
        return slug
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"{slug[: max_length - 9].rstrip('-')}-{digest}" if slug else digest
