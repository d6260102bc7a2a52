"""Datelines: the place, date and agency tag that open a story's lead.

The spellings met in wire copy, all read by :func:`match_dateline`::

    HANOI, Vietnam (AP) — U.S. Defense ...       AP: place, tag, em dash
    NEW YORK (AP) - ...                          hyphen; ANPA writes `` _ ``
    (AP) HONOLULU - ...                          the tag before the place
    SAO PAULO, Nov 7 (Reuters) - ...             Reuters: place, date, tag
    (Reuters) - ...                              no place
    STOCKHOLM, Aug 29, 2014 (AFP) - ...          a date with its year
    New York (CNN) -- ...                        CNN: double hyphen
    Marseille, France (CNN)The French ...        no space after the tag
    (CNN) President Donald Trump ...             a tag alone
    Berlin (dpa) - ...                           dpa
    BILBAO, 22 (EUROPA PRESS) - ...              Europa Press: the day alone
    (Bloomberg) -- ...                           Bloomberg
    LONDON—The ratings firm ...                  no tag, em dash, no spaces
        Lima, march 18 - ...                     Reuters-21578: no tag
    Washington, DC, United States: Getting ...   a colon after a full place
    PORTVALE, Maine, March 3, 2026 /PRNewswire/ --  press-release wires
    (Honolulu) -- ...                            broadcast copy: a place in brackets
    March 3, 2026 (AP)                           a date and a tag on a line of their own

A dateline without an agency tag must look like one by its form: a place in
capitals, or any place with a date, followed by a dash and a capitalised
sentence.  So ``WASHINGTON is a city ...`` and ``Mr. Smith - who ...`` are
not datelines.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from wireparse.metadata.agencies import canonical_agency, find_agency
from wireparse.metadata.dates import MONTH_LANGUAGES, month_number, parse_timestamp, year_near
from wireparse.model import Span
from wireparse.model.metadata import Dateline
from wireparse.reading.patterns import KEEP_GIL, lazy_compile

if TYPE_CHECKING:
    from collections.abc import Sequence

    import regex

__all__ = [
    "DATELINE_WINDOW",
    "LANGUAGE_TIMESTAMP_LABEL",
    "is_agency_tag",
    "language_timestamp",
    "language_update",
    "match_dateline",
    "parse_month_day",
    "shift_dateline",
]

#: How many characters from the start of a text a dateline may span.
DATELINE_WINDOW: Final = 220

# --------------------------------------------------------------------------
# Grammar fragments
# --------------------------------------------------------------------------

_WS = r"[ \t\u00a0]"
#: English month names and their abbreviations, any case (``march 18``, ``Nov. 7``).
MONTH: Final = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\p{L}])"
)
#: A date inside a dateline: ``Nov 7``, ``Nov. 7``, ``Aug 29, 2014``, ``29 August``.
DATE: Final = (
    rf"(?:{MONTH}\.?{_WS}{{1,2}}[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?{_WS}{{1,2}}[0-9]{{4}})?"
    rf"|[0-9]{{1,2}}{_WS}{{1,2}}{MONTH}\.?(?:,?{_WS}{{1,2}}[0-9]{{4}})?"
    # German, French and Spanish: ``3. Februar``, ``4 févr 2025``, ``5 de
    # febrero de 2025``, ``5 feb``; the word is checked against the month
    # lists (:func:`wireparse.metadata.dates.month_number`) once the dateline matched.
    rf"|[0-9]{{1,2}}\.?{_WS}{{1,2}}(?:de{_WS})?\p{{L}}\p{{Ll}}{{2,9}}\.?(?:,?{_WS}{{1,2}}(?:de{_WS})?[0-9]{{4}})?"
    rf")(?![\p{{L}}\p{{N}}])"
)
#: One word of a place name: ``WASHINGTON``, ``St.``, ``N.M.``, ``Wilkes-Barre``,
#: ``Indonesia/JAKARTA`` (two places written together).
_WORD = (
    r"\p{Lu}(?:[\p{L}\p{M}'’\-]|\.(?!-)){0,24}+"
    r"(?:/\p{Lu}(?:[\p{L}\p{M}'’\-]|\.(?!-)){0,24}+)?"
)
#: Lower-case words inside place names (``Rio de Janeiro``, ``Stratford-upon-Avon``),
#: and the ``and`` of a release dated from several places (``PORTVALE and
#: OSLO, March 3, 2026 /PRNewswire/ --``).
_CONNECT = r"(?:de|da|do|dos|del|la|le|el|al|of|on|upon|am|an|der|sur|en|y|di|du|i|and)"
#: A German place's abbreviated river or region after it (``Frankfurt a.M.``,
#: ``Freiburg i.Br.``, ``Frankfurt a. M.``): epd and KNA write them so.
_PLACE_SUFFIX = rf"(?:{_WS}\p{{Ll}}\.{_WS}?\p{{Lu}}\p{{Ll}}{{0,3}}\.)"
_MORE = rf"(?:{_WS}(?:{_CONNECT}{_WS})?{_WORD}|{_PLACE_SUFFIX})"
#: The place: a head (``KIEV``, ``SAO PAULO``) and up to three comma-set regions
#: (``, Ukraine``, ``, DC, United States``).
PLACE: Final = (
    rf"(?P<head>{_WORD}{_MORE}{{0,4}})"
    rf"(?P<regions>(?:,{_WS}{{1,2}}{_WORD}{_MORE}{{0,3}}){{0,3}})"
)
#: The separator between dateline and story: hyphen, double hyphen, en or em
#: dash, ANPA's underscore, or a colon.
SEP: Final = rf"(?P<sep>{_WS}{{0,3}}(?:--|—|–|‒|―|\.?-|_|:)(?![-_]))"
#: After an agency tag, German church and regional services end the dateline
#: with a full stop: ``Wiesbaden (KNA) .``, ``Bonn (epd).``.
TAG_SEP: Final = rf"(?:{SEP}|(?P<sep>{_WS}{{0,3}}\.)(?={_WS}{{1,3}}[\p{{Lu}}\p{{N}}\"„»«“]))"
#: The agency tag in brackets: ``(AP)``, ``(Reuters)``, ``(CBS/AP)``, ``(CNN Business)``.
TAG: Final = rf"(?P<tagsp>{_WS}{{0,2}})\({_WS}?(?P<tag>[^()\n]{{1,40}}?){_WS}?\)"
#: A press-release wire between slashes: ``/PRNewswire-AsiaNet/``.
#: A release may set the tag right after the year: ``July 25, 2026/PRNewswire/``.
SLASH_TAG: Final = rf"(?:{_WS}{{1,2}}|(?<=[0-9]))/(?P<slash>[\p{{L}}][^/\n]{{1,40}})/"

#: An agency written bare between a dated place and the dash (AAP: ``SYDNEY, Jul 16 AAP -``).
BARE_TAG: Final = rf"{_WS}{{1,2}}(?P<bare>\p{{Lu}}{{2,5}})(?={_WS}{{0,3}}(?:--|—|–|-))"

#: A dateline that opens with its place.  Something must follow the place (a
#: tag, or the dash), so that a date is never taken for a region
#: (``SAO PAULO, Nov 7 (Reuters)``): the pattern backtracks until it fits.
_PLACE_FIRST = lazy_compile(
    rf"{PLACE}(?:,?{_WS}{{1,2}}(?P<date>{DATE}))?"
    rf"(?:{TAG}{TAG_SEP}?|{SLASH_TAG}{SEP}?|{BARE_TAG}{SEP}|{SEP})",
)
#: The marks one of which every dateline holds after its place or date: a
#: tag's bracket, a release wire's slash, or the separator's dash, underscore
#: or colon (``OSLO (Reuters) -``, ``PORTVALE /PRNewswire/``, ``LONDON—``).
#: Neither :data:`_PLACE_FIRST` nor :data:`_DATE_FIRST` can match a window
#: without one, so they are not run over it (``The mayor said on Monday``).
#: The standard library's ``re`` scans a character class several times as
#: fast as ``regex``.
_DATELINE_MARK = re.compile(r"[(/\-—–‒―_:]")
#: A date and a tag with no place, AP's web pages: ``March 3, 2026 (AP)``.
_DATE_FIRST = lazy_compile(rf"(?P<date>{DATE}){TAG}{TAG_SEP}?")
#: The first bracketed tag of a line, a candidate agency (``OSLO (Reuters) -``, ``(AP) —``).
_TAG_FIRST = lazy_compile(rf"\({_WS}?(?P<tag>[^()\n]{{1,40}}?){_WS}?\)")
#: :data:`TAG_SEP` alone: the dash or colon after a tag (``(AP) —``, ``(AFP):``).
_SEP_ONLY = lazy_compile(TAG_SEP)
#: The blanks, no-break spaces included, between a dateline's parts (``OSLO,\u00a0Nov. 6``).
_SPACES = lazy_compile(r"[\s\u00a0]{0,12}")
#: A dateline's date as month and day, either order (``Nov. 6``, ``6 Nov``).
_DATE_PARTS = lazy_compile(
    r"(?i)([a-z]{3})[a-z]*\.?\s{1,2}([0-9]{1,2})|([0-9]{1,2})\s{1,2}([a-z]{3})"
)
#: A day before a month word of any language: ``3. Februar``, ``5 de febrero``.
_DAY_MONTH = lazy_compile(r"([0-9]{1,2})\.?\s{1,2}(?:de\s)?(\p{L}{3,10})")
#: A four-digit year inside a dateline's date (``Aug. 29, 2014``).
_YEAR = lazy_compile(r"[0-9]{4}")
#: A date in figures, day and month (``07/12``), as :func:`_place_numeric_date` reads it.
_FIGURES_DATE = lazy_compile(r"([0-9]{1,2})/([0-9]{1,2})")
#: A lower-case letter: a place in capitals has none (``PORTVALE`` but ``Portvale``).
_LOWER = lazy_compile(r"\p{Ll}")
#: A digit, which a place name never holds (``OSLO`` but ``A4``).
_DIGIT = lazy_compile(r"\d")
#: A word with a capital inside it, an outlet's name rather than a place (``PortvaleNewsNow``).
_CAMEL = lazy_compile(r"\p{Lu}\p{Ll}+\p{Lu}\p{L}*")
#: A North American broadcaster's call sign as a tag (``(KXYZ)``, ``(WABC-TV)``, ``(CKQR-FM)``).
_CALLSIGN = lazy_compile(r"[KWC][A-Z]{2,3}(?:-?(?:TV|FM|AM|\d{1,2}))?")
#: Bracketed words that credit a photo or file, not a dateline's agency.
#: For example ``(File photo)``, ``(Courtesy of the city)``, ``(via Examplia TV)``.
_NOT_TAG = lazy_compile(r"(?i)\b(?:file|photo|photos|image|video|pictured|courtesy|getty|via)\b")
#: A tag that ends with a word of the news trade, an outlet's name (``(Portvale Press)``,
#: ``(Examplia Radio)``).
_TAG_WORD = lazy_compile(
    r"(?i).*\b(?:news|press|wire|newswire|agency|tv|radio|times|post|journal|herald|"
    r"tribune|daily|network|media|service)$"
)

#: Capitalised words that open a lead without being a place (``BREAKING - ...``),
#: with the labels of German, French and Spanish copy (``TV-TIPP - ...``,
#: ``EXCLUSIF - ...``, ``DIRECTO - ...``).
NOT_PLACES: Final = frozenset(
    """
    breaking update updated updates exclusive analysis opinion comment commentary review watch
    video videos photo photos corrected correction factbox editorial note eds editor's editors
    urgent flash bulletin advisory alert live interview explainer file preview recap poll
    special report feature sponsored advertisement developing warning news timeline
    graphic audio podcast essay letters obituary obit dear more read related see click adds
    refile repeat wrapup insight brief briefs top highlights summary digest statement
    transcript q&a faq the a an it this that he she they we i and but or if in on at for
    yes no ok note: sport sports business world politics health science tech technology
    entertainment markets money lifestyle travel weather
    tv-tipp tipp eilmeldung eil kommentar leitartikel hintergrund porträt
    exclusif direct urgent décryptage tribune entretien éditorial
    exclusiva directo urgente análisis opinión entrevista editorial crónica
    """.split()
)
_MONTH_NUMBERS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_OPENERS = "\"'“‘«„([`"


def is_agency_tag(tag: str) -> bool:
    """Whether a bracketed word reads as an agency tag.

    Known agencies (``AP``, ``Reuters``, ``dpa``) and combinations of them
    (``CBS/AP``, ``tca/dpa``, ``CNN Business``) do; so do broadcast call signs
    (``KABC``), single CamelCase names (``HawaiiNewsNow``) and names ending in
    an outlet word (``Kyodo News``, ``Jakarta Post``).

    :param tag: The text between the brackets.
    """
    t = tag.strip()
    if not t or len(t) > 40 or _DIGIT.search(t) is not None:
        return False
    if _NOT_TAG.search(t) is not None:
        return False
    if canonical_agency(t) is not None:
        return True
    m = find_agency(t)
    if m is not None and (m.start == 0 or t[m.start - 1] in "/-+ "):
        return True
    if " " not in t and (_CAMEL.fullmatch(t) or _CALLSIGN.fullmatch(t)):
        return True
    return t[:1].isupper() and len(t.split()) <= 4 and _TAG_WORD.match(t) is not None


def parse_month_day(
    date_text: str, languages: Sequence[str] | None = None
) -> tuple[int | None, int | None, int | None]:
    """Read ``(year, month, day)`` from a dateline date such as ``Aug 29, 2014``.

    English month names are read first; then German, French and Spanish ones
    (``21. Januar 2019``, ``21 janv``, ``21 de enero de 2019``, ``21 ene``)
    through :func:`wireparse.metadata.dates.month_number`.

    :param date_text: The date as written.
    :param languages: The languages whose month lists to consult (``None``:
        all of :data:`wireparse.metadata.dates.MONTH_LANGUAGES`).
    :returns: The year (``None`` when not written), month and day; all
        ``None`` when the text is not such a date.
    """
    month: int | None = None
    m = _DAY_MONTH.match(date_text)
    if m is not None:
        # The day first, in any language (``29 August``, ``21. Januar``,
        # ``4 févr``, ``5 de febrero``); the year is not read as a day.
        month = month_number(m.group(2), languages)
        day = int(m.group(1))
    else:
        m = _DATE_PARTS.search(date_text)
        if m is None:
            return None, None, None
        name = (m.group(1) or m.group(4)).casefold()
        month = _MONTH_NUMBERS.get(name)
        day = int(m.group(2) or m.group(3))
    if month is None or not 1 <= day <= 31:
        return None, None, None
    y = _YEAR.search(date_text, m.end())
    return (int(y.group()) if y else None), month, day


def _sep_ok(text: str, sep_end: int, sep: str) -> bool:
    """Whether the separator is one: a hyphen, underscore or colon needs a space after.

    ANPA's underscore needs a space before it too.
    """
    mark = sep.strip(" \t\u00a0")
    if mark not in {"-", "_", ":"}:
        return True
    if text[sep_end : sep_end + 1] not in {" ", "\t", "\u00a0", "\n", "\r", ""}:
        return False
    return mark != "_" or sep[:1] in {" ", "\t", "\u00a0"}


def _skip_spaces(text: str, pos: int, end: int) -> int:
    if pos < end and pos < len(text) and text[pos].isascii() and text[pos].isalnum():
        # An ASCII letter or figure is no space (a lead's first character,
        # most often): nothing to skip, told without the pattern call.
        return pos
    m = _SPACES.match(text, pos, end, KEEP_GIL)
    return m.end() if m else pos


def _body_ok(text: str, body: int, end: int, *, strict: bool) -> bool:
    """Whether the running text after a dateline starts like a sentence.

    It must not start in lower case; with *strict*, its first characters must
    hold a lower-case letter (so that a headline in capitals is not read as a
    dateline and story).
    """
    if body >= len(text):
        return True
    first = text[body]
    if first.islower():
        return False
    if not strict:
        return True
    return _LOWER.search(text, body, min(len(text), body + 100)) is not None


def _place_words_ok(head: str) -> bool:
    """Whether a place's head is not a label and is cased one way (``SAO PAULO``, ``Hong Kong``)."""
    words = head.split()
    if not words:
        return False
    first = words[0].strip(".,:'’").casefold()
    if first in NOT_PLACES or head.casefold() in NOT_PLACES:
        return False
    if len(words) == 1:
        return True
    capped = [w.isupper() for w in words if w[:1].isupper() and len(w.rstrip(".")) > 1]
    return all(capped) or not any(capped)


