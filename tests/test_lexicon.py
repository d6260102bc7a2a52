"""The word lists shipped as package data, and their loader."""

from __future__ import annotations

import pytest

from wireparse import lexicon


def test_english_cue_verbs_are_read() -> None:
    assert {"said", "says", "told"} <= lexicon.words("en", "cue_verbs")


def test_missing_list_and_language_raise_lexicon_error() -> None:
    with pytest.raises(lexicon.LexiconError, match="no word list 'nope'"):
        lexicon.words("en", "nope")
    with pytest.raises(lexicon.LexiconError, match="no word lists for language 'xx'"):
        lexicon.list_names("xx")


def test_languages_and_list_names() -> None:
    assert "en" in lexicon.languages()
    assert "cue_verbs" in lexicon.list_names("en")


@pytest.mark.parametrize("language", lexicon.languages())
def test_every_list_is_well_formed(language: str) -> None:
    """No list repeats an entry, and every entry is stripped, lower-case where it is a word."""
    for name in lexicon.list_names(language):
        items = [e.partition(" = ")[0] for e in lexicon.entries(language, name)]
        repeated = sorted({e for e in items if items.count(e) > 1})
        assert not repeated, f"{language}/{name} repeats {repeated}"
        assert all(e == e.strip() and "  " not in e for e in items), f"{language}/{name}"
