"""The gates before patterns of the structure stages answer as the patterns do.

Each gate (a character asked before a pattern call) must give the same
answer as the pattern call it spares, on any text: example tests and
property tests of output only, never timed.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wireparse import parser
from wireparse.feeds import iptc7901
from wireparse.metadata import datelines, dates
from wireparse.reading import blocks, source
from wireparse.reading.patterns import KEEP_GIL
from wireparse.structure import rules

#: Pieces that make the gates' edge cases likely: blanks of every kind,
#: controls (C0, DEL, C1), the sign-off words, letters and figures, a wide
#: character, the notebook's marks and the not-for-publication words.
_PIECES = st.sampled_from(
    [
        " ", "\t", "\xa0", "\u2003", "\u200b", "\ufeff", "\u3000", "\n", "\r", "\x0b",
        "\x00", "\x07", "\x1c", "\x1f", "\x7f", "\x85", "\x9f", "Reuters", "REUTERS",
        "-30-", "-0-", "###", "# #", "ENDS", "END", "a", "Z", "7", "é", "字", "#", "*",
        "* ", "# ", "not for publication", "Nicht zur Veröffentlichung bestimmt",
        "Posted", "March", ".", ",", "(", "\u2014",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=40), st.lists(_PIECES, max_size=8).map("".join))


def _is_blank_long_way(text: str, start: int, end: int | None) -> bool:
    return source._NOT_BLANK.search(text, start, len(text) if end is None else end) is None


@given(_TEXTS, st.integers(0, 45), st.one_of(st.none(), st.integers(0, 45)))
def test_is_blank_agrees_with_the_pattern(text: str, start: int, end: int | None) -> None:
    assert source.is_blank(text, start, end) == _is_blank_long_way(text, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end", "blank"),
    [
        ("Harbour reopens", 0, None, False),
        ("  \u200b\xa0 ", 0, None, True),
        ("ab   cd", 2, 5, True),
        ("ab   cd", 2, 6, False),
        ("ab", 2, 2, True),
        ("ab", 5, 9, True),
    ],
)
def test_is_blank_examples(text: str, start: int, end: int | None, blank: bool) -> None:
    assert source.is_blank(text, start, end) is blank


@given(_TEXTS, st.integers(0, 45), st.integers(0, 45))
def test_stand_alone_gate_agrees_with_the_pattern(text: str, start: int, end: int) -> None:
    if start >= len(text) or end <= start:
        return  # the cutter asks only about a line's content, which is not empty
    end = min(end, len(text))
    assert blocks._may_stand_alone(text, start, end) == (
        blocks._ALONE.fullmatch(text, start, end) is not None
    )


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Reuters", True),
        ("REUTERS", True),
        ("-30-", True),
        ("\x07\x07\x07\x07\x07\x07\x07\x07\x07", True),
        ("\x85\x85\x85\x85\x85\x85\x85\x85", True),
        ("Reutersx", False),
        ("The harbour board met on Monday.", False),
        ("\x07 harbour board", False),
    ],
)
def test_stand_alone_examples(line: str, alone: bool) -> None:
    assert blocks._may_stand_alone(line, 0, len(line)) is alone


def _skip_spaces_long_way(text: str, pos: int, end: int) -> int:
    m = datelines._SPACES.match(text, pos, end)
    return m.end() if m else pos


@given(_TEXTS, st.integers(0, 45), st.integers(0, 45))
def test_skip_spaces_agrees_with_the_pattern(text: str, pos: int, end: int) -> None:
    assert datelines._skip_spaces(text, pos, end) == _skip_spaces_long_way(text, pos, end)


def _may_open_long_way(line: str) -> bool:
    first = dates._FIRST_LETTERS.match(line)
    if first is None:
        return True
    return dates._OPENING_WORD.fullmatch(first.group()) is not None


@given(_TEXTS)
def test_timestamp_opening_gate_agrees_with_the_pattern(line: str) -> None:
    assert dates._may_open_timestamp(line) == _may_open_long_way(line)


@pytest.mark.parametrize(
    ("line", "may"),
    [
        ("3:54 PM", True),
        ("(AP)", True),
        ("Posted 3:54 PM", True),
        ("Harbour reopens", False),
        ("", True),
    ],
)
def test_timestamp_opening_examples(line: str, may: bool) -> None:
    assert dates._may_open_timestamp(line) is may


def _notebook_start_long_way(text: str, lines: list[source.Line]) -> int | None:
    for i, line in enumerate(lines):
        if iptc7901.NOTEBOOK.match(text, line.start, line.end):
            return i
        if iptc7901.STARS.fullmatch(text, line.start, line.end) or (
            iptc7901.NOT_FOR_PUBLICATION.fullmatch(text, line.start, line.end)
        ):
            return i
    return None


@given(st.lists(_TEXTS, max_size=6).map("\n".join))
def test_notebook_start_agrees_with_the_patterns(text: str) -> None:
    lines = source.split_lines(text)
    assert iptc7901._notebook_start(text, lines) == _notebook_start_long_way(text, lines)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Die Fähre fährt.\n\n* * *\nKontakt", 2),
        ("Die Fähre fährt.\n# Notizblock", 1),
        ("Die Fähre fährt.\nThe following is NOT FOR PUBLICATION", 1),
        ("Die Fähre fährt.\nNicht zur Veröffentlichung bestimmt", 1),
        ("Die Fähre fährt.\n#hashtag\n*note", None),
    ],
)
def test_notebook_start_examples(text: str, start: int | None) -> None:
    assert iptc7901._notebook_start(text, source.split_lines(text)) == start


@given(_TEXTS, st.integers(0, 100))
def test_unneeded_rules_below_the_fewest_words(text: str, fewest: int) -> None:
    # A rule whose word limit is below the fewest words of a block is set
    # unneeded without a look; the others are looked for as before.
    needing = rules._offered(rules.BLOCK_RULES)[2]
    plain = rules._unneeded(text, needing)
    short = 0
    for k, rule in enumerate(rules.BLOCK_RULES):
        if rule.needs and rule.max_words < fewest:
            short |= 1 << k
    # A text with a soft hyphen or a word joiner is offered every rule.
    hidden = not text.isascii() and ("\xad" in text or "\u2060" in text)
    expected = 0 if hidden else plain | short
    assert rules._unneeded(text, needing, fewest) == expected


def test_story_of_long_paragraphs_claims_as_before() -> None:
    # Every block is longer than a titled byline (six words): the byline
    # rules are not looked for, and the blocks are claimed as ever.
    text = (
        "Ferry service across Lake Marrow resumes on Monday after the storm.\n\n"
        "Ada Quint, Staff Writer of the Gulf Herald, wrote about the harbour.\n\n"
        "The harbour board said the new timetable would hold through the winter."
    )
    needing = rules._offered(rules.BLOCK_RULES)[2]
    names = [rule.name for rule in rules.BLOCK_RULES]
    titled = 1 << names.index("byline.titled")
    assert not rules._unneeded(text, needing) & titled
    assert rules._unneeded(text, needing, 11) & titled
    state = rules.State(text, parser._candidates(text, 0, len(text)))
    rules.classify(state, layout_rules=())
    assert [c.rule for c in state.blocks] == ["", "", ""]


@pytest.mark.parametrize(
    ("pattern", "text", "pos", "end"),
    [
        (dates._FIRST_LETTERS, "Posted 3:54 PM", None, None),
        (datelines._SPACES, "  \xa0 PORTVALE, March 3 -", 0, 10),
        (blocks._ALONE, "Reuters", 0, 7),
        (blocks._FIRST_WORD, "ferry fares rise", 6, 16),
    ],
)
def test_keep_gil_matches_as_the_default(
    pattern: regex.Pattern[str], text: str, pos: int | None, end: int | None
) -> None:
    # KEEP_GIL is the ``concurrent`` argument, by position: the match is the same.
    kept = pattern.match(text, pos, end, KEEP_GIL)
    default = pattern.match(text, pos, end)
    assert KEEP_GIL is False
    assert (kept and kept.span()) == (default and default.span())