def _is_caps(s: str) -> bool:
    """Whether *s* is written in capitals, with two letters or more."""
    return s.isupper() and len(s.strip(".'’- ")) >= 2


def _date_of(
    date_text: str, reference_date: dt.date | None
) -> tuple[dt.date | None, int | None, int | None]:
    """The date, month and day a dateline's date text gives.

    A date written without a year (``Nov 7``) takes the year nearest
    *reference_date*, when one is given; an impossible date gives ``None``.
    """
    year: int | None
    month: int | None
    day: int | None
    figures = _FIGURES_DATE.fullmatch(date_text)
    if figures is not None:
        # Day and month in figures, the day first (Belga's ``07/12``).
        year, month, day = None, int(figures.group(2)), int(figures.group(1))
    else:
        year, month, day = parse_month_day(date_text)
    if month is None or day is None:
        return None, month, day
    if year is None and reference_date is not None:
        year = year_near(month, day, reference_date)
    if year is None:
        return None, month, day
    try:
        return dt.date(year, month, day), month, day
    except ValueError:
        return None, month, day


def _make(
    text: str,
    start: int,
    end: int,
    body: int,
    place: str | None,
    agency: str | None,
    date_text: str | None,
    reference_date: dt.date | None,
) -> Dateline:
    date, month, day = _date_of(date_text, reference_date) if date_text else (None, None, None)
    return Dateline(
        place=place,
        agency=agency,
        date_text=date_text,
        date=date,
        month=month,
        day=day,
        span=Span(start, end),
        body_start=body,
        text=text[start:end],
        canonical_agency=_tag_agency(agency) if agency else None,
    )


