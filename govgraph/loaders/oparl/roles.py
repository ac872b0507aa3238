"""German free-text membership roles of OParl (``Membership.role``) → the model's Role."""

from __future__ import annotations

import re

from govgraph.graphmodel import Role, fold

__all__ = ["normalise_role"]

_DEPUTY_MARK = re.compile(r"\b(?:stellv|stv|vize)")
_ORDINAL_DEPUTY = re.compile(r"\b(?:\d+|erste|zweite|dritte)r?\s+stellvertret")
_SUBSTITUTE = re.compile(
    r"\bstellvertreter|\b(?:stellv|stv)\w*\s+mitglied|\bvertreter(?:in)?\b|\bersatz"
)
_ADVISORY = re.compile(r"\bberatend")
_EXPERT_CITIZEN = re.compile(r"\bsachkundig")
_GUEST = re.compile(r"\bgast")


def normalise_role(text: str | None, voting_right: bool | None) -> Role:
    """The Role that a membership's role text means; the caller keeps the text as written.

    The text is folded (`govgraph.graphmodel.fold`), then the first rule that applies wins:

    1. "vorsitz" together with "stellv", "stv" or "vize" → ``deputy_chair``;
    2. "vorsitz" (Vorsitz, Vorsitzende(r), Ausschussvorsitz) → ``chair``; so an
       Oberbürgermeister(in) is chair only if the text also says Vorsitz;
    3. an ordinal deputy ("1. Stellvertreter", "zweite Stellvertreterin") is the chair's
       deputy → ``deputy_chair``;
    4. "Stellvertreter(in)" without ordinal, "stellvertretendes Mitglied", "Vertreter(in)",
       "Ersatzmitglied" → ``substitute``;
    5. "beratend…" (advising means not voting) → ``advisory`` unless ``voting_right`` is
       True; "Sachkundige(r) Bürger(in)", "Sachkundige Einwohner" → ``advisory`` if
       ``voting_right`` is False, else ``member`` (they vote in some states);
    6. "Gast" → ``guest``;
    7. anything else (Mitglied, Ratsherr, Ratsfrau, Stadträtin, no text) → ``member``.

    >>> normalise_role("stellv. Vorsitzende", True)
    <Role.DEPUTY_CHAIR: 'deputy_chair'>
    >>> normalise_role("Stellvertretender Vorsitzender", True).value
    'deputy_chair'
    >>> [normalise_role(t, True).value for t in ("Vorsitz", "Vorsitzende(r)", "Ausschussvorsitz")]
    ['chair', 'chair', 'chair']
    >>> normalise_role("Vorsitzender | Vorsitzende", None).value
    'chair'
    >>> [normalise_role(t, True).value for t in ("1. Stellvertreter", "2. Stellvertreterin")]
    ['deputy_chair', 'deputy_chair']
    >>> texts = ("stellvertretendes Mitglied", "Stellvertreter(in)", "Vertreterin")
    >>> {normalise_role(t, True).value for t in (*texts, "Ersatzmitglied")}
    {'substitute'}
    >>> normalise_role("Sachkundige Bürgerin", False).value
    'advisory'
    >>> normalise_role("Sachkundiger Bürger", True).value, normalise_role("beratend", None).value
    ('member', 'advisory')
    >>> normalise_role("Gast", None).value
    'guest'
    >>> normalise_role("Oberbürgermeisterin", True).value
    'member'
    >>> normalise_role("Oberbürgermeister (Vorsitz)", True).value
    'chair'
    >>> {normalise_role(t, True).value for t in ("Mitglied", "Ratsfrau", "Stadträtin", "", None)}
    {'member'}
    """
    folded = fold(text or "")
    if "vorsitz" in folded:
        return Role.DEPUTY_CHAIR if _DEPUTY_MARK.search(folded) else Role.CHAIR
    if _ORDINAL_DEPUTY.search(folded):
        return Role.DEPUTY_CHAIR
    if _SUBSTITUTE.search(folded):
        return Role.SUBSTITUTE
    if _ADVISORY.search(folded):
        return Role.MEMBER if voting_right is True else Role.ADVISORY
    if _EXPERT_CITIZEN.search(folded):
        return Role.ADVISORY if voting_right is False else Role.MEMBER
    if _GUEST.search(folded):
        return Role.GUEST
    return Role.MEMBER
