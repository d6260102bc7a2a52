"""The pipeline: source, blocks, rules, assembly.  :func:`wireparse.parse` is the entry point."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import attrs
import regex

from wireparse import feeds
from wireparse.errors import DecodeError
from wireparse.language import detect_language, envelope_language
from wireparse.metadata.agencies import HOME_LANGUAGES
from wireparse.metadata.collect import read_metadata, year_reference
from wireparse.metadata.copyright import mark_hints
from wireparse.model import (
    Article,
    Block,
    BlockKind,
    Copyright,
    Dateline,
    Defect,
    DefectCode,
    Fragment,
    Paragraph,
    Section,
    Span,
)
from wireparse.options import ParseOptions, resolve
from wireparse.quotations.quotes import QuoteAnalysis, analyse, node_fields
from wireparse.reading.blocks import Chunk, cut
from wireparse.reading.patterns import lazy_compile
from wireparse.reading.source import (
    BLANK_CHARS,
    check_input,
    check_is_text,
    check_text,
    decode,
    split_lines,
)
from wireparse.structure import rules
from wireparse.structure.rules import Candidate, State, make_candidate

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterator

__all__ = [
    "HTML_MIN_TAGS",
    "StreamInput",
    "input_defects",
    "iter_articles",
    "parse",
    "prose_outside_body",
    "readable",
]

# Kinds gathered into an Article's fragment fields.
_FRAGMENT_FIELDS = {
    BlockKind.NOTE: "notes",
    BlockKind.CREDIT: "credits",
    BlockKind.CONTACT: "credits",
    BlockKind.TAGLINE: "taglines",
    BlockKind.SIGNOFF: "signoffs",
    BlockKind.CAPTION: "captions",
    BlockKind.HIGHLIGHT: "highlights",
    BlockKind.BYLINE: "bylines",
    BlockKind.TIMESTAMP: "timestamps",
    BlockKind.FURNITURE: "boilerplate",
    BlockKind.DISCLAIMER: "boilerplate",
}


def parse(
    data: str | bytes | bytearray | memoryview,
    *,
    options: ParseOptions | None = None,
    encoding: str | None = None,
    strict: bool | None = None,
    max_chars: int | None = None,
    format: str | None = None,
    reference_date: datetime.date | None = None,
    language: str | None = None,
) -> Article:
    """Parse one news-wire story.

    The options come as one :class:`~wireparse.ParseOptions` (*options*), or
    as the keyword shortcuts below, which are its fields.  A keyword given
    (not ``None``) together with *options* overrides that field of it; a
    keyword left at ``None`` keeps the value of *options*, or the default.

    :param data: The story as text, or as bytes (or another bytes-like object)
        to decode: a byte-order mark, then UTF-8, then Windows-1252; see
        :func:`wireparse.reading.source.decode`.
    :param options: The options of the parse; by default
        :data:`wireparse.options.DEFAULT_OPTIONS`.
    :param encoding: Decode bytes with this encoding instead of guessing
        (a field of :class:`~wireparse.ParseOptions`, as are the keywords below).
    :param strict: Raise :class:`~wireparse.DecodeError` for bytes that do not
        decode, instead of falling back.
    :param max_chars: The longest input accepted, in characters (bytes for
        bytes input); by default
        :data:`~wireparse.reading.source.DEFAULT_MAX_CHARS`.  Raise it to parse
        larger inputs.
    :param format: Read the input as this format (``"text"``, ``"anpa1312"``,
        ``"iptc7901"``, ``"zczc"`` or a registered one; see
        :func:`wireparse.feeds.format_names`) instead of detecting it.
    :param reference_date: The date that dates without a year are read
        against (a feed trailer's ``131137 GMT Nov 13``); never the clock.
    :param language: The story's language as an ISO 639-1 code (``"de"``;
        ``"de-AT"`` is read as ``"de"``), when the caller knows it: it becomes
        :attr:`Article.language` instead of the feed's or a detected one (see
        :mod:`wireparse.language`).
    :returns: The parsed :class:`~wireparse.Article`.
    :raises TypeError: If *data* is neither ``str`` nor ``bytes``, or an
        option has the wrong type.
    :raises ValueError: If *format* names no known format, or *language* is
        no ISO 639-1 code.
    :raises LookupError: If *encoding* names no known codec.
    :raises EmptyInputError: If *data* holds nothing but white space.
    :raises InputTooLargeError: If *data* is longer than *max_chars*.
    :raises DecodeError: In strict mode, if bytes do not decode.
    :raises NotTextError: If *data* is binary data, not text
        (:func:`wireparse.reading.source.check_is_text`).
    """
    opts = resolve(
        options,
        encoding=encoding,
        strict=strict,
        max_chars=max_chars,
        format=format,
        reference_date=reference_date,
        language=language,
    )
    reference_date = opts.reference_date
    language = opts.language
    check_input(data, opts.max_chars)
    used: str | None = None
    if isinstance(data, str):
        text = data
    else:
        raw = bytes(data)
        check_is_text(raw)
        text, used = decode(raw, encoding=opts.encoding, strict=opts.strict)
    check_text(text)
    check_is_text(text)
    fmt = opts.format or feeds.detect(text).format
    feed_format = feeds.get_format(fmt) or feeds.TEXT_FORMAT
    story = None
    if feed_format.read is None:
        candidates = _candidates(text, 0, len(text))
    else:
        story = feed_format.read(text, reference_date)
        candidates = _feed_candidates(text, story, feed_format)
    state = State(text, candidates, feed=story is not None)
    rules.classify(state, feed_format.block_rules, feed_format.layout_rules)
    _cover_invisible(text, state.blocks)
    controls = _has_controls(text)
    if controls:
        for c in state.blocks:
            c.text = readable(c.text)
    article = _assemble(
        text, used, state, feed_format, story, reference_date, language, controls=controls
    )
    found = input_defects(text)
    if found:
        article = attrs.evolve(article, defects=(*found, *article.defects))
    return article


def iter_articles(
    stream: StreamInput,
    *,
    options: ParseOptions | None = None,
    encoding: str | None = None,
    strict: bool | None = None,
    max_chars: int | None = None,
    format: str | None = None,
    reference_date: datetime.date | None = None,
    language: str | None = None,
) -> Iterator[Article]:
    """Parse each story of a capture or stream holding several, lazily, one at a time.

    The input is split into stories by their feed framing with
    :func:`wireparse.feeds.iter_stories`, reading no more than one story
    ahead.  It may be:

    * the whole capture, as ``str`` or as bytes (``bytes``, ``bytearray``,
      ``memoryview``);
    * a path (an ``os.PathLike`` such as a ``pathlib.Path``; a plain
      ``str`` is read as the text itself), opened in binary mode, read in
      chunks and closed when the iterator is exhausted or closed;
    * a text or binary file object, or an iterable of ``str`` or ``bytes``
      pieces such as a file's lines.

    Bytes are decoded story by story with :func:`wireparse.feeds.decode_feed`
    (UTF-8, else each story on its own), unless *encoding* is given: then the
    whole stream is decoded with that codec, unreadable bytes replaced (with
    *strict*, a :class:`~wireparse.DecodeError` is raised instead).  *strict*
    without *encoding* decodes the stream as UTF-8 (a UTF-8 byte-order mark
    skipped), strictly.  Each story is parsed on its own with the same
    options, its spans pointing into its own text (:attr:`Article.source`).
    A damaged story gives an article with defects, and the stream goes on.

    The options are checked at once, the input is read when the first article
    is asked for.

    :param stream: The capture, a path to it, or a stream.
    :param options: As for :func:`parse`; the keywords below override its fields.
    :param encoding: Decode bytes with this encoding, see above.
    :param strict: Fail on bytes that do not decode, see above.
    :param max_chars: As for :func:`parse`, for each story.
    :param format: Read every story as this format instead of detecting it.
    :param reference_date: As for :func:`parse`.
    :param language: As for :func:`parse`: every story's language.
    :returns: An iterator of articles, in stream order.
    :raises InputTooLargeError: When one story is longer than *max_chars*.
    :raises TypeError: When the stream yields something other than text or bytes.
    :raises ValueError: When *format* names no known format, or *language*
        is no ISO 639-1 code.
    :raises DecodeError: With *strict*, when bytes do not decode.
    :raises OSError: When a path cannot be read.
    """
    opts = resolve(
        options,
        encoding=encoding,
        strict=strict,
        max_chars=max_chars,
        format=format,
        reference_date=reference_date,
        language=language,
    )
    return _parse_stories(stream, opts)


#: What :func:`wireparse.iter_articles` reads: a capture, a path, a file or an iterable.
StreamInput = (
    str
    | bytes
    | bytearray
    | memoryview
    | os.PathLike[str]
    | os.PathLike[bytes]
    | IO[str]
    | IO[bytes]
    | Iterable[str]
    | Iterable[bytes]
)

# How much of a file named by a path is read at a time.
_READ_CHUNK = 1 << 16


def _parse_stories(stream: StreamInput, opts: ParseOptions) -> Iterator[Article]:
    pieces = cast("Iterable[str] | Iterable[bytes]", _decoded(_pieces(stream), opts))
    for story in feeds.iter_stories(pieces):
        yield parse(story, options=opts)


def _pieces(stream: StreamInput) -> Iterator[str | bytes] | IO[str] | IO[bytes]:
    """The stream as what :func:`wireparse.feeds.iter_stories` reads."""
    if isinstance(stream, str | bytes):
        return iter((stream,))
    if isinstance(stream, bytearray | memoryview):
        return iter((bytes(stream),))
    if isinstance(stream, os.PathLike):
        return _read_path(stream)
    return cast("Iterator[str | bytes]", stream)


def _read_path(path: os.PathLike[str] | os.PathLike[bytes]) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            yield chunk


def _decoded(
    pieces: Iterator[str | bytes] | IO[str] | IO[bytes], opts: ParseOptions
) -> Iterator[str | bytes] | IO[str] | IO[bytes]:
    """Decode bytes with the options' encoding (or strict UTF-8); else leave them to the feeds."""
    if opts.encoding is None and not opts.strict:
        return pieces
    return _decode_pieces(pieces, opts.encoding or "utf-8-sig", opts.strict)