#: The German, French and Spanish agencies whose tags combine with a
#: service code or a second agency (``dpa/lno``, ``sda/ats``, ``AFP/Belga``).
_COMBINING_AGENCIES: Final = frozenset(
    {"dpa", "APA", "KNA", "epd", "epdÖ", "SDA", "ATS", "AFP", "Belga", "EFE", "Europa Press"}
)
#: What joins the parts of a combined dateline tag (``dpa/lno``, ``ats afp``).
_TAG_PARTS = lazy_compile(r"[/\s+]{1,3}")


def _tag_agency(tag: str) -> str | None:
    """The canonical agency of a dateline's tag, or of its first part.

    Convention: German, Austrian and Swiss wires add a regional service, an
    editor's initials or a second agency after a slash or a space
    (``Hamburg (dpa/lno)``, ``Genf (sda/ats)``, ``Fulda (KNA/bal)``,
    ``Lausanne (ats afp)``): the tag is the first agency's, when that is
    one of these wires (:data:`_COMBINING_AGENCIES`).  A first part that is
    no known agency gives none (``tca/dpa``: the story is tca's), and other
    combined tags (``CBS/AP``) are left to the agency decision.
    """
    found = canonical_agency(tag)
    if found is not None or len(tag) > 40:
        return found
    first = _TAG_PARTS.split(tag.strip(), maxsplit=1)[0]
    found = canonical_agency(first) if first and first != tag else None
    return found if found in _COMBINING_AGENCIES else None


