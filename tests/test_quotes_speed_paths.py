"""The quotation stage's shortcuts answer as the long way they stand for.

Each shortcut of :mod:`wireparse.quotations` that is not plain from reading
the code (a cheap test before a pattern) is pinned here to the code it
shortcuts, on invented text: property tests of output only, never timed.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.model import Paragraph, SourceKind, Span
from wireparse.quotations import languages, people, quotes

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


@given(st.characters())
def test_word_test_of_a_quotation_is_its_pattern(char: str) -> None:
    # analyse tests a quotation's first character with str.isalnum before it
    # searches for _HAS_WORD ([^\W_]): the two agree on every character.
    assert char.isalnum() == (quotes._HAS_WORD.match(char) is not None)


@pytest.mark.parametrize(
    "text",
    ["Ferries ran late on Monday. The pier reopened at noon.", "Quay 4. Tides at six."],
)
def test_body_without_marks_or_cues_is_not_split_into_sentences(text: str) -> None:
    paragraphs = [Paragraph(text, Span(0, len(text)))]
    state = quotes._Analysis(text, paragraphs)
    assert state.sentences == []
    assert state.cues == []
    result = quotes.analyse(text, paragraphs)
    assert (result.quotes, result.attributions, result.people, result.others) == ((), (), (), ())


def test_body_with_a_cue_only_is_split_into_sentences() -> None:
    text = "Ferries ran late on Monday. The harbour master said the pier would reopen."
    paragraphs = [Paragraph(text, Span(0, len(text)))]
    state = quotes._Analysis(text, paragraphs)
    assert [(s.start, s.end) for s in state.sentences] == [(0, 28), (28, len(text))]
    result = quotes.analyse(text, paragraphs)
    assert [a.speaker.name for a in result.attributions if a.speaker] == ["the harbour master"]


@given(st.text(max_size=40), st.integers(0, 50))
def test_reader_tokens_are_the_tokens_kept(text: str, offset: int) -> None:
    # languages._Reader.tokens keeps the tokens of each text it reads: the
    # same list again, with the tokens _tokens gives.
    reader = languages._Reader(text, [], "fr")
    first = reader.tokens(text, offset)
    assert reader.tokens(text, offset) is first
    fresh = languages._tokens(text, offset)
    assert [(t.text, t.start, t.end, t.low) for t in first] == [
        (t.text, t.start, t.end, t.low) for t in fresh
    ]


@pytest.mark.parametrize("language", sorted(languages.SUPPORTED))
def test_titles_by_first_word_are_the_titles_of_several_words(language: str) -> None:
    # _Reader.read compares a phrase only with the titles that open with its
    # first word, in the order of the full list (the longest first).
    phrases = languages._words(language).title_phrases
    by_first = languages._titles_by_first(language)
    for first, titles in by_first.items():
        assert titles == tuple(t for t in phrases if len(t) > 1 and t[0] == first)
    assert sum(map(len, by_first.values())) == sum(len(t) > 1 for t in phrases)


_MENTIONS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=12)


@given(_MENTIONS, st.lists(st.booleans(), max_size=12))
def test_person_with_shared_spans_is_the_person_made_alone(
    pairs: list[tuple[int, int]], shared: list[bool]
) -> None:
    # Resolver.people passes freeze the spans its speakers were given: a
    # mention with one shares it, equal to the span made anew.
    mentions = [(start, start + size) for start, size in pairs]
    made = {m: Span(*m) for m, keep in zip(mentions, shared, strict=False) if keep}
    made[(90, 95)] = Span(90, 95)  # a span of another person's speaker
    ent = people._Entity(name="Ada Marsh", kind=SourceKind.PERSON)
    ent.mentions.extend(mentions)
    assert ent.freeze(made) == ent.freeze() == ent.freeze({})


def test_speaker_and_person_share_a_mention_span() -> None:
    text = 'Ada Marsh runs the pier. "We open at noon," Marsh said. "Not before," Marsh said.'
    result = quotes.analyse(text, [Paragraph(text, Span(0, len(text)))])
    (person,) = result.people
    spans = [q.speaker.mention_span for q in result.quotes if q.speaker]
    assert len(spans) == 2
    assert [text[m.start : m.end] for m in person.mentions] == ["Marsh"] * 3
    assert all(any(m is s for m in person.mentions) for s in spans)


#: Pieces of text around double marks: marks of every kind, digits (a height
#: in feet and inches), letters, spaces, punctuation and line breaks.
_MARK_PIECES = st.sampled_from(
    ['"', "“", "”", "„", "«", "»", "''", "``", "6", "2", "'", "’", "a", "Roe", " ", "\n",
     ",", ".", "(", ")", "—", "-"]
)  # fmt: skip


@given(st.lists(_MARK_PIECES, max_size=30).map("".join))
def test_double_mark_role_is_decided_by_its_context(text: str) -> None:
    # _pair_marks keeps a double mark's role by the mark and the characters
    # beside it, but after a digit (a height in feet and inches): marks alike
    # in those are given the same role wherever they stand.
    hi = len(text)
    seen: dict[tuple[str, str, str], int] = {}
    for m in quotes._DOUBLE_RE.finditer(text):
        start, end = m.span()
        prev = text[start - 1] if start > 0 else " "
        if prev.isdigit():
            continue
        key = (prev, text[start:end], text[end] if end < hi else " ")
        role = quotes._role(text, start, end, 0, hi, False)
        assert seen.setdefault(key, role) == role
