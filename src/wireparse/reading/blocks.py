"""Stage 2 of the pipeline: cut the text into blocks.

A block is a run of lines that reads as one unit: a paragraph, a headline, a
menu label.  The cutter knows three layouts and decides between them once per
text:

* blank-line paragraphs, where a line holding only white space (non-breaking
  spaces included) ends a block;
* one paragraph per line with no blank lines, as scraped web pages give;
* hard-wrapped copy (Reuters, AP wire: 65 to 80 columns), where a paragraph
  runs over several lines and starts with an indent or after a blank line.

A text is taken as hard-wrapped when most of its lines end near one right
margin that is no wider than :data:`MAX_WRAP_WIDTH`.  In hard-wrapped copy a
line joins the block above it unless it is indented, or the line above ended
early (its last word plus the next line's first word would have fitted the
margin), or either line stands alone by nature (a sign-off, framing).
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

import attrs

from wireparse.reading.patterns import KEEP_GIL, lazy_compile

if TYPE_CHECKING:
    from wireparse.reading.source import Line

__all__ = ["MAX_WRAP_WIDTH", "MIN_WRAP_WIDTH", "SIGNOFF_WORDS", "Chunk", "cut"]

#: The widest right margin taken for hard-wrapped copy.
MAX_WRAP_WIDTH = 100
#: The narrowest: below it the lines are too short to have been wrapped (a
#: column of marks or numbers, one per line).
MIN_WRAP_WIDTH = 10
#: How far below the margin a line may end and still count as "at the margin".
_MARGIN_SLACK = 20
_MIN_WRAPPED_LINES = 4
# Below this many lines the margin is the longest line, not the 90th percentile.
_PERCENTILE_LINES = 10

#: The sign-offs and end marks that close a story on a line of their own, as a
#: pattern fragment: Reuters' ``Reuter`` (in any case), AP's ``-0-``, the
#: press-release ``###`` (or ``# # #``), the copy desk's ``-30-`` and ``ENDS``.
SIGNOFF_WORDS = r"Reuters?|REUTERS?|reuters?|-0-|-30-|#{1,3}|(?:#\s){2}#|ENDS?"
#: Lines that never join another: sign-offs, end marks, bare control characters.
#: For example ``Reuters``, ``-0-``, ``###``, ``ENDS``.
_ALONE = lazy_compile(rf"(?:{SIGNOFF_WORDS}|\p{{Cc}}+)")
# Characters that end a sentence, closing quotes and brackets included.
_SENTENCE_CLOSE = frozenset(".!?…\"”’)'")
#: A letter or a digit: a line without one holds no word (``"``, ``* * *``, ``|``).
_WORD_CHAR = lazy_compile(r"[\p{L}\p{N}]")
#: The most characters of a line without a word that joins others like it.
_WORDLESS_MAX = 3
#: The first word of a line (``PORTVALE,`` in ``PORTVALE, Examplia (AP) —``).
_FIRST_WORD = lazy_compile(r"\S{1,40}")


@attrs.define(slots=True)
class Chunk:
    """A block as cut: its lines' content ranges, before classification.

    :param lines: ``(start, end)`` of each line's content, without indent or
        trailing white space.
    :param first_line: Index of the block's first line in the line table.
    :param last_line: Index of its last line.
    """

    lines: list[tuple[int, int]]
    first_line: int
    last_line: int

    @property
    def start(self) -> int:
        """Offset of the block's first character."""
        return self.lines[0][0]

    @property
    def end(self) -> int:
        """Offset just past the block's last character."""
        return self.lines[-1][1]


