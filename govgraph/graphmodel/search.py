"""Folding names for search: case, umlauts, transcriptions and punctuation all meet."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]

_TRANSCRIPTIONS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def fold(text: str) -> str:
    """The search form of ``text``: lower case, ASCII, umlaut transcriptions undone.

    "Nürnberg", "Nuernberg" and "NURNBERG" fold alike, as do "Straße" and "Strasse".
    Punctuation (quotes, hyphens, brackets) becomes space, so „Integration“ is found
    by Integration.
    Stored names and search text are folded the same way, so a substring of the one
    is a substring of the other.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        The folded text: letters, digits and single spaces.

    Examples
    --------
    >>> fold("Nürnberg") == fold("Nuernberg") == fold("NURNBERG")
    True
    >>> fold("Ausländer- und  Integrationsbeirat")
    'auslander und integrationsbeirat'
    >>> fold("Projektgruppe „Integration“")
    'projektgruppe integration'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    for transcription, vowel in _TRANSCRIPTIONS:
        folded = folded.replace(transcription, vowel)
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())
