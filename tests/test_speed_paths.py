"""The fast paths of the speed work answer as the slow ones they stand for.

Each fast path (a cheap test before a big pattern, a pattern compiled on
first use) must give the same answer as the code it shortcuts, on any text:
these are property tests of output only, never timed.
"""

from __future__ import annotations

import pickle
import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from wireparse.metadata import dates
from wireparse.quotations import cues, people, quotes
from wireparse.reading.patterns import LazyPattern, lazy_compile, lazy_compile_re
from wireparse.structure import rules

#: Pieces that make the fast paths' cases likely: figures, month stems in
#: both cases, the long s (which folds to ``s``), relative-time words.
_PIECES = st.sampled_from(
    [
        "3", "12", "2026", ".", ":", " ", "  ", "\t", "Jan", "jan", "JUNE", "Sept",
        "ſept", "Mayor", "march", "Posted", "ago", "3 hours ago", "yesterday",
        "Today", "tomorrow", "day", "PM", "EDT", "\u200b", "é", "Dec.", "x",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=40), st.lists(_PIECES, max_size=8).map("".join))


@given(_TEXTS)
def test_date_hint_fast_path_agrees_with_the_pattern(text: str) -> None:
    assert dates._has_date_hint(text) == (dates._DATE_HINT.search(text) is not None)


@given(_TEXTS)
def test_timestamp_line_fast_path_agrees_with_the_patterns(text: str) -> None:
    s = text.strip()
    flat = " ".join(s.split())
    if not s or len(s) > dates.MAX_CHARS:
        return
    hinted = dates._DATE_HINT.search(flat) is not None
    if dates._DOTTED_TIME.fullmatch(flat) is None and not hinted:
        # The slow path: the relative-time pattern alone decides.
        expected = dates.RELATIVE.fullmatch(flat) is not None
        assert dates.is_timestamp_line(text) == expected


@given(st.text(max_size=3).map(lambda s: "\x01" + s), st.text(max_size=30))
def test_framing_fast_path_agrees_with_the_full_test(control: str, text: str) -> None:
    for m in (control, text, ""):
        state = rules.State(m, [rules.Candidate(0, len(m), [(0, len(m))], 0, 0, m, m)])
        expected = all(ch < " " or ch == "\x7f" for ch in m)
        assert (rules.framing(state, 0) is not None) == expected


def test_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<word>\p{Lu}\w+)\s(?P<n>[0-9]{1,3})"
    lazy = lazy_compile(source, regex.IGNORECASE)
    eager = regex.compile(source, regex.IGNORECASE)
    text = "harbour 12, Pier 7 and dock 300"
    assert isinstance(lazy, LazyPattern)
    assert lazy.pattern == source
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.search(text) is not None
    assert lazy.sub("-", text) == eager.sub("-", text)
    assert lazy.groupindex == eager.groupindex
    assert lazy.flags == eager.flags


def test_lazy_re_pattern_answers_as_the_compiled_one() -> None:
    source = r" (?:said|told)(?![\w'-])"
    lazy = lazy_compile_re(source)
    eager = re.compile(source)
    text = "Varga said, and Reyes told the board; nobody saidx a word"
    assert isinstance(lazy, LazyPattern)
    assert lazy.pattern == source
    assert [m.span() for m in lazy.finditer(text)] == [(5, 10), (21, 26)]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    # A pattern of the standard library, not of regex: re's own match type.
    assert isinstance(lazy.search(text), re.Match)
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy.search(text) is not None


@given(
    st.lists(st.sampled_from(["Varga", " said", " according to", " told", ",", " x"]), max_size=8)
)
def test_cue_patterns_answer_as_eagerly_compiled_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    eager = re.compile(cues.CUE_RE.pattern)
    assert [m.span(1) for m in cues.CUE_RE.finditer(text)] == [
        m.span(1) for m in eager.finditer(text)
    ]
    start = re.compile(cues.CUE_AT_START_RE.pattern).match(text)
    lazy_start = cues.CUE_AT_START_RE.match(text)
    assert (start is None) == (lazy_start is None)