def _tag_first(
    text: str, start: int, limit: int, reference_date: dt.date | None
) -> Dateline | None:
    """``(AP) HONOLULU -``, ``(Reuters) -``, ``(CNN)The``, ``(Honolulu) --``."""
    m = _TAG_FIRST.match(text, start, limit)
    if m is None:
        return None
    tag = m.group("tag")
    after = m.end()
    if is_agency_tag(tag):
        p = _PLACE_FIRST.match(text, _skip_spaces(text, after, limit), limit)
        if (
            p is not None
            and p.group("sep") is not None
            and p.group("tag") is None
            and p.group("slash") is None
            and p.group("bare") is None
            and _is_caps(p.group("head"))
            and _place_words_ok(p.group("head"))
        ):
            sep_end = p.end("sep")
            body = _skip_spaces(text, sep_end, limit)
            if _sep_ok(text, sep_end, p.group("sep")) and _body_ok(text, body, limit, strict=True):
                place = text[p.start("head") : p.end("regions") or p.end("head")].strip()
                return _make(
                    text, start, sep_end, body, place, tag, p.group("date"), reference_date
                )
        s = _SEP_ONLY.match(text, after, limit)
        if s is not None and _sep_ok(text, s.end(), s.group()):
            body = _skip_spaces(text, s.end(), limit)
            if not _body_ok(text, body, limit, strict=False):
                return None
            return _make(text, start, s.end(), body, None, tag, None, reference_date)
        body = _skip_spaces(text, after, limit)
        first = text[body : body + 1]
        if first and not (first.isupper() or first.isdigit() or first in _OPENERS):
            return None
        return _make(text, start, after, body, None, tag, None, reference_date)
    # A place in brackets, as broadcast copy writes it: ``(Fresno, California) --``.
    words = tag.replace(",", " ").split()
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 5:
        return None
    s = _SEP_ONLY.match(text, after, limit)
    if s is None or s.group().strip() not in {"--", "—", "–"}:
        return None
    body = _skip_spaces(text, s.end(), limit)
    if not _body_ok(text, body, limit, strict=True):
        return None
    return _make(text, start, s.end(), body, tag.strip(), None, None, reference_date)