def _decode_pieces(
    pieces: Iterator[str | bytes] | IO[str] | IO[bytes], encoding: str, strict: bool
) -> Iterator[str | bytes]:
    decoder = codecs.getincrementaldecoder(encoding)("strict" if strict else "replace")
    read = getattr(pieces, "read", None)
    chunks: Iterable[str | bytes] = (
        iter(lambda: read(_READ_CHUNK), pieces.read(0)) if callable(read) else pieces  # type: ignore[union-attr]
    )
    done = 0
    for chunk in chunks:
        if isinstance(chunk, bytearray | memoryview):
            chunk = bytes(chunk)
        if not isinstance(chunk, bytes):
            yield chunk
            continue
        try:
            yield decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise DecodeError(encoding, done + exc.start, exc.reason) from None
        done += len(chunk)
    try:
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise DecodeError(encoding, done + exc.start, exc.reason) from None
    if tail:
        yield tail


#: An HTML document's opening: a doctype or the ``<html>`` tag.
_HTML_START = lazy_compile(r"[\s\ufeff]{0,64}+<(?:!DOCTYPE\s+html|html[\s>])", regex.IGNORECASE)
#: An HTML tag of the common elements of a web page, opening or closing.
#: For example ``<div class="story">``, ``</p>``, ``<br/>``.
_HTML_TAG = lazy_compile(
    r"</?(?:html|head|body|div|span|p|a|br|hr|script|style|meta|link|ul|ol|li|table|tr|td|"
    r"img|h[1-6]|section|article|header|footer|nav|iframe|figure|figcaption|strong|em|b|i)"
    r"(?:\s[^<>\n]{0,300}+)?/?>",
    regex.IGNORECASE,
)
#: The fewest HTML tags (one of them a closing tag) that mark a text as an
#: HTML page, when it does not open with a doctype or ``<html>``.
HTML_MIN_TAGS = 8


