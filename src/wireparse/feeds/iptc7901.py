"""IPTC 7901: the news-agency text format of dpa and other European agencies.

A story is framed by control characters::

    SOH eca417 4 i 186 ccccb   dpa 214               header
                                                     (blank)
    Norway-transport/Bridge/                         keyword line
    STX Portvale harbour bridge reopens after ... =  headline block, ends with " ="
                                                     (blank)
       Portvale (dpa) - The old harbour bridge ...   body
    # Notebook                                       dpa notebook (not for publication)
    dpa kmr tlb                                      desk sign-off
    ETX 141530 GMT Mar 18                            end signature: ddhhmm [zone] Mon yy
    DEL LF DEL EOT

The header holds the service (``eca``, ``bdt``) and its sequence number, the
priority digit, the category (``i``, ``pl``, ``vm``...), the word count, an
optional field, the agency (``dpa``, ``dpa-tns``, ``lni``) and its sequence
number.  The headline block may open with signal lines (``(Eil BEL...)``,
``1ST LEAD``, ``REFILE``, ``(Berichtigung: ...)``) and end with a byline
(``By ...``, ``Von ..., dpa``) and a picture note (``(Foto Produktion)``); its
last line ends with ``=``.  dpa's own converter writes German month names
(``Okt``, ``Dez``) in the signature and may leave out the zone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from wireparse.feeds.base import (
    CONTROL,
    FORMAT_IPTC7901,
    Builder,
    FeedFormat,
    FeedStory,
    is_blank,
    line_after,
    make_timestamp,
)
from wireparse.metadata.dates import IPTC_SIGNATURE_TEXT, signature_month, two_digit_year, year_near
from wireparse.model import BlockKind, Span, Trailer
from wireparse.model.core import DefectCode
from wireparse.model.envelopes import Iptc7901Envelope
from wireparse.reading.patterns import lazy_compile
from wireparse.reading.source import Line, split_lines

if TYPE_CHECKING:
    import datetime as dt

    import regex

__all__ = ["FORMAT", "Iptc7901Envelope", "complete_trailer", "detect", "read"]

SOH = "\x01"
STX = "\x02"
ETX = "\x03"
EOT = "\x04"
BEL = "\x07"

#: The header line: SOH, service and sequence, priority, category, word count
#: and the rest (``SOH eca417 4 i 186 ccccb dpa 214``).
HEADER = lazy_compile(
    r"\x01(?P<service>[A-Za-z]{1,4})(?P<sequence>[0-9]{1,6})[ ]{1,4}(?P<priority>[0-9])[ ]{1,4}"
    r"(?P<category>[A-Za-z]{1,4})[ ]{1,4}(?P<words>[0-9]{1,6})(?P<rest>[^\r\n\x02\x03]{0,80})"
)
#: The rest of the header: an optional field, the agency and its sequence
#: number, an optional reference (``ccccb dpa 214``, ``dpa-tns 0031``).
HEADER_REST = lazy_compile(
    r"[ ]*(?P<optional>[^ \r\n]{1,20}(?:[ ][^ \r\n]{1,20}){0,3}?)??[ ]*"
    r"(?:(?P<agency>[A-Za-z][A-Za-z\-/]{0,15})[ ]{1,4}(?P<agency_sequence>[0-9]{1,6}))?"
    r"[ ]*(?P<reference>[^ \r\n]{1,20})?[ ]*\Z"
)
#: The end signature after ETX: ddhhmm, optional zone, month, optional year
#: (the grammar of :data:`wireparse.metadata.dates.IPTC_SIGNATURE_TEXT`), as in
#: ``ETX 141530 GMT Mar 18``.
SIGNATURE = lazy_compile(r"\x03[ \t]*(?P<sig>" + IPTC_SIGNATURE_TEXT + ")")
#: The signature alone, as a :class:`~wireparse.Trailer` keeps its text
#: (``141530 GMT Mar 18``, ``091245 Okt 18``).
SIGNATURE_TEXT = lazy_compile(IPTC_SIGNATURE_TEXT)
#: Headline-block lines.  A signal line above the headline: a lead or urgency
#: flag with an optional code (``1ST LEAD``, ``REFILE``, ``EILMELDUNG =``).
SIGNAL = lazy_compile(
    r"(?:\d(?:ST|ND|RD|TH)[ ]LEAD|LEAD|REFILE|EXTRA|URGENT|FLASH|BULLETIN|CORRECTION|"
    r"CORRECTED|ADVISORY|UPDATE|RECASTS?|REPEAT|WRITETHRU|ALERT|EIL|EILMELDUNG)"
    r"(?:[ ][A-Z0-9]{1,12}){0,3}[ ]?=?"
)
#: A byline at the end of the headline block, in the agency's languages:
#: ``By Maren Holt``, ``Von Tobias Reyes, dpa``, ``Par Lea Martin``.
BYLINE = lazy_compile(r"(?:By|BY|Von|VON|Par|Por|Di|Door|Av|Af)[ ]+\S")
#: Notebook and not-for-publication markers.  A notebook line, not for
#: publication (``# Notebook``, ``# Internet``).
NOTEBOOK = lazy_compile(r"#[ ]\S")
#: A notebook section heading and its title (``## Contacts``, ``## Links``).
SECTION = lazy_compile(r"##[ ]+(?P<title>[^\r\n]{1,80})")
#: A row of spaced stars that sets the notes apart from the story (``* * *``).
STARS = lazy_compile(r"\*[ ]\*[ ]\*(?:[ ]\*)*[ ]*")
#: A not-for-publication notice, in English or German
#: (``The following is not for publication``, ``Nicht zur Veröffentlichung bestimmt``).
NOT_FOR_PUBLICATION = lazy_compile(
    r"(?i)[^\r\n]{0,60}(?:not[ ](?:intended[ ])?for[ ]publication"
    r"|nicht[ ]zur[ ]ver\w{1,24}[ ]bestimmt)"
)
#: A contacts heading, in English or German (``Contacts``, ``Ansprechpartnerin``,
#: ``Kontakt für Redaktionen``).
CONTACTS = lazy_compile(
    r"(?i)(?:[\w ]{0,20}[ ])?(?:contacts?|kontakte?|ansprechpartner(?:in)?(?:nen)?)\b"
)
#: The desk sign-off: the agency in lower case and the editors' short codes
#: (``dpa kmr tlb``, ``dpa-AFX nw/fba``).
SIGNOFF = lazy_compile(r"(?P<agency>[a-z][a-z\-]{1,10})(?:[ ]{1,3}[\w/]{1,12}){0,12}[ ]*")

_MAX_HEADLINE_LINES = 40


# --------------------------------------------------------------------------
# Detection


def detect(text: str) -> tuple[int, tuple[str, ...]]:
    """Score how much *text* looks like IPTC 7901 and say what was seen.

    :param text: The text.
    :returns: A score (0 when nothing was seen) and the evidence.
    """
    score = 0
    evidence: list[str] = []
    # The header opens with SOH, the signature with ETX: a text without them is not searched.
    m = HEADER.search(text) if SOH in text else None
    if m is not None:
        score += 7
        head = m.group()[1:].rstrip()
        evidence.append(f"SOH at {m.start()}")
        evidence.append(f"IPTC 7901 header '{head[:48]}'")
        stx = text.find(STX, m.end(), m.end() + 2000)
        if stx >= 0:
            score += 1
            evidence.append(f"STX at {stx}")
    sig = SIGNATURE.search(text) if ETX in text else None
    if sig is not None and signature_month(sig.group("month")) is not None:
        score += 4
        evidence.append(f"ETX trailer '{sig.group('sig')}'")
    if text.rstrip("\r\n").endswith("\x7f" + EOT):
        score += 1
        evidence.append("DEL EOT at the end")
    return score, tuple(evidence)


# --------------------------------------------------------------------------
# Reading


def read(text: str, reference_date: dt.date | None = None) -> FeedStory:
    """Read one IPTC 7901 story.

    Never raises on damaged input: what is missing or broken is reported in
    :attr:`FeedStory.defects`.

    :param text: The story text.
    :param reference_date: Gives the year when the signature has none
        (``141530 GMT Mar``): the year that puts the date closest to it.
    :returns: The story's envelope, trailer and segments.
    """
    builder = Builder(text, "iptc7901")
    envelope, pos = _read_header(text, builder)
    etx = text.rfind(ETX, pos)
    body_end = etx if etx >= 0 else len(text)
    stx = text.find(STX, pos, body_end)
    if stx >= 0:
        keyword = _read_keywords(text, pos, stx, builder)
        if envelope is not None and keyword is not None:
            envelope = attrs.evolve(
                envelope, keyword_line=text[keyword[0] : keyword[1]], keyword_span=Span(*keyword)
            )
        builder.add(stx, stx + 1, BlockKind.FRAMING, "stx")
        body_start = _read_headline(text, stx + 1, body_end, builder)
    else:
        builder.defect(DefectCode.FEED_MISSING_STX, "no STX before the story text", pos, pos)
        body_start = pos
    _read_body(text, body_start, body_end, builder, envelope)
    trailer = None
    if etx >= 0:
        trailer = _read_trailer(text, etx, builder, reference_date)
    builder.check_damage(found_etx=etx >= 0)
    segments, defects = builder.finish()
    return FeedStory(
        format=FORMAT_IPTC7901,
        envelope=envelope,
        trailer=trailer,
        segments=segments,
        defects=defects,
    )


def _line_end(text: str, pos: int) -> int:
    m = _BREAK_SEARCH.search(text, pos)
    return m.start() if m is not None else len(text)


#: A line break, the end of a line (the CR or LF after ``Norway-transport/Bridge/``).
_BREAK_SEARCH = lazy_compile(r"[\r\n]")


def _read_header(text: str, builder: Builder) -> tuple[Iptc7901Envelope | None, int]:
    """Read the SOH header line; return the envelope and where the rest starts."""
    limit = min(len(text), 8192)
    soh = text.find(SOH, 0, limit)
    if soh < 0:
        builder.defect(
            DefectCode.FEED_MISSING_HEADER,
            "no IPTC 7901 header (SOH ...) at the start: the story may be truncated",
        )
        return None, 0
    if not is_blank(text, 0, soh):
        builder.defect(DefectCode.FEED_LEADING_TEXT, "text before the IPTC 7901 header", 0, soh)
        builder.generic(0, soh, "leading-text")
    end = _line_end(text, soh)
    builder.add(soh, end, BlockKind.FRAMING, "header", (soh + 1, end))
    m = HEADER.match(text, soh, end)
    fields: dict[str, str | int | None] = {}
    if m is None:
        builder.defect(
            DefectCode.FEED_BROKEN_HEADER, "the IPTC 7901 header does not parse", soh, end
        )
    else:
        fields = {
            "service": m.group("service"),
            "sequence": m.group("sequence"),
            "priority": int(m.group("priority")),
            "category": m.group("category"),
            "word_count": int(m.group("words")),
        }
        rest = HEADER_REST.match(m.group("rest"))
        if rest is not None:
            fields["optional"] = rest.group("optional")
            fields["agency"] = rest.group("agency")
            fields["agency_sequence"] = rest.group("agency_sequence")
    env = Iptc7901Envelope(raw=text[soh:end], span=Span(soh, end), **fields)  # type: ignore[arg-type]
    return env, end


def _read_keywords(text: str, start: int, stx: int, builder: Builder) -> tuple[int, int] | None:
    """Mark the keyword line(s) between the header and STX."""
    s, e = builder.trim(start, stx)
    if s >= e:
        return None
    builder.add(s, e, BlockKind.FRAMING, "keywords")
    return s, e


def _strip_terminator(text: str, start: int, end: int) -> int:
    """Return *end* moved before a trailing ``=`` and the blanks before it."""
    e = end
    while e > start and text[e - 1].isspace():
        e -= 1
    if e > start and text[e - 1] == "=":
        e -= 1
        while e > start and text[e - 1].isspace():
            e -= 1
    return e


def _read_headline(text: str, start: int, end: int, builder: Builder) -> int:
    """Cut the headline block after STX; return where the body starts."""
    lines = split_lines(text, start, end)
    block: list[Line] = []
    for line in lines:
        if is_blank(text, line.start, line.end):
            if block:
                break
            continue
        block.append(line)
        if len(block) >= _MAX_HEADLINE_LINES:
            break
    if not block:
        return start
    last = next(
        (i for i, ln in enumerate(block) if text[ln.start : ln.end].rstrip().endswith("=")), None
    )
    if last is None:
        builder.defect(
            DefectCode.FEED_HEADLINE_UNTERMINATED,
            "the headline block after STX does not end with '='",
            block[0].start,
            block[-1].end,
        )
        last = 0
    block = block[: last + 1]
    # Signal lines and parenthetical notes from the top.
    top = 0
    while top < len(block):
        stop = _group_end(text, block, top)
        first = text[block[top].start : block[top].end].strip()
        content = first.rstrip("= ")
        if stop is not None and stop < len(block) - 1:
            builder.add(block[top].start, block[stop].end, BlockKind.NOTE, "signal")
            top = stop + 1
        elif (BEL in first or SIGNAL.fullmatch(content)) and top < len(block) - 1:
            builder.add(block[top].start, block[top].end, BlockKind.NOTE, "signal")
            top += 1
        else:
            break
    # A kicker set on short lines above the title, ending with a colon
    # (SDA/ATS: ``Situation`` / ``France:`` / ``Gilets ... =``).
    kicker = _kicker_end(text, block, top)
    if kicker is not None:
        builder.add(block[top].start, block[kicker].end, BlockKind.FURNITURE, "kicker")
        top = kicker + 1
    # Picture notes and bylines from the bottom.
    bottom = len(block) - 1
    tail: list[tuple[int, int, BlockKind, str]] = []
    while bottom > top:
        line = block[bottom]
        content_end = _strip_terminator(text, line.start, line.end)
        content = text[line.start : content_end].strip()
        if content.startswith("(") and content.endswith(")"):
            tail.append((bottom, bottom, BlockKind.NOTE, "ednote"))
            bottom -= 1
        elif BYLINE.match(content):
            tail.append((bottom, bottom, BlockKind.BYLINE, "byline"))
            bottom -= 1
        else:
            break
    if top <= bottom:
        s, e = block[top].start, block[bottom].end
        builder.add(s, e, BlockKind.HEADLINE, "headline", (s, _strip_terminator(text, s, e)))
    for first_i, last_i, kind, rule in reversed(tail):
        s, e = block[first_i].start, block[last_i].end
        builder.add(s, e, kind, rule, (s, _strip_terminator(text, s, e)))
    return line_after(text, block[-1], end)


#: The longest line of a kicker above an IPTC 7901 title, in characters.
_KICKER_MAX_CHARS = 40


def _kicker_end(text: str, block: list[Line], top: int) -> int | None:
    """The last line of a kicker opening the headline block at *top*, or ``None``.

    SDA/ATS set a kicker (the story's topic) on one or two short lines above
    the title, the last ending with a colon::

        Hafen
        Portvale:
        Die alte Brücke ist wieder offen =

    The kicker's lines are each at most 40 characters (``_KICKER_MAX_CHARS``)
    long, and a title line follows them; a title wrapped at its colon
    (``Bürgermeister:`` / ``Die Brücke bleibt =``) has a long first line.
    """
    for k in range(top, min(top + 2, len(block) - 1)):
        content = text[block[k].start : block[k].end].strip()
        if not content or len(content) > _KICKER_MAX_CHARS or content.endswith("="):
            return None
        if content.endswith(":"):
            return k
    return None


def _group_end(text: str, block: list[Line], i: int) -> int | None:
    """If line *i* opens a parenthesis, return the line where it closes."""
    if not text[block[i].start : block[i].end].lstrip().startswith("("):
        return None
    depth = 0
    for j in range(i, len(block)):
        line = text[block[j].start : _strip_terminator(text, block[j].start, block[j].end)]
        depth += line.count("(") - line.count(")")
        if depth <= 0:
            return j
    return None


def _read_body(
    text: str,
    start: int,
    end: int,
    builder: Builder,
    envelope: Iptc7901Envelope | None,
) -> None:
    """Cut the body, the notebook and the desk sign-off."""
    lines = split_lines(text, start, end)
    signoff = _signoff(text, lines, envelope)
    if signoff is not None:
        lines = lines[:signoff]
    notebook = _notebook_start(text, lines)
    body_end = (
        lines[notebook].start if notebook is not None else (lines[-1].end if lines else start)
    )
    if not is_blank(text, start, body_end):
        builder.generic(start, body_end, "body")
    if notebook is not None:
        _read_notebook(text, lines[notebook:], builder)
    if signoff is not None:
        line = split_lines(text, start, end)[signoff]
        builder.add(line.start, line.end, BlockKind.SIGNOFF, "signoff")


def _signoff(text: str, lines: list[Line], envelope: Iptc7901Envelope | None) -> int | None:
    """Return the index of the desk sign-off line (``dpa kmr tlb``), if any."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if is_blank(text, line.start, line.end):
            continue
        m = SIGNOFF.fullmatch(text, line.start, line.end)
        if m is None:
            return None
        agency = m.group("agency")
        known = {"dpa", "afp", "ap", "apa", "sda", "ansa", "efe", "kna", "epd", "reuters"}
        if envelope is not None and envelope.agency:
            known.add(envelope.agency.lower())
            known.add(envelope.agency.lower().split("-")[0])
        return i if agency in known else None
    return None


def _notebook_start(text: str, lines: list[Line]) -> int | None:
    """Return the index of the first notebook line (``# Notebook``, ``* * * *``)."""
    for i, line in enumerate(lines):
        start, end = line.start, line.end
        if end <= start:
            continue  # an empty line matches none of the three
        first = text[start]
        if first == "#" and NOTEBOOK.match(text, start, end):
            return i
        if first == "*" and STARS.fullmatch(text, start, end):
            return i
        # The notice ends with "publication" or "bestimmt" (case aside):
        # the line's last character is asked before the pattern.
        if text[end - 1] in "nNtT" and NOT_FOR_PUBLICATION.fullmatch(text, start, end):
            return i
    return None


def _read_notebook(text: str, lines: list[Line], builder: Builder) -> None:
    """Cut the notebook into its heading, sections and not-for-publication mark."""
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if is_blank(text, line.start, line.end):
            i += 1
            continue
        if NOTEBOOK.match(text, line.start, line.end) and not SECTION.match(
            text, line.start, line.end
        ):
            builder.add(line.start, line.end, BlockKind.NOTE, "notebook")
            i += 1
            continue
        if STARS.fullmatch(text, line.start, line.end) or NOT_FOR_PUBLICATION.fullmatch(
            text, line.start, line.end
        ):
            j = i
            while j + 1 < n and NOT_FOR_PUBLICATION.fullmatch(
                text, lines[j + 1].start, lines[j + 1].end
            ):
                j += 1
            builder.add(line.start, lines[j].end, BlockKind.NOTE, "not-for-publication")
            i = j + 1
            continue
        # A section: its heading (if any) and the lines up to the next marker.
        j = i
        while j + 1 < n and not _is_marker(text, lines[j + 1]):
            j += 1
        section = SECTION.match(text, line.start, line.end)
        title = section.group("title") if section is not None else ""
        if section is not None and CONTACTS.match(title):
            builder.add(line.start, lines[j].end, BlockKind.CONTACT, "contacts")
        else:
            builder.add(line.start, lines[j].end, BlockKind.NOTE, "notebook-section")
        i = j + 1


def _is_marker(text: str, line: Line) -> bool:
    return (
        NOTEBOOK.match(text, line.start, line.end) is not None
        or SECTION.match(text, line.start, line.end) is not None
        or STARS.fullmatch(text, line.start, line.end) is not None
    )


def _signature_time(
    m: regex.Match[str], month: int, reference_date: dt.date | None
) -> tuple[int | None, dt.datetime | None]:
    """Return the year and the moment a signature match gives.

    The year is the signature's, else the one that puts its day nearest
    *reference_date*; without either, the moment is ``None``.
    """
    day, hour, minute = int(m.group("day")), int(m.group("hour")), int(m.group("minute"))
    year: int | None = None
    if m.group("year"):
        year = two_digit_year(int(m.group("year")))
    elif reference_date is not None:
        year = year_near(month, max(1, min(day, 28)), reference_date) or reference_date.year
    stamp = make_timestamp(year, month, day, hour, minute, m.group("zone")) if year else None
    return year, stamp


def complete_trailer(trailer: Trailer, reference_date: dt.date) -> Trailer:
    """Give a signature written without a year the year nearest *reference_date*.

    The parser calls this with the copyright notice's year when no reference
    date was given: ``131137 GMT Nov 13`` under ``© 2026 dpa`` is in 2026.
    A trailer that has a moment, or whose text is no signature, is returned
    as it is.

    :param trailer: A trailer that the IPTC 7901 reader made.
    :param reference_date: The date the signature's day is read against.
    """
    if trailer.timestamp is not None:
        return trailer
    m = SIGNATURE_TEXT.fullmatch(trailer.text)
    month = signature_month(m.group("month")) if m is not None else None
    if m is None or month is None:
        return trailer
    _, stamp = _signature_time(m, month, reference_date)
    return trailer if stamp is None else attrs.evolve(trailer, timestamp=stamp)


def _read_trailer(
    text: str, etx: int, builder: Builder, reference_date: dt.date | None
) -> Trailer | None:
    """Read ETX, the signature and the closing DEL/EOT."""
    trailer: Trailer | None = None
    m = SIGNATURE.match(text, etx)
    line_end = _line_end(text, etx)
    month = signature_month(m.group("month")) if m is not None else None
    if m is not None and month is not None:
        year, stamp = _signature_time(m, month, reference_date)
        zone = m.group("zone")
        trailer = Trailer(
            text=m.group("sig"), span=Span(m.start("sig"), m.end("sig")), timestamp=stamp, zone=zone
        )
        if stamp is None and year is not None:
            builder.defect(
                DefectCode.FEED_BAD_TRAILER,
                "the ETX signature names an impossible date",
                *m.span("sig"),
            )
    elif not is_blank(text, etx + 1, line_end):
        builder.defect(
            DefectCode.FEED_BAD_TRAILER, "the text after ETX is not a signature", etx + 1, line_end
        )
    eot = text.find(EOT, etx)
    end = eot + 1 if eot >= 0 else line_end
    content = (m.start("sig"), m.end("sig")) if m is not None and month is not None else None
    builder.add(etx, end, BlockKind.FRAMING, "trailer", content)
    if not is_blank(text, end, len(text)):
        if CONTROL.sub("", text[end:]).strip() == "":
            builder.add(end, len(text), BlockKind.FRAMING, "end")
        else:
            builder.defect(
                DefectCode.FEED_TRAILING_TEXT, "text after the end of the story", end, len(text)
            )
            builder.generic(end, len(text), "trailing-text")
    return trailer


#: IPTC 7901 as a feed format.
FORMAT = FeedFormat(
    name=FORMAT_IPTC7901,
    description="IPTC 7901 (dpa and others): SOH header, STX headline ending '=', ETX ddhhmm",
    detect=detect,
    read=read,
    story_start=r"(?<!\x16)\x01(?=[A-Za-z]{1,4}[0-9]{1,6}[ \x1f])",
    story_hints=("\x01",),
    envelope=Iptc7901Envelope,
    complete_trailer=complete_trailer,
)
