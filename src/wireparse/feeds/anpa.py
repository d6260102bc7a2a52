"""ANPA-1312: the serial wire format of AP and other US news agencies.

A story is framed by control characters::

    SYN SYN SOH  W4417  US  euroh  LF                 header line 1
    b SP i DC3 DC1 SP BC-EU--Harbor-BridgeB SP ... 03-14 SP 0412  LF
    STX ^BC-EU--Harbor-Bridge Repairs,389<          keyword (subject) line
    ^Engineers reopen the old harbor bridge<         headline
    ^Eds: Updates with comment from the engineer.<   editor's note
    ^By MAREN HOLT and TOBIAS REYES=            byline
    TAB   PORTVALE, Norway (AP) _ Engineers ...      paragraphs
    TAB   ETX AP-WF-03-14-18 1642GMT<                 end signature
    FF EOT

Header line 1 holds the service-level designator, a four-digit story number,
the US field terminator and the selector code; line 2 the priority, category
and format identifier (two of DC1-DC4; DC2 marks tabular, preformatted copy),
then the keyword, version and reference fields, the ``mm-dd`` filing date and
the word count.  Lines starting ``^`` are display lines (headline, notes,
byline), ending ``<`` (quad left) or ``=``.  Agate (tabular) rows start with BS
(the tab line indicator) and use DLE, RS and US inside cells.  In text, two
backquotes open a quotation, two apostrophes close it and `` _ `` is a dash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from wireparse.feeds.base import (
    CONTROL,
    FORMAT_ANPA,
    Builder,
    FeedFormat,
    FeedStory,
    Segment,
    is_blank,
    make_timestamp,
    segment_lines,
)
from wireparse.metadata.dates import ANPA_SIGNATURE_TEXT, two_digit_year
from wireparse.model import BlockKind, Span, Trailer
from wireparse.model.core import DefectCode
from wireparse.model.envelopes import AnpaEnvelope
from wireparse.reading.patterns import KEEP_GIL, lazy_compile
from wireparse.reading.source import Line, split_lines
from wireparse.structure.rules import LAYOUT_RULES, Candidate, item_slugs, make_candidate

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    import regex

__all__ = [
    "FORMAT",
    "blocks",
    "detect",
    "normalise_anpa",
    "read",
]

SYN = "\x16"
SOH = "\x01"
STX = "\x02"
ETX = "\x03"
EOT = "\x04"
#: Backspace, ANPA's "tab line indicator": it starts each agate (table) row.
TLI = "\x08"


#: Header line 1: SYN SYN SOH, the service-level designator, the four-digit
#: story number, an optional vendor field (UPI), US (the field terminator) and
#: the selector code (``SYN SYN SOH W4417 US euroh``).
HEADER_LINE_1 = lazy_compile(
    r"(?P<syn>\x16{0,8})\x01(?P<sld>[A-Za-z0-9])(?P<number>[0-9]{4})"
    r"(?P<extra>[^\x1f\r\n\x02\x03]{0,24})\x1f(?P<selector>[^\r\n\x02\x03]{0,16})"
)
#: Header line 2: priority SP category, the format identifier (one or two of
#: DC1-DC4), then the fields (``b i DC3 DC1 BC-EU--Harbor-Bridge 03-14 0412``).
HEADER_LINE_2 = lazy_compile(
    r"(?P<priority>[A-Za-z]) (?P<category>[A-Za-z])(?P<format>[\x11-\x14]{1,2})[ ]?"
    r"(?P<fields>[^\r\n\x02\x03]{0,200})"
)
#: The fields of line 2: keyword, version and reference, the ``mm-dd`` date and
#: the word count (``BC-EU--Harbor-Bridge,1st Ld-Writethru 03-14 0412``).
HEADER_FIELDS = lazy_compile(
    r"(?P<keyword>\S{1,40})(?P<middle>[^\r\n]{0,160}?)[ \t]*"
    r"(?:(?<![^ \t])(?P<date>[0-9]{1,2}-[0-9]{1,2})(?:[ \t]+(?P<words>[0-9]{1,5}))?)?[ \t]*\Z"
)
#: The end signature after ETX: agency-circuit-mm-dd-yy hhmmZONE (the grammar
#: of :data:`wireparse.metadata.dates.ANPA_SIGNATURE_TEXT`), as in
#: ``ETX AP-WF-03-14-18 1642GMT``.
SIGNATURE = lazy_compile(r"\x03[ \t]*(?P<sig>" + ANPA_SIGNATURE_TEXT + ")")

#: Display-line (``^``) classification.  The keyword (subject) line that opens
#: the text, after an optional selector run: ``^BC-EU--Harbor-Bridge Repairs,389<``.
KEYWORD_LINE = lazy_compile(r"(?:[*$]\S{0,12}<[ \t]*\^)?(?P<keyword>(?:[A-Za-z0-9]{1,5}-){1,3}\S)")
#: A byline display line: ``^By MAREN HOLT=``.
BYLINE = lazy_compile(r"(?i)by[ \t]+\S")
#: The title line under a byline: the agency (``^Associated Press Writer=``) or
#: a staff title (``^AP Science Writer=``, ``^Chief Harbor Correspondent=``).
BYLINE_TITLE = lazy_compile(
    r"(?i)(?:for[ \t]+)?(?:the[ \t]+)?(?:associated[ \t]+press\b|ap\b)[^\r\n]{0,40}"
    r"|[^\r\n]{0,40}\b(?:writer|editor|correspondent|columnist|critic|reporter)s?"
)
#: An editor's note display line: ``^Eds: Updates with comment from the engineer.<``
#: or ``^(Editor's note: ...)<``.
EDS_NOTE = lazy_compile(
    r"(?i)\(?[ \t]*(?:eds?\b|editors?\b|editor'?s[ \t]+note|note[ \t]+to[ \t]+editors)"
)
#: A note of the pictures or media sent with the story:
#: ``^With AP Photos<``, ``^AP Video<``.
PHOTO_NOTE = lazy_compile(
    r"(?i)(?:with[ \t]+)?(?:ap|afp|reuters)[ \t]+"
    r"(?:photos?|video|graphics?|audio|interactive|illustrations?)\b"
)
#: An advance or embargo note: ``^$adv14<``, ``^For release Sunday, March 16<``,
#: ``^Hold for 6 p.m.<``, ``^Not for publication<``.
ADVANCE = lazy_compile(
    r"(?i)\$?adv\d|for[ \t]+release\b|for[ \t]+use[ \t]|hold[ \t]+for\b|embargo"
    r"|not[ \t]+for[ \t]+publication"
)
#: A short code on a display line of its own (a digit or ``$ * # @`` in it, or
#: one lower-case token): ``^AM-Harbor$<``, ``^wx12<``.
CODE = lazy_compile(r"(?=\S{0,16}[\d$*#@])\S{1,16}|[a-z0-9]{1,16}")
#: An end mark on a display line: ``^End<``, ``^-30-<``, ``^###<``, ``^-0-<``.
END_MARK = lazy_compile(r"(?i)end|ends|-{0,3}30-{0,3}|#{3}|-0-")
#: A rule drawn with punctuation: ``^-----<``, ``^* * *<``.
RULE_LINE = lazy_compile(r"[_\-=*~. ]{1,120}")
#: Body lines.  A contact paragraph: ``Contacts: Harbor Board, 555-0100``.
CONTACT = lazy_compile(r"(?i)contacts?[ \t]*:")
#: A Bay City News sign-off: initial, surname, filing time and date run
#: together (``J.Holt1642p3/14/18``).  Two staffers who wrote the story
#: together are joined by a slash (``J.Holt/K.Mora412p3/14/18``), and a
#: story filed on the hour gives the hour alone (``J.Holt4p3/14/18``).
BAYCITY_SIGNOFF = lazy_compile(
    r"[A-Z]\.[ ]?[A-Za-z'\-]{2,30}(?:/[A-Z]\.[ ]?[A-Za-z'\-]{2,30})?"
    r"\d{1,4}[ap]\d{1,2}/\d{1,2}/\d{2,4}"
)
#: An untagged first line holding a slug code, an optional upper-case desk
#: label, a colon and the headline: ``HBR12:Harbor bridge reopens`` or
#: ``HBR12:LOCAL NEWS: Harbor bridge reopens``.
SLUG_HEADLINE = lazy_compile(
    r"(?P<slug>[A-Za-z]{2,6}\d{1,6}):(?:[A-Z]{2,12}(?:[ ][A-Z]{2,12}){0,2}:)?[ \t]*(?P<head>\S)"
)
#: A table row: two semicolon-separated cells or more (``Oslo;12;4;``), or the
#: RS and US cell separators of agate copy.
TABLE_ROW = lazy_compile(r"[^;\r\n]{0,200};[^;\r\n]{0,200};|[\x1e\x1f]")

_SPECIAL_STARTS = frozenset("^\t" + TLI + ETX)
_MARKS_CARET = "^<="
_MARKS_LINE = "<="


# --------------------------------------------------------------------------
# Detection


def detect(text: str) -> tuple[int, tuple[str, ...]]:
    """Score how much *text* looks like ANPA-1312 and say what was seen.

    :param text: The text.
    :returns: A score (0 when nothing was seen) and the evidence.
    """
    score = 0
    evidence: list[str] = []
    # Header line 1 holds SOH, the signature ETX: a text without them is not searched
    # (nor, without SOH, for SYN SYN SOH).
    has_soh = SOH in text
    m = HEADER_LINE_1.search(text) if has_soh else None
    if m is not None:
        score += 6
        if m.group("syn"):
            evidence.append(f"SYN SYN SOH at {m.start()}")
        evidence.append(
            f"ANPA header '{m.group('sld')}{m.group('number')} US {m.group('selector').strip()}'"
        )
        brk = _next_line(text, m.end())
        m2 = HEADER_LINE_2.match(text, brk)
        if m2 is not None:
            score += 3
            evidence.append(
                f"ANPA header line '{m2.group('priority')} {m2.group('category')} "
                f"{_control_names(m2.group('format'))} {m2.group('fields').strip()[:40]}'"
            )
    elif has_soh and (syn := text.find(SYN + SYN + SOH)) >= 0:
        score += 3
        evidence.append(f"SYN SYN SOH at {syn}")
    sig = SIGNATURE.search(text) if ETX in text else None
    if sig is not None:
        score += 4
        evidence.append(f"ETX trailer '{sig.group('sig')}'")
    return score, tuple(evidence)


def _next_line(text: str, pos: int) -> int:
    """Return the offset after the line break at or after *pos*."""
    for brk in ("\r\n", "\n", "\r"):
        if text.startswith(brk, pos):
            return pos + len(brk)
    return pos


def _control_names(chars: str) -> str:
    names = {"\x11": "DC1", "\x12": "DC2", "\x13": "DC3", "\x14": "DC4"}
    return " ".join(names.get(c, repr(c)) for c in chars)


# --------------------------------------------------------------------------
# Normalisation


#: ANPA's typewriter marks in text: a run of backquotes opening a quotation, a
#: run of apostrophes closing it, and an underscore between spaces standing for a
#: dash
#: (``''Done,'' she said _ at last``).
_NORMALISE = lazy_compile(r"`{1,40}|'{2,40}| _ ")


def _normalise_match(m: regex.Match[str]) -> str:
    run = m.group()
    if run == " _ ":
        return " \u2014 "
    n = len(run)
    if run[0] == "`":
        return " \u201c" * (n // 2) + ("\u2018" if n % 2 else "")
    return ("'" if n % 2 else "") + "\u201d " * (n // 2)


def normalise_anpa(text: str) -> str:
    """Return *text* with ANPA's typewriter marks made typographic, same length.

    Offsets are kept: every replacement has the length of what it replaces, so
    a match in the result is a match at the same offsets in *text*.

    - two backquotes become a space and an opening double quote (`` “``), one
      backquote an opening single quote (``‘``);
    - two apostrophes become a closing double quote and a space (``” ``); in a
      run of three, the first stays an apostrophe (a closing single quote);
    - a spaced underscore (`` _ ``) becomes a spaced em dash (`` — ``).

    :param text: Text of an ANPA story.
    :returns: The normalised copy, ``len(result) == len(text)``.
    """
    return _NORMALISE.sub(_normalise_match, text)


# --------------------------------------------------------------------------
# Reading


@attrs.define(slots=True)
class _State:
    """Mutable state of one pass over an ANPA story body."""

    first: bool = True  # nothing seen after STX yet
    headline: bool = False
    byline: bool = False
    expect_title: bool = False
    byline_agency: bool = False
    paragraph: bool = False  # a TAB paragraph, agate or text has been seen
    prose: bool = False  # a TAB paragraph or untagged text has been seen
    slug: str | None = None
    pending: list[int] = attrs.Factory(list)


def read(text: str, reference_date: dt.date | None = None) -> FeedStory:
    """Read one ANPA-1312 story.

    Never raises on damaged input: what is missing or broken is reported in
    :attr:`FeedStory.defects`.

    :param text: The story text (one story: see :func:`wireparse.feeds.split_stories`).
    :param reference_date: Unused: ANPA signatures carry their year.
    :returns: The story's envelope, trailer and segments.
    """
    builder = Builder(text, "anpa")
    envelope, body_start = _read_header(text, builder)
    etx = text.rfind(ETX, body_start)
    body_end = etx if etx >= 0 else len(text)
    tabular = envelope.tabular if envelope is not None else False
    _read_body(text, body_start, body_end, tabular, builder, envelope)
    trailer = None
    if etx >= 0:
        trailer = _read_trailer(text, etx, builder)
    builder.check_damage(found_etx=etx >= 0)
    segments, defects = builder.finish()
    if envelope is not None and envelope.subject is None:
        subject = next((s for s in segments if s.rule == "anpa.keyword"), None)
        if subject is not None:
            envelope = attrs.evolve(envelope, subject=subject.content)
    return FeedStory(
        format=FORMAT_ANPA,
        envelope=envelope,
        trailer=trailer,
        segments=segments,
        defects=defects,
    )


def _read_header(text: str, builder: Builder) -> tuple[AnpaEnvelope | None, int]:
    """Read the header; return the envelope and where the body starts."""
    limit = min(len(text), 8192)
    m = HEADER_LINE_1.search(text, 0, limit)
    if m is None:
        soh = text.find(SOH, 0, limit)
        if soh < 0:
            builder.defect(
                DefectCode.FEED_MISSING_HEADER,
                "no ANPA header (SYN SYN SOH ...) at the start: the story may be the "
                "tail of a truncated transmission",
            )
            return None, 0
        start = soh
        while start > 0 and text[start - 1] == SYN:
            start -= 1
        stx = text.find(STX, soh, soh + 400)
        end = stx if stx >= 0 else _line_end(text, soh)
        _leading(text, start, builder)
        builder.defect(DefectCode.FEED_BROKEN_HEADER, "the ANPA header does not parse", start, end)
        builder.add(start, end + (1 if stx >= 0 else 0), BlockKind.FRAMING, "header")
        env = AnpaEnvelope(raw=text[start:end], span=Span(start, end))
        return env, end + (1 if stx >= 0 else 0)
    start = m.start()
    _leading(text, start, builder)
    fields: dict[str, str | int | None] = {
        "service_level": m.group("sld"),
        "story_number": m.group("number"),
        "selector": m.group("selector").strip() or None,
    }
    line2 = _next_line(text, _line_end(text, m.end()))
    m2 = HEADER_LINE_2.match(text, line2)
    end = _line_end(text, line2)
    if m2 is None:
        builder.defect(
            DefectCode.FEED_BROKEN_HEADER, "the second ANPA header line does not parse", line2, end
        )
    else:
        fields.update(_line_2_fields(m2))
    pos = _next_line(text, end)
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    if text.startswith(STX, pos):
        header_end, body_start = pos, pos + 1
    else:
        header_end = body_start = end
        builder.defect(DefectCode.FEED_MISSING_STX, "no STX after the ANPA header", end, end)
    builder.add(start, body_start, BlockKind.FRAMING, "header")
    env = AnpaEnvelope(raw=text[start:header_end], span=Span(start, header_end), **fields)  # type: ignore[arg-type]
    return env, body_start


def _line_2_fields(m2: regex.Match[str]) -> dict[str, str | int | None]:
    out: dict[str, str | int | None] = {
        "priority": m2.group("priority"),
        "category": m2.group("category"),
        "format_code": m2.group("format"),
    }
    f = HEADER_FIELDS.match(m2.group("fields").rstrip())
    if f is not None:
        out["keyword"] = f.group("keyword")
        middle = f.group("middle").split()
        out["version"] = middle[0] if middle else None
        out["reference"] = " ".join(middle[1:]) or None
        out["date_text"] = f.group("date")
        words = f.group("words")
        out["word_count"] = int(words) if words else None
    return out


def _line_end(text: str, pos: int) -> int:
    """Return the offset of the line break at or after *pos* (or the text's end)."""
    m = _BREAK_SEARCH.search(text, pos)
    return m.start() if m is not None else len(text)


#: A line break, the end of the line (``Harbor bridge reopens`` then CR LF).
_BREAK_SEARCH = lazy_compile(r"[\r\n]")


def _leading(text: str, start: int, builder: Builder) -> None:
    """Cover text before the header, reporting it."""
    if start > 0 and not is_blank(text, 0, start):
        builder.defect(
            DefectCode.FEED_LEADING_TEXT,
            "text before the ANPA header: the tail of an earlier, truncated story?",
            0,
            start,
        )
        _read_body(text, 0, start, False, builder, None, rule="leading-text")


def _read_trailer(text: str, etx: int, builder: Builder) -> Trailer | None:
    """Read ETX, the signature and the closing FF/EOT."""
    trailer: Trailer | None = None
    m = SIGNATURE.match(text, etx)
    line_end = _line_end(text, etx)
    if m is not None:
        zone = m.group("zone")
        stamp = make_timestamp(
            two_digit_year(int(m.group("year"))),
            int(m.group("month")),
            int(m.group("day")),
            int(m.group("hour")),
            int(m.group("minute")),
            zone,
        )
        trailer = Trailer(
            text=m.group("sig"),
            span=Span(m.start("sig"), m.end("sig")),
            timestamp=stamp,
            zone=zone,
            agency=m.group("agency"),
            circuit=m.group("circuit"),
        )
        if stamp is None:
            builder.defect(
                DefectCode.FEED_BAD_TRAILER,
                "the ETX signature names an impossible date",
                *m.span("sig"),
            )
    elif (
        not is_blank(text, etx + 1, line_end)
        and CONTROL.fullmatch(text[etx + 1 : line_end].strip()) is None
    ):
        builder.defect(
            DefectCode.FEED_BAD_TRAILER, "the text after ETX is not a signature", etx + 1, line_end
        )
    eot = text.find(EOT, etx)
    end = eot + 1 if eot >= 0 else line_end
    builder.add(
        etx, end, BlockKind.FRAMING, "trailer", (m.start("sig"), m.end("sig")) if m else None
    )
    rest = end
    if not is_blank(text, rest, len(text)):
        tail = text[rest:].strip()
        if CONTROL.sub("", tail).strip() == "":
            builder.add(rest, len(text), BlockKind.FRAMING, "end")
        else:
            builder.defect(
                DefectCode.FEED_TRAILING_TEXT, "text after the end of the story", rest, len(text)
            )
            builder.generic(rest, len(text), "trailing-text", _MARKS_LINE)
    return trailer


def _starts_special(text: str, line: Line) -> bool:
    """Whether a line starts a new piece (display line, paragraph, agate row, control)."""
    if line.start >= line.end:
        return True
    c = text[line.start]
    return c in _SPECIAL_STARTS or CONTROL.match(c) is not None


def _read_body(
    text: str,
    start: int,
    end: int,
    tabular: bool,
    builder: Builder,
    envelope: AnpaEnvelope | None,
    rule: str = "text",
) -> None:
    lines = split_lines(text, start, end)
    state = _State()
    double = _double_spaced(text, lines)
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if is_blank(text, line.start, line.end):
            i += 1
            continue
        c = text[line.start]
        if c == "^":
            j = _caret_block(text, lines, i)
            _caret(text, line.start, lines[j].end, state, builder)
            state.first = False
            i = j + 1
            continue
        _end_preamble(text, state, builder)
        if c == TLI or (c == "\t" and tabular and _is_table_row(text, line)):
            j = i
            while j + 1 < n and _is_agate(text, lines[j + 1], tabular):
                j += 1
            builder.add(line.start, lines[j].end, BlockKind.PARAGRAPH, "agate")
            state.paragraph = True
        elif c == "\t":
            j = _continuation(text, lines, i, double=double)
            _paragraph(text, line.start, lines[j].end, state, builder)
            state.paragraph = state.prose = True
        else:
            pos = line.start
            run = CONTROL.match(text, pos)
            while run is not None and pos < line.end:
                pos = run.end()
                run = CONTROL.match(text, pos)
            if pos > line.start:
                builder.add(line.start, pos, BlockKind.FRAMING, "control")
            j = _continuation(text, lines, i)
            if not is_blank(text, pos, lines[j].end):
                _text_lines(text, pos, lines[j].end, state, builder, rule)
        state.first = False
        i = j + 1
    _end_preamble(text, state, builder)


def _is_table_row(text: str, line: Line) -> bool:
    return TABLE_ROW.search(text, line.start, line.end) is not None


def _is_agate(text: str, line: Line, tabular: bool) -> bool:
    if line.start >= line.end:
        return False
    c = text[line.start]
    return c == TLI or (c == "\t" and tabular and _is_table_row(text, line))


def _caret_block(text: str, lines: list[Line], i: int) -> int:
    """Return the index of the last line of the display line starting at *i*."""
    j = i
    while True:
        stripped = text[lines[j].start : lines[j].end].rstrip()
        if stripped.endswith(("<", "=")) or j + 1 >= len(lines) or j - i >= 8:
            return j
        nxt = lines[j + 1]
        if is_blank(text, nxt.start, nxt.end) or _starts_special(text, nxt):
            return j
        j += 1


def _continuation(text: str, lines: list[Line], i: int, *, double: bool = False) -> int:
    """Return the index of the last hard-wrapped continuation of line *i*.

    In double-spaced copy (*double*, :func:`_double_spaced`) a TAB
    paragraph's wrapped lines stand a blank line apart: a blank line followed
    by an untagged line (neither TAB, ``^``, agate nor control) does not end it.
    """
    j = i
    n = len(lines)
    while j + 1 < n:
        nxt = lines[j + 1]
        if is_blank(text, nxt.start, nxt.end):
            if double and j + 2 < n and _runs_on(text, lines[j + 2]):
                j += 2
                continue
            break
        if _starts_special(text, nxt):
            break
        j += 1
    return j


def _runs_on(text: str, line: Line) -> bool:
    """Whether *line* is untagged text: not blank, and not the start of a new piece."""
    return not _starts_special(text, line) and not is_blank(text, line.start, line.end)


#: Where a wrapped line ends a sentence (its last character, closing quotes
#: and brackets aside): such a line may end a paragraph (``... on Monday.``,
#: ``... the harbour master said:``, ``... "Not yet."``).
_SENTENCE_END_LINE = lazy_compile(r"[.!?:][\"'`)\]]*[ \t]*\Z")
#: The fewest TAB lines broken off mid-sentence before a blank line that make
#: a story double-spaced.
_DOUBLE_SPACED_MIN: Final = 2


def _double_spaced(text: str, lines: list[Line]) -> bool:
    """Whether the story's TAB paragraphs are hard-wrapped with a blank line after each line.

    A capture that doubled every line end (CR LF read as two breaks) sets a
    blank line between the wrapped lines of a paragraph: ``TAB Harbour
    police closed the north quay on`` / (blank) / ``Monday after a crane
    tipped over.`` / (blank) / ``TAB The next paragraph ...``.  The copy
    is double-spaced when at least :data:`_DOUBLE_SPACED_MIN` TAB lines
    stop mid-sentence (no stop, question or exclamation mark, or colon at
    their end) right before a blank line and an untagged line: a paragraph
    of single-spaced copy runs on over no blank line.
    """
    found = 0
    n = len(lines)
    for k in range(n - 2):
        line = lines[k]
        if line.start >= line.end or text[line.start] != "\t":
            continue
        if is_blank(text, line.start, line.end):
            continue
        if not is_blank(text, lines[k + 1].start, lines[k + 1].end):
            continue
        if not _runs_on(text, lines[k + 2]):
            continue
        if _SENTENCE_END_LINE.search(text, line.start, line.end) is None:
            found += 1
            if found >= _DOUBLE_SPACED_MIN:
                return True
    return False


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of a display line without ``^`` and the ``<`` / ``=`` marks."""
    s, e = start, end
    while s < e and (text[s] == "^" or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in "<=" or text[e - 1].isspace()):
        e -= 1
    return s, e


def _caret(text: str, start: int, end: int, state: _State, builder: Builder) -> None:
    """Classify one display (``^``) line."""
    cs, ce = _content(text, start, end)
    content = text[cs:ce]
    span = (cs, ce)
    keyword = KEYWORD_LINE.match(content) if state.first else None
    if keyword is not None:
        builder.add(start, end, BlockKind.FRAMING, "keyword", (cs + keyword.start("keyword"), ce))
        return
    if not content:
        builder.add(start, end, BlockKind.FRAMING, "mark")
        return
    preamble = not state.paragraph and (not state.byline or state.expect_title)
    if preamble:
        if state.expect_title and not state.byline_agency and BYLINE_TITLE.fullmatch(content):
            builder.add(start, end, BlockKind.BYLINE, "byline-title", span)
            state.expect_title = False
            return
        state.expect_title = False
        if BYLINE.match(content):
            builder.add(start, end, BlockKind.BYLINE, "byline", span)
            state.byline = state.expect_title = True
            state.byline_agency = "associated press" in content.lower()
            _end_pending(text, state, builder)
            return
        if state.byline:
            _body_caret(text, start, end, state, builder)
            return
        if EDS_NOTE.match(content):
            builder.add(start, end, BlockKind.NOTE, "eds-note", span)
        elif PHOTO_NOTE.match(content):
            builder.add(start, end, BlockKind.NOTE, "photo-note", span)
        elif ADVANCE.match(content):
            builder.add(start, end, BlockKind.NOTE, "advance", span)
        elif CODE.fullmatch(content):
            builder.add(start, end, BlockKind.FRAMING, "code", span)
        elif not state.headline:
            builder.add(start, end, BlockKind.HEADLINE, "headline", span)
            state.headline = True
        else:
            index = builder.add(start, end, BlockKind.HIGHLIGHT, "summary", span)
            if index is not None:
                state.pending.append(index)
        return
    _body_caret(text, start, end, state, builder)


def _body_caret(text: str, start: int, end: int, state: _State, builder: Builder) -> None:
    """Classify a display line inside the body."""
    cs, ce = _content(text, start, end)
    content = text[cs:ce]
    span = (cs, ce)
    if not state.headline and not state.prose:
        builder.add(start, end, BlockKind.HEADLINE, "headline", span)
        state.headline = True
    elif END_MARK.fullmatch(content):
        builder.add(start, end, BlockKind.SIGNOFF, "end", span)
    elif RULE_LINE.fullmatch(content):
        builder.add(start, end, BlockKind.FRAMING, "rule", span)
    elif len(content) <= 100 and "\n" not in content and "\r" not in content:
        builder.add(start, end, BlockKind.HEADING, "subhead", span)
    else:
        builder.generic(start, end, "display-line", _MARKS_CARET)


def _end_pending(text: str, state: _State, builder: Builder) -> None:
    """Settle the extra display lines of the preamble: one summary, or generic lines."""
    pending = state.pending
    if not pending:
        return
    state.pending = []
    if len(pending) == 1:
        seg = builder.item_text(pending[0])
        if len(seg) >= 50 and len(seg.split()) >= 6:
            return
    builder.regeneric(pending, "display-line", _MARKS_CARET)


def _end_preamble(text: str, state: _State, builder: Builder) -> None:
    if state.pending:
        _end_pending(text, state, builder)


def _paragraph(text: str, start: int, end: int, state: _State, builder: Builder) -> None:
    """Classify a TAB-indented paragraph."""
    cs, ce = _content(text, start, end)
    content = text[cs:ce]
    if state.slug is not None and content.startswith(state.slug):
        builder.add(start, end, BlockKind.FRAMING, "slug-line", (cs, ce))
    elif CONTACT.match(content, None, None, KEEP_GIL):
        builder.add(start, end, BlockKind.CONTACT, "contact", (cs, ce))
    elif BAYCITY_SIGNOFF.fullmatch(content, None, None, KEEP_GIL):
        builder.add(start, end, BlockKind.SIGNOFF, "signoff", (cs, ce))
    else:
        builder.generic(start, end, "paragraph", _MARKS_LINE)


def _text_lines(
    text: str, start: int, end: int, state: _State, builder: Builder, rule: str
) -> None:
    """Classify untagged lines (neither ``^``, TAB nor agate)."""
    if state.slug is not None and text.startswith(state.slug, start):
        builder.add(start, end, BlockKind.FRAMING, "slug-line")
        return
    if state.first and not state.headline:
        m = SLUG_HEADLINE.match(text, start, end)
        if m is not None:
            state.slug = m.group("slug")
            state.headline = True
            builder.add(start, end, BlockKind.HEADLINE, "slug-headline", (m.start("head"), end))
            return
    builder.generic(start, end, rule, _MARKS_LINE)
    state.paragraph = state.prose = True


# --------------------------------------------------------------------------
# Blocks


def blocks(
    text: str,
    segment: Segment,
    story: FeedStory,
    cut: Callable[[int, int], list[Candidate]],
) -> list[Candidate] | None:
    r"""Read the segments ANPA copy lays out its own way into blocks.

    A TAB-indented paragraph (``anpa.paragraph``, hard-wrapped over several
    lines) stays one block; an agate table (``anpa.agate``) is one paragraph
    a row, its columns' spacing kept, not one line of run-together rows.  In
    tabular copy (:attr:`AnpaEnvelope.tabular <wireparse.AnpaEnvelope.tabular>`:
    a DC2 or DC4 format code) every block of generic text is a row, a
    paragraph (rule ``paragraph.agate``)::

        \tPORTVALE, Norway (AP) _ Engineers reopened the old bridge
        on Tuesday after ...                                 one block

    Other segments are read the generic way (``None``).
    """
    tabular = isinstance(story.envelope, AnpaEnvelope) and story.envelope.tabular
    if segment.rule == _PARAGRAPH_RULE:
        lines, first = segment_lines(text, segment)
        if not lines:
            return []
        # The line numbers count the blank lines of double-spaced copy too.
        last = first + text.count("\n", lines[0][0], lines[-1][0])
        c = make_candidate(text, lines, first, last)
        if tabular:
            c.claim(BlockKind.PARAGRAPH, "paragraph.agate")
        return [c]
    if segment.rule == _AGATE_RULE:
        lines, first = segment_lines(text, segment)
        if len(lines) <= 1:
            return None
        rows = []
        for n, line in enumerate(lines):
            row = make_candidate(text, [line], first + n, first + n)
            if all(ch < " " or ch == "\x7f" for ch in text[line[0] : line[1]]):
                row.claim(BlockKind.FRAMING, "anpa.control")
            else:
                row.claim(BlockKind.PARAGRAPH, segment.rule)
            rows.append(row)
        return rows
    if segment.kind is None and tabular:
        pieces = cut(segment.span.start, segment.span.end)
        for c in pieces:
            if not c.claimed:
                c.claim(BlockKind.PARAGRAPH, "paragraph.agate")
        return pieces
    return None


_PARAGRAPH_RULE = "anpa.paragraph"
_AGATE_RULE = "anpa.agate"


#: ANPA-1312 as a feed format.
FORMAT = FeedFormat(
    name=FORMAT_ANPA,
    description="ANPA-1312 (AP, Bay City News): SYN SYN SOH header, STX text, ETX signature",
    detect=detect,
    read=read,
    story_start=r"\x16{1,8}\x01|(?<!\x16)\x01(?=[A-Za-z]{1,4}[0-9]{1,6}[ \x1f])",
    story_hints=("\x01",),
    envelope=AnpaEnvelope,
    blocks=blocks,
    # The preset: the plain-text rules, and a roundup's item slugs.
    layout_rules=(*LAYOUT_RULES, item_slugs),
)
