"""Copyright notices: finding them inside a block and reading year and holder.

Conventions encoded here (each seen on syndicated copy):

* the mark: ``©``, ``(c)``, ``Copyright``, ``Copr.``, combined
  (``(c) Copyright``, ``Copyright ©``) and preceded by a trademark sign
  (``™ & ©``);
* the year, a single year or a range (``2015-2017``, ``2015–17``), before or
  after the holder (``© 2024 AFP``, ``(c) Copyright Thomson Reuters 2018``);
* the holder, up to the end of its sentence, with an appositive owner left out
  (``Cable News Network, Inc., a Time Warner Company``);
* the rights sentences that follow it (``All rights reserved.``, AP's ``This
  material may not be published, broadcast, rewritten or redistributed.``),
  also when glued to the next sentence without a space.

The patterns use ``regex``, as the rest of the package does, save one: the
quick test for a mark (``_MARK_HINT``, a handful of literals run over every
block) uses the standard library's ``re``, which finds such literals about
three times as fast as ``regex`` runs :data:`MARK`; it holds no quantifier,
so it cannot backtrack, and a block without a hit is not searched with
:data:`MARK` at all.
"""

from __future__ import annotations

import re

import attrs
import regex

from wireparse.reading.patterns import lazy_compile

__all__ = ["Notice", "find_notice", "mark_hints"]

#: The mark that opens a notice.
MARK = (
    r"(?:(?:™|\(tm\)|TM)\s{0,3}&\s{0,3})?(?:©|\([cC]\)|Copyright\b|COPYRIGHT\b|Copr\.)"
    r"(?:\s{0,3}(?:©|\([cC]\)|Copyright\b))?"
)
#: A year or a range of years.
YEARS = (
    r"(?<![0-9])(?P<year>(?:19|20)[0-9][0-9])"
    r"(?:\s{0,2}[-–]\s{0,2}(?P<end>(?:19|20)?[0-9][0-9]))?(?![0-9])"
)
#: Sentences that may follow the holder and belong to the notice.
RIGHTS = (
    r"All\s+[Rr]ights\s+[Rr]eserved\.?",
    r"This\s+material\s+may\s+not\s+be\s+published"
    r"(?:,?\s+(?:or\s+)?(?:broadcast|rewritten|redistributed)){0,3}"
    r"(?:\s+in\s+(?:any|whole\s+or\s+in\s+part)\s*(?:form|way)?)?\.?",
    r"(?:Reproduction|Redistribution)\s+(?:is\s+)?(?:prohibited|forbidden)[^.\n]{0,80}\.?",
    r"No\s+part\s+of\s+this\s+[^.\n]{0,160}\.?",
    # German, French and Spanish: "Alle Rechte vorbehalten.", "Tous droits
    # réservés.", "Todos los derechos reservados.", and the reproduction bans
    # ("Nachdruck verboten.", "Reproduction interdite.", "Está prohibida la
    # redistribución ... sin consentimiento de la Agencia S.A.").
    r"Alle\s+Rechte\s+vorbehalten\.?",
    r"Tous\s+droits\s+réservés\.?",
    r"Todos\s+los\s+derechos\s+reservados\.?",
    r"Nachdruck\s+(?:verboten|nur\s+mit\s+Genehmigung)[^.\n]{0,80}\.?",
    r"(?:Toute\s+)?[Rr]eproduction\s+(?:strictement\s+)?interdite[^.\n]{0,80}\.?",
    r"(?:Está\s+(?:expresamente\s+)?)?[Pp]rohibida\s+(?:la|su)\s+(?:reproducción|redistribución)"
    r"[^\n]{0,300}?(?:\.(?=\s|$)|$)",
)

#: :data:`MARK` compiled (``(c) Copyright``, ``TM & ©``).
_MARK = lazy_compile(MARK)
#: Every match of :data:`MARK` holds a match of this pattern of literals, its
#: mark proper, at most :data:`_MARK_PREFIX` characters after its start (the
#: ``TM &`` before it).  The standard library's ``re`` finds it three times
#: as fast as ``regex`` runs :data:`MARK`, which has no literal prefix.
_MARK_HINT = re.compile(r"©|\([cC]\)|Cop(?:yright|r\.)|COPYRIGHT")
_MARK_PREFIX = 11
#: The literals :data:`_MARK_HINT` matches, one by one, but the bracketed
#: ``(c)`` and ``(C)`` (:data:`_BRACKETED_C`).
_MARK_LITERALS = ("©", "Copyright", "Copr.", "COPYRIGHT")
#: The bracketed letters of a copyright mark (``(c) 2026 Portvale Media``),
#: looked for where a bracket opens.
_BRACKETED_C = ("(c)", "(C)")
#: The rights sentences of :data:`RIGHTS` after a holder (``All rights reserved.``).
_RIGHTS = lazy_compile(r"\s{0,3}(?:" + "|".join(RIGHTS) + ")")
#: :data:`YEARS` compiled (``2024``, ``2015-17``).
_YEARS = lazy_compile(YEARS)
#: Abbreviations that end a word with a full stop without ending the holder (``Acme Co.``,
#: ``Portvale Media Inc.``, an initial ``J.``).
_ABBREV = lazy_compile(
    r"(?:\b(?:Inc|Ltd|Co|Corp|Cos|Plc|PLC|LLC|L\.L\.C|S\.A|N\.V|AG|Bros|Jr|Sr)|\b\p{Lu})\.$"
)
#: An owner in apposition after the holder, left out of it (``Portvale Radio, Inc., an Acme Media
#: company``).
_APPOSITIVE = lazy_compile(
    r",\s+an?\s+[^,]{1,60}(?:[Cc]ompany|[Cc]orporation|[Bb]usiness|[Uu]nit|[Ss]ubsidiary|[Gg]roup)$"
)
_MAX_HOLDER = 120