def _place_first(
    text: str, start: int, limit: int, reference_date: dt.date | None
) -> Dateline | None:
    """``KIEV, Ukraine (AP) —``, ``SAO PAULO, Nov 7 (Reuters) -``, ``LONDON—``."""
    m = _PLACE_FIRST.match(text, start, limit, KEEP_GIL)
    if m is None:
        return None
    head = m.group("head")
    if not _place_words_ok(head):
        return None
    place = text[m.start("head") : max(m.end("head"), m.end("regions"))].strip()
    if m.group("date") is not None and parse_month_day(m.group("date"))[1] is None:
        return None  # ``LONDON, 21 people -``: no month
    caps = _is_caps(head)
    tag = m.group("tag") or m.group("slash")
    sep = m.group("sep")
    date_text = m.group("date")
    regions = m.group("regions") or ""
    bare = m.group("bare")
    if bare is not None:
        if date_text is None or canonical_agency(bare) is None or sep is None:
            return None
        end = m.end("sep")
        if not _sep_ok(text, end, sep):
            return None
        body = _skip_spaces(text, end, limit)
        return _make(text, start, end, body, place, bare, date_text, reference_date)
    if tag is not None:
        tag_end = m.end("tag") + 1 if m.group("tag") is not None else m.end("slash") + 1
        slash = m.group("slash") is not None
        # A release's dateline set alone on its line may end with the tag,
        # no dash after it: ``PORTVALE, March 3, 2026 /PRNewswire/``.
        alone = slash and sep is None and not text[tag_end:limit].strip()
        if slash and sep is None and not alone:
            return None
        unknown_ok = caps and sep is not None and tag[:1].isupper() and len(tag.split()) <= 4
        if not slash and not is_agency_tag(tag) and not unknown_ok:
            return None
        if sep is not None:
            if not _sep_ok(text, m.end("sep"), sep):
                sep = None
            elif sep.strip() == ":" and not caps:
                return None
        if sep is None:
            body = _skip_spaces(text, tag_end, limit)
            first = text[body : body + 1]
            if first and not (first.isupper() or first.isdigit() or first in _OPENERS):
                return None
            if slash and not alone:
                return None
            return _make(text, start, tag_end, body, place, tag, date_text, reference_date)
        end = m.end("sep")
        body = _skip_spaces(text, end, limit)
        if not _body_ok(text, body, limit, strict=False):
            return None
        return _make(text, start, end, body, place, tag, date_text, reference_date)
    if sep is None:
        return None
    mark = sep.strip(" \t\u00a0")
    end = m.end("sep")
    if not _sep_ok(text, end, sep):
        return None
    body = _skip_spaces(text, end, limit)
    if date_text is None and not _body_ok(text, body, limit, strict=True):
        return None
    if mark[:1] == "." and len(mark) > 1:
        # Spanish-language copy closes a dateline with a full stop and a
        # dash, tag or no tag: ``CIUDAD.-``, ``Washington.-``.
        return _make(text, start, end, body, place, None, date_text, reference_date)
    if caps:
        letters = sum(c.isalpha() for c in head)
        if letters < 3 and "." not in head:
            return None
        if mark in {"--", "—", "–", "‒", "―"} or sep[:1] in {" ", "\t", "\u00a0"}:
            return _make(text, start, end, body, place, None, date_text, reference_date)
        return None
    if date_text is not None and mark != ":":
        return _make(text, start, end, body, place, None, date_text, reference_date)
    if mark == ":" and regions.count(",") >= 2 and date_text is None:
        return _make(text, start, end, body, place, None, None, reference_date)
    return None


def match_dateline(text: str, *, reference_date: dt.date | None = None) -> Dateline | None:
    """Read the dateline at the start of a lead paragraph's raw text.

    Leading white space (an indent of hard-wrapped or ANPA copy) is skipped;
    the dateline must start at the first other character and lie within
    :data:`DATELINE_WINDOW` characters.  Bounded patterns and no search: the
    cost is a few microseconds, and nothing at all for a text that starts with
    neither a capital letter nor a bracket.

    :param text: The paragraph's raw text (or any text that may open with a dateline).
    :param reference_date: The date against which a date without a year
        (``Nov 7``) gets its year, the closest one; never the clock.
        Without it, such a dateline's :attr:`~wireparse.Dateline.date` is ``None``.
    :returns: The :class:`~wireparse.Dateline`, with offsets into *text*, or ``None``.

    The block rules read a lead's dateline and the metadata stage reads it
    again from the same text: the reading without a reference date is kept
    for the last 64 texts of at most 2,000 characters, and a reference date
    then only completes its date.
    """
    if not isinstance(text, str) or not text:
        return None
    if len(text) > _DATELINE_KEPT_CHARS:
        return _read_dateline(text, reference_date)
    return _with_reference(_read_kept(text), reference_date)


