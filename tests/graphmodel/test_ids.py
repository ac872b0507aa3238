"""Ids made from names transcribe after DIN 5007-2, as the bundled curated ids do."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph.graphmodel import fold
from govgraph.graphmodel.ids import catalogue_id, folded_slug, slugify, transcribe
from govgraph.loaders import load_structure_file

DATA = Path(__file__).parents[2] / "govgraph" / "data"
BUNDLED = sorted(DATA.glob("*.yaml"))


def _named_ids() -> list[tuple[str, str, str]]:
    """(city, id, name) of every bundled node, its short name counting as a name too."""
    found = []
    for path in BUNDLED:
        dataset = load_structure_file(path)
        for node in dataset.all_nodes():
            for name in (node.name, getattr(node, "short_name", None)):
                if name:
                    found.append((dataset.city_id, node.id, name))
    return found


NAMED = _named_ids()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oberbürgermeister", "oberbuergermeister"),
        ("Steuerungsgruppe", "steuerungsgruppe"),
        ("Quelle", "quelle"),
        ("Ausländer- und Integrationsbeirat", "auslaender-und-integrationsbeirat"),
        ("Öffentlichkeitsarbeit", "oeffentlichkeitsarbeit"),
        ("Straße", "strasse"),
        ("ÜBERGÄNGE", "uebergaenge"),
        ("Sprachcafé", "sprachcafe"),
        ("Projektgruppe „Integration“", "projektgruppe-integration"),
        ("2. Bürgermeister", "2-buergermeister"),
    ],
)
def test_slugify_transcribes(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_the_search_fold_stays_the_search_key() -> None:
    # the fold still makes "Steuerungsgruppe" and "Steurungsgruppe" meet; ids no longer do
    assert fold("Steuerungsgruppe") == fold("Steurungsgruppe") == "steurungsgruppe"
    assert folded_slug("Steuerungsgruppe") == "steurungsgruppe" != slugify("Steuerungsgruppe")


def test_most_bundled_ids_are_the_slug_of_their_name() -> None:
    # given: curated ids are written by hand: the city, "hf-" for action fields, the name
    def made(city: str, name: str) -> set[str]:
        slug = slugify(name)
        return {slug, f"{city}-{slug}", f"{city}-hf-{slug}"}

    # when
    matching = {node_id for city, node_id, name in NAMED if node_id in made(city, name)}

    # then: the rest abbreviate their names (e.g. "magdeburg-ag-sprache")
    assert len(matching) >= 100
    folded = {
        node_id
        for city, node_id, name in NAMED
        if node_id in {folded_slug(name), f"{city}-{folded_slug(name)}"}
        and folded_slug(name) != slugify(name)
    }
    assert folded == set()


def test_no_bundled_id_holds_a_folded_word() -> None:
    # given: the words of the names whose fold loses letters
    lossy = {
        fold(word): transcribe(word)
        for _, _, name in NAMED
        for word in name.split()
        if fold(word) != transcribe(word) and fold(word).isalnum()
    }

    # when
    found = [
        (node_id, part, lossy[part])
        for _, node_id, _ in NAMED
        for part in node_id.split("-")
        if part in lossy
    ]

    # then
    assert found == []


def test_catalogue_ids_transcribe_the_catalogue_name() -> None:
    assert catalogue_id("erlangen", "Maßnahmen Förderung") == (
        "erlangen-massnahmenkatalog-massnahmen-foerderung"
    )
    assert catalogue_id("erlangen", "Maßnahmen Förderung", folded_slug) == (
        "erlangen-massnahmenkatalog-massnahmen-forderung"
    )
