"""Stage 1 of the pipeline: turn the input into text and a table of lines.

The text handed back is the text every span points into; nothing here
normalises it.  Normalised copies for matching are made by the later stages.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from wireparse.errors import DecodeError, EmptyInputError, InputTooLargeError, NotTextError
from wireparse.reading.patterns import KEEP_GIL, lazy_compile

__all__ = [
    "BINARY_SIGNATURES",
    "BLANK_CHARS",
    "BYTE_ORDER_MARKS",
    "DEFAULT_MAX_CHARS",
    "MAX_CONTROL_SHARE",
    "MAX_NUL_SHARE",
    "TEXT_CHECK_CHARS",
    "ZERO_WIDTH",
    "Line",
    "check_is_text",
    "count_controls",
    "decode",
    "is_blank",
    "split_lines",
]

#: The default limit on the input's length, in characters (or bytes for bytes).
DEFAULT_MAX_CHARS = 10_000_000

#: Characters that count as white space: what a block may leave uncovered.
#: Unicode white space, the zero-width space and the byte-order mark; *not* the
#: C0 separators FS, GS, RS, US nor NEL, which feeds use as framing.
BLANK_CHARS = frozenset(
    " \t\n\r\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
)

#: Invisible characters that are no white space to ``str.isspace`` and that
#: rules and the text of nodes ignore: the zero-width space, the byte-order
#: mark (zero-width no-break space), the word joiner and the soft hyphen.  The
#: blocks' spans still cover them (:func:`wireparse.parse`), and
#: ``Article.source`` keeps them.
ZERO_WIDTH = frozenset("\u200b\ufeff\u2060\xad")

_BLANK_STRING = "".join(sorted(BLANK_CHARS))
#: A character that is not one of :data:`BLANK_CHARS` (a line of ``\u00a0`` no-break spaces is
#: blank).
_NOT_BLANK = lazy_compile("[^" + "".join(f"\\u{ord(c):04x}" for c in sorted(BLANK_CHARS)) + "]")
#: A line break of any platform (``\r\n``, ``\r``, ``\n``), for the line table.
_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")

#: Byte-order marks and the codec that reads text opening with each, longest
#: first so that UTF-32 LE is not read as UTF-16 LE.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def is_blank(text: str, start: int = 0, end: int | None = None) -> bool:
    """Return whether ``text[start:end]`` holds nothing but :data:`BLANK_CHARS`."""
    if end is None:
        end = len(text)
    if start < 0 or end < 0:
        return _NOT_BLANK.search(text, start, end, KEEP_GIL) is None  # offsets from the end
    # The first few characters asked one by one (a line's indent, then its
    # first word's letter): the pattern's answer without the pattern call
    # for most lines.
    last = min(end, len(text))
    stop = min(last, start + _BLANK_STEPS)
    pos = start
    while pos < stop:
        if text[pos] not in BLANK_CHARS:
            return False
        pos += 1
    if pos >= last:
        return True  # every character of the stretch was blank, or there is none
    return _NOT_BLANK.search(text, pos, end, KEEP_GIL) is None


#: How many characters :func:`is_blank` asks about one by one before the pattern.
_BLANK_STEPS = 8


def decode(data: bytes, *, encoding: str | None = None, strict: bool = False) -> tuple[str, str]:
    """Decode input bytes and name the encoding used.

    With no *encoding*, a byte-order mark decides; without one UTF-8 is tried,
    then Windows-1252 (with Latin-1 for the five bytes cp1252 leaves undefined),
    which decodes anything.

    :param data: The bytes.
    :param encoding: Force this encoding.
    :param strict: Raise :class:`~wireparse.DecodeError` instead of falling back
        (or, with *encoding*, instead of replacing undecodable bytes).
    :returns: The text and the name of the encoding.
    :raises DecodeError: In strict mode, when the bytes do not decode.
    """
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            if strict:
                raise DecodeError(encoding, exc.start, exc.reason) from exc
            return data.decode(encoding, errors="replace"), encoding
    for bom, name in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                if strict:
                    raise DecodeError(name, exc.start, exc.reason) from exc
                return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if strict:
            raise DecodeError("utf-8", exc.start, exc.reason) from exc
    return data.decode("cp1252", errors="wireparse.latin1"), "cp1252"


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("wireparse.latin1", _latin1_fallback)


def check_input(data: object, max_chars: int) -> None:
    """Reject what cannot be an article, with the documented errors.

    :raises TypeError: For anything but ``str`` and ``bytes``.
    :raises InputTooLargeError: When *data* is longer than *max_chars*.
    """
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"wireparse.parse() takes str or bytes, not {type(data).__name__}")
    size = len(data) if not isinstance(data, memoryview) else data.nbytes
    if size > max_chars:
        raise InputTooLargeError(size, max_chars)


#: File signatures that mark an input as binary data, with the format's name:
#: PNG, GIF, JPEG, PDF, gzip and zip.  Looked for at the very start of bytes,
#: and of text (as bytes read as Latin-1 would give them).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"%PDF-", "PDF"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
)
#: How many characters from the start are examined for NULs and control characters.
TEXT_CHECK_CHARS = 65_536
#: The highest share of NUL characters a text may hold: one in a thousand
#: (a stray NUL in a feed capture passes; binary data has one in 256 or more).
MAX_NUL_SHARE = 0.001
#: The highest share of control characters among the non-blank characters:
#: 5 per cent, counting C0 and C1 controls but not white space nor the
#: characters feeds frame stories with (SOH, STX, ETX, EOT, SYN, ETB, the
#: separators FS, GS, RS, US, and the backspace that opens an ANPA agate
#: row).  Feed captures stay under 3 per cent; binary data read as text has
#: 8 per cent and more.  Fewer than four control characters never count.
MAX_CONTROL_SHARE = 0.05
_MIN_CONTROLS = 4
#: The control characters counted against :data:`MAX_CONTROL_SHARE`, not the ones feeds frame
#: stories with (``\x00`` and ``\x1b`` count, SOH ``\x01`` does not).  The standard library's
#: ``re`` scans a character class several times as fast as ``regex``.
_CONTROL = re.compile(r"[\x00\x05-\x08\x0e-\x15\x18-\x1b\x7f-\x9f]")
_TEXT_SIGNATURES = tuple((sig.decode("latin-1"), name) for sig, name in BINARY_SIGNATURES)
#: The bytes that :func:`count_controls` deletes from a text's UTF-8 form:
#: all but the C0 controls and DEL of :data:`_CONTROL` (each of which is one
#: byte in UTF-8, a byte no other character's form holds).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b >= 0x80 or not _CONTROL.match(chr(b)))
#: A C1 control of :data:`_CONTROL` (``\x80``-``\x9f``) in UTF-8: ``\xc2`` then a
#: continuation byte below ``\xa0`` (``\xc2`` opens a character, never continues one).
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def count_controls(text: str) -> int:
    r"""How many of the control characters :func:`check_is_text` counts *text* holds.

    The same count as ``len(_CONTROL.findall(text))``, taken on the text's
    UTF-8 form, where ``bytes.translate`` deletes every byte but the C0
    controls' in one pass, several times as fast as a pattern over the
    characters; the C1 controls (two bytes, ``\xc2`` first) are counted
    only in a text holding a ``\xc2`` byte.  Lone surrogates are encoded as
    they are (``surrogatepass``), bytes of three that hold no control.

    :param text: The text.
    """
    data = text.encode("utf-8", "surrogatepass")
    count = len(data.translate(None, _NOT_CONTROL_BYTES))
    if b"\xc2" in data:
        count += len(_C1_UTF8.findall(data))
    return count


def check_is_text(data: str | bytes) -> None:
    """Reject binary data: a file signature, NUL characters, or too many control characters.

    Bytes are looked at for a signature before they are decoded; text (or
    the decoded bytes) for a signature as Latin-1 would read it, and, in its
    first :data:`TEXT_CHECK_CHARS` characters, for NULs above
    :data:`MAX_NUL_SHARE` (more than one) and control characters above
    :data:`MAX_CONTROL_SHARE`.

    :raises NotTextError: When *data* is not text.
    """
    if isinstance(data, bytes):
        for sig, name in BINARY_SIGNATURES:
            if data.startswith(sig):
                raise NotTextError(f"{name} signature")
        return
    for sig_text, name in _TEXT_SIGNATURES:
        if data.startswith(sig_text):
            raise NotTextError(f"{name} signature")
    head = data[:TEXT_CHECK_CHARS]
    # A NUL looked for first (one ``memchr``): most texts hold none to count.
    nuls = head.count("\x00") if "\x00" in head else 0
    if nuls > max(1, MAX_NUL_SHARE * len(head)):
        raise NotTextError(f"{nuls} NUL characters")
    controls = count_controls(head)
    if controls:
        # ANPA opens each agate (table) row with a backspace: framing, not data.
        controls -= head.count("\n\x08")
    if controls >= _MIN_CONTROLS:
        filled = len(head) - sum(head.count(ch) for ch in " \t\n\r")
        if controls > MAX_CONTROL_SHARE * max(filled, 1):
            raise NotTextError(f"{controls} control characters in {filled} non-blank ones")


def check_text(text: str) -> None:
    """Reject decoded text with nothing in it.

    :raises EmptyInputError: When *text* is empty or white space only.
    """
    if is_blank(text):
        raise EmptyInputError("input is empty or holds only white space")


class Line(NamedTuple):
    """One line of the source, without its line break.

    :param start: Offset of the line's first character.
    :param end: Offset just past its last character, before the line break.
    :param content_start: Offset of the first non-blank character (``end`` when blank).
    :param content_end: Offset just past the last non-blank character.
    """

    start: int
    end: int
    content_start: int
    content_end: int

    @property
    def blank(self) -> bool:
        """Whether the line holds only white space."""
        return self.content_start >= self.content_end

    @property
    def indent(self) -> int:
        """How many blank characters precede the content."""
        return self.content_start - self.start


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Return the lines of ``text[start:end]``, recognising LF, CRLF and CR line breaks.

    Offsets in the result are offsets into *text*.
    """
    stop = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    blank = _BLANK_STRING
    in_text = 0 <= start <= stop <= len(text)
    crs = text.count("\r", start, stop) if in_text else -1
    if crs == 0 or (crs > 0 and text.count("\r\n", start, stop) == crs):
        # Line feeds only (the common case), or every CR before a LF (a
        # CRLF feed): str.split finds them in C, and a piece's final CR is
        # the first half of its line break.
        pieces = text[start:stop].split("\n")
        if len(pieces) > 1 and not pieces[-1]:
            pieces.pop()  # a final line break ends the last line, not one more
        append = lines.append
        for piece in pieces:
            step = len(piece) + 1
            if crs and piece.endswith("\r"):
                piece = piece[:-1]
            line_end = pos + len(piece)
            left = piece.lstrip(blank)
            # _line's work, written out: this loop runs once a line of every text.
            if left:
                content_end = pos + len(piece.rstrip(blank))
                append(_new_line(Line, (pos, line_end, line_end - len(left), content_end)))
            else:
                append(_new_line(Line, (pos, line_end, line_end, line_end)))
            pos += step
        return lines
    for brk in _LINE_BREAK.finditer(text, start, stop):
        line_end = brk.start()
        lines.append(_line(text[pos:line_end], pos, line_end, blank))
        pos = brk.end()
    if pos < stop or not lines:
        lines.append(_line(text[pos:stop], pos, stop, blank))
    return lines


#: Builds a :class:`Line` from a tuple of its four fields, as ``Line(*fields)``
#: does, without the Python-level ``__new__`` a ``NamedTuple`` has (a third of
#: the cost of the line table).
_new_line = tuple.__new__


def _line(line: str, start: int, end: int, blank: str) -> Line:
    left = line.lstrip(blank)
    if not left:
        return Line(start, end, end, end)
    return Line(start, end, end - len(left), start + len(line.rstrip(blank)))
