"""The word lists shipped as package data, and their loader."""

from __future__ import annotations

import subprocess
import sys

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


#: Lists that contradict each other: a word in both would be read two ways.
CONTRADICTING = [
    ("given_names_male", "given_names_female"),
    ("male_words", "female_words"),
    ("role_nouns", "group_nouns"),
    ("role_nouns", "document_nouns"),
    ("group_nouns", "org_nouns"),
    ("cue_verbs", "role_nouns"),
    ("cue_verbs", "group_nouns"),
    ("cue_verbs", "org_nouns"),
    ("cue_verbs", "document_nouns"),
    ("sentence_openers", "given_names_male"),
    ("sentence_openers", "given_names_female"),
    ("sentence_openers", "role_nouns"),
    ("sentence_openers", "titles"),
    ("honorifics", "titles"),
]


@pytest.mark.parametrize(("first", "second"), CONTRADICTING)
def test_no_word_sits_in_two_contradicting_lists(first: str, second: str) -> None:
    # In every language that has both lists (German, French and Spanish have
    # their own given names).
    for language in lexicon.languages():
        names = lexicon.list_names(language)
        if first not in names or second not in names:
            continue
        both = lexicon.words(language, first) & lexicon.words(language, second)
        assert not both, f"{language}/{first} and {language}/{second} both hold {sorted(both)}"


def test_cue_lists_refine_the_cue_verbs() -> None:
    """Weak, invertible and sentence-opening cues are cue verbs (``according`` opens one)."""
    verbs = lexicon.words("en", "cue_verbs")
    assert lexicon.words("en", "weak_verbs") <= verbs
    assert lexicon.words("en", "invertible_verbs") <= verbs | {"according"}
    assert lexicon.words("en", "opening_cues") <= verbs


def test_a_contradiction_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check fails when a given name is listed as both a man's and a woman's."""
    real = lexicon.words

    def words(language: str, name: str) -> frozenset[str]:
        extra = {"given_names_female": frozenset({"david"})}.get(name, frozenset())
        return real(language, name) | extra

    monkeypatch.setattr(lexicon, "words", words)
    with pytest.raises(AssertionError, match="david"):
        test_no_word_sits_in_two_contradicting_lists("given_names_male", "given_names_female")


def test_every_english_list_has_an_example_in_its_header() -> None:
    from importlib import resources

    folder = resources.files("wireparse.lexicon").joinpath("en")
    for name in lexicon.list_names("en"):
        header = [
            line
            for line in folder.joinpath(f"{name}.txt").read_text("utf-8").splitlines()
            if line.startswith("#")
        ]
        assert header, name
        assert any("``" in line or "Example" in line or '"' in line for line in header), name


def test_import_reads_lists_without_importlib_resources() -> None:
    """The lists are read with plain file calls: importing the package pulls in
    neither ``importlib.resources`` nor the ``pathlib``, ``tempfile`` and
    ``zipfile`` it imports (about 8 ms of ``import wireparse``)."""
    code = """if True:
        import sys, wireparse
        heavy = ["importlib.resources", "pathlib", "tempfile", "zipfile"]
        print(sorted(m for m in heavy if m in sys.modules))
    """
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