#: How many texts :func:`match_dateline` keeps its readings for.
_DATELINES_KEPT: Final = 64
#: The longest text whose reading is kept (a lead paragraph is shorter).
_DATELINE_KEPT_CHARS: Final = 2000


@functools.lru_cache(maxsize=_DATELINES_KEPT)
def _read_kept(text: str) -> Dateline | None:
    """:func:`_read_dateline` without a reference date, kept for the last texts asked about."""
    return _read_dateline(text, None)


def _with_reference(found: Dateline | None, reference_date: dt.date | None) -> Dateline | None:
    """*found*, read without a reference date, as :func:`_make` builds it with *reference_date*.

    Only a date written without a year changes: it takes the year nearest
    the reference date.
    """
    if found is None or reference_date is None or found.date is not None or not found.date_text:
        return found
    date = _date_of(found.date_text, reference_date)[0]
    return found if date is None else attrs.evolve(found, date=date)


def _read_dateline(text: str, reference_date: dt.date | None) -> Dateline | None:
    """The work of :func:`match_dateline`, on a non-empty text."""
    start = _skip_spaces(text, 0, len(text))
    first = text[start : start + 1]
    if not first or not (first == "(" or first.isupper()):
        return None
    limit = min(len(text), start + DATELINE_WINDOW)
    if first == "(":
        return _tag_first(text, start, limit, reference_date)
    if _DATELINE_MARK.search(text, start, limit) is None:
        return None
    found = _place_first(text, start, limit, reference_date)
    if found is None and first.isalpha():
        found = _date_first(text, start, limit, reference_date)
    if found is None and "(" in text[start:limit]:
        found = _place_with_region(text, start, limit, reference_date)
        if found is None:
            found = _place_day(text, start, limit, reference_date)
        if found is None:
            found = _place_numeric_date(text, start, limit, reference_date)
    return found


def shift_dateline(found: Dateline, offset: int) -> Dateline:
    """*found* with its offsets moved by *offset*: read from a slice, placed in the whole text.

    ``attrs.evolve(found, span=found.span.shift(offset), body_start=found.body_start
    + offset)``, built directly (``evolve`` looks the class's fields up each time).
    """
    return Dateline(
        found.place,
        found.agency,
        found.date_text,
        found.date,
        found.month,
        found.day,
        found.span.shift(offset),
        found.body_start + offset,
        found.text,
        found.canonical_agency,
    )


#: A place with its country or region in brackets, a date and the agency's
#: tag: ``NUEVA YORK (EEUU), 5 feb (EFE).-``, ``Córdoba (Argentina), 3 mar
#: (EFE).-``.
_PLACE_REGION = lazy_compile(
    rf"(?P<head>{_WORD}{_MORE}{{0,4}}){_WS}{{1,2}}\((?P<region>{_WORD}{_MORE}{{0,3}})\),"
    rf"{_WS}{{1,2}}(?P<date>{DATE}){TAG}{TAG_SEP}"
)


def _place_with_region(
    text: str, start: int, limit: int, reference_date: dt.date | None
) -> Dateline | None:
    """A dateline whose place carries its country in brackets.

    Convention: EFE names the country of a place that may be taken for
    another, in brackets after it and before the date: ``NUEVA YORK (EEUU),
    5 feb (EFE).-``, ``Córdoba (Argentina), 3 mar (EFE).-``.  The place is
    kept with its brackets; the tag must be an agency's and the date a date.
    """
    m = _PLACE_REGION.match(text, start, limit)
    if m is None or not _place_words_ok(m.group("head")):
        return None
    if parse_month_day(m.group("date"))[1] is None or not is_agency_tag(m.group("tag")):
        return None
    end = m.end("sep")
    if not _sep_ok(text, end, m.group("sep")):
        return None
    body = _skip_spaces(text, end, limit)
    if not _body_ok(text, body, limit, strict=False):
        return None
    place = text[m.start("head") : m.end("region") + 1]
    return _make(text, start, end, body, place, m.group("tag"), m.group("date"), reference_date)


#: A place in capitals, the day of the month alone and the agency's tag:
#: ``BILBAO, 22 (EUROPA PRESS)``.
_PLACE_DAY = lazy_compile(
    rf"(?P<head>{_WORD}{_MORE}{{0,4}}),{_WS}{{1,2}}(?P<day>[0-9]{{1,2}}){TAG}{TAG_SEP}?"
)


