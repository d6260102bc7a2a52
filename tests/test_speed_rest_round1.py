"""The speed-ups of the stages outside the quotation stage, checked against the long way.

Each shortcut must give exactly the answer of the plain form it replaces
(issue 12: the output never changes); these tests state the plain form.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse import parser
from wireparse.errors import NotTextError
from wireparse.feeds import anpa, stream, zczc
from wireparse.feeds.registry import formats
from wireparse.metadata import copyright
from wireparse.reading.source import check_is_text

#: Pieces that stress the first-character gates: brackets around a ``c``,
#: the letters of ``ZCZC`` in both cases, feed controls, tags.
_PIECES = st.sampled_from(
    [
        "(", ")", "(c)", "(C)", "((c)", "(c", "c)", "©", "Copyright", " 2026 Portvale Media.",
        "Z", "ZC", "ZCZC", "zczc", "zcz", "ZCZCZC", "\x01", "\x16\x16\x01", "<", "</p>", "<p>",
        "The ferry runs again.", " ", "\n",
    ]
)  # fmt: skip
_texts = st.lists(_PIECES, max_size=16).map("".join)


@given(_texts, st.data())
def test_mark_hints_with_brackets_found_as_the_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.start() for m in copyright._MARK_HINT.finditer(text, start, end)]
    assert copyright.mark_hints(text, start, end) == expected


def test_mark_hints_examples() -> None:
    assert copyright.mark_hints("((c) 2026 Portvale Media") == [1]
    assert copyright.mark_hints("Photo (C) Ada Finch (c)") == [6, 20]
    # A bracket at the end of the stretch holds no mark within it.
    assert copyright.mark_hints("Ferry (c) 2026", 0, 8) == []


@given(_texts)
def test_most_story_starts_counts_every_hint(text: str) -> None:
    hints = {hint for f in formats() for hint in f.story_hints}
    assert stream.most_story_starts(text) == sum(text.count(hint) for hint in hints)


def test_most_story_starts_examples() -> None:
    assert stream.most_story_starts("The ferry runs again.") == 0
    assert stream.most_story_starts("ZCZC AAP\nFerry\nNNNN\nZCZC AAP\nzczc") == 3


@given(_texts)
def test_zczc_detect_sees_nothing_without_a_mark(text: str) -> None:
    window = text[:4096]
    if "ZCZC" not in window and "zczc" not in window:
        assert zczc.detect(text) == (0, ())


@given(_texts)
def test_anpa_detect_sees_no_syn_without_soh(text: str) -> None:
    score, evidence = anpa.detect(text)
    if "\x01" not in text:
        assert not any("SYN SYN SOH" in item for item in evidence)
    if "\x16\x16\x01" in text:
        assert any("SYN SYN SOH" in item for item in evidence) or score > 0


@given(_texts)
def test_html_span_none_without_a_bracket(text: str) -> None:
    if "<" not in text:
        assert parser._html_span(text) is None


def test_check_is_text_counts_nuls() -> None:
    check_is_text("The ferry runs again.")
    check_is_text("The ferry\x00 runs again.")  # one NUL is let through
    with pytest.raises(NotTextError, match="3 NUL characters"):
        check_is_text("a\x00b\x00c\x00")