def input_defects(text: str) -> list[Defect]:
    """Defects of the input as a whole: a capture of several feed stories, an HTML page.

    * ``several-stories``: the text holds two or more feed stories
      (:func:`wireparse.feeds.story_starts`: pieces that each open with a
      registered format's story start, such as SYN/SOH or a ``ZCZC`` line,
      and hold a letter);
      :func:`wireparse.parse` reads them as one story, which is seldom what is wanted.
      The span is the start of the second story.
    * ``html-markup``: the text is an HTML page, not its text: it opens with
      a doctype or an ``<html>`` tag, or holds at least
      :data:`HTML_MIN_TAGS` tags of common page elements, a closing tag
      among them.  The page is parsed as text, markup and all.  The span is
      the first tag.

    :param text: The decoded input.
    :returns: The defects found, in that order.
    """
    found: list[Defect] = []
    most = feeds.most_story_starts(text)
    # A text whose hints allow one story start at most holds no second story.
    starts = feeds.story_starts(text) if most is None or most > 1 else []
    if len(starts) > 1:
        found.append(
            Defect(
                DefectCode.SEVERAL_STORIES,
                f"the input holds {len(starts)} feed stories, parsed here as one; "
                "read each with wireparse.iter_articles()",
                Span(starts[1], starts[1]),
            )
        )
    html = _html_span(text)
    if html is not None:
        found.append(
            Defect(
                DefectCode.HTML_MARKUP,
                "the input is an HTML page, parsed as text with its markup; "
                "extract the page's text first",
                html,
            )
        )
    return found