def _place_day(
    text: str, start: int, limit: int, reference_date: dt.date | None
) -> Dateline | None:
    """A dateline that gives the day of the month and no month.

    Convention: Europa Press dates a story by the day alone, between the
    place in capitals and its tag, a dash after it or none: ``BILBAO, 22
    (EUROPA PRESS) - El pleno aprobó ...``, ``BILBAO, 22 (EUROPA PRESS)``
    on a line of its own.  The place must be in capitals, the tag a known
    agency's (:func:`wireparse.metadata.agencies.canonical_agency`) and the
    day one of a month; the dateline's :attr:`~wireparse.Dateline.day` is
    set, its month and date are not.
    """
    m = _PLACE_DAY.match(text, start, limit)
    if m is None or not _is_caps(m.group("head")) or not _place_words_ok(m.group("head")):
        return None
    day = int(m.group("day"))
    tag = m.group("tag")
    if not 1 <= day <= 31 or _tag_agency(tag) is None:
        return None
    after = _after_tag(text, m, limit)
    if after is None:
        return None
    end, body = after
    found = _make(text, start, end, body, m.group("head"), tag, m.group("day"), reference_date)
    return attrs.evolve(found, day=day)


def _after_tag(text: str, m: regex.Match[str], limit: int) -> tuple[int, int] | None:
    """Where a dateline matched by *m* ends and its body starts, after the agency's tag.

    A separator after the tag (a dash) ends the dateline when the body
    after it reads as one; with none, the dateline ends after the tag's
    bracket and the body must open as a sentence does (a capital, a figure
    or an opening mark): ``BRUXELLES 07/12 (BELGA)`` alone above its lead.
    """
    sep = m.group("sep")
    if sep is not None and _sep_ok(text, m.end("sep"), sep):
        end = m.end("sep")
        body = _skip_spaces(text, end, limit)
        return (end, body) if _body_ok(text, body, limit, strict=False) else None
    end = m.end("tag") + 1
    body = _skip_spaces(text, end, limit)
    first = text[body : body + 1]
    if first and not (first.isupper() or first.isdigit() or first in _OPENERS):
        return None
    return end, body


#: A place, its date in figures (day, slash, month) and the agency's tag:
#: ``BRUXELLES 07/12 (BELGA)``, ``LIÈGE, 3/2 (Belga) -``.
_PLACE_NUMERIC_DATE = lazy_compile(
    rf"(?P<head>{_WORD}{_MORE}{{0,4}}),?{_WS}{{1,2}}"
    rf"(?P<date>(?P<day>[0-9]{{1,2}})/(?P<month>[0-9]{{1,2}})){TAG}{TAG_SEP}?"
)


def _place_numeric_date(
    text: str, start: int, limit: int, reference_date: dt.date | None
) -> Dateline | None:
    """A dateline that writes its date in figures, the day before the month.

    Convention: Belga dates a story with the day and month in figures
    between the place and its tag, the line alone above the lead or a dash
    after it: ``BRUXELLES 07/12 (BELGA)`` on a line of its own, ``LIÈGE,
    3/2 (Belga) - Le conseil communal ...``.  The tag must be a known
    agency's (:func:`wireparse.metadata.agencies.canonical_agency`) and the
    figures a day (1 to 31) and a month (1 to 12); the dateline's
    :attr:`~wireparse.Dateline.day` and :attr:`~wireparse.Dateline.month`
    are set, and its date when a reference date gives the year.
    """
    m = _PLACE_NUMERIC_DATE.match(text, start, limit)
    if m is None or not _place_words_ok(m.group("head")):
        return None
    day, month = int(m.group("day")), int(m.group("month"))
    tag = m.group("tag")
    if not (1 <= day <= 31 and 1 <= month <= 12) or _tag_agency(tag) is None:
        return None
    after = _after_tag(text, m, limit)
    if after is None:
        return None
    end, body = after
    return _make(text, start, end, body, m.group("head"), tag, m.group("date"), reference_date)


def _date_first(
    text: str, start: int, limit: int, reference_date: dt.date | None
) -> Dateline | None:
    """``March 3, 2026 (AP)``: a date and an agency tag, no place."""
    m = _DATE_FIRST.match(text, start, limit, KEEP_GIL)
    if m is None or not is_agency_tag(m.group("tag")):
        return None
    sep = m.group("sep")
    end = m.end("sep") if sep is not None and _sep_ok(text, m.end("sep"), sep) else m.end("tag") + 1
    body = _skip_spaces(text, end, limit)
    first = text[body : body + 1]
    if end == m.end("tag") + 1 and first and not (first.isupper() or first in _OPENERS):
        return None
    return _make(text, start, end, body, None, m.group("tag"), m.group("date"), reference_date)


# --------------------------------------------------------------------------
# Timestamp lines of German, French and Spanish pages
# --------------------------------------------------------------------------

#: The label that opens a timestamp line of a German, French or Spanish page,
#: with the words before its date: ``Veröffentlicht am``, ``Aktualisiert
#: am``, ``Stand:``, ``Publié le``, ``Mis à jour le``, ``Modifié le``,
#: ``Publicado el``, ``Actualizado:``; or the article alone before the
#: date: ``Le 9 mars 2026 à 18h05``, ``Am 9. März 2026, 18:05 Uhr``, ``El
#: 9 de marzo de 2026``.  Group ``update`` is set when the label names an
#: update.
LANGUAGE_TIMESTAMP_LABEL = lazy_compile(
    r"(?i:(?:(?P<update>aktualisiert|geändert|mis\s+à\s+jour|modifié|actualizado|modificado"
    r"|stand)|veröffentlicht|erstellt|publié|publicado)"
    r"(?:\s+(?:am|le|el|à|a\s+las))?\s{0,2}:?\s{1,3}|(?:le|el|am)\s{1,3}(?=\d))"
)
#: A second label after the date of a timestamp line, where the page sets
#: the update on the same line: ``Publié le 10/03/2026 à 09h30, mis à jour
#: à 11h15``, ``Veröffentlicht am 10.03.2026 | Aktualisiert 11:15 Uhr``.
_SECOND_TIMESTAMP_LABEL = lazy_compile(
    r"(?i),?\s(?:[|/-]\s)?(?:aktualisiert|geändert|mis\s+à\s+jour|modifié|actualizado|modificado)\b"
)
#: The most characters of a labelled timestamp line.
_LANGUAGE_TIMESTAMP_MAX = 80


