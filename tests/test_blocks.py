"""Block cutting: line breaks, blank lines, hard wrapping, indents."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import BlockKind
from wireparse.reading.blocks import cut, wrap_width
from wireparse.reading.source import split_lines

BODY = [
    "The first paragraph of the story runs here, with a full stop.",
    "The second paragraph follows it, and it ends the story.",
]


def texts(article: wireparse.Article) -> list[str]:
    return [p.text for p in article.paragraphs]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_breaks(newline: str) -> None:
    text = newline.join(["Headline of the story", "", BODY[0], "", BODY[1], ""])
    article = wireparse.parse(text)
    assert article.headline == "Headline of the story"
    assert texts(article) == BODY


@pytest.mark.parametrize("separator", ["\n\xa0\n", "\n \t \n", "\n\u200b\n", "\n\xa0 \xa0\n\n"])
def test_whitespace_only_lines_separate_blocks(separator: str) -> None:
    text = separator.join(["Headline of the story", *BODY])
    assert texts(wireparse.parse(text)) == BODY


def test_one_paragraph_per_line() -> None:
    text = "\n".join(["Headline of the story", *BODY, "A third paragraph, short."])
    assert texts(wireparse.parse(text)) == [*BODY, "A third paragraph, short."]


def _chunk_texts(text: str) -> list[str]:
    return ["\n".join(text[a:b] for a, b in c.lines) for c in cut(text, split_lines(text))]


def test_consecutive_lines_without_a_word_make_one_block() -> None:
    text = "\n".join([BODY[0], '"', '"', "*", "--", BODY[1]])
    assert _chunk_texts(text) == [BODY[0], '"\n"\n*\n--', BODY[1]]


@pytest.mark.parametrize(
    "lines",
    [
        ['"', BODY[1]],  # a mark before a line with words stays apart
        ["\x1f", "\x1f"],  # control characters stand alone
        ["-0-", "-0-"],  # so do end marks
        ["*****", "*****"],  # longer rules stay one block each
    ],
)
def test_lines_that_do_not_join(lines: list[str]) -> None:
    text = "\n".join([BODY[0], *lines])
    assert _chunk_texts(text) == [BODY[0], *lines]


@given(st.lists(st.sampled_from(['"', "“", "*", "•", ".", "|"]), min_size=1, max_size=60))
def test_a_run_of_marks_is_one_block_and_lossless(marks: list[str]) -> None:
    text = "\n".join([BODY[0], *marks, BODY[1]])
    assert _chunk_texts(text) == [BODY[0], "\n".join(marks), BODY[1]]
    article = wireparse.parse(text)
    assert "".join(text[b.span.start : b.span.end] for b in article.blocks).replace(
        "\n", ""
    ) == text.replace("\n", "")


def test_split_lines_offsets() -> None:
    text = "ab\r\n  cd \rx\n\n"
    lines = split_lines(text)
    assert [(ln.start, ln.end) for ln in lines] == [(0, 2), (4, 9), (10, 11), (12, 12)]
    assert [(ln.content_start, ln.content_end) for ln in lines][:3] == [(0, 2), (6, 8), (10, 11)]
    assert lines[1].indent == 2
    assert lines[3].blank


def _reference_lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Line ranges of ``text[start:stop]``: between LF, CRLF and CR breaks."""
    out: list[tuple[int, int]] = []
    pos = start
    for brk in re.finditer(r"\r\n|\r|\n", text[start:stop]):
        out.append((pos, start + brk.start()))
        pos = start + brk.end()
    if pos < stop or not out:
        out.append((pos, stop))
    return out


@given(
    st.text(alphabet=st.sampled_from("ab \t\xa0\r\n"), max_size=40),
    st.integers(0, 45),
    st.integers(0, 45),
)
def test_split_lines_matches_a_reference(text: str, start: int, length: int) -> None:
    """LF-only texts take a str.split fast path; both paths give the same lines."""
    start = min(start, len(text))
    stop = min(start + length, len(text))
    for a, z in ((0, len(text)), (start, stop)):
        lines = split_lines(text, a, z)
        assert [(ln.start, ln.end) for ln in lines] == _reference_lines(text, a, z)
        for ln in lines:
            content = text[ln.content_start : ln.content_end]
            assert content == text[ln.start : ln.end].strip(" \t\xa0")


