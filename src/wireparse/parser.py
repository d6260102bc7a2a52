"""The pipeline: source, blocks, rules, assembly.  :func:`parse` is the entry point."""

from __future__ import annotations

from wireparse import rules
from wireparse.blocks import Chunk, cut
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

__all__ = ["parse"]

# Kinds gathered into an Article's fragment fields.
_FRAGMENT_FIELDS = {
    BlockKind.NOTE: "notes",
    BlockKind.CREDIT: "credits",
    BlockKind.TAGLINE: "taglines",
    BlockKind.SIGNOFF: "signoffs",
    BlockKind.CAPTION: "captions",
    BlockKind.HIGHLIGHT: "highlights",
    BlockKind.BYLINE: "bylines",
    BlockKind.TIMESTAMP: "timestamps",
    BlockKind.FURNITURE: "boilerplate",
}


def parse(
    data: str | bytes | bytearray | memoryview,
    *,
    encoding: str | None = None,
    strict: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
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
    :returns: The parsed :class:`~wireparse.Article`.
    :raises TypeError: If *data* is neither ``str`` nor ``bytes``.
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
    state = State(text, _candidates(text))
    rules.classify(state)
    return _assemble(text, used, state)


def _candidates(text: str) -> list[Candidate]:
    """Cut the text into blocks, cutting glued pieces out of the blocks they sit in."""
    out: list[Candidate] = []
    for chunk in cut(text, split_lines(text)):
        out.extend(_split_inline(text, chunk))
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


def _assemble(text: str, encoding: str | None, state: State) -> Article:
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
    if headline is None:
        defects.append(Defect("no-headline", "no headline was found"))
    if not any(s.paragraphs for s in sections):
        defects.append(Defect("no-body", "no body paragraphs were found"))
    return Article(
        source=text,
        encoding=encoding,
        headline=headline,
        headline_span=headline_span,
        sections=tuple(sections),
        copyright=notice,
        blocks=tuple(blocks),
        defects=tuple(defects),
        **{name: tuple(items) for name, items in fields.items()},
    )