def _html_span(text: str) -> Span | None:
    """The first tag of an HTML page, or ``None`` if *text* is not one."""
    start = _HTML_START.match(text)
    if start is not None:
        first = text.index("<", start.start())
        return Span(first, text.index(">", first) + 1)
    if "<" not in text or "</" not in text or text.count("<") < HTML_MIN_TAGS:
        # No closing tag, or too few tag openings for so many tags (a text
        # without a ``<``, most of them, told by one ``memchr``).
        return None
    first_tag: regex.Match[str] | None = None
    closing = False
    for count, m in enumerate(_HTML_TAG.finditer(text), 1):
        first_tag = first_tag or m
        closing = closing or m.group().startswith("</")
        if count >= HTML_MIN_TAGS and closing:
            return Span(first_tag.start(), first_tag.end())
    return None


def _cover_invisible(text: str, blocks: list[Candidate]) -> None:
    """Stretch the blocks' spans over the invisible characters left between them.

    Lines are trimmed of :data:`~wireparse.reading.source.BLANK_CHARS`, which hold the
    zero-width space and the byte-order mark; those are no white space to
    ``str.isspace``, and a span must cover them.  A run of them between two
    blocks (a byte-order mark left at the head of a line by pasting two texts
    together) is taken into the block after it; after the last block, into the
    last block.  The nodes' text leaves them out either way.
    """
    if not blocks:
        return
    previous_end = 0
    for c in blocks:
        gap = text[previous_end : c.start]
        if gap and not gap.isspace():
            c.start = previous_end + (len(gap) - len(gap.lstrip()))
        previous_end = c.end
    last = blocks[-1]
    tail = text[last.end :]
    if tail and not tail.isspace():
        last.end += len(tail.rstrip())


#: Control characters a node's text leaves out (not tab, line feed, carriage return).
#: For example ``\x07`` (bell) or ``\x1f`` (unit separator).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: A run of control characters with the spaces around it, cut out of node text (``Harbor \x07
#: reopens``).
_CONTROL_RUN = lazy_compile(r" *+[\x00-\x08\x0e-\x1f\x7f]++ *+")


_CONTROL_CHARS = "".join(map(chr, [*range(0x09), *range(0x0E, 0x20), 0x7F]))


def _has_controls(text: str) -> bool:
    """Whether *text* holds a control character other than TAB, LF, VT, FF and CR."""
    # One ``in`` scan a character: faster than a pattern over the text.
    return any(ch in text for ch in _CONTROL_CHARS)


def _has_invisible(text: str) -> bool:
    """Whether *text* holds a zero-width space, byte-order mark, word joiner or soft hyphen."""
    return not text.isascii() and (
        "\u200b" in text or "\ufeff" in text or "\u2060" in text or "\xad" in text
    )


def readable(text: str) -> str:
    r"""*text* as it reads: control characters out, invisible characters dropped.

    Feed copy carries typesetting codes inside its lines (ANPA's backspace
    before a paragraph, ``\x08SHOWERS LIKELY``; DC3 and DC1 in a header
    line).  A run of control characters, with the spaces around it, is one
    space between two words and nothing at either end.  Invisible characters
    are dropped as :func:`wireparse.structure.rules.drop_zero_width` does.  The spans,
    and :attr:`Block.text <wireparse.Block.text>`, keep the raw source.
    """
    if _CONTROLS.search(text) is not None:
        end = len(text)
        text = _CONTROL_RUN.sub(lambda m: "" if m.start() == 0 or m.end() == end else " ", text)
    return rules.drop_zero_width(text)