REUTERS = (
    "PORT SETS RECORD\n"
    "    VALLETTA, March 3 - The harbor authority said on Tuesday it\n"
    "handled more grain in February than in any month on record, as\n"
    "shippers moved cargo away from blocked ports.\n"
    "    The authority's chairman said the record would not last.\n"
    " Reuter\n"
    "\x03"
)


def test_reuters_indented_hard_wrapped_copy() -> None:
    article = wireparse.parse(REUTERS)
    assert article.headline == "PORT SETS RECORD"
    assert texts(article) == [
        "VALLETTA, March 3 - The harbor authority said on Tuesday it handled more grain in "
        "February than in any month on record, as shippers moved cargo away from blocked ports.",
        "The authority's chairman said the record would not last.",
    ]
    assert [s.text for s in article.signoffs] == ["Reuter"]
    kinds = [b.kind for b in article.blocks]
    assert kinds[-2:] == [BlockKind.SIGNOFF, BlockKind.FRAMING]


def test_paragraph_span_covers_its_wrapped_lines() -> None:
    article = wireparse.parse(REUTERS)
    first = article.paragraphs[0]
    assert REUTERS[first.span.start : first.span.end].startswith("VALLETTA")
    assert REUTERS[first.span.start : first.span.end].endswith("blocked ports.")


WRAPPED = (
    "Lorem harbor council plans a new bridge over the river this spring\n"
    "after the old one closed; the engineers say the budget will hold\n"
    "and the ferry will run until the work is done in the autumn.\n"
    "\n"
    "The council meets again in June to choose a builder for the\n"
    "bridge, and it will publish the bids on the same day as the vote\n"
    "so that every ratepayer can see what was offered and by whom.\n"
)


def test_hard_wrapped_copy_without_indents() -> None:
    assert wrap_width(split_lines(WRAPPED)) == 66
    chunks = cut(WRAPPED, split_lines(WRAPPED))
    assert [len(c.lines) for c in chunks] == [3, 3]


def test_short_line_in_wrapped_copy_ends_its_paragraph() -> None:
    text = WRAPPED.replace("\n\n", "\n").replace("in the autumn.", "in autumn.")
    chunks = cut(text, split_lines(text))
    assert [len(c.lines) for c in chunks] == [3, 3]


def test_wide_lines_are_not_hard_wrapped() -> None:
    text = "\n".join(["word " * 30] * 6)
    assert wrap_width(split_lines(text)) is None


def test_table_rows_stay_rows() -> None:
    text = (
        "GRAIN FIGURES\n"
        "    Two weeks ended March 1      daily avgs\n"
        " Wheat.......................412 vs.......380\n"
        " Barley......................118 vs.......131\n"
        "     One week ended March 1\n"
        " Maize........................97 vs........88\n"
        " Oats.........................12 vs........10\n"
        " Reuter\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "GRAIN FIGURES"
    assert len(article.paragraphs) == 6
    assert article.paragraphs[3].text == "One week ended March 1"
    assert [b.rule for b in article.blocks][4] == "paragraph.table"
    assert not any(s.heading for s in article.sections)


def test_lines_broken_off_in_mid_sentence_are_one_paragraph() -> None:
    # Copied from a PDF page: the column's breaks kept, short lines among them.
    text = (
        "Ferry fares to rise\n"
        "By Ada Finch\n"
        "The harbor board voted on Thursday to raise ferry fares by 50\n"
        "cents from July, the first rise since the new boats came into serv-\n"
        "ice four years ago.\n"
        "B4\n"
        "Commuters who spoke at the meeting said the board should have\n"
        "waited for the new timetable.\n"
    )
    chunks = cut(text, split_lines(text))
    assert [len(c.lines) for c in chunks] == [1, 1, 3, 1, 2]
    assert texts(wireparse.parse(text))[0] == (
        "The harbor board voted on Thursday to raise ferry fares by 50 cents from July, "
        "the first rise since the new boats came into serv- ice four years ago."
    )


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # The line above ends a sentence: the next opens a paragraph.
        ("The harbor board voted on Thursday to raise the fares again.", "then it adjourned"),
        # Too short a line to have been broken off in a column.
        ("By Ada Finch", "afinch@example.com"),
        # An indented line opens a paragraph or a row of its own.
        ("Wheat loans outstanding at the end of the month, in mln", "    nil   nil   n/a"),
    ],
)
def test_lines_not_broken_off_stay_apart(above: str, below: str) -> None:
    text = f"{above}\n{below}\n"
    assert len(cut(text, split_lines(text))) == 2


