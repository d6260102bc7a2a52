"""Invariants of flattened-page analysis over generated one-line pages."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse.structure import flattened

from .strategies import sentences
from .test_properties import assert_lossless

#: Invented furniture a scraper glues into a page.
FURNITURE = [
    "Skip Ad Ad Loading... x Embed x Share",
    "[Portvale keeps its old pier]",
    "Image copyright AP",
    "1 of 4 Full Screen Autoplay Close Caption The pier. Wait 1 second to continue.",
    "Ferry news - what happens next?",
]


@st.composite
def flattened_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    parts: list[str] = [draw(sentences())]
    used: list[str] = []
    while sum(len(p) + 1 for p in parts) < 1200:
        if draw(st.booleans()):
            piece = draw(st.sampled_from(FURNITURE))
            parts.append(piece)
            used.append(piece)
        parts.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=3))))
    return " ".join(parts), used


@given(flattened_pages())
def test_flattened_pages_parse_losslessly_and_keep_furniture_out(
    page: tuple[str, list[str]],
) -> None:
    text, used = page
    article = wireparse.parse(text)
    assert_lossless(article)
    for p in article.paragraphs:
        for piece in used:
            assert piece not in p.text


@given(st.lists(sentences(), min_size=40, max_size=60))
def test_long_flattened_pages_are_cut_at_sentences_losslessly(parts: list[str]) -> None:
    text = " ".join(parts)
    article = wireparse.parse(text)
    assert_lossless(article)
    for p in article.paragraphs:
        assert p.text.endswith(".")
    assert " ".join(p.text for p in article.paragraphs) in text


#: The forward search :data:`wireparse.structure.flattened._WORD_BEFORE` stands for.
_WORD_BEFORE_FORWARD = regex.compile(r"([\p{L}\d'’-]{1,30})$")
#: Characters of the word and around it: letters, figures of two scripts,
#: apostrophes, a dash, spaces, a line break (``$`` also matches before a
#: final one) and the marks that end a sentence.
_WORD_CHARS = "ab'’-1٣Üé \n.\u2028"


@given(st.text(alphabet=_WORD_CHARS, max_size=45), st.data())
def test_word_before_found_as_the_forward_search(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    forward = _WORD_BEFORE_FORWARD.search(text, start, end)
    backward = flattened._WORD_BEFORE.search(text, start, end)
    assert (backward and backward.span(1)) == (forward and forward.span(1))


def test_word_before_examples() -> None:
    text = "the essentials The mayor"
    found = flattened._WORD_BEFORE.search(text, 0, 14)
    assert found is not None
    assert found.group(1) == "essentials"
    # At most 30 characters, the last ones.
    long = "a" * 40 + "."
    found = flattened._WORD_BEFORE.search(long, 0, 40)
    assert found is not None
    assert found.span(1) == (10, 40)
    assert flattened._WORD_BEFORE.search("the pier.", 0, 9) is None
