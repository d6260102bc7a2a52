"""Types shared by the feed readers: segments, envelopes, trailers and stories.

A feed reader cuts one story of a raw agency feed into :class:`Segment` objects
that cover the story in order.  A segment whose ``kind`` is set is a piece the
feed grammar itself identifies (framing, the headline line, a byline line...);
a segment whose ``kind`` is ``None`` is generic text that the core parser cuts
and classifies with its usual rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from wireparse.metadata.dates import TIMEZONES
from wireparse.model import BlockKind, Defect, Span
from wireparse.model.core import DefectCode
from wireparse.reading.patterns import lazy_compile
from wireparse.reading.source import BLANK_CHARS, Line, is_blank, split_lines
from wireparse.structure.rules import BLOCK_RULES, LAYOUT_RULES, Candidate, Rule, State

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from wireparse.model.envelopes import Envelope, Trailer

__all__ = [
    "FORMAT_ANPA",
    "FORMAT_IPTC7901",
    "FORMAT_TEXT",
    "FORMAT_ZCZC",
    "BlockReader",
    "FeedFormat",
    "FeedStory",
    "Segment",
    "is_blank",
    "line_after",
    "segment_lines",
]

#: Format name of ANPA-1312 (AP, Bay City News...) copy.
FORMAT_ANPA = "anpa1312"
#: Format name of IPTC 7901 (dpa and others) copy.
FORMAT_IPTC7901 = "iptc7901"
#: Format name of AAP's ``ZCZC`` ... ``NNNN`` framed copy.
FORMAT_ZCZC = "zczc"
#: Characters that betray bytes decoded with the wrong encoding: the
#: replacement character and C1 controls (``Caf\ufffd`` for ``Café`` read as ASCII).
UNDECODABLE = lazy_compile(r"[\ufffd\x80-\x9f]")

#: Format name of text without any feed framing.
FORMAT_TEXT = "text"


def _default_content(instance: Segment) -> Span:
    return instance.span


@attrs.frozen(slots=True)
class Segment:
    """A piece of one feed story, in order, as the feed grammar cut it.

    :param span: Where the piece is in the story text.
    :param kind: What the feed grammar says the piece is, or ``None`` for
        generic text that the core parser must cut and classify itself.
    :param rule: The name of the feed rule that made the piece
        (``anpa.header``, ``iptc7901.headline``...).
    :param text: The raw text of the piece, ``span.of(text)``.
    :param content_span: The part of *span* without the feed's own markup (the
        ANPA ``^`` and the ``<`` / ``=`` line marks, the IPTC ``=`` headline
        terminator, a ``$`` or ``#`` ZCZC field marker...).  Equal to *span*
        when the piece has no markup, which is always so for generic text.
    :param line: The 0-based number of the line the piece starts on (the
        line feeds before it), as :func:`segment_lines` gives it; ``-1``
        when not known (it is then counted).  The builder of the built-in
        formats counts it once for all the segments of a story, in order.
        Left out of comparisons and of the ``repr``.
    """

    span: Span
    kind: BlockKind | None
    rule: str
    text: str
    content_span: Span = attrs.field(default=attrs.Factory(_default_content, takes_self=True))
    line: int = attrs.field(default=-1, kw_only=True, eq=False, repr=False)

    @property
    def content(self) -> str:
        """The text of :attr:`content_span`: the piece without feed markup."""
        start = self.content_span.start - self.span.start
        return self.text[start : start + len(self.content_span)]


@attrs.frozen(slots=True, kw_only=True)
class FeedStory:
    """One story of a raw feed, cut by its format's grammar.

    Build one with :func:`wireparse.feeds.read_story`.  The segments cover every
    non-white-space character of the story text exactly once, in order.

    :param format: The format the story was read as (``anpa1312``, ``iptc7901``,
        ``zczc`` or ``text``).
    :param envelope: The typed header, or ``None`` when there is none.
    :param trailer: The end signature, or ``None`` when there is none.
    :param segments: The pieces of the story, in order.
    :param defects: Damage found in the framing (missing header, missing ETX...).
    """

    format: str
    envelope: Envelope | None = None
    trailer: Trailer | None = None
    segments: tuple[Segment, ...] = ()
    defects: tuple[Defect, ...] = ()

    def segments_of(self, kind: BlockKind | None) -> Iterator[Segment]:
        """Yield the segments of one kind (``None`` for generic text), in order."""
        return (s for s in self.segments if s.kind is kind)

    @property
    def headline(self) -> Segment | None:
        """The first headline segment, if the feed grammar marked one."""
        return next(self.segments_of(BlockKind.HEADLINE), None)


#: A format's own reading of one segment into blocks (the ``blocks`` of a :class:`FeedFormat`):
#: called with the story text, the segment, the whole story and the generic
#: cutter (``cut(start, end)`` cuts ``text[start:end]`` into blocks as plain
#: text is cut); returns the segment's blocks, or ``None`` to leave the
#: segment to the generic reading.
BlockReader = Callable[
    [str, Segment, FeedStory, Callable[[int, int], list[Candidate]]], list[Candidate] | None
]


@attrs.frozen(slots=True)
class FeedFormat:
    """A feed format as a plugin: its name, detection, framing, readers and rule preset.

    The parser, the stream splitter and the dict form hold no per-format
    code: they ask the registered formats (:func:`wireparse.feeds.register`).

    :param name: The format's name (``anpa1312``...): :attr:`Article.format
        <wireparse.Article.format>` and the ``format=`` argument of
        :func:`wireparse.parse`.
    :param description: A line for people.
    :param detect: Returns a score (0 when the format is not seen) and the
        evidence found, for a text.
    :param read: Reads one story of the format (its envelope, trailer,
        segments and defects), given its text and an optional reference date
        for signatures without a year; ``None`` for text without framing,
        which is cut and classified whole.
    :param story_start: Where a story starts in a capture of many: a
        :mod:`regex` pattern, ASCII only (it is also compiled for bytes),
        that matches at the first character of a story and decides within
        32 characters (look-ahead included).  ``None`` when stories of the
        format are not framed.
    :param story_hints: Strings of which every story start holds one in
        its match (SOH for ANPA-1312): a text holding none of them holds no
        story of the format, and the pattern is not run over it; a text
        holding them once in all holds one story start at most
        (:func:`~wireparse.feeds.most_story_starts`).  Empty: the pattern
        always runs.
    :param envelope: The :class:`~wireparse.Envelope` subclass the format's
        reader builds, if any.  Its ``format_name`` class variable must be
        the format's name; registering the format registers the class for
        :meth:`Article.from_dict <wireparse.Article.from_dict>` and the JSON
        Schema.
    :param blocks: The format's own reading of segments into blocks
        (:data:`BlockReader`); ``None`` when every segment is read the generic
        way: a segment the feed grammar classified is one block of its kind,
        generic text is cut and classified as plain text is.
    :param complete_trailer: Gives a trailer without a year (and so without a
        timestamp) the year nearest a date: called with the copyright notice's
        year when no reference date was given.  ``None`` when the format's
        signatures carry their year.
    :param block_rules: The block rules the format's blocks run through, in
        order (its preset, as markdown-it-py's presets choose rules).
    :param layout_rules: The layout rules that run after them, in order.
    """

    name: str
    description: str
    detect: Callable[[str], tuple[int, tuple[str, ...]]]
    read: Callable[[str, dt.date | None], FeedStory] | None
    story_start: str | None = attrs.field(default=None, kw_only=True)
    story_hints: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    envelope: type[Envelope] | None = attrs.field(default=None, kw_only=True)
    blocks: BlockReader | None = attrs.field(default=None, kw_only=True)
    complete_trailer: Callable[[Trailer, dt.date], Trailer] | None = attrs.field(
        default=None, kw_only=True
    )
    block_rules: tuple[Rule, ...] = attrs.field(default=BLOCK_RULES, kw_only=True)
    layout_rules: tuple[Callable[[State], None], ...] = attrs.field(
        default=LAYOUT_RULES, kw_only=True
    )


def segment_lines(text: str, segment: Segment) -> tuple[list[tuple[int, int]], int]:
    """The non-blank lines of a segment, trimmed, and the number of its first line.

    :param text: The story text.
    :param segment: One of its segments.
    :returns: ``(start, end)`` of each non-blank line's content, and the
        0-based number of the line the segment starts on.
    """
    span = segment.span
    lines = [
        (ln.content_start, ln.content_end)
        for ln in split_lines(text, span.start, span.end)
        if not ln.blank
    ]
    first = segment.line if segment.line >= 0 else text.count("\n", 0, span.start)
    return lines, first


# --------------------------------------------------------------------------
# Helpers shared by the readers: the built-in ones and plugins.

#: C0 control characters other than TAB, LF, VT, FF, CR, plus DEL and the C1
#: block: the framing of wire copy (``SYN SYN SOH`` before a header, ``ETX`` after
#: the last paragraph).
CONTROL = lazy_compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_EDGE_CONTROLS = frozenset(chr(c) for c in (*range(0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)))

#: Offsets from UTC, in hours, of the zone abbreviations feed signatures use:
#: the same table as timestamp lines (:data:`wireparse.metadata.dates.TIMEZONES`), so
#: that a zone means one offset everywhere.  Ambiguous names (``IST``: India,
#: Ireland or Israel) are in neither.
ZONE_OFFSETS: Mapping[str, float] = {
    name: offset.total_seconds() / 3600 for name, offset in TIMEZONES.items()
}


def make_timestamp(
    year: int, month: int, day: int, hour: int, minute: int, zone: str | None
) -> dt.datetime | None:
    """Build a datetime, aware when *zone* is a known abbreviation; ``None`` if impossible."""
    try:
        moment = dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    if zone is None:
        return moment
    offset = ZONE_OFFSETS.get(zone.upper())
    if offset is None:
        return moment
    return moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=offset)))


def line_after(text: str, line: Line, end: int | None = None) -> int:
    """The offset after *line* and its line break, not past *end* (the end of the lines read).

    :param text: The story text.
    :param line: A line of it (:func:`wireparse.reading.source.split_lines`).
    :param end: Where the lines read end (the text's end by default).
    """
    stop = len(text) if end is None else end
    pos = line.end
    if text.startswith("\r\n", pos):
        pos += 2
    elif text.startswith(("\n", "\r"), pos):
        pos += 1
    return min(pos, stop)


@attrs.define(slots=True)
class _Item:
    """A segment under construction."""

    start: int
    end: int
    kind: BlockKind | None
    rule: str
    content_start: int
    content_end: int


class Builder:
    """Collects the segments and defects of one story, keeping them in order.

    Segments are trimmed of white space; a segment that would overlap the one
    before is clipped; :meth:`finish` fills any gap holding non-blank text with
    a generic segment, so the result is always lossless.
    """

    __slots__ = ("_counted", "_defects", "_items", "prefix", "text")

    def __init__(self, text: str, prefix: str) -> None:
        self.text = text
        self.prefix = prefix
        self._items: list[_Item] = []
        self._defects: list[Defect] = []
        #: Where :meth:`_line` has counted line feeds up to, and how many it found.
        self._counted = (0, 0)

    @property
    def last_end(self) -> int:
        """End of the last segment added (0 when none)."""
        return self._items[-1].end if self._items else 0

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Return *start*, *end* moved inwards past white space."""
        text = self.text
        while start < end and text[start] in BLANK_CHARS:
            start += 1
        while end > start and text[end - 1] in BLANK_CHARS:
            end -= 1
        return start, end

    def add(
        self,
        start: int,
        end: int,
        kind: BlockKind | None,
        rule: str,
        content: tuple[int, int] | None = None,
    ) -> int | None:
        """Add a segment; return its index, or ``None`` when it held only white space."""
        start = max(start, self.last_end)
        start, end = self.trim(start, end)
        if start >= end:
            return None
        if content is None:
            cs, ce = start, end
        else:
            cs, ce = self.trim(max(content[0], start), min(content[1], end))
            if cs >= ce:
                cs, ce = start, start
        self._items.append(_Item(start, end, kind, f"{self.prefix}.{rule}", cs, ce))
        return len(self._items) - 1

    def generic(self, start: int, end: int, rule: str, marks: str = "") -> None:
        """Add generic text, splitting off framing at its edges.

        Runs of control characters at the start or end, and any of the
        characters in *marks* (feed line marks such as ANPA's ``^<=``) at the
        edges, become ``FRAMING`` segments named ``<prefix>.mark``.
        """
        start = max(start, self.last_end)
        self._items.extend(self._pieces(start, end, rule, marks))

    def item_text(self, index: int) -> str:
        """Return the content text of the segment at *index*."""
        item = self._items[index]
        return self.text[item.content_start : item.content_end]

    def regeneric(self, indices: list[int], rule: str, marks: str = "") -> None:
        """Turn the segments at *indices* into generic text (see :meth:`generic`).

        Later indices shift when marks are split off, so all are settled at once.
        """
        chosen = set(indices)
        items: list[_Item] = []
        for index, item in enumerate(self._items):
            if index in chosen:
                items.extend(self._pieces(item.start, item.end, rule, marks))
            else:
                items.append(item)
        self._items = items

    def _pieces(self, start: int, end: int, rule: str, marks: str) -> list[_Item]:
        start, end = self.trim(start, end)
        if start >= end:
            return []
        text = self.text
        edge = _EDGE_CONTROLS
        head = start
        while head < end and (text[head] in edge or text[head] in marks):
            head += 1
        tail = end
        while tail > head and (text[tail - 1] in edge or text[tail - 1] in marks):
            tail -= 1
        pieces: list[_Item] = []
        mark = f"{self.prefix}.mark"
        if head > start:
            s, e = self.trim(start, head)
            pieces.append(_Item(s, e, BlockKind.FRAMING, mark, s, e))
        s, e = self.trim(head, tail)
        if s < e:
            pieces.append(_Item(s, e, None, f"{self.prefix}.{rule}", s, e))
        if end > tail:
            s, e = self.trim(tail, end)
            pieces.append(_Item(s, e, BlockKind.FRAMING, mark, s, e))
        return pieces

    def defect(
        self, code: DefectCode, message: str, start: int | None = None, end: int | None = None
    ) -> None:
        """Record a defect, with a span when *start* is given."""
        span = None
        if start is not None:
            span = Span(start, max(start, end if end is not None else start))
        self._defects.append(Defect(code, message, span))

    def check_damage(self, *, found_etx: bool) -> None:
        """Record the damage every framed story is checked for.

        A story without ETX may be truncated; replacement characters or C1
        controls show bytes decoded with the wrong encoding.
        """
        text = self.text
        if not found_etx:
            self.defect(
                DefectCode.FEED_MISSING_ETX,
                "the story ends without ETX and its signature: it may be truncated",
                len(text),
                len(text),
            )
        bad = UNDECODABLE.search(text)
        if bad is not None:
            self.defect(
                DefectCode.FEED_UNDECODABLE,
                "the text holds replacement or C1 control characters: bytes were decoded "
                "with the wrong encoding or were damaged",
                bad.start(),
                bad.end(),
            )

    def finish(self) -> tuple[tuple[Segment, ...], tuple[Defect, ...]]:
        """Return the segments (gaps filled) and the defects."""
        text = self.text
        segments: list[Segment] = []
        pos = 0
        for item in self._items:
            if not is_blank(text, pos, item.start):
                self._gap(segments, pos, item.start)
            span = Span(item.start, item.end)
            content = span
            if (item.content_start, item.content_end) != (item.start, item.end):
                content = Span(item.content_start, item.content_end)
            segments.append(
                Segment(
                    span,
                    item.kind,
                    item.rule,
                    text[item.start : item.end],
                    content,
                    line=self._line(item.start),
                )
            )
            pos = item.end
        if not is_blank(text, pos, len(text)):
            self._gap(segments, pos, len(text))
        return tuple(segments), tuple(self._defects)

    def _gap(self, segments: list[Segment], start: int, end: int) -> None:
        start, end = self.trim(start, end)
        if start < end:
            rule = f"{self.prefix}.unclaimed"
            segments.append(
                Segment(Span(start, end), None, rule, self.text[start:end], line=self._line(start))
            )

    def _line(self, start: int) -> int:
        """The line feeds before *start*, counted on from the last offset asked about.

        The segments come in order, so the text is counted through once,
        not from its start for every segment.
        """
        done, lines = self._counted
        if start < done:
            done, lines = 0, 0
        lines += self.text.count("\n", done, start)
        self._counted = (start, lines)
        return lines


def text_story(text: str, reference_date: dt.date | None = None) -> FeedStory:
    """Read text without feed framing: one generic segment over all of it."""
    builder = Builder(text, FORMAT_TEXT)
    builder.generic(0, len(text), "body")
    segments, defects = builder.finish()
    return FeedStory(format=FORMAT_TEXT, segments=segments, defects=defects)