def test_a_pdf_page_reads_as_its_story() -> None:
    text = (
        "B2 | The Portvale Courier | Friday, May 8, 2026\n"
        "Ferry fares to rise in summer\n"
        "By Ada Finch\n"
        "The harbor board voted on Thursday to raise ferry fares by 50\n"
        "cents from July, the first rise since the new boats came in.\n"
        "See FARES, B4\n"
        "B4\n"
        "FARES\n"
        "From Page B2\n"
        "Board chair Tom Reyes said the fares had not kept up with the\n"
        "price of fuel.\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Ferry fares to rise in summer"
    assert texts(article) == [
        "The harbor board voted on Thursday to raise ferry fares by 50 cents from July, "
        "the first rise since the new boats came in.",
        "Board chair Tom Reyes said the fares had not kept up with the price of fuel.",
    ]


def test_a_byline_under_a_title_in_wrapped_copy_is_its_own_block() -> None:
    # Copy wrapped at a narrow margin, the title's line as wide as the margin.
    text = (
        "Rowers brave a night of chop at the Harbor Cup\n"
        "By Ada Finch\n\n"
        "Nearly 200 crews finished the Harbor Cup on\n"
        "Saturday despite a night of wind that turned the\n"
        "bay to chop, and three boats were swamped near\n"
        "the finish line off the north breakwater.\n\n"
        "Top crews\n"
        "1. Portvale, 18:58\n"
        "2. Dover, 19:02\n"
        "3. Salem, 19:05\n\n"
        "Check the tide table before you enter next year,\n"
        "organizer Tom Reyes said with a laugh as crews\n"
        "hauled their boats up the ramp after dark.\n\n"
        '"Wind is part of it."\n'
    )
    assert wrap_width(split_lines(text), text) is not None
    kinds = {b.text: b.kind for b in wireparse.parse(text).blocks}
    assert kinds["Rowers brave a night of chop at the Harbor Cup"] is BlockKind.HEADLINE
    assert kinds["By Ada Finch"] is BlockKind.BYLINE


def test_a_sentence_opening_by_after_a_full_stop_runs_on_in_wrapped_copy() -> None:
    text = (
        "The harbor board met on Tuesday to vote on the new fares for the\n"
        "ferries. By noon it had voted to raise them by fifty cents from the\n"
        "first of July, and the chair said the rise was the last for years.\n"
        "By then the commuters who had come to protest had gone home to the\n"
        "islands on the last boat of the afternoon, the harbor master said.\n"
    )
    assert [len(c.lines) for c in cut(text, split_lines(text))] == [5]


def test_one_paragraph_per_line_with_short_lines_is_not_hard_wrapped() -> None:
    text = (
        "Library board delays vote on branch hours\n"
        "By Ada Finch\n"
        "Staff writer\n"
        "The library board on Monday put off a vote on a plan to close two branches"
        " on Sundays from next spring.\n"
        "Board member Ola Brenner asked for the delay.\n"
        "She declined.\n"
        "Advertisement\n"
        "Readers filled the room and several said the branches are the only quiet"
        " place to study on a weekend.\n"
        '"That is the whole point," said student Tom Reyes.\n'
        "Read more: Board looks at cutting late fees\n"
        "Read more: What the new library card means for you\n"
        "The vote is now set for May 5.\n"
        "Why?\n"
        '"Because the budget is due," she said.\n'
    )
    assert wrap_width(split_lines(text), text) is None
    chunks = cut(text, split_lines(text))
    assert all(len(c.lines) == 1 for c in chunks)
    kinds = {b.text: b.kind for b in wireparse.parse(text).blocks}
    assert kinds["The vote is now set for May 5."] is BlockKind.PARAGRAPH
