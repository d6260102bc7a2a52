"""Invariants of flattened-page analysis over generated one-line pages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import wireparse

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
