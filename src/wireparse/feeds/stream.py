"""Splitting a stream of feed stories, and decoding feed bytes.

Wire captures hold many stories back to back.  A story starts where one of
the registered formats' :attr:`~wireparse.feeds.FeedFormat.story_start`
patterns matches (the built-in ones):

- ``SYN SYN SOH`` (ANPA-1312; up to eight SYN);
- a lone ``SOH`` followed by a header such as ``W2870`` US or ``eca062`` SP
  (ANPA without SYN, IPTC 7901);
- ``ZCZC`` at the start of a line (AAP).

Anything before the first start is yielded as a story of its own when it holds
non-blank text (the tail of a story whose start the capture missed).  Text
without any start is one story.
"""

from __future__ import annotations

import functools
import itertools
from typing import IO, TYPE_CHECKING, TypeVar

import regex

from wireparse.feeds.base import is_blank
from wireparse.feeds.registry import formats
from wireparse.reading.source import BYTE_ORDER_MARKS, decode

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "STORY_START",
    "STORY_START_BYTES",
    "decode_feed",
    "iter_stories",
    "split_stories",
    "story_start",
    "story_start_bytes",
    "story_starts",
]


@functools.lru_cache(maxsize=8)
def _compile(source: str) -> tuple[regex.Pattern[str], regex.Pattern[bytes]]:
    return regex.compile(source), regex.compile(source.encode("ascii"))


def _start_source() -> str:
    """The registered formats' story starts, as one alternation (never matching when none)."""
    parts = [f"(?:{f.story_start})" for f in formats() if f.story_start]
    return "|".join(parts) or "(?!)"


def story_start() -> regex.Pattern[str]:
    """The pattern of a story start of any registered format, for text."""
    return _compile(_start_source())[0]


def story_start_bytes() -> regex.Pattern[bytes]:
    """The pattern of a story start of any registered format, for bytes."""
    return _compile(_start_source())[1]


#: A story start of a built-in format, in text (:func:`story_start` follows
#: the registry).
STORY_START = story_start()
#: A story start of a built-in format, in bytes (:func:`story_start_bytes`
#: follows the registry).
STORY_START_BYTES = story_start_bytes()

# Context a start match may need after its first character (the longest match
# plus its look-ahead): a match that starts closer than this to the end of the
# data read so far waits for more data.
_CONTEXT = 32
_CHUNK = 1 << 16

_BOM_PREFIXES = tuple(bom for bom, _ in BYTE_ORDER_MARKS)
#: Blank bytes (spaces, tabs, line breaks, VT, FF) before the first story of a
#: capture read as bytes (``b"\r\n\r\n"`` before ``ZCZC AAP``).
_BLANK_BYTES = regex.compile(rb"[ \t\r\n\x0b\x0c]*")

AnyStr = TypeVar("AnyStr", str, bytes)