def wrap_width(lines: list[Line], text: str | None = None) -> int | None:
    """Return the right margin of hard-wrapped copy, or ``None`` if not wrapped.

    Copy is hard-wrapped when most lines end near one margin no wider than
    :data:`MAX_WRAP_WIDTH` and, given *text*, some of those lines break off
    in mid-sentence; or, however few its lines, when an indented line runs on
    into an unindented one (Reuters' paragraph indent).

    A wrapped column never runs far past its margin: a stray wide line (a
    table's heading, an address) may, but when two lines run more than
    twenty columns (``_MARGIN_SLACK``) past it, the copy is a page of one
    paragraph per line whose short paragraphs (``He declined.``, ``Read
    more: Landlords sue over rent cap``, a headline) only look like a
    margin, and a short line there does not run on into the paragraph
    under it.
    """
    # The fields are read directly (``content_start < content_end`` is
    # ``not ln.blank``): this runs over every line of the text.
    widths = sorted(ln.content_end - ln.start for ln in lines if ln.content_start < ln.content_end)
    count = len(widths)
    if count < 2:
        return None
    # Whether an indented line runs on is asked only where the answer counts.
    few = count < _MIN_WRAPPED_LINES
    if few and not _indent_runs_on(lines):
        return None
    width = widths[int(0.9 * (count - 1))] if count >= _PERCENTILE_LINES else widths[-1]
    if width > MAX_WRAP_WIDTH or width < MIN_WRAP_WIDTH:
        return None
    if count >= _PERCENTILE_LINES and widths[-2] > width + _MARGIN_SLACK:
        # Two lines run far past the margin: a page of one paragraph per
        # line whose short paragraphs set the margin, not a wrapped column.
        return None
    if few or _indent_runs_on(lines):
        return width
    margin = width - _MARGIN_SLACK
    near = [
        ln
        for ln in lines
        if ln.content_start < ln.content_end and ln.content_end - ln.start >= margin
    ]
    if len(near) < _MIN_WRAPPED_LINES - 1 or 2 * len(near) < count:
        return None
    if text is not None:
        broken = sum(1 for ln in near if text[ln.content_end - 1] not in _SENTENCE_CLOSE)
        if broken < 2:
            return None
    return width


def _indent_runs_on(lines: list[Line]) -> bool:
    """Whether an indented line is followed straight away by an unindented one."""
    return any(
        # ``not above.blank and above.indent and not below.blank and not below.indent``,
        # with the fields read directly.
        above.start < above.content_start < above.content_end
        and below.start == below.content_start < below.content_end
        for above, below in itertools.pairwise(lines)
    )


def cut(text: str, lines: list[Line]) -> list[Chunk]:
    """Cut *text* into blocks, given its line table."""
    width = wrap_width(lines, text)
    indent_style = width is not None and _indent_runs_on(lines)
    chunks: list[Chunk] = []
    current: Chunk | None = None
    previous: Line | None = None
    previous_wordless = False  # whether the line above is wordless
    opened_indented = False
    for number, line in enumerate(lines):
        start, end = line.content_start, line.content_end
        if start >= end:  # a blank line
            current = None
            previous = None
            continue
        # Each line is asked once whether it is wordless, the answer kept for
        # the line below; a line of hostile input (one mark a line) asks it.
        wordless = end - start <= _WORDLESS_MAX and _wordless(text[start:end])
        if (
            current is not None
            and previous is not None
            and (
                (
                    width is not None
                    and _continues(text, previous, line, width, indent_style and opened_indented)
                )
                or (wordless and previous_wordless)
                or (text[start].islower() and _breaks_off(text, previous, line))
            )
        ):
            current.lines.append((start, end))
            current.last_line = number
        else:
            current = Chunk([(start, end)], number, number)
            chunks.append(current)
            opened_indented = start > line.start  # line.indent
        previous = line
        previous_wordless = wordless
    return chunks


#: The fewest spaces (words less one) of a line that breaks off in
#: mid-sentence for :func:`_breaks_off`.
_BROKEN_LINE_MIN_SPACES = 7
#: The end of a line broken off in mid-sentence: a lower-case letter, a
#: figure, a comma or a hyphen glued to a letter (``... would save money and
#: help hire``, ``... fares by 50``, ``... on buses and util-``).
_BROKEN_END = lazy_compile(r"(?:\p{Ll}|\p{N}|\p{L}-|,)")
#: The opening of a line that carries a sentence on: a word in lower case and
#: a space or a punctuation mark (``the transit agency said.``, ``ities,
#: according to ...``); an address (``jdoe@example.com``) is none.
_CARRIED_ON = lazy_compile(r"\p{Ll}+[\s,;.:!?]")