def language_timestamp(text: str) -> tuple[dt.datetime | dt.date, bool] | None:
    """The date of a labelled timestamp line of a German, French or Spanish page.

    Convention: such pages set the publication and update times on a line
    of their own, a label (:data:`LANGUAGE_TIMESTAMP_LABEL`) then a date in
    the language (``Veröffentlicht am 21.01.2019, 10:30 Uhr``, ``Publié le
    21 janvier 2019 à 10h30``, ``Mis à jour le 21/01/2019 à 10:30``,
    ``Actualizado: 21/01/2019 10:30``), or the article alone (``Le 21
    janvier 2019 à 10h30``).  Numeric dates are read day first.  A line
    that gives the update after the publication (``Publié le 21/01/2019 à
    10h30, mis à jour à 11h15``) is read for the publication.

    :param text: The line.
    :returns: The date or time, and whether the label names an update
        (``Aktualisiert``, ``Mis à jour``, ``Actualizado``, ``Stand``), or
        ``None`` when the line is no such timestamp.
    """
    s = text.strip()
    if not s or len(s) > _LANGUAGE_TIMESTAMP_MAX:
        return None
    m = LANGUAGE_TIMESTAMP_LABEL.match(s)
    if m is None:
        return None
    rest = s[m.end() :].strip()
    if not rest[:1].isdigit():
        return None
    second = _SECOND_TIMESTAMP_LABEL.search(rest)
    if second is not None:
        # "Publié le 10/03/2026 à 09h30, mis à jour à 11h15": the first date.
        rest = rest[: second.start()]
    rest = _CLOCK_WORD.sub("", rest).strip(" ,")
    if "h" in rest:
        # "10/03/2026 09h30": the French clock read as "09:30", so that the
        # numeric date before it is read day first as well.
        rest = _FRENCH_CLOCK.sub(r"\1:\2", rest)
    found = parse_timestamp(rest, day_first=True, languages=MONTH_LANGUAGES)
    if found is None:
        return None
    return found, m.group("update") is not None


#: What opens the update after its label, before its date or time: the
#: article or preposition (``le``, ``am``, ``el``, ``à``, ``um``) or a colon.
_UPDATE_OPENING = lazy_compile(r"(?i)\s?:?\s*(?:(?:le|am|el|à|a\s+las|um)\s+)?")


def language_update(text: str) -> dt.datetime | dt.date | None:
    """The update stated after the publication on a labelled timestamp line.

    Convention: a French, German or Spanish page may set the update on the
    publication's line, after a second label, with its own date or with a
    time alone on the publication's day: ``Publié le 9 mars 2026 à 18h05,
    mis à jour à 21h15`` (the 9th at 21:15), ``Publié le 9 mars 2026 à
    18h05, mis à jour le 10 mars 2026 à 08h00``, ``Veröffentlicht am
    10.03.2026, 09:30 Uhr | Aktualisiert 11:15 Uhr``.  A time alone that
    would fall before the publication is not read (the day is not stated).

    :param text: The line.
    :returns: The update's time, or ``None`` when the line states none
        after a publication.
    """
    s = text.strip()
    if not s or len(s) > _LANGUAGE_TIMESTAMP_MAX:
        return None
    m = LANGUAGE_TIMESTAMP_LABEL.match(s)
    if m is None or m.group("update") is not None:
        return None
    rest = s[m.end() :]
    second = _SECOND_TIMESTAMP_LABEL.search(rest)
    if second is None:
        return None
    first = language_timestamp(s)
    if first is None:
        return None
    published = first[0]
    tail = rest[second.end() :]
    opening = _UPDATE_OPENING.match(tail)
    if opening is not None:
        tail = tail[opening.end() :]
    tail = _CLOCK_WORD.sub("", tail).strip(" ,")
    if "h" in tail:
        tail = _FRENCH_CLOCK.sub(r"\1:\2", tail)
    day = published.date() if isinstance(published, dt.datetime) else published
    found = parse_timestamp(tail, reference_date=day, day_first=True, languages=MONTH_LANGUAGES)
    if isinstance(found, dt.datetime) and isinstance(published, dt.datetime) and found < published:
        return None
    return found


#: A German or French clock word after a time (``10:30 Uhr``, ``10h30``
#: is read as it is), and the ``à`` / ``a las`` / ``um`` between date and time.
_CLOCK_WORD = lazy_compile(r"(?i)\s(?:uhr|um|à|a\s+las)(?![\p{L}])")
#: A French clock, hours, ``h`` and minutes: ``09h30``, ``18h05``.
_FRENCH_CLOCK = lazy_compile(r"(?<![\p{L}\d])([01]?\d|2[0-3])h([0-5]\d)(?![\p{L}\d])")