_T = TypeVar("_T")


def _quotations(text: str, paragraphs: Sequence[Paragraph], language: str) -> QuoteAnalysis:
    """The quotation stage (:func:`~wireparse.quotations.quotes.analyse`), guarded.

    It reads hundreds of conventions of news copy; a rule that raises on a
    text nobody foresaw (a bug) must not cost the caller the article.  The
    article then keeps its structure and metadata, with no quotations,
    attributions or people, and a :attr:`~wireparse.DefectCode.QUOTATIONS_FAILED`
    defect naming the error.  No other stage is guarded so.
    """
    try:
        return analyse(text, paragraphs, language)
    except Exception as exc:  # kept as a defect: see above
        message = (
            f"the quotation stage failed with {type(exc).__name__}: {exc} "
            "(a bug in wireparse: please report it with the input)"
        )
        return QuoteAnalysis(defects=(Defect(DefectCode.QUOTATIONS_FAILED, message),))


def _after_dateline(found: QuoteAnalysis, dateline: Dateline | None) -> QuoteAnalysis:
    """*found* with each attribution's statement starting after the lead's dateline.

    Convention: the dateline opens the lead's text but is no part of what
    the source said: in ``AMMAN (Wire) - Rebels held the road, residents
    said.`` the statement is ``Rebels held the road``.  The attribution's
    :attr:`~wireparse.Attribution.span`, the sentence, keeps the dateline.
    """
    if dateline is None or not found.attributions:
        return found
    start, body = dateline.span.start, dateline.body_start
    moved = [
        attrs.evolve(a, content=Span(body, a.content.end))
        if a.content is not None and a.content.start <= start < body < a.content.end
        else a
        for a in found.attributions
    ]
    if all(new is old for new, old in zip(moved, found.attributions, strict=True)):
        return found
    return attrs.evolve(found, attributions=tuple(moved))


def _without_invisible(node: _T) -> _T:
    r"""*node* with the invisible characters dropped from every string it holds.

    Quotations, speakers and people are read from the source, which keeps
    zero-width spaces, byte-order marks, word joiners and soft hyphens
    (:data:`~wireparse.reading.source.ZERO_WIDTH`); their text, like a paragraph's,
    leaves them out, so that ``Har\xadbour`` reads ``Harbour``.  Spans are
    left alone.
    """
    if isinstance(node, str):
        return cast("_T", readable(node))
    if isinstance(node, _TEXTLESS):
        return node  # the commonest nodes, with no string inside (a span is two offsets)
    if isinstance(node, tuple):
        items = [_without_invisible(item) for item in node]
        if all(item is old for item, old in zip(items, node, strict=True)):
            return node  # nothing dropped: the node that holds it is not rebuilt
        return cast("_T", tuple(items))
    fields = node_fields(type(node))
    if fields:
        changes: dict[str, object] = {}
        for name, alias in fields:
            value = getattr(node, name)
            cleaned = _without_invisible(value)
            if cleaned is not value:
                changes[alias] = cleaned
        if not changes:
            return node
        evolved: Any = attrs.evolve(cast("Any", node), **changes)
        return cast("_T", evolved)
    return node


#: Nodes :func:`_without_invisible` passes on as they are: numbers, ``None`` and spans.
_TEXTLESS = (int, float, type(None), Span)


def _candidates(text: str, start: int, end: int, hints: list[int] | None = None) -> list[Candidate]:
    """Cut ``text[start:end]`` into blocks, cutting out the pieces glued inside them.

    :param hints: Where the text holds a hint of a copyright mark, when the
        caller has looked (:func:`wireparse.metadata.copyright.mark_hints`,
        over the whole text or this part of it); else they are looked for here.
    """
    out: list[Candidate] = []
    if hints is None:
        hints = mark_hints(text, start, end)
    odd_spaces = rules.holds_odd_spaces(text, start, end)
    append, may_hold, flat_min = out.append, rules.may_hold_inline, rules.FLAT_MIN
    for chunk in cut(text, split_lines(text, start, end)):
        lines = chunk.lines
        pos, stop = lines[0][0], lines[-1][1]
        if (len(lines) > 1 or stop - pos < flat_min) and not may_hold(text, pos, stop, hints):
            # _split_inline's common case, asked here: no piece glued inside.
            append(
                make_candidate(
                    text, lines, chunk.first_line, chunk.last_line, odd_spaces=odd_spaces
                )
            )
        else:
            out.extend(_split_inline(text, chunk, hints, odd_spaces=odd_spaces))
    return out