def split_stories(data: str) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` offsets of each story in *data*, lazily, in order.

    Consecutive stories touch: a story ends where the next one starts.  A blank
    prefix before the first story is skipped.

    :param data: The text of a feed capture.
    :returns: An iterator of half-open offset pairs.
    :raises TypeError: When *data* is not a ``str``.
    """
    if not isinstance(data, str):
        raise TypeError(f"split_stories() takes str, not {type(data).__name__}")
    return _split(data, story_start())


#: A letter: a story start holds one before it counts (``ZCZC AAP`` does, a
#: bare ``ZCZC 042`` does not).
_LETTER = regex.compile(r"\p{L}")


def story_starts(text: str) -> list[int]:
    """The offsets where the stories of a capture start.

    A story counts when it opens with a registered format's story start and
    holds a letter; text before the first start is not counted.

    :param text: The text of a capture (or of one story).
    :returns: The offsets, in order; empty when *text* has no story start.
    """
    if most_story_starts(text) == 0:
        return []  # no format's story start can be in the text
    cuts = [m.start() for m in story_start().finditer(text)]
    if not cuts:
        return []
    ends = [*cuts[1:], len(text)]
    return [a for a, b in zip(cuts, ends, strict=True) if _LETTER.search(text, a, b)]


def most_story_starts(text: str) -> int | None:
    """The most story starts *text* can hold, by the registered formats' hints.

    Every story start of a format with ``story_hints`` (:class:`~wireparse.feeds.FeedFormat`)
    holds one of them, and two starts never share one, so a text holds no
    more starts than it holds hints (each counted by ``str.count``): a text
    with one ``ZCZC`` holds one story at most, whatever the pattern finds,
    and the pattern need not run over it to tell that it holds no second.

    :param text: The text of a capture (or of one story).
    :returns: That bound, or ``None`` when a registered format has a story
        start and no hints (the pattern must then run).
    """
    hints: set[str] = set()
    for f in formats():
        if f.story_start and not f.story_hints:
            return None
        hints.update(f.story_hints)
    # A hint's first character looked for first (one ``memchr``): a text
    # without it holds none of that hint, and most texts hold no ``Z``.
    return sum(text.count(hint) for hint in hints if hint[0] in text)


def _split(data: AnyStr, pattern: regex.Pattern[AnyStr]) -> Iterator[tuple[int, int]]:
    start = 0
    started = False
    for m in pattern.finditer(data):
        cut = m.start()
        if cut > start and (started or not _blank(data, start, cut)):
            yield start, cut
        start = cut
        started = True
    if start < len(data) and (started or not _blank(data, start, len(data))):
        yield start, len(data)


def _blank(data: str | bytes, start: int, end: int) -> bool:
    if isinstance(data, str):
        return is_blank(data, start, end)
    m = _BLANK_BYTES.match(data, start, end)
    return m is not None and m.end() == end


def decode_feed(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a feed file or capture, story by story.

    The general decoder (:func:`wireparse.reading.source.decode`: byte-order mark,
    UTF-8, else Windows-1252 with Latin-1 for its five undefined bytes) is right
    for one story, but a capture can mix stories in UTF-8 with stories in
    Latin-1 or Windows-1252.  So when the whole does not decode as UTF-8, each
    story (see :func:`split_stories`) is decoded on its own.  Story boundaries
    are ASCII control characters or ``ZCZC``, never inside a UTF-8 sequence.

    Never raises for any ``bytes``.

    :param data: The bytes.
    :returns: The text and the encoding: ``utf-8``, ``cp1252``, a BOM-marked
        encoding, or several joined by ``+`` in order of first use
        (``utf-8+cp1252``) when stories differ.
    :raises TypeError: When *data* is not bytes-like.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_feed() takes bytes, not {type(data).__name__}")
    raw = bytes(data)
    if raw.startswith(_BOM_PREFIXES):
        return decode(raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    encodings: list[str] = []
    cuts = [0, *(m.start() for m in story_start_bytes().finditer(raw)), len(raw)]
    for start, end in itertools.pairwise(cuts):
        if end <= start:
            continue
        piece = raw[start:end]
        text, encoding = decode(piece)
        parts.append(text)
        if not piece.isascii() and encoding not in encodings:
            encodings.append(encoding)
    return "".join(parts), "+".join(encodings) or "utf-8"


def iter_stories(
    stream: IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes], *, chunk_size: int = _CHUNK
) -> Iterator[str]:
    """Yield the text of each story of a stream, reading it incrementally.

    The stream is read in chunks (or item by item for an iterable, such as the
    lines of a file), and never more than one story plus one chunk ahead of
    the story yielded.  Bytes are decoded story by story with :func:`decode_feed`.

    :param stream: A text or binary file object, or an iterable of ``str`` or
        ``bytes`` pieces.
    :param chunk_size: How much to read at a time from a file object.
    :returns: An iterator of story texts, in order; blank stories are skipped.
    :raises TypeError: When the stream yields something other than ``str`` or ``bytes``.
    """
    for story in _iter_raw(_chunks(stream, chunk_size)):
        if isinstance(story, bytes):
            yield decode_feed(story)[0]
        else:
            yield story


def _chunks(
    stream: IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes], size: int
) -> Iterator[str | bytes]:
    read = getattr(stream, "read", None)
    if callable(read):
        while True:
            chunk = read(size)
            if not chunk:
                return
            yield chunk
    else:
        yield from stream


def _iter_raw(chunks: Iterator[str | bytes]) -> Iterator[str | bytes]:
    """Split a stream of chunks into stories (see :func:`iter_stories`)."""
    pieces: list[str | bytes] = []
    story_start = 0  # absolute offset of the current story (or of the prefix)
    seen_start = False  # whether a story start has been seen
    tail: str | bytes | None = None  # the last _CONTEXT + 1 characters read
    tail_start = 0
    scan_from = 0
    total = 0
    kind: type | None = None
    pattern: regex.Pattern[str] | regex.Pattern[bytes] | None = None
    for chunk in chunks:
        if isinstance(chunk, bytearray | memoryview):
            chunk = bytes(chunk)
        if not isinstance(chunk, str | bytes):
            raise TypeError(f"iter_stories() reads str or bytes, not {type(chunk).__name__}")
        if not chunk:
            continue
        if kind is None:
            kind = type(chunk)
            patterns = _compile(_start_source())
            pattern = patterns[0] if isinstance(chunk, str) else patterns[1]
            tail = chunk[:0]
        if type(chunk) is not kind:
            raise TypeError("iter_stories() got a mix of str and bytes")
        assert pattern is not None
        assert tail is not None
        window = tail + chunk  # type: ignore[operator]
        window_start = tail_start
        cuts = _cuts(pattern, window, window_start, scan_from, eof=False)
        pieces.append(chunk)
        total += len(chunk)
        scan_from = max(scan_from, total - _CONTEXT, *(end for _, end in cuts))
        if cuts:
            stories, rest, story_start, seen_start = _cut(
                pieces, story_start, [start for start, _ in cuts], seen_start
            )
            yield from stories
            pieces = [rest] if rest else []
        keep = window[-(_CONTEXT + 1) :]
        tail, tail_start = keep, total - len(keep)
    if kind is None or pattern is None or tail is None:
        return
    cuts = _cuts(pattern, tail, tail_start, scan_from, eof=True)
    if cuts:
        starts = [start for start, _ in cuts]
        stories, rest, story_start, seen_start = _cut(pieces, story_start, starts, seen_start)
        yield from stories
        pieces = [rest] if rest else []
    if pieces:
        last = pieces[0][:0].join(pieces)  # type: ignore[arg-type]
        if seen_start or not _blank(last, 0, len(last)):
            yield last


def _cuts(
    pattern: regex.Pattern[str] | regex.Pattern[bytes],
    window: str | bytes,
    window_start: int,
    scan_from: int,
    *,
    eof: bool,
) -> list[tuple[int, int]]:
    """Return the absolute spans of the story-start matches accepted in *window*."""
    limit = len(window) if eof else len(window) - _CONTEXT
    pos = max(0, scan_from - window_start)
    out: list[tuple[int, int]] = []
    if pos >= limit:
        return out
    for m in pattern.finditer(window, pos):  # type: ignore[arg-type]
        if m.start() >= limit:
            break
        out.append((window_start + m.start(), window_start + m.end()))
    return out


def _cut(
    pieces: list[str | bytes], story_start: int, cuts: list[int], seen_start: bool
) -> tuple[list[str | bytes], str | bytes, int, bool]:
    """Cut the buffered data at *cuts*; return the complete stories and the rest."""
    joined = pieces[0][:0].join(pieces)  # type: ignore[arg-type]
    stories: list[str | bytes] = []
    offset = 0
    for cut in cuts:
        at = cut - story_start
        if at <= offset:
            seen_start = True
            continue
        story = joined[offset:at]
        if seen_start or not _blank(story, 0, len(story)):
            stories.append(story)
        offset = at
        seen_start = True
    return stories, joined[offset:], story_start + offset, seen_start