def test_lazy_pattern_pickles_its_source() -> None:
    lazy = lazy_compile(r"[0-9]+")
    assert lazy.fullmatch("2026") is not None
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy.pattern == r"[0-9]+"
    assert copy.fullmatch("2026") is not None


#: Openings of the gated rules' conventions, to make their matches likely.
_OPENINGS = st.sampled_from(
    [
        "___", "* * *", "---", "-30-", "###", "(dpa)", "(ats/nxp)", "The Courier/AFP/jd",
        "The-CNN-Wire", "-- The Associated Press", "Editor's Note:", "EDS:", "Correction:",
        "To contact the reporter on this story:", "Source: Acme Corp.", "MEDIA RELEASE PR12",
        "(Reuters)", "Eds", "x", " ", "\u201c", "\u00bf", "",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_OPENINGS, st.text(max_size=6)), min_size=1, max_size=4).map(" ".join))
def test_rule_openers_never_hide_a_block_the_rule_claims(text: str) -> None:
    m = " ".join(text.split())
    for rule in rules.BLOCK_RULES:
        if not rule.opens:
            continue
        block = rules.Candidate(0, len(m), [(0, len(m))], 0, 0, m, m, words=len(m.split()))
        state = rules.State(m, [block])
        if rule.func(state, 0) is not None:
            assert rule.may_open(m[:1]), (rule.name, m)


#: Pieces that make the gendered pronouns, their look-alikes and their
#: word boundaries likely.
_PRONOUN_PIECES = st.sampled_from(
    ["he", "his", "him", "she", "her", "hers", "herself", "the", "s", "h", " ", "-", "_",
     "’", "'", ".", "\x01", "é", "9", "Varga", "He"]
)  # fmt: skip


@given(st.one_of(st.text(max_size=30), st.lists(_PRONOUN_PIECES, max_size=10).map("".join)))
def test_pronoun_pattern_answers_as_the_plain_alternation(text: str) -> None:
    # people._PRONOUN_RE is written to open with its first letter; it finds
    # what the plain pattern finds, from any position and to several ends.
    plain = re.compile(r"\b(he|his|him|she|her|hers)\b")
    for pos in range(len(text) + 1):
        for end in (len(text), pos + 2, pos + 4):
            fast = people._PRONOUN_RE.search(text, pos, end)
            slow = plain.search(text, pos, end)
            assert (fast is None) == (slow is None)
            if fast is not None and slow is not None:
                assert (fast.span(), fast.group(1)) == (slow.span(), slow.group(1))


@given(st.characters())
def test_surname_end_test_is_the_word_pattern(char: str) -> None:
    # Resolver._occurrences tests the character after a surname with
    # str.isalnum; it stands for the pattern [^\W_]|- it replaced.
    assert (char.isalnum() or char == "-") == (re.match(r"[^\W_]|-", char) is not None)


#: Pieces that make sentence ends, runs of them and their closing marks likely.
_END_PIECES = st.sampled_from(
    [".", "?", "!", "…", "?!", "...", " ", "  ", "'", "\"", "”", "’", ")", "]", "Word", "x",
     "U.S.", "\x01"]
)  # fmt: skip


@given(
    st.one_of(st.text(max_size=30), st.lists(_END_PIECES, max_size=12).map("".join)),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_sentence_ends_are_the_patterns_matches(text: str, cut_lo: int, cut_hi: int) -> None:
    # quotes._sentence_ends matches the pattern where str.find finds an end
    # character; it gives what finditer gives over the same range.
    lo = min(cut_lo, len(text))
    hi = max(lo, len(text) - cut_hi)
    full = [m.span() for m in quotes._SENTENCE_END_RE.finditer(text, lo, hi)]
    assert quotes._sentence_ends(text, lo, hi) == full
