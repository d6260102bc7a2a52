"""AAP's ``ZCZC`` ... ``NNNN`` framing, with its one-character header fields.

A story starts with a ``ZCZC`` line (telex's start-of-message signal, often
followed by an originator such as ``AAP`` or ``FMG042``) and ends with a
``NNNN`` line, which may be missing.  Between them come header lines, each a
marker character and a value, then the text::

    ZCZC AAP
    %A                     category (BOB) or selectors (Medianet)
    #Ferry_Storm_BC1       keyword
    $Ferries resume ...    headline (BOB) or category (AAP, Medianet)
    :(PORTVALE)            take key (BOB, Medianet), keyword (AAP) or headline (Pagemasters)
    *04000000              IPTC subject (BOB) or format X / T (AAP)
    @TAS                   place
    Ferry crossings resumed on Tuesday after ...
    AAP HLT                sign-off
    NNNN

What a marker means depends on the system that sent the story (superdesk-aap
names the dialects): ``aap`` (``^`` headline, ``:`` keyword, ``=`` take key,
``$`` category, ``*`` format, ``&`` service level, ``+`` IPTC subject),
``bob`` (AAP's broadcast system: ``%`` category, ``#`` keyword, ``$``
headline, ``:`` take key, ``*`` subject), ``medianet`` (``%`` selectors, ``$``
category, ``:`` take key), ``pagemasters`` (``#`` keyword, ``:`` headline,
``@`` take key), ``racing`` (a routing line such as ``YY HBR PTV`` and ``:``
lines) and ``newsbites`` (``zczc`` then ``AN#``, ``TI#``... tagged lines up to
``TX#``).  The dialect is guessed from the markers present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from wireparse.feeds.base import (
    FORMAT_ZCZC,
    Builder,
    FeedFormat,
    FeedStory,
    is_blank,
    line_after,
)
from wireparse.model import BlockKind, Span
from wireparse.model.core import DefectCode
from wireparse.model.envelopes import ZczcEnvelope, ZczcField
from wireparse.reading.patterns import lazy_compile
from wireparse.reading.source import Line, split_lines

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["DIALECTS", "FORMAT", "ZczcEnvelope", "ZczcField", "detect", "read"]

#: The start line: ZCZC at the start of a line (after blanks), then an
#: originator (``ZCZC AAP``, ``zczc FMG042``).
START = lazy_compile(
    r"(?<![^\r\n\x04])[ \t]{0,8}(?P<mark>ZCZC|zczc)(?![A-Za-z0-9])[ \t]*(?P<rest>[^\r\n]{0,60})"
)
#: The end line: ``NNNN``, on its own.
END = lazy_compile(r"[ \t]{0,8}NNNN[ \t]*")
#: A racing routing line: a doubled priority letter, then codes (``YY HBR PTV``).
ROUTING = lazy_compile(r"(?P<priority>([A-Z])\2)(?:[ ]{1,3}[A-Za-z0-9()]{1,24}){1,12}[ ]*")
#: A newsbites tagged line: two capitals, ``#`` and the value (``TI#Ferries resume``).
TAG_FIELD = lazy_compile(r"(?P<tag>[A-Z]{2})#(?P<value>[^\r\n]{0,4000})")
#: A header line: a marker character and its value (``#Ferry_Storm_BC1``,
#: ``@TAS``, ``:(PORTVALE)``).
MARKER_FIELD = lazy_compile(r"(?P<marker>[%#$:&*@~=^+])(?P<value>[^\r\n]{0,400})")
#: A short code, the value of a format field (``X``, ``T``, ``04000000``).
SHORT_CODE = lazy_compile(r"[A-Za-z0-9]{0,10}[ \t]*")
#: The sign-off line after the text: ``AAP HLT``, ``AAP-RTR``, ``Pagemasters``.
SIGNOFF = lazy_compile(
    r"[ \t]{0,8}(?:AAP(?:[ ][A-Z]{2,12}){0,3}|AAP-[A-Z]{2,12}|Pagemasters)[ \t]*"
)
#: A source line closing a release: ``Source: Portvale Harbour Board``.
SOURCE = lazy_compile(r"(?i)[ \t]{0,8}source:[ \t]*\S[^\r\n]{0,200}")
#: A date standing where a headline should be (``14/03/2018``).
DATE_ONLY = lazy_compile(r"[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*")
#: A racing or sport headline after its desk label: ``SPORT - Harbour Cup``,
#: ``RACING : Portvale results``, ``POTTED: Ferry Stakes``.
RACING_HEADLINE = lazy_compile(r"(?:SPORT[ ]-[ ]|POTTED[ ]:|RACING[ ]:[ ])[ ]*(?P<head>\S)")

#: What each header marker means in each dialect.
DIALECTS: dict[str, dict[str, str]] = {
    "aap": {
        "%": "selectors",
        "#": "keyword",
        "$": "category",
        ":": "keyword",
        "=": "take_key",
        "^": "headline",
        "*": "format",
        "&": "service_level",
        "+": "subject",
        "@": "place",
        "~": "genre",
    },
    "bob": {
        "%": "category",
        "#": "keyword",
        "$": "headline",
        ":": "take_key",
        "=": "take_key",
        "^": "headline",
        "*": "subject",
        "&": "service_level",
        "+": "subject",
        "@": "place",
        "~": "genre",
    },
    "medianet": {
        "%": "selectors",
        "#": "keyword",
        "$": "category",
        ":": "take_key",
        "=": "take_key",
        "^": "headline",
        "*": "format",
        "&": "service_level",
        "+": "subject",
        "@": "place",
        "~": "genre",
    },
    "pagemasters": {
        "%": "selectors",
        "#": "keyword",
        "$": "category",
        ":": "headline",
        "=": "take_key",
        "^": "headline",
        "*": "format",
        "&": "service_level",
        "+": "subject",
        "@": "take_key",
        "~": "genre",
    },
    "racing": {
        "%": "selectors",
        "#": "keyword",
        "$": "category",
        ":": "keyword",
        "=": "take_key",
        "^": "headline",
        "*": "format",
        "&": "service_level",
        "+": "subject",
        "@": "place",
        "~": "genre",
    },
}

#: What each News Bites tag means.
NEWSBITES_TAGS: dict[str, str] = {
    "AN": "id",
    "KN": "source",
    "PD": "published",
    "CO": "company",
    "SO": "exchange",
    "SF": "field",
    "BY": "byline",
    "KY": "keyword",
    "TI": "headline",
    "AB": "abstract",
    "TX": "text",
}


# --------------------------------------------------------------------------
# Detection


def detect(text: str) -> tuple[int, tuple[str, ...]]:
    """Score how much *text* looks like ZCZC copy and say what was seen.

    :param text: The text.
    :returns: A score (0 when nothing was seen) and the evidence.
    """
    window = min(len(text), 4096)
    # No start line: str.find says so faster than START, and faster still
    # for its first letter alone (one ``memchr``; few texts hold a ``Z``).
    if (text.find("Z", 0, window) < 0 or text.find("ZCZC", 0, window) < 0) and (
        text.find("z", 0, window) < 0 or text.find("zczc", 0, window) < 0
    ):
        return 0, ()
    m = START.search(text, 0, window)
    if m is None:
        return 0, ()
    score = 6
    evidence = [f"ZCZC start line at {m.start('mark')}"]
    lines = split_lines(text, m.end(), min(len(text), m.end() + 400))
    fields = 0
    for line in lines[1:6]:
        if MARKER_FIELD.match(text, line.start, line.end) or TAG_FIELD.match(
            text, line.start, line.end
        ):
            fields += 1
    if fields:
        score += 1
        evidence.append(f"{fields} header field lines")
    tail = len(text) - 64
    for line in split_lines(text, max(0, tail), len(text)):
        if END.fullmatch(text, line.start, line.end):
            score += 2
            evidence.append(f"NNNN end line at {line.start}")
            break
    return score, tuple(evidence)


# --------------------------------------------------------------------------
# Reading


@attrs.define(slots=True)
class _Header:
    fields: list[tuple[str, str, int, int, int, int]] = attrs.Factory(list)
    routing: tuple[int, int] | None = None
    tags: bool = False


def read(text: str, reference_date: dt.date | None = None) -> FeedStory:
    """Read one ZCZC story.

    Never raises on damaged input: what is missing or broken is reported in
    :attr:`FeedStory.defects`.

    :param text: The story text.
    :param reference_date: Unused.
    :returns: The story's envelope and segments (ZCZC copy has no trailer).
    """
    builder = Builder(text, "zczc")
    m = START.search(text, 0, min(len(text), 8192))
    if m is None:
        builder.defect(DefectCode.FEED_MISSING_HEADER, "no ZCZC start line")
        builder.generic(0, len(text), "body")
        segments, defects = builder.finish()
        return FeedStory(format=FORMAT_ZCZC, segments=segments, defects=defects)
    start = m.start("mark")
    if not is_blank(text, 0, start):
        builder.defect(DefectCode.FEED_LEADING_TEXT, "text before the ZCZC line", 0, start)
        builder.generic(0, start, "leading-text")
    start_line_end = m.end()
    builder.add(start, start_line_end, BlockKind.FRAMING, "start", (m.start("rest"), m.end("rest")))
    lines = split_lines(text, start_line_end)
    if lines and lines[0].start == start_line_end and lines[0].start == lines[0].end:
        lines = lines[1:]
    header, body_index = _scan_header(text, lines, m.group("mark") == "zczc")
    end_index = _end_line(text, lines, body_index)
    body_lines = lines[body_index:end_index]
    dialect = _dialect(header, m.group("rest").strip())
    fields = _name_fields(text, header, dialect)
    header_end = max([start_line_end] + [f.span.end for f in fields])
    if header.routing is not None:
        header_end = max(header_end, header.routing[1])
        builder.add(*header.routing, BlockKind.FRAMING, "routing")
    headline_done = _emit_fields(text, fields, dialect, builder)
    _emit_body(text, body_lines, dialect, headline_done, builder)
    end_span = None
    if end_index < len(lines):
        line = lines[end_index]
        end_span = Span(*builder.trim(line.start, line.end))
        builder.add(line.start, line.end, BlockKind.FRAMING, "end")
        after = line_after(text, lines[end_index])
        if not is_blank(text, after, len(text)):
            builder.defect(
                DefectCode.FEED_TRAILING_TEXT, "text after the NNNN line", after, len(text)
            )
            builder.generic(after, len(text), "trailing-text")
    envelope = ZczcEnvelope(
        raw=text[start:header_end],
        span=Span(start, header_end),
        dialect=dialect,
        originator=m.group("rest").strip() or None,
        routing=text[header.routing[0] : header.routing[1]].strip() if header.routing else None,
        fields=tuple(fields),
        end_span=end_span,
    )
    segments, defects = builder.finish()
    return FeedStory(format=FORMAT_ZCZC, envelope=envelope, segments=segments, defects=defects)


def _scan_header(text: str, lines: list[Line], lower: bool) -> tuple[_Header, int]:
    """Collect the header lines after ZCZC; return them and the first body line."""
    header = _Header()
    i = 0
    n = len(lines)
    seen = False
    while i < n:
        line = lines[i]
        if is_blank(text, line.start, line.end):
            i += 1
            continue
        if not seen and ROUTING.fullmatch(text, line.start, line.end):
            header.routing = (line.start, line.end)
            seen = True
            i += 1
            continue
        seen = True
        tag = TAG_FIELD.match(text, line.start, line.end)
        if tag is not None and (lower or header.tags):
            header.tags = True
            header.fields.append(
                (tag.group("tag") + "#", tag.group("tag"), line.start, line.end, *tag.span("value"))
            )
            i += 1
            if tag.group("tag") == "TX":
                break
            continue
        field = MARKER_FIELD.match(text, line.start, line.end)
        if field is None or header.tags:
            break
        marker = field.group("marker")
        value = field.group("value")
        if marker == "*" and not SHORT_CODE.fullmatch(value):
            break
        if marker == "+" and not value.strip().isdigit():
            break
        header.fields.append((marker, marker, line.start, line.end, *field.span("value")))
        i += 1
    return header, i


def _end_line(text: str, lines: list[Line], body_index: int) -> int:
    """Return the index of the last ``NNNN`` line (``len(lines)`` when none)."""
    for i in range(len(lines) - 1, body_index - 1, -1):
        if END.fullmatch(text, lines[i].start, lines[i].end):
            return i
    return len(lines)


def _dialect(header: _Header, originator: str) -> str:
    if header.tags:
        return "newsbites"
    markers = {f[0] for f in header.fields}
    if header.routing is not None or originator.startswith("FMG"):
        return "racing"
    if "^" in markers:
        return "aap"
    if "%" in markers:
        dollar = next((f for f in header.fields if f[0] == "$"), None)
        if dollar is not None and dollar[5] - dollar[4] > 2:
            return "bob"
        return "medianet"
    if "#" in markers:
        return "pagemasters"
    return "aap"


def _name_fields(text: str, header: _Header, dialect: str) -> list[ZczcField]:
    names = DIALECTS.get(dialect, DIALECTS["aap"])
    out: list[ZczcField] = []
    for marker, key, start, end, vs, ve in header.fields:
        if dialect == "newsbites":
            name = NEWSBITES_TAGS.get(key, "field")
        else:
            name = names.get(key, "field")
        value = text[vs:ve]
        if name == "headline" and DATE_ONLY.fullmatch(value):
            name = "date"
        out.append(ZczcField(marker, name, value, Span(start, end)))
    return out


def _emit_fields(text: str, fields: list[ZczcField], dialect: str, builder: Builder) -> bool:
    """Add the header lines as segments; return whether a headline was marked."""
    headline = False
    racing_head = None
    if dialect == "racing":
        racing_head = _racing_headline(text, fields)
    for f in fields:
        vs = f.span.end - len(f.value)
        content = (vs, f.span.end)
        if racing_head is not None and f is racing_head[0]:
            builder.add(f.span.start, f.span.end, BlockKind.HEADLINE, "headline", racing_head[1])
            headline = True
        elif f.name == "headline" and not headline and f.value.strip():
            builder.add(f.span.start, f.span.end, BlockKind.HEADLINE, "headline", content)
            headline = True
        elif f.name == "byline" and f.value.strip():
            builder.add(f.span.start, f.span.end, BlockKind.BYLINE, "byline", content)
        elif f.name == "abstract" and f.value.strip():
            builder.add(f.span.start, f.span.end, BlockKind.HIGHLIGHT, "abstract", content)
        elif f.name == "text" and f.value.strip():
            builder.add(f.span.start, vs, BlockKind.FRAMING, "field")
            builder.generic(vs, f.span.end, "body")
        else:
            builder.add(f.span.start, f.span.end, BlockKind.FRAMING, "field", content)
    return headline


def _racing_headline(
    text: str, fields: list[ZczcField]
) -> tuple[ZczcField, tuple[int, int]] | None:
    """Pick the headline among racing ``:`` lines (``:SPORT - ...`` before ``:POTTED :...``)."""
    best: tuple[int, ZczcField, tuple[int, int]] | None = None
    for f in fields:
        vs = f.span.end - len(f.value)
        m = RACING_HEADLINE.match(text, vs, f.span.end)
        if m is not None:
            rank = 0 if f.value.startswith("SPORT") else 1
            if best is None or rank < best[0]:
                best = (rank, f, (m.start("head"), f.span.end))
    if best is not None:
        return best[1], best[2]
    first = next((f for f in fields if f.marker == ":" and f.value.strip()), None)
    if first is not None:
        return first, (first.span.end - len(first.value), first.span.end)
    return None


def _emit_body(
    text: str, lines: list[Line], dialect: str, headline: bool, builder: Builder
) -> None:
    """Add the body, splitting off a racing headline line and the sign-off lines."""
    if not lines:
        return
    first = 0
    if dialect == "racing" and not headline:
        while first < len(lines) and is_blank(text, lines[first].start, lines[first].end):
            first += 1
        if first < len(lines):
            line = lines[first]
            m = RACING_HEADLINE.match(text, line.start, line.end)
            content = (m.start("head"), line.end) if m is not None else None
            builder.add(line.start, line.end, BlockKind.HEADLINE, "racing-headline", content)
            first += 1
    # Sign-off and source lines at the end.
    tail: list[tuple[Line, BlockKind, str]] = []
    last = len(lines)
    while last > first and len(tail) < 4:
        line = lines[last - 1]
        if is_blank(text, line.start, line.end):
            last -= 1
            continue
        if SIGNOFF.fullmatch(text, line.start, line.end):
            tail.append((line, BlockKind.SIGNOFF, "signoff"))
        elif SOURCE.fullmatch(text, line.start, line.end):
            tail.append((line, BlockKind.CREDIT, "source"))
        else:
            break
        last -= 1
    if first < last:
        builder.generic(lines[first].start, lines[last - 1].end, "body")
    for line, kind, rule in reversed(tail):
        builder.add(line.start, line.end, kind, rule)


#: AAP's ZCZC framing as a feed format.
FORMAT = FeedFormat(
    name=FORMAT_ZCZC,
    description="AAP ZCZC ... NNNN framing with one-character header fields",
    detect=detect,
    read=read,
    story_start=r"(?<![^\r\n\x04])[ \t]{0,8}(?:ZCZC|zczc)(?![A-Za-z0-9])",
    story_hints=("ZCZC", "zczc"),
    envelope=ZczcEnvelope,
)