def _feed_candidates(
    text: str, story: feeds.FeedStory, feed_format: feeds.FeedFormat
) -> list[Candidate]:
    """Blocks of a feed story: the feed grammar's pieces, and generic text cut as usual.

    The format reads the segments it lays out its own way
    (the ``blocks`` of its :class:`~wireparse.feeds.FeedFormat`).  Of the
    others, a piece the grammar classified is one block that keeps its kind
    and rule, with its text read without the feed's markup; generic text is
    cut as plain text is.
    """
    out: list[Candidate] = []
    own = feed_format.blocks
    # The copyright marks' hints looked for once over the story, not once a
    # segment: a hint outside a segment's blocks gates none of them.
    hints = mark_hints(text)

    def cut_generic(start: int, end: int) -> list[Candidate]:
        return _candidates(text, start, end, hints)

    for segment in story.segments:
        if own is not None:
            read = own(text, segment, story, cut_generic)
            if read is not None:
                out.extend(read)
                continue
        span = segment.span
        if segment.kind is None:
            out.extend(_candidates(text, span.start, span.end, hints))
            continue
        lines, first = feeds.segment_lines(text, segment)
        if not lines:
            continue
        c = make_candidate(text, lines, first, first + len(lines) - 1)
        c.text = " ".join(segment.content.split())
        c.claim(segment.kind, segment.rule)
        out.append(c)
    return out


def _split_inline(
    text: str, chunk: Chunk, notice_hints: list[int], *, odd_spaces: bool = True
) -> list[Candidate]:
    """Split *chunk* around the pieces :class:`rules.InlineScanner` finds glued inside it.

    Most blocks hold no such piece: :func:`rules.may_hold_inline` tells so
    without the scanner, or the scanner's first search finds none, and the
    chunk becomes one candidate on its own lines, which
    :func:`~wireparse.reading.blocks.cut` has already trimmed of white space
    (so :func:`_clip` would return them unchanged).

    :param notice_hints: Where the text holds a hint of a copyright mark
        (:func:`wireparse.metadata.copyright.mark_hints`).
    :param odd_spaces: Whether the text may hold odd white space
        (:func:`rules.holds_odd_spaces`), for :func:`make_candidate`.
    """
    lines = chunk.lines
    first_line, last_line = chunk.first_line, chunk.last_line
    pos, end = lines[0][0], lines[-1][1]
    flat = len(lines) == 1 and end - pos >= rules.FLAT_MIN
    if not flat and not rules.may_hold_inline(text, pos, end, notice_hints):
        return [make_candidate(text, lines, first_line, last_line, odd_spaces=odd_spaces)]
    scanner = rules.InlineScanner(text, end, flat=flat)
    found = scanner.next(pos)
    if found is None or found.end <= pos:
        return [make_candidate(text, lines, first_line, last_line, odd_spaces=odd_spaces)]
    pieces: list[Candidate] = []
    while found is not None and found.end > pos:
        before = _clip(text, lines, pos, found.start)
        if before:
            pieces.append(
                make_candidate(text, before, first_line, last_line, odd_spaces=odd_spaces)
            )
        inside = _clip(text, lines, found.start, found.end)
        if inside:
            c = make_candidate(text, inside, first_line, last_line, odd_spaces=odd_spaces)
            if found.kind is not None:
                c.claim(found.kind, found.rule)
            c.notice = found.notice
            pieces.append(c)
        pos = found.end
        found = scanner.next(pos) if pos < end else None
    rest = _clip(text, lines, pos, end)
    if rest:
        pieces.append(make_candidate(text, rest, first_line, last_line, odd_spaces=odd_spaces))
    return pieces


