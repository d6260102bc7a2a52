"""The quotation stage's shortcuts answer as the long way they stand for.

Each shortcut of :mod:`wireparse.quotations` that is not plain from reading
the code (a cheap test before a pattern) is pinned here to the code it
shortcuts, on invented text: property tests of output only, never timed.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.model import Paragraph, Span
from wireparse.quotations import quotes

#: Pieces of text around a possessive noun of speech: names, both
#: apostrophes, nouns of speech, the words that lead into the quotation.
_POSSESSIVE_PIECES = st.sampled_from(
    [
        "Varga", "Ilse", "Roe", "'s", "’s", "s", "'", "’", " ", "  ", "pledge", "bold",
        "claim", "call", "earlier in the day", " to", " that", " of", ",", ":", "mocked",
        "A", "x", "-", ".",
    ]
)  # fmt: skip
_POSSESSIVE_TEXTS = st.one_of(
    st.text(max_size=40), st.lists(_POSSESSIVE_PIECES, max_size=12).map("".join)
)


@given(_POSSESSIVE_TEXTS)
def test_possessive_pattern_needs_a_possessive_in_its_window(window: str) -> None:
    # _possessive_owner skips the pattern in a window without "'s " or "’s ".
    found = quotes._POSSESSIVE_SPEECH.search(window)
    if "'s " not in window and "’s " not in window:
        assert found is None


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_possessive_owner_still_found_after_the_check(apostrophe: str) -> None:
    text = f'Roe mocked Varga{apostrophe}s pledge to "keep the ferries running" on Monday.'
    result = quotes.analyse(text, [Paragraph(text, Span(0, len(text)))])
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Varga"]
