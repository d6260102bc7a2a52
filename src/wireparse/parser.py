"""The pipeline: source, blocks, rules, assembly.  :func:`parse` is the entry point."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from wireparse import feeds, rules
from wireparse.blocks import Chunk, cut
from wireparse.language import detect_language, envelope_language, normalise_language
from wireparse.model import (
    Article,
    Block,
    BlockKind,
    Copyright,
    Defect,
    Fragment,
    Paragraph,
    Section,
    Span,
)
from wireparse.rules import Candidate, State, make_candidate
from wireparse.source import (
    BLANK_CHARS,
    DEFAULT_MAX_CHARS,
    check_input,
    check_text,
    decode,
    split_lines,
)

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable, Iterator

__all__ = ["iter_articles", "parse"]

_ANPA_PARAGRAPH = "anpa.paragraph"

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
    encoding: str | None = None,
    strict: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    format: str | None = None,
    reference_date: datetime.date | None = None,
    language: str | None = None,
) -> Article:
    """Parse one news-wire story.

    :param data: The story as text, or as bytes (or another bytes-like object)
        to decode: a byte-order mark, then UTF-8, then Windows-1252; see
        :func:`wireparse.source.decode`.
    :param encoding: Decode bytes with this encoding instead of guessing.
    :param strict: Raise :class:`~wireparse.DecodeError` for bytes that do not
        decode, instead of falling back.
    :param max_chars: The longest input accepted, in characters (bytes for
        bytes input).  Raise it to parse larger inputs.
    :param format: Read the input as this format (``"text"``, ``"anpa1312"``,
        ``"iptc7901"``, ``"zczc"``; see :data:`wireparse.feeds.FORMAT_NAMES`)
        instead of detecting it.
    :param reference_date: The date that dates without a year are read
        against (a feed trailer's ``131137 GMT Nov 13``); never the clock.
    :param language: The story's language as an ISO 639-1 code (``"de"``;
        ``"de-AT"`` is read as ``"de"``), when the caller knows it: it becomes
        :attr:`Article.language` instead of the feed's or a detected one (see
        :mod:`wireparse.language`).
    :returns: The parsed :class:`~wireparse.Article`.
    :raises TypeError: If *data* is neither ``str`` nor ``bytes``.
    :raises ValueError: If *format* names no known format, or *language* is
        no ISO 639-1 code.
    :raises EmptyInputError: If *data* holds nothing but white space.
    :raises InputTooLargeError: If *data* is longer than *max_chars*.
    :raises DecodeError: In strict mode, if bytes do not decode.
    """
    check_input(data, max_chars)
    used: str | None = None
    if isinstance(data, str):
        text = data
    else:
        text, used = decode(bytes(data), encoding=encoding, strict=strict)
    check_text(text)
    if language is not None:
        language = normalise_language(language)
    if format is not None and format not in feeds.FORMAT_NAMES:
        known = ", ".join(sorted(feeds.FORMAT_NAMES))
        raise ValueError(f"unknown format {format!r}; the formats are {known}")
    fmt = format or feeds.detect(text).format
    story = None
    if fmt == feeds.FORMAT_TEXT:
        candidates = _candidates(text, 0, len(text))
    else:
        story = feeds.read_story(text, fmt, reference_date=reference_date)
        candidates = _feed_candidates(text, story)
    state = State(text, candidates)
    rules.classify(state)
    return _assemble(text, used, state, fmt, story, reference_date, language)


def iter_articles(
    stream: IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes],
    *,
    format: str | None = None,
    reference_date: datetime.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    language: str | None = None,
) -> Iterator[Article]:
    """Parse each story of a stream holding several, lazily, one at a time.

    The stream (a text or binary file object, or an iterable of ``str`` or
    ``bytes`` pieces such as a file's lines) is split into stories by their
    feed framing with :func:`wireparse.feeds.iter_stories`, reading no more
    than one story ahead; bytes are decoded story by story.  Each story is
    parsed on its own, its spans pointing into its own text
    (:attr:`Article.source`).  A damaged story gives an article with
    defects, and the stream goes on.

    :param stream: The stream.
    :param format: Read every story as this format instead of detecting it.
    :param reference_date: As for :func:`parse`.
    :param max_chars: As for :func:`parse`, for each story.
    :param language: As for :func:`parse`: every story's language.
    :returns: An iterator of articles, in stream order.
    :raises InputTooLargeError: When one story is longer than *max_chars*.
    :raises TypeError: When the stream yields something other than text or bytes.
    :raises ValueError: When *language* is no ISO 639-1 code.
    """
    if language is not None:
        language = normalise_language(language)
    for story in feeds.iter_stories(stream):
        yield parse(
            story,
            format=format,
            reference_date=reference_date,
            max_chars=max_chars,
            language=language,
        )


def _candidates(text: str, start: int, end: int) -> list[Candidate]:
    """Cut ``text[start:end]`` into blocks, cutting out the pieces glued inside them."""
    out: list[Candidate] = []
    for chunk in cut(text, split_lines(text, start, end)):
        out.extend(_split_inline(text, chunk))
    return out


def _feed_candidates(text: str, story: feeds.FeedStory) -> list[Candidate]:
    """Blocks of a feed story: the feed grammar's pieces, and generic text cut as usual.

    A piece the grammar classified keeps its kind and rule, with its text
    read without the feed's markup.  An ANPA paragraph (one TAB-indented
    paragraph, hard-wrapped) stays one block; other generic text is cut.  In
    tabular (agate) copy every line of generic text is a row: a paragraph.
    """
    out: list[Candidate] = []
    tabular = bool(getattr(story.envelope, "tabular", False))
    for segment in story.segments:
        span = segment.span
        if segment.kind is None and segment.rule != _ANPA_PARAGRAPH:
            pieces = _candidates(text, span.start, span.end)
            if tabular:
                for c in pieces:
                    if not c.claimed:
                        c.claim(BlockKind.PARAGRAPH, "paragraph.agate")
            out.extend(pieces)
            continue
        lines = [
            (ln.content_start, ln.content_end)
            for ln in split_lines(text, span.start, span.end)
            if not ln.blank
        ]
        if not lines:
            continue
        first = text.count("\n", 0, span.start)
        c = make_candidate(text, lines, first, first + len(lines) - 1)
        if segment.kind is not None:
            c.text = " ".join(segment.content.split())
            c.claim(segment.kind, segment.rule)
        elif tabular:
            c.claim(BlockKind.PARAGRAPH, "paragraph.agate")
        out.append(c)
    return out


def _split_inline(text: str, chunk: Chunk) -> list[Candidate]:
    """Split *chunk* around the pieces :class:`rules.InlineScanner` finds glued inside it."""
    pieces: list[Candidate] = []
    pos = chunk.start
    flat = len(chunk.lines) == 1 and chunk.end - chunk.start >= rules.FLAT_MIN
    scanner = rules.InlineScanner(text, chunk.end, flat=flat)
    while pos < chunk.end:
        found = scanner.next(pos)
        if found is None:
            break
        before = _clip(text, chunk.lines, pos, found.start)
        if before:
            pieces.append(make_candidate(text, before, chunk.first_line, chunk.last_line))
        lines = _clip(text, chunk.lines, found.start, found.end)
        if lines:
            c = make_candidate(text, lines, chunk.first_line, chunk.last_line)
            c.claim(found.kind, found.rule)
            c.notice = found.notice
            pieces.append(c)
        pos = found.end
    rest = _clip(text, chunk.lines, pos, chunk.end)
    if rest:
        pieces.append(make_candidate(text, rest, chunk.first_line, chunk.last_line))
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


def _assemble(
    text: str,
    encoding: str | None,
    state: State,
    fmt: str,
    story: feeds.FeedStory | None,
    reference_date: datetime.date | None,
    language: str | None = None,
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
            defects.append(Defect("unclassified-block", "no rule classified this block", span))
    if paragraphs or heading is not None:
        sections.append(Section(heading, heading_span, tuple(paragraphs)))
    if story is not None:
        defects.extend(story.defects)
    if headline is None:
        defects.append(Defect("no-headline", "no headline was found"))
    if not any(s.paragraphs for s in sections):
        defects.append(Defect("no-body", "no body paragraphs were found"))
    # The quote and metadata stages load on the first parse, not at import.
    from wireparse.metadata import read_metadata, year_reference
    from wireparse.quotes import analyse

    all_paragraphs = tuple(p for s in sections for p in s.paragraphs)
    trailer = story.trailer if story else None
    if trailer is not None and reference_date is None and fmt == feeds.FORMAT_IPTC7901:
        # A dpa signature gives no year (``131137 GMT Nov 13``): the
        # copyright notice's, read as mid-year, completes it.
        from wireparse.feeds.iptc7901 import complete_trailer

        year_date = year_reference(None, notice)
        if year_date is not None:
            trailer = complete_trailer(trailer, year_date)
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
    )
    found = analyse(text, all_paragraphs)
    defects.extend(found.defects)
    if language is None and story is not None:
        language = envelope_language(story.envelope)
    if language is None:
        language = detect_language(text, all_paragraphs[0].span.start if all_paragraphs else 0)
    return Article(
        source=text,
        encoding=encoding,
        format=fmt,
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