def _clip(text: str, lines: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of *lines* inside ``[start, end)``, trimmed of white space."""
    out = []
    for a, b in lines:
        a, b = max(a, start), min(b, end)
        while a < b and text[a] in BLANK_CHARS:
            a += 1
        while b > a and text[b - 1] in BLANK_CHARS:
            b -= 1
        if a < b:
            out.append((a, b))
    return out


#: Block kinds where story text can land by mistake: the prose check reads them.
_PROSE_CHECKED = frozenset(
    {
        BlockKind.CAPTION,
        BlockKind.FURNITURE,
        BlockKind.HEADLINE,
        BlockKind.HEADING,
        BlockKind.HIGHLIGHT,
        BlockKind.TAGLINE,
        BlockKind.BYLINE,
        BlockKind.TIMESTAMP,
        BlockKind.UNCLASSIFIED,
    }
)
#: Rules whose blocks hold prose that is not the story's own: readers'
#: comments, a photo gallery's captions, an embedded post; or prose that is
#: rightly outside the body: a standfirst, the page's summary under the
#: headline (``standfirst.question``, ``standfirst.repeated_headline``).
_PROSE_EXEMPT = frozenset(
    {
        "furniture.comments",
        "furniture.gallery",
        "embed.flattened",
        "standfirst.question",
        "standfirst.repeated_headline",
    }
)
#: Where a sentence ends: the mark, closing quotes or brackets, white space, a capital.
#: For example the break in ``The gates held. The river fell.`` or ``"Done." The mayor``.
_SENTENCE_BREAK = lazy_compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘(]?\p{Lu})")
#: A sentence counts towards prose with at least this many words.
PROSE_SENTENCE_WORDS = 5
#: So many such sentences outside the body make a ``prose-outside-body`` defect...
PROSE_SENTENCES = 3
#: ... as does one sentence of at least this many words.
PROSE_LONG_SENTENCE_WORDS = 50


def prose_outside_body(state: State) -> list[Defect]:
    """A ``prose-outside-body`` defect for each block outside the body that reads as story text.

    The safety net under the block rules: a caption, furniture, headline,
    heading (or another block that is not body) holding running text of real
    length is likely a paragraph of the story that a rule took for something
    else, and a pipeline may route the article to review.  Real length is
    :data:`PROSE_SENTENCES` sentences of :data:`PROSE_SENTENCE_WORDS` words or
    more, or one sentence of :data:`PROSE_LONG_SENTENCE_WORDS` words ending
    with its full stop.  Readers' comments, a photo gallery's captions and
    embedded posts are prose that is not the story's, and a standfirst (the
    page's summary under the headline) is rightly outside the body: neither
    is reported.
    """
    out: list[Defect] = []
    for c in state.blocks:
        kind = c.kind or BlockKind.UNCLASSIFIED
        if kind not in _PROSE_CHECKED or c.rule in _PROSE_EXEMPT:
            continue
        if c.words < PROSE_SENTENCE_WORDS * PROSE_SENTENCES and c.words < PROSE_LONG_SENTENCE_WORDS:
            continue
        if _reads_as_prose(c.match):
            out.append(
                Defect(
                    DefectCode.PROSE_OUTSIDE_BODY,
                    f"running text was classified as {kind.value} ({c.rule or 'unclassified'})",
                    Span(c.start, c.end),
                )
            )
    return out


def _reads_as_prose(text: str) -> bool:
    """Whether *text* holds several real sentences, or one long one."""
    sentences = 0
    pos = 0
    for m in [*_SENTENCE_BREAK.finditer(text), None]:
        stop = len(text) if m is None else m.start() + 1
        piece = text[pos:stop]
        pos = stop if m is None else m.end()
        words = len(piece.split())
        if piece.rstrip("\"”’')] ")[-1:] not in ".!?…":
            continue
        if words >= PROSE_LONG_SENTENCE_WORDS:
            return True
        if words >= PROSE_SENTENCE_WORDS:
            sentences += 1
            if sentences >= PROSE_SENTENCES:
                return True
    return False


def _assemble(
    text: str,
    encoding: str | None,
    state: State,
    feed_format: feeds.FeedFormat,
    story: feeds.FeedStory | None,
    reference_date: datetime.date | None,
    language: str | None,
    *,
    controls: bool,
) -> Article:
    blocks: list[Block] = []
    fields: dict[str, list[Fragment]] = {name: [] for name in _FRAGMENT_FIELDS.values()}
    sections: list[Section] = []
    heading: str | None = None
    heading_span: Span | None = None
    paragraphs: list[Paragraph] = []
    headline: str | None = None
    headline_span: Span | None = None
    notice: Copyright | None = None
    defects: list[Defect] = []
    for c in state.blocks:
        span = Span(c.start, c.end)
        kind = c.kind or BlockKind.UNCLASSIFIED
        blocks.append(Block(kind, span, c.rule or "unclassified", text[c.start : c.end]))
        if kind is BlockKind.PARAGRAPH:
            paragraphs.append(Paragraph(c.text, span))
        elif kind is BlockKind.HEADING:
            if paragraphs or heading is not None:
                sections.append(Section(heading, heading_span, tuple(paragraphs)))
            heading, heading_span, paragraphs = c.text, span, []
        elif kind is BlockKind.HEADLINE and headline is None:
            headline, headline_span = c.text, span
        elif kind is BlockKind.COPYRIGHT and c.notice is not None:
            if notice is None:
                n = c.notice
                notice = Copyright(c.text, span, n.year, n.end_year, n.holder)
        elif kind in _FRAGMENT_FIELDS:
            fields[_FRAGMENT_FIELDS[kind]].append(Fragment(c.text, span))
        elif kind is BlockKind.UNCLASSIFIED:
            defects.append(
                Defect(DefectCode.UNCLASSIFIED_BLOCK, "no rule classified this block", span)
            )
    if paragraphs or heading is not None:
        sections.append(Section(heading, heading_span, tuple(paragraphs)))
    if story is not None:
        defects.extend(story.defects)
    if headline is None:
        defects.append(Defect(DefectCode.NO_HEADLINE, "no headline was found"))
    if not any(s.paragraphs for s in sections):
        defects.append(Defect(DefectCode.NO_BODY, "no body paragraphs were found"))
    defects.extend(prose_outside_body(state))
    all_paragraphs = tuple(p for s in sections for p in s.paragraphs)
    trailer = story.trailer if story else None
    complete = feed_format.complete_trailer
    if trailer is not None and reference_date is None and complete is not None:
        # A signature without a year (dpa's ``131137 GMT Nov 13``): the
        # copyright notice's, read as mid-year, completes it.
        year_date = year_reference(None, notice)
        if year_date is not None:
            trailer = complete(trailer, year_date)
    meta = read_metadata(
        text,
        bylines=fields["bylines"],
        timestamps=fields["timestamps"],
        paragraphs=all_paragraphs,
        taglines=fields["taglines"],
        signoffs=fields["signoffs"],
        credits=fields["credits"],
        copyright=notice,
        trailer=trailer,
        reference_date=reference_date,
        envelope=story.envelope if story else None,
        headings=[s.heading for s in sections if s.heading],
        datelines=[
            Fragment(c.text, Span(c.start, c.end))
            for c in state.blocks
            if c.rule == "dateline.alone"
        ],
    )
    if language is None and story is not None:
        language = envelope_language(story.envelope)
    if language is None:
        language = detect_language(text, all_paragraphs[0].span.start if all_paragraphs else 0)
    if language is None and meta.agency.name is not None:
        # A brief too short to tell its language: its agency's home service.
        language = HOME_LANGUAGES.get(meta.agency.name)
    found = _after_dateline(_quotations(text, all_paragraphs, language or "en"), meta.dateline)
    if all_paragraphs and (controls or _has_invisible(text)):
        # Quotations and names come from the paragraphs: only characters
        # there can reach them.  The paragraphs are read only when the whole
        # text holds such characters (most texts hold none).
        body = "".join(text[p.span.start : p.span.end] for p in all_paragraphs)
        if _has_invisible(body) or (controls and _has_controls(body)):
            found = _without_invisible(found)
    defects.extend(found.defects)
    return Article(
        source=text,
        encoding=encoding,
        format=feed_format.name,
        language=language,
        envelope=story.envelope if story else None,
        trailer=trailer,
        headline=headline,
        headline_span=headline_span,
        sections=tuple(sections),
        copyright=notice,
        byline=meta.byline,
        dateline=meta.dateline,
        agency=meta.agency.name,
        agency_decision=meta.agency,
        published=meta.published,
        updated=meta.updated,
        quotes=found.quotes,
        quoted=found.others,
        attributions=found.attributions,
        people=found.people,
        blocks=tuple(blocks),
        defects=tuple(defects),
        **{name: tuple(items) for name, items in fields.items() if name != "credits"},
        credits=meta.credits,
    )