@attrs.frozen(slots=True)
class Notice:
    """A copyright notice found inside a text.

    :param start: Offset of the notice's first character in the searched text.
    :param end: Offset just past its last character.
    :param year: The first year, if any.
    :param end_year: The last year of a range, if any.
    :param holder: The holder as written, if any.
    """

    start: int
    end: int
    year: int | None
    end_year: int | None
    holder: str | None


def find_notice(text: str, start: int = 0, end: int | None = None) -> Notice | None:
    """Find the first copyright notice in ``text[start:end]``.

    Offsets in the result are offsets into *text*.  A mark that is not
    followed by a year or a holder (``copyright law``) is not a notice.
    """
    stop = len(text) if end is None else end
    pos = start
    hint = _MARK_HINT.search(text, pos, stop)
    if hint is None:
        return None  # the common case: no mark at all
    # No notice starts before the first mark less the longest prefix of MARK.
    pos = max(pos, hint.start() - _MARK_PREFIX)
    while True:
        mark = _MARK.search(text, pos, stop)
        if mark is None:
            return None
        notice = _read_notice(text, mark.start(), mark.end(), stop)
        if notice is not None:
            return notice
        pos = mark.end()


def mark_hints(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the quick hints of a copyright mark start in ``text[start:end]``, in order.

    :func:`find_notice` finds no notice in a stretch of the text that holds
    none of them (a hint holds no white space, so none runs from one line
    into the next): a parse asks for them once over the whole text, and then
    passes over each block without one (``© 2026 Portvale Media`` holds one,
    at the ``©``).
    """
    stop = len(text) if end is None else end
    hints: list[int] = []
    # Each literal found by ``str.find``, many times as fast over a whole text
    # as the pattern, which has no common prefix to look for; no two of them
    # overlap, so their starts are the pattern's matches.
    for literal in _MARK_LITERALS:
        at = text.find(literal, start, stop)
        while at >= 0:
            hints.append(at)
            at = text.find(literal, at + 1, stop)
    # The bracketed letters where a bracket opens: ``str.find`` finds a
    # bracket with ``memchr`` (a text holds a few), but "(c)" by its last
    # character, a common one, many times as slowly.
    at = text.find("(", start, stop)
    while at >= 0:
        if text.startswith(_BRACKETED_C, at, stop):
            hints.append(at)
        at = text.find("(", at + 1, stop)
    hints.sort()
    return hints


def _read_notice(text: str, begin: int, after_mark: int, stop: int) -> Notice | None:
    sentence_end = _holder_end(text, after_mark, stop)
    body = text[after_mark:sentence_end]
    years = _YEARS.search(body)
    year = end_year = None
    holder_text = body
    if years is not None:
        year = int(years["year"])
        if years["end"]:
            tail = years["end"]
            end_year = int(tail) if len(tail) == 4 else (year // 100) * 100 + int(tail)
        holder_text = body[: years.start()] + " " + body[years.end() :]
    holder = _clean_holder(holder_text)
    if holder is not None and ", dpa:" in holder:
        # dpa's story id after the holder: "© dpa-infocom, dpa:250301-99-123456/2".
        holder = holder.split(", dpa:", 1)[0]
    if year is None and (holder is None or not _holder_ok(holder, text[begin:after_mark])):
        return None
    if year is None and holder is not None and len(holder.split()) > 6:
        return None  # prose that mentions copyright, not a notice
    finish = sentence_end
    while True:
        more = _RIGHTS.match(text, finish, stop)
        if more is None:
            break
        finish = more.end()
    return Notice(begin, finish, year, end_year, holder)


def _holder_ok(holder: str, mark: str) -> bool:
    """Whether a notice without a year names a holder.

    A capitalised holder does (``© Harbor Press``); so does one lower-case
    word after the ``©`` sign, as German agencies write their names
    (``© dpa-infocom``, ``© epd``), never a word after ``copyright``
    (``copyright law``).
    """
    if holder[:1].isupper():
        return True
    return "©" in mark and " " not in holder and holder[:1].isalpha()


def _holder_end(text: str, pos: int, stop: int) -> int:
    """Return the offset just past the full stop that ends the holder's sentence."""
    limit = min(stop, pos + _MAX_HOLDER + 40)
    i = pos
    while i < limit:
        if text[i] == ".":
            word = text[max(pos, i - 6) : i + 1]
            if _ABBREV.search(word) is None:
                return i + 1
            nxt = i + 1
            # "Inc., a Time Warner Company." goes on; "Inc. All rights" ends.
            while nxt < limit and text[nxt].isspace():
                nxt += 1
            if nxt < limit and text[nxt].isupper() and _RIGHTS.match(text, i + 1, stop):
                return i + 1
        i += 1
    return _trim_end(text, pos, limit)


def _trim_end(text: str, pos: int, limit: int) -> int:
    end = limit
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def _clean_holder(raw: str) -> str | None:
    holder = " ".join(raw.split()).strip(" ,;:")
    holder = regex.sub(r"^(?:by|BY|By)\s+", "", holder)
    holder = holder.removesuffix(".") if not _ABBREV.search(holder) else holder
    appositive = _APPOSITIVE.search(holder.rstrip("."))
    if appositive is not None:
        holder = holder[: appositive.start()]
    holder = holder.strip(" ,;:")
    return holder or None
