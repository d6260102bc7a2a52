"""Hostile runs of quotation marks: the output keeps its properties at any size.

Time is measured by a script (``benchmarks/bench_quotes.py`` and a run over
generated input), never by a test; these tests check what comes back.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse

MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''"]


def check(text: str) -> None:
    article = wireparse.parse(text)
    source = article.source
    for quote in (*article.quotes, *article.quoted):
        assert any(ch.isalnum() for ch in quote.text)  # marks around nothing are no quotation
        assert 0 <= quote.span.start <= quote.span.end <= len(source)
        assert (quote.speaker is None) == (not quote.rules)


@given(st.sampled_from(MARKS), st.integers(min_value=1, max_value=3000))
@settings(max_examples=25, deadline=None)
def test_a_line_of_marks_gives_no_quotation(mark: str, count: int) -> None:
    text = "Harbor report\n\n" + mark * count + "\n"
    check(text)
    assert wireparse.parse(text).quotes == ()


@given(st.sampled_from(MARKS), st.integers(min_value=1, max_value=1500))
@settings(max_examples=15, deadline=None)
def test_lines_of_one_mark_each(mark: str, count: int) -> None:
    check("Harbor report\n\n" + (mark + "\n") * count)


@given(
    st.lists(
        st.one_of(st.sampled_from(MARKS), st.sampled_from(["a", "Varga said", ", ", ". ", "\n\n"])),
        max_size=400,
    ).map("".join)
)
@settings(max_examples=60, deadline=None)
def test_marks_mixed_with_words(body: str) -> None:
    check("Harbor report\n\n" + body + "\n")


def test_empty_quotation_marks_are_no_quotation() -> None:
    article = wireparse.parse('Harbor report\n\nVarga said "" and then "the barrier holds."\n')
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("the barrier holds.", "Varga")
    ]