def _breaks_off(text: str, above: Line, line: Line) -> bool:
    """Whether *line* carries on the sentence the line *above* broke off.

    Text copied from a newspaper's PDF page or e-edition keeps the
    column's line breaks, with no blank line between paragraphs' lines and
    short lines (running heads, jump lines) among them, so that the copy
    may not read as hard-wrapped: ``The district would save about $400,000
    a year on buses and util-`` / ``ities, according to a staff
    estimate.``  A line of at least eight words that ends in mid-sentence
    (:data:`_BROKEN_END`) and a line under it that opens with a word in
    lower case (:data:`_CARRIED_ON`) are one paragraph, whatever the
    layout; an indented line, and a line under a table's row (columns set
    apart by spaces), are left alone.  The caller asks only of a line that
    opens in lower case.
    """
    end = above.content_end
    return (
        line.content_start == line.start  # an indented line opens a paragraph or a row
        and text.count(" ", above.content_start, end) >= _BROKEN_LINE_MIN_SPACES
        and text.find("   ", above.content_start, end) < 0  # no row of a table
        and _BROKEN_END.fullmatch(text, end - 2 if text[end - 1] == "-" else end - 1, end)
        is not None
        and _CARRIED_ON.match(text, line.content_start, line.content_end) is not None
        and _ALONE.fullmatch(text, line.content_start, line.content_end) is None
    )


#: The longest sign-off word of :data:`SIGNOFF_WORDS` (``Reuters``): a longer line
#: stands alone only as a run of control characters.
_SIGNOFF_WORD_MAX_CHARS: Final = 7


def _may_stand_alone(text: str, start: int, end: int) -> bool:
    r"""Whether the line ``text[start:end]`` is one that never joins another (:data:`_ALONE`).

    A line longer than any sign-off word that does not open with a control
    character (``\x00``-``\x1f``, ``\x7f``-``\x9f``, the ``\p{Cc}`` of the
    pattern) is none, told without the pattern call: most lines of wrapped
    copy, asked about twice each.
    """
    if (
        end - start > _SIGNOFF_WORD_MAX_CHARS
        and text[start] >= " "
        and not ("\x7f" <= text[start] <= "\x9f")
    ):
        return False
    return _ALONE.fullmatch(text, start, end, KEEP_GIL) is not None


@functools.lru_cache(maxsize=1024)
def _wordless(content: str) -> bool:
    """Whether a line's *content* (at most :data:`_WORDLESS_MAX` characters) has no word.

    Such lines are short runs of marks: ``"``, ``*``, ``--``.  Consecutive
    ones make one block, not one block each: they are ornament or debris (a
    scraper's stray quotation marks, one per line), and a block each would
    cost the rules a pass per line.  Control characters and sign-offs stand
    alone as ever.  The answer depends on the few characters alone, so it
    is kept by them: debris repeats the same few lines.
    """
    return _WORD_CHAR.search(content) is None and _ALONE.fullmatch(content) is None


def _continues(text: str, above: Line, line: Line, width: int, indented_block: bool) -> bool:
    """Whether *line* continues the paragraph of the line *above* in wrapped copy.

    A line opening with a capitalised ``By`` under a line that ends no
    sentence is a byline under a title, not the title's next line: in a
    sentence broken off there, ``by`` would be in lower case.

    :param indented_block: The block opened with an indent, in copy whose
        paragraphs open so: every unindented line after it belongs to it.
    """
    if line.indent:
        return False
    if _may_stand_alone(text, above.content_start, above.content_end) or _may_stand_alone(
        text, line.content_start, line.content_end
    ):
        return False
    if indented_block:
        return True
    if (
        text.startswith(("By ", "BY "), line.content_start)
        and text[above.content_end - 1] not in _SENTENCE_CLOSE
    ):
        return False  # a byline under a title: "Ferry fares rise" / "By Ada Finch"
    word = _FIRST_WORD.match(text, line.content_start, line.content_end, KEEP_GIL)
    first = len(word.group()) if word else 0
    return (above.content_end - above.start) + 1 + first > width
