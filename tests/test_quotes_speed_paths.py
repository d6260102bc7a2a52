"""The quotation stage's shortcuts answer as the long way they stand for.

Each shortcut of :mod:`wireparse.quotations` that is not plain from reading
the code (a cheap test before a pattern, a test moved ahead of another) is
pinned here to the code it shortcuts, on invented text: property tests of
output only, never timed.
"""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.model import Paragraph, Span
from wireparse.quotations import cues, quotes
from wireparse.quotations.people import MASK

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


def _breaks_paragraph_first(
    flat: str, bounds: list[tuple[int, int]], para_starts: list[int]
) -> dict[int, list[int]]:
    """The sentence ends of :func:`quotes._sentence_breaks` (no quotations), the long way.

    The order of the tests before this work: the paragraph is looked up
    first, and the next character is read only inside it.
    """
    starts: dict[int, list[int]] = {}
    size = len(flat)
    for m in quotes._SENTENCE_END_RE.finditer(flat, bounds[0][0], bounds[-1][1]):
        nxt = m.end()
        k = bisect.bisect_right(para_starts, nxt) - 1
        lo, hi = bounds[k]
        if not lo < nxt < hi:
            continue
        ch = flat[nxt]
        if ch in quotes._SENTENCE_NEXT and nxt + 1 < size:
            ch = flat[nxt + 1]
        if not (ch.isupper() or ch.isdigit() or ch == MASK):
            continue
        dot = m.start()
        if nxt - dot == 2 and flat[dot] == ".":
            floor = max(lo, dot - 40, 0)
            word = flat[max(flat.rfind(" ", floor, dot) + 1, floor) : dot]
            word = word.lstrip("(\"'“‘").lower()
            if len(word) == 1 or word in cues.ABBREVIATIONS:
                continue
            if "." in word or word in cues.END_ABBREVIATIONS:
                after = flat[nxt : nxt + 12].split(" ", 1)[0].lower()
                if after not in cues.SENTENCE_OPENERS:
                    continue
        starts.setdefault(k, []).append(nxt)
    return starts


_SENTENCE_PIECES = st.sampled_from(
    [
        "Varga left", ". ", "? ", "! ", "… ", ".. ", ".\" ", "Sen. ", "U.S. ", "Inc. ",
        "The", "the", "A", "a", "3", "(", "\"", MASK, " ", "  ", "x", ".",
    ]
)  # fmt: skip


@given(st.lists(_SENTENCE_PIECES, min_size=1, max_size=16), st.data())
def test_sentence_ends_read_the_next_character_first(
    pieces: list[str], data: st.DataObject
) -> None:
    flat = "".join(pieces)
    # Paragraphs: cut the text between a few pieces (a paragraph may end in
    # spaces, the next open right after a stop, the last end the text).
    ends = [len("".join(pieces[: k + 1])) for k in range(len(pieces))]
    cuts = sorted(set(data.draw(st.lists(st.sampled_from(ends), max_size=3))) | {len(flat)})
    bounds: list[tuple[int, int]] = []
    lo = 0
    for hi in cuts:
        if hi > lo:
            bounds.append((lo, hi))
        lo = hi
    para_starts = [lo for lo, _ in bounds]
    fast = quotes._sentence_breaks(flat, flat, bounds, para_starts, [])
    # _sentence_breaks takes the plain-stop pattern when the body has no
    # ?, ! or …: it finds the same ends there, so the long way uses one pattern.
    assert fast == _breaks_paragraph_first(flat, bounds, para_starts)


def test_sentence_end_at_the_end_of_the_text_is_no_break() -> None:
    # The next character of a stop whose spaces run to the end of the text
    # is empty: no sentence starts there (the paragraph test said the same).
    flat = "Varga left.  "
    assert quotes._sentence_breaks(flat, flat, [(0, len(flat))], [0], []) == {}
