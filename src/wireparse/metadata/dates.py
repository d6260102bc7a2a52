"""Timestamps: the date and time lines of web pages and the signatures of feeds.

:func:`parse_timestamp` reads the common spellings with compiled patterns and
plain arithmetic (a few microseconds)::

    Posted 3:54 PM, July 7, 2017             updated 6:40 PM EST, Wed March 4, 2026
    March 3, 2026 12:05 AM                   Tuesday, 03.10.2026 / 4:10 PM
    3 Jun 2026 10:48am, EDT                  3 June 2026 Last updated at 21:47 ET
    Published: June 3, 2026 at 7:14 AM ET    Posted Mar 9th 2026 2:25PM
    2012-07-24T08:18:00Z                     Wed, 07 Nov 2012 17:15:00 -0500
    AP-WF-03-04-26 0517GMT                   141530 GMT Mar 26
    Nov 7  (with a reference date)           3 hours ago  (with a reference date)

and hands anything else that holds a digit or a month name to ``dateparser``,
imported on first use, with English only and settings that never consult the
clock.  :func:`is_timestamp_line` is the cheap test for block classification.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from typing import TYPE_CHECKING, Any, Final

import regex

from wireparse import lexicon
from wireparse.reading.patterns import KEEP_GIL, lazy_compile

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

__all__ = [
    "MONTH_LANGUAGES",
    "MONTH_NAMES",
    "MONTH_WORDS",
    "SIGNATURE_MONTHS",
    "TIMEZONES",
    "WEEKDAY_NAMES",
    "is_timestamp_line",
    "month_number",
    "parse_timestamp",
    "signature_month",
    "two_digit_year",
    "year_near",
    "zone_offset",
]

#: Fixed UTC offsets of the zone abbreviations news pages write.  The US zones
#: written without saying standard or daylight time (``ET``, ``CT``, ``MT``, ``PT``) are not
#: here: their offset depends on the date and is worked out by :func:`zone_offset`.
#: ``IST`` is India Standard Time, as Indian pages date the agency copy they
#: carry (``Updated: Dec 7, 2026, 14:20 IST``).
TIMEZONES: Final[Mapping[str, dt.timedelta]] = {
    name: dt.timedelta(hours=hours)
    for name, hours in {
        "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0,
        "BST": 1, "CET": 1, "WEST": 1, "MEZ": 1,
        "CEST": 2, "EET": 2, "MESZ": 2, "SAST": 2,
        "EEST": 3, "MSK": 3,
        "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
        "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "AKST": -9, "AKDT": -8, "HST": -10,
        "PKT": 5, "IST": 5.5, "HKT": 8, "SGT": 8, "AWST": 8, "JST": 9, "KST": 9,
        "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    }.items()
}  # fmt: skip
#: US zones written without saying standard or daylight time, with their standard offset.
_US_GENERIC: Final = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}

_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: Final = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

_MONTH_RE = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY_RE = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
)
_ZONE_RE = "|".join(
    sorted((*(z for z in TIMEZONES if z != "Z"), *_US_GENERIC), key=len, reverse=True)
)
_LABEL_RE = (
    r"posted|updated|update|published|last|modified|created|first|on|at|date|time|and|the"
    r"|of|local|as|issued|filed|edited|released|originally|was|is"
)

# The alternatives of :data:`TOKEN`, in its order; each group's name is the token's kind.
_NUMDATE_TOKEN = (
    r"(?P<numdate>[0-9]{1,4}(?P<datesep>[./-])[0-9]{1,2}(?P=datesep)[0-9]{2,4})(?![0-9])"
)
_TIME_TOKEN = (
    r"(?P<timetok>(?P<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,6})?)?"
    r"|[0-9]{1,2}\.[0-9]{2}(?=\s?(?:[ap]\.?m|BST|GMT|UTC|CET|CEST)))"
    r"(?:\s?(?P<ampm>[ap])\.?m\.?(?![\p{L}]))?)"
)
_HOUR_TOKEN = r"(?P<hourtok>(?P<hour>[0-9]{1,2})\s?(?P<ampm2>[ap])\.?m\.?(?![\p{L}]))"
_YY_TOKEN = r"['’](?P<yy>[0-9]{2})(?![\p{L}0-9])"
_NUM_TOKEN = r"(?P<num>[0-9]{1,4})(?:st|nd|rd|th)?(?![\p{L}0-9])"
_MONTH_TOKEN = rf"(?P<month>{_MONTH_RE})\.?(?![\p{{L}}])"
_WEEKDAY_TOKEN = rf"(?P<wd>{_WEEKDAY_RE})\.?(?![\p{{L}}])"
_ZONE_TOKEN = (
    rf"(?P<zonetok>(?P<zone>{_ZONE_RE})(?P<zoff>[+-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?(?![\p{{L}}]))"
)
_OFFSET_TOKEN = r"(?<=[\s0-9])(?P<off>[+-][0-9]{2}:?[0-9]{2})(?![0-9])"
_LABEL_TOKEN = rf"(?P<label>{_LABEL_RE})(?![\p{{L}}])"
_PUNCT_TOKEN = r"(?P<punct>[,;/|·•\-–—:()\[\]]|\.)"
_SPACE_TOKEN = r"(?P<ws>\s+)"
_OTHER_TOKEN = r"(?P<other>[\p{L}\p{N}'’]+|\S)"

#: One token of a timestamp line.
#: For example ``Posted``, ``3:54``, ``PM``, ``July``, ``7``, ``2017``, ``03.10.2026``, ``EDT``.
TOKEN: Final = lazy_compile(
    "|".join(
        (
            _NUMDATE_TOKEN, _TIME_TOKEN, _HOUR_TOKEN, _YY_TOKEN, _NUM_TOKEN, _MONTH_TOKEN,
            _WEEKDAY_TOKEN, _ZONE_TOKEN, _OFFSET_TOKEN, _LABEL_TOKEN, _PUNCT_TOKEN,
            _SPACE_TOKEN, _OTHER_TOKEN,
        )
    ),
    regex.IGNORECASE,
)  # fmt: skip
#: :data:`TOKEN` at a figure: only its alternatives that open with one, in
#: its order, so the match is the same, found sooner (``3:54``, ``7pm``,
#: ``03.10.2026``, ``12th``, ``2017``).
_FIGURE_TOKEN: Final = lazy_compile(
    "|".join((_NUMDATE_TOKEN, _TIME_TOKEN, _HOUR_TOKEN, _NUM_TOKEN, _OTHER_TOKEN)),
    regex.IGNORECASE,
)
#: :data:`TOKEN` at a letter, the same way: the month, weekday, zone and label
#: words, or another word (``July``, ``Tue.``, ``EDT``, ``Posted``, ``Ferry``).
_LETTER_TOKEN: Final = lazy_compile(
    "|".join((_MONTH_TOKEN, _WEEKDAY_TOKEN, _ZONE_TOKEN, _LABEL_TOKEN, _OTHER_TOKEN)),
    regex.IGNORECASE,
)
#: The figures :data:`_FIGURE_TOKEN` is asked about (``TOKEN``'s ``[0-9]``).
_FIGURES: Final = frozenset("0123456789")
#: The commonest shapes of a web timestamp in one pattern (the fast path of the
#: fast path): ``Posted 3:54 PM, July 7, 2017``, ``updated 6:40 PM EST, Wed
#: March 4, 2026``, ``3 Jun 2026 10:48am, EDT``, ``June 3, 2026 at 7:14 AM ET``.
COMMON: Final = lazy_compile(
    r"""
    (?:(?:first\s|last\s)?(?:posted|updated|published)(?:\s?:)?\s(?:on\s|at\s)?)?
    (?:(?P<t1>[0-9]{1,2}:[0-9][0-9])\s?(?:(?P<ap1>[ap])\.?m\.?)?(?:\s(?P<z1>[a-z]{2,4}))?,?\s)?
    (?:(?P<wd>[a-z]{3,9})\.?,?\s)?
    (?:(?P<mon>[a-z]{3,9})\.?\s(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?
      |(?P<day2>[0-9]{1,2})(?:st|nd|rd|th)?\s(?P<mon2>[a-z]{3,9})\.?),?\s(?P<year>[0-9]{4})
    (?:,?\s(?:at\s)?(?P<t2>[0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?)\s?(?:(?P<ap2>[ap])\.?m\.?)?
      (?:,?\s(?P<z2>[a-z]{2,4}))?)?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: The English month names in full, lower case (``january``).
MONTH_NAMES: Final = tuple(
    "january february march april may june july august september october november december".split()
)
#: The English weekday names in full, lower case (``monday``).
WEEKDAY_NAMES: Final = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
#: English month words, lower case: the names and their three-letter
#: abbreviations, and ``sept`` (``Sept. 4``).
MONTH_WORDS: Final = frozenset(w for full in MONTH_NAMES for w in {full, full[:3], "sept"})
_WEEKDAY_WORDS: Final = frozenset(
    w for full in WEEKDAY_NAMES for w in {full, full[:3], full[:4], "tues", "thur", "thurs", "weds"}
)
#: The languages besides English whose month names :func:`month_number` reads
#: from the word lists (``lexicon/<language>/months.txt``) when it is not told
#: which language a text is in.
MONTH_LANGUAGES: Final = ("de", "fr", "es")


def month_number(word: str, languages: Sequence[str] | None = None) -> int | None:
    """Return the month (1-12) a month name or abbreviation stands for, else ``None``.

    English names (``March``, ``Sept.``) are read from a table; the names of
    other languages (``Januar``, ``janv.``, ``ene``) from the ``months`` word
    list of each language in *languages*, read on first use.  Case and a final
    dot do not matter.

    >>> month_number("Jänner"), month_number("févr."), month_number("ene", ["es"])
    (1, 2, 1)

    :param word: The word as written.
    :param languages: ISO 639-1 codes whose lists to consult, in order;
        ``None`` for all of :data:`MONTH_LANGUAGES`.  English is always read.
    """
    key = word.strip().rstrip(".").casefold()
    if not key or len(key) > 12:
        return None
    english = _MONTHS.get(key[:3]) if key in MONTH_WORDS else None
    if english is not None:
        return english
    for language in MONTH_LANGUAGES if languages is None else languages:
        if language == "en":
            continue
        try:
            value = lexicon.mapping(language, "months").get(key)
        except lexicon.LexiconError:
            continue
        if value is not None:
            return int(value)
    return None


#: ISO 8601: ``2012-07-24``, ``2012-07-24T08:18:00Z``, ``2012-07-24 08:18:00+02:00``.
ISO: Final = lazy_compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,6}))?)?"
    r"\s?(Z|[+-][0-9]{2}(?::?[0-9]{2})?|UTC|GMT)?)?"
)
#: A date with another language's month name, day first, as German, French
#: and Spanish pages write it: ``21. Januar 2019``, ``Montag, 21. Januar 2019,
#: 14:05 Uhr``, ``21 janvier 2019 à 14h05``, ``lundi 21 janv. 2019``, ``21 de
#: enero de 2019``, ``21 ene 2019 - 14:05``.  The month word is read with
#: :func:`month_number`.
DAY_MONTH_YEAR: Final = lazy_compile(
    r"(?:(?P<wd>\p{L}{2,12}\.?),?\s)?(?P<day>[0-9]{1,2})\.?\s(?:de\s)?(?P<mon>\p{L}{3,10})\.?,?"
    r"\s(?:de\s)?(?P<year>[0-9]{4})"
    r"(?:,?\s(?:um\s|à\s|a\slas\s|-\s|–\s)?(?P<hh>[0-9]{1,2})[:.h](?P<mm>[0-9]{2})(?:\sUhr|\sh)?)?"
)
#: A day before a month word of another language (``3. Februar``, ``5 de febrero``, ``12 mars``).
_DAY_MONTH_TOKEN = lazy_compile(r"[0-9]{1,2}\.?\s(?:de\s)?\p{L}{3,10}")

#: The grammar of an ANPA-1312 end signature, the one grammar the feed reader
#: (:mod:`wireparse.feeds.anpa`, after ETX) and :func:`parse_timestamp` read:
#: agency-circuit-MM-DD-YY HHMM and a zone, ``AP-WF-03-04-26 0517GMT``; the
#: agency and circuit, or the zone, may be missing (``03-04-26 0517GMT``).
ANPA_SIGNATURE_TEXT: Final = (
    r"(?:(?P<agency>[A-Za-z]{1,6})-(?P<circuit>[A-Za-z0-9]{1,4})-)?"
    r"(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})-(?P<year>[0-9]{2,4})[ \t]{1,3}"
    r"(?P<hour>[0-9]{1,2}):?(?P<minute>[0-9]{2})[ \t]?(?P<zone>[A-Za-z]{1,4})?"
)
#: An ANPA-1312 end signature (:data:`ANPA_SIGNATURE_TEXT`): ``AP-WF-03-04-26 0517GMT``.
ANPA_SIGNATURE: Final = lazy_compile(ANPA_SIGNATURE_TEXT)
#: The grammar of an IPTC 7901 end signature, the one grammar the feed reader
#: (:mod:`wireparse.feeds.iptc7901`) and :func:`parse_timestamp` read:
#: DDHHMM, a zone, the month and the year, ``141530 GMT Mar 26``; the zone and
#: year may be missing, and dpa writes German months (``Okt``); the month is
#: read with :func:`signature_month`.
IPTC_SIGNATURE_TEXT: Final = (
    r"(?P<day>[0-9][0-9])(?P<hour>[0-9][0-9])(?P<minute>[0-9][0-9])"
    r"(?:[ \t]{1,3}(?P<zone>[A-Z]{2,5}))?[ \t]{1,3}(?P<month>[^\W\d_]{3,9})\.?"
    r"(?:[ \t]{1,3}(?P<year>[0-9]{2}|[0-9]{4})(?![0-9]))?"
)
#: An IPTC 7901 end signature (:data:`IPTC_SIGNATURE_TEXT`): ``141530 GMT Mar 26``.
IPTC_SIGNATURE: Final = lazy_compile(IPTC_SIGNATURE_TEXT)
#: The month abbreviations of feed end signatures, lower case: English, and
#: the German ones dpa's converter writes (``141530 GMT Okt 26``: October).
#: IPTC 7901 trailers (:mod:`wireparse.feeds.iptc7901`) and the signatures
#: :func:`parse_timestamp` reads take their month from it.
SIGNATURE_MONTHS: Final[Mapping[str, int]] = {
    **_MONTHS,
    "sept": 9,
    "okt": 10,
    "dez": 12,
    "mär": 3,
    "mrz": 3,
    "mai": 5,
}
#: A relative timestamp: ``3 hours ago``, ``an hour ago``, ``yesterday``,
#: labelled or not (``Updated 3 hours ago``, ``Last updated: 2 hours ago``);
#: a live page's short form too, a figure glued to the unit's letter (``1h
#: ago``, ``25m ago``, ``2d ago``).
RELATIVE: Final = lazy_compile(
    r"(?i)(?:(?:(?:first|last)\s)?(?:posted|updated|published)\s?:?\s{1,2})?(?:about\s)?"
    r"(?:(?P<n>[0-9]{1,3}|an?)\s(?P<unit>sec|min|hour|hr|day|week|month|year)[a-z]{0,5}\sago"
    r"|(?P<short_n>[0-9]{1,3})(?P<short>[smhdw])\sago"
    r"|(?P<word>yesterday|today|tomorrow))"
)
#: The days of a short unit's letter (:data:`RELATIVE`'s ``2d ago``); seconds,
#: minutes and hours are the same day.
_SHORT_UNIT_DAYS: Final = {"d": 1, "w": 7}
#: Month names and digits: what a date needs; text without either is never a date.
#: For example the ``5`` of ``5 hours ago`` or the ``July`` of ``July fourth``.
_DATE_HINT = lazy_compile(rf"(?i)[0-9]|(?<![\p{{L}}])(?:{_MONTH_RE})(?![\p{{L}}])")
#: An ASCII digit: half of :data:`_DATE_HINT`, found by ``re`` at a fraction of the cost.
_DIGIT = re.compile(r"[0-9]")
#: Four figures in a row, as :data:`COMMON` needs for its year (``2017`` of
#: ``July 7, 2017``), found by ``re``.
_YEAR_FIGURES = re.compile(r"[0-9]{4}")
#: What every month word of :data:`_DATE_HINT` opens with, searched for in the
#: case-folded text: a text holding none of them has no month word (``jan``
#: in ``January``).
_MONTH_STEMS = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
#: A month word alone, the other half of :data:`_DATE_HINT` (the ``May`` of ``May 4``).
_MONTH_WORD = lazy_compile(rf"(?i)(?<![\p{{L}}])(?:{_MONTH_RE})(?![\p{{L}}])")
#: A bracketed tag after a timestamp, left out (``Updated 10:48 AM (Portvale Time)``).
_TRAILING_TAG = lazy_compile(r"\s?\([^()\n]{1,30}\)\s*$")
#: The labels before a timestamp (``Posted:``, ``Last updated at``, ``First published on``).
_LABELS = lazy_compile(
    r"(?i)^(?:(?:first\s|last\s)?(?:posted|updated|published|modified|created|issued)"
    r"(?:\s(?:on|at))?\s?:?\s?)+"
)
#: Words of a relative time, read only with a reference date (``3 hours ago``, ``yesterday``, ``in
#: 2 days``).
_RELATIVE_WORDS = lazy_compile(
    r"(?i)\b(?:ago|yesterday|today|tomorrow|tonight|now|last|next|this|in\s[0-9])\b"
)

#: The longest text read as a timestamp, in characters.
MAX_CHARS: Final = 120
#: The most tokens a timestamp line may have for :func:`is_timestamp_line`.
MAX_LINE_TOKENS: Final = 16


#: A live page's time alone, zero-padded, with a dot: ``07.13``, ``14.05``.
_DOTTED_TIME = lazy_compile(r"(?:[01][0-9]|2[0-3])\.[0-5][0-9]")
#: How many characters a :data:`_DOTTED_TIME` match has.
_DOTTED_TIME_CHARS: Final = 5
#: A zone with an offset (``GMT+1``, ``UTC-05:30``, ``+0200``).
_ZONE_WITH_OFFSET = lazy_compile(r"([A-Z]{1,5})?([+-])([0-9]{1,2})(?::?([0-5][0-9]))?")
#: The separator between hours and minutes (``10:48``, ``10.48``).
_TIME_SPLIT = lazy_compile(r"[:.]")
#: A time of day in a line (``10:48``, ``7.15``, ``3 p.m.``).
_HAS_TIME = lazy_compile(r"(?i)[0-9][:.][0-9][0-9]|[ap]\.?m")


def _us_dst(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on *day* (rules of 1987 and 2007)."""
    year = day.year

    def nth_sunday(month: int, n: int) -> dt.date:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))

    def last_sunday(month: int) -> dt.date:
        last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() + 1) % 7)

    if year >= 2007:
        return nth_sunday(3, 2) <= day < nth_sunday(11, 1)
    return nth_sunday(4, 1) <= day < last_sunday(10)


def zone_offset(zone: str, on: dt.date | None = None) -> dt.timezone | None:
    """Return the fixed offset a zone abbreviation stands for, or ``None`` if unknown.

    :param zone: An abbreviation (``EST``, ``CEST``, ``GMT+1``, ``UTC-05:00``)
        or a numeric offset (``-0500``).
    :param on: The date, for ``ET``/``CT``/``MT``/``PT``, which are standard
        or daylight time depending on it; without it they count as standard time.
    """
    z = zone.strip().upper()
    extra = dt.timedelta()
    m = _ZONE_WITH_OFFSET.fullmatch(z)
    if m is not None:
        sign = -1 if m.group(2) == "-" else 1
        extra = sign * dt.timedelta(hours=int(m.group(3)), minutes=int(m.group(4) or 0))
        if m.group(1) is None:
            return _timezone(extra)
        z = m.group(1)
    base = TIMEZONES.get(z)
    if base is None and z in _US_GENERIC:
        hours = _US_GENERIC[z] + (1 if on is not None and _us_dst(on) else 0)
        base = dt.timedelta(hours=hours)
    if base is None:
        return None
    return _timezone(base + extra, None if extra else z)


def _timezone(offset: dt.timedelta, name: str | None = None) -> dt.timezone | None:
    if not -dt.timedelta(hours=24) < offset < dt.timedelta(hours=24):
        return None
    return dt.timezone(offset, name) if name else dt.timezone(offset)


def two_digit_year(yy: int) -> int:
    """Expand a two-digit year: 70-99 are 19xx, 00-69 are 20xx."""
    return yy if yy >= 100 else (1900 + yy if yy >= 70 else 2000 + yy)


def year_near(month: int, day: int, reference: dt.date) -> int | None:
    """Return the year that puts *month*/*day* closest to *reference*.

    ``None`` when no year within one of *reference* has that day.
    """
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _build(
    year: int,
    month: int,
    day: int,
    clock: tuple[int, int, int, int] | None,
    zone: str | None,
) -> dt.datetime | dt.date | None:
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return None
    if not 1800 <= year <= 2200:
        return None
    if clock is None:
        return day_
    hour, minute, second, micro = clock
    try:
        moment = dt.datetime(year, month, day, hour, minute, second, micro)
    except ValueError:
        return None
    tz = zone_offset(zone, day_) if zone else None
    return moment.replace(tzinfo=tz) if tz is not None else moment


def _clock(time: str, ampm: str | None) -> tuple[int, int, int, int] | None:
    parts = _TIME_SPLIT.split(time, maxsplit=2)
    hour, minute = int(parts[0]), int(parts[1])
    second = micro = 0
    if len(parts) > 2:
        sec, _, frac = parts[2].replace(",", ".").partition(".")
        second = int(sec)
        micro = int((frac + "000000")[:6]) if frac else 0
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 60:
        return None
    return hour, minute, min(second, 59), micro


def _numdate(text: str, weekday: int | None, day_first: bool | None) -> tuple[int, int, int] | None:
    """Read a numeric date: ``2012-07-24``, ``03.10.2026``, ``7/24/12``.

    *text* is a ``numdate`` token of :data:`TOKEN`: three numbers and one
    separator throughout (``1.49/51`` is no such token).
    """
    sep = "-" if "-" in text else ("." if "." in text else "/")
    parts = text.split(sep)
    a, b, c = (int(x) for x in parts)
    if len(parts[0]) == 4:
        return a, b, c
    year = two_digit_year(c)
    options: list[tuple[int, int, int]] = []
    day_first_ = (year, b, a)
    month_first = (year, a, b)
    if a > 12:
        options = [day_first_]
    elif b > 12:
        options = [month_first]
    else:
        prefer_day = (sep == ".") if day_first is None else day_first
        options = [day_first_, month_first] if prefer_day else [month_first, day_first_]
        if weekday is not None:
            for y, m, d in options:
                try:
                    if dt.date(y, m, d).weekday() == weekday:
                        return y, m, d
                except ValueError:
                    continue
    return options[0]


class _Read:
    """The pieces of a timestamp line, read token by token."""

    __slots__ = (
        "ampm", "clock_text", "dated", "day_tokens", "month", "month_at", "numbers",
        "numdate", "offset", "others", "tokens", "weekday", "zone",
    )  # fmt: skip

    def __init__(self) -> None:
        self.numbers: list[tuple[int, int, str]] = []
        self.month: int | None = None
        self.month_at = -1
        self.weekday: int | None = None
        self.clock_text: str | None = None
        self.ampm: str | None = None
        self.zone: str | None = None
        self.offset: str | None = None
        self.numdate: str | None = None
        self.others = 0
        self.tokens = 0
        self.dated = False
        self.day_tokens = 0


def _tokens(text: str) -> Iterator[regex.Match[str]]:
    r"""The matches of :data:`TOKEN` in *text*, as ``TOKEN.finditer`` finds them, less some spaces.

    Every character opens a token (white space, or ``\S`` at worst), so the
    tokens follow one another.  Each is matched by the pattern of the
    alternatives that can open with its first character: :data:`_FIGURE_TOKEN`
    at a figure, :data:`_LETTER_TOKEN` at a letter, :data:`TOKEN` at any other;
    a single space before a printable character (a ``ws`` token, which
    :func:`_read` passes over) is not matched at all.
    """
    pos, end = 0, len(text)
    while pos < end:
        ch = text[pos]
        if ch == " ":
            after = text[pos + 1 : pos + 2]
            if after and after.isprintable() and not after.isspace():
                pos += 1
                continue
        pattern = _FIGURE_TOKEN if ch in _FIGURES else _LETTER_TOKEN if ch.isalpha() else TOKEN
        m = pattern.match(text, pos, None, KEEP_GIL)
        if m is None:  # never: TOKEN matches at every character
            return
        pos = m.end()
        yield m


def _read(text: str, *, stop: bool = False) -> _Read:
    """Read the tokens of *text*.

    :param stop: Stop at the first token that is no date or time word, or
        after :data:`MAX_LINE_TOKENS` tokens: enough for
        :func:`is_timestamp_line`, which rejects the line either way.  Most
        lines it is asked about are sentences, decided at their first word.
    """
    r = _Read()
    i = 0
    for m in _tokens(text):
        kind = m.lastgroup
        if kind in {"ws", "punct"}:
            continue
        r.tokens += 1
        i += 1
        if stop and r.tokens > MAX_LINE_TOKENS:
            break
        if kind == "numdate":
            r.numdate = m.group("numdate")
            r.dated = True
        elif kind == "timetok":
            if r.clock_text is None:
                r.clock_text = m.group("time")
                r.ampm = m.group("ampm")
        elif kind == "hourtok":
            if r.clock_text is None:
                r.clock_text = m.group("hour") + ":00"
                r.ampm = m.group("ampm2")
        elif kind == "yy":
            year = two_digit_year(int(m.group("yy")))
            r.numbers.append((year, i, str(year)))
            r.dated = True
        elif kind == "num":
            digits = m.group("num")
            r.numbers.append((int(digits), i, digits))
            r.dated = True
        elif kind == "month":
            # casefold() before the cut: a dotted capital I folds to two
            # characters ("frİday" -> "fri̇day"), which the cut would keep.
            month = _MONTHS.get(m.group("month").casefold()[:3])
            if month is not None:
                if r.month is None:
                    r.month = month
                    r.month_at = i
                r.dated = True
        elif kind == "wd":
            weekday = _WEEKDAYS.get(m.group("wd").casefold()[:3])
            if weekday is not None:
                r.weekday = weekday
                r.day_tokens += 1
        elif kind == "zonetok":
            r.zone = m.group("zone") + (m.group("zoff") or "")
        elif kind == "off":
            r.offset = m.group("off")
        elif kind == "label":
            pass
        else:
            r.others += 1
            if stop:
                break
    return r


def _assemble(
    r: _Read, reference_date: dt.date | None, *, strict: bool, day_first: bool | None = None
) -> dt.datetime | dt.date | None:
    clock = _clock(r.clock_text, r.ampm) if r.clock_text else None
    if r.clock_text and clock is None:
        return None
    zone = r.offset or r.zone
    year = month = day = None
    if r.numdate is not None:
        ymd = _numdate(r.numdate, r.weekday, day_first)
        if ymd is None:
            return None
        year, month, day = ymd
    elif r.month is not None:
        month = r.month
        years = [(v, at) for v, at, digits in r.numbers if len(digits) == 4]
        if years:
            year = years[0][0]
        rest = [(v, at) for v, at, digits in r.numbers if len(digits) <= 2 and 1 <= v <= 31]
        after = [v for v, at in rest if at == r.month_at + 1]
        before = [v for v, at in rest if at == r.month_at - 1]
        if after:
            day = after[0]
        elif before:
            day = before[-1]
        used = (1 if year else 0) + (1 if day else 0)
        if strict and len(r.numbers) > used:
            return None
    if month is None or day is None:
        time_only = not r.numbers and r.month is None and r.numdate is None and r.weekday is None
        if clock is not None and reference_date is not None and time_only:
            return _build(
                reference_date.year, reference_date.month, reference_date.day, clock, zone
            )
        return None
    if year is None:
        if reference_date is None:
            return None
        year = year_near(month, day, reference_date)
        if year is None:
            return None
    return _build(year, month, day, clock, zone)


def _common(m: regex.Match[str]) -> dt.datetime | dt.date | bool | None:
    """Build the result of a :data:`COMMON` match; ``False`` if its words are not dates."""
    mon = (m.group("mon") or m.group("mon2")).casefold()
    wd = m.group("wd")
    if mon not in MONTH_WORDS or (wd is not None and wd.casefold() not in _WEEKDAY_WORDS):
        return False
    zone = m.group("z1") or m.group("z2")
    if zone is not None and zone_offset(zone) is None and zone.casefold() not in {"et", "pt"}:
        return False
    time = m.group("t1") or m.group("t2")
    clock = None
    if time is not None:
        clock = _clock(time, m.group("ap1") if m.group("t1") else m.group("ap2"))
        if clock is None:
            return None
    day = int(m.group("day") or m.group("day2"))
    return _build(int(m.group("year")), _MONTHS[mon[:3]], day, clock, zone)


def _iso(m: regex.Match[str]) -> dt.datetime | dt.date | None:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m.group(4) is None:
        return _build(year, month, day, None, None)
    frac = m.group(7)
    clock = (
        int(m.group(4)),
        int(m.group(5)),
        int(m.group(6) or 0),
        int((frac + "000000")[:6]) if frac else 0,
    )
    if clock[0] > 23 or clock[1] > 59 or clock[2] > 59:
        return None
    zone = m.group(8)
    if zone == "Z":
        zone = "UTC"
    return _build(year, month, day, clock, zone)


def signature_month(word: str) -> int | None:
    """The month of a feed signature's month word: ``Mar``, ``Sept``, ``Okt``, ``March``.

    :param word: The word as written (case is folded, a final dot dropped).
    :returns: The month's number, or ``None`` when the word is no month.
    """
    key = word.casefold().rstrip(".")
    month = SIGNATURE_MONTHS.get(key)
    if month is None and key in MONTH_WORDS:
        month = _MONTHS[key[:3]]
    return month


def _signature(s: str, reference_date: dt.date | None) -> dt.datetime | dt.date | bool | None:
    """Feed end signatures; ``False`` when *s* is not one."""
    m = ANPA_SIGNATURE.fullmatch(s)
    if m is not None:
        clock = (int(m["hour"]), int(m["minute"]), 0, 0)
        if clock[0] > 23 or clock[1] > 59:
            return None
        yyyy = two_digit_year(int(m["year"]))
        return _build(yyyy, int(m["month"]), int(m["day"]), clock, m["zone"])
    m = IPTC_SIGNATURE.fullmatch(s)
    month = signature_month(m["month"]) if m is not None else None
    if m is not None and month is not None:
        dd, hh, mm, zone, yy = m["day"], m["hour"], m["minute"], m["zone"], m["year"]
        clock = (int(hh), int(mm), 0, 0)
        if clock[0] > 23 or clock[1] > 59:
            return None
        if yy is not None:
            year: int | None = two_digit_year(int(yy))
        elif reference_date is not None:
            year = year_near(month, int(dd), reference_date)
        else:
            return None
        if year is None:
            return None
        return _build(year, month, int(dd), clock, zone)
    return False


def _relative(m: regex.Match[str], reference_date: dt.date) -> dt.date | None:
    word = m.group("word")
    if word is not None:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}.get(word.casefold(), 0)
        return reference_date + dt.timedelta(days=shift)
    short = m.group("short")
    if short is not None:
        n = int(m.group("short_n"))
        days = _SHORT_UNIT_DAYS.get(short.casefold(), 0)
    else:
        n_text = m.group("n").casefold()
        n = 1 if n_text in {"a", "an"} else int(n_text)
        unit = m.group("unit").casefold()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}.get(unit, 0)
    try:
        return reference_date - dt.timedelta(days=n * days)
    except OverflowError:
        return None


def parse_timestamp(
    text: str,
    *,
    reference_date: dt.date | None = None,
    day_first: bool | None = None,
    languages: Sequence[str] | None = None,
) -> dt.datetime | dt.date | None:
    """Read the date, and time if any, of a timestamp line or feed signature.

    Labels (``Posted``, ``updated``, ``Published:``, ``Last updated at``),
    weekdays, commas and slashes are skipped.  A time gives a
    :class:`~datetime.datetime`, aware when a zone is written (``EST``,
    ``CEST``, ``GMT+1``, ``-0500``; ``ET`` and ``PT`` are standard or daylight
    time by the date's US rule); a date alone gives a :class:`~datetime.date`.

    The fast path reads the common spellings in microseconds.  Other text that
    holds a digit or a month name goes to ``dateparser`` (imported on first
    use; English only; a relative base from *reference_date*, past dates
    preferred, day, month and year required).

    :param text: The line (``Posted 3:54 PM, July 7, 2017``).  Lines longer
        than :data:`MAX_CHARS` characters are not read.
    :param reference_date: Supplies the year of dates written without one
        (``Nov 7``: the year that puts it closest to the reference), the date of
        a time written alone (``10:48am, EDT``) and the base of relative times
        (``3 hours ago``).  The clock is never read: without a reference such
        texts give ``None``.
    :param day_first: How to read an all-numeric date whose first two parts
        could each be the month (``11/02/2017``): day first (``True``), month
        first (``False``), or by the separator (``None``, the default: dots
        day first as in Europe, slashes and hyphens month first as in the US).
        A weekday written beside the date (``Tuesday, 03.10.2026``) settles it.
    :param languages: ISO 639-1 codes of the text's language(s) besides
        English.  The fast path reads German, French and Spanish month names
        day first (``21. Januar 2019``, ``21 janvier 2019 à 14h05``, ``21 de
        enero de 2019``) from these languages' month lists (from all of
        :data:`MONTH_LANGUAGES` when ``None``); ``dateparser`` is asked with
        ``languages=["en", *languages]`` only as the fallback (English alone
        when ``None``, as before).
    :returns: A datetime, a date, or ``None`` when the text gives no whole date.
    """
    if not isinstance(text, str):
        return None
    s = " ".join(text.split())
    if not s or len(s) > MAX_CHARS:
        return None
    if s[0].isdigit():
        m = ISO.fullmatch(s)
        if m is not None:
            return _iso(m)
        sig = _signature(s, reference_date)
        if sig is not False:
            return sig if not isinstance(sig, bool) else None
    elif s[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" and s[2:3] == "-":
        sig = _signature(s, reference_date)
        if sig is not False:
            return sig if not isinstance(sig, bool) else None
    c = COMMON.fullmatch(s)
    if c is not None:
        common = _common(c)
        if common is not False:
            return common if not isinstance(common, bool) else None
    m = RELATIVE.fullmatch(s)
    if m is not None:
        return _relative(m, reference_date) if reference_date is not None else None
    if s.endswith(")"):
        s = _TRAILING_TAG.sub("", s) or s
    r = _read(s)
    if r.others == 0 or (r.others <= 3 and r.tokens - r.others >= 3):
        found = _assemble(r, reference_date, strict=False, day_first=day_first)
        if found is not None or r.others == 0:
            return found
    m = DAY_MONTH_YEAR.fullmatch(s)
    if m is not None:
        foreign = _day_month_year(m, languages)
        if foreign is not False:
            return foreign if not isinstance(foreign, bool) else None
    if _DATE_HINT.search(s) is None and (not languages or _DAY_MONTH_TOKEN.search(s) is None):
        return None
    return _fallback(s, reference_date, tuple(languages or ()))


def _day_month_year(
    m: regex.Match[str], languages: Sequence[str] | None
) -> dt.datetime | dt.date | bool | None:
    """Build the result of a :data:`DAY_MONTH_YEAR` match; ``False`` if its words are no date."""
    month = month_number(m.group("mon"), languages)
    if month is None:
        return False
    clock = None
    if m.group("hh") is not None:
        clock = (int(m.group("hh")), int(m.group("mm")), 0, 0)
        if clock[0] > 23 or clock[1] > 59:
            return None
    return _build(int(m.group("year")), month, int(m.group("day")), clock, None)


# --------------------------------------------------------------------------
# dateparser, lazily
# --------------------------------------------------------------------------

_FALLBACK_LOCK = threading.Lock()


@functools.lru_cache(maxsize=16)
def _date_data_parser(reference_date: dt.date | None, languages: tuple[str, ...] = ()) -> Any:
    """A ``DateDataParser`` for one reference date and languages, built on first use and kept."""
    with _FALLBACK_LOCK:
        from dateparser.date import DateDataParser

        base = dt.datetime.combine(reference_date or dt.date(2000, 1, 1), dt.time(12))
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"] if reference_date else ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
        }
        return DateDataParser(languages=["en", *languages], settings=settings)


def _fallback(
    s: str, reference_date: dt.date | None, languages: tuple[str, ...] = ()
) -> dt.datetime | dt.date | None:
    """Hand a line the fast path could not read to ``dateparser``."""
    core = _LABELS.sub("", s).strip(" ,:;|/-")
    if not core or (_DATE_HINT.search(core) is None and not languages):
        return None
    if reference_date is None and _RELATIVE_WORDS.search(core):
        return None
    parser = _date_data_parser(reference_date, tuple(x for x in languages if x != "en"))
    try:
        data = parser.get_date_data(core)
    except Exception:  # dateparser raises on some odd inputs; a timestamp is then absent
        return None
    found = getattr(data, "date_obj", None)
    if not isinstance(found, dt.datetime):
        return None
    if not 1800 <= found.year <= 2200:
        return None
    has_time = found.time() != dt.time(0) or _HAS_TIME.search(core)
    if has_time:
        return found
    return found.date()


# --------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------


def _has_date_hint(text: str) -> bool:
    """Whether *text* holds an ASCII digit or a month word (:data:`_DATE_HINT`).

    The same answer as searching :data:`_DATE_HINT`, found faster: a digit
    by ``re``, and the month words asked for only where the case-folded
    text holds one's opening letters (most lines hold none).
    """
    if _DIGIT.search(text) is not None:
        return True
    folded = text.casefold()
    stem = _MONTH_STEMS.search(folded)
    if stem is None:
        return False
    if len(folded) != len(text):
        # A character folded to several (``ß`` to ``ss``): the offsets of
        # the folded text are not the text's.
        return _MONTH_WORD.search(text) is not None
    # Each character folded to one: a month word starts where its stem
    # does, and the pattern is asked only there.  (Stems found one after
    # the other cannot miss one: a stem that overlaps the one before it
    # follows a letter, and opens no month word.)
    return any(
        _MONTH_WORD.match(text, m.start()) is not None
        for m in _MONTH_STEMS.finditer(folded, stem.start())
    )


#: The words a timestamp line may open with, case aside: month and weekday
#: names (every form the patterns read, ``Sept``, ``Thurs``), zones, labels
#: (``Posted``, ``Last``, ``On``, ``The``), and the openings of a relative time
#: (``About``, ``An``, ``Yesterday``).  For example the ``Posted`` of ``Posted
#: 3:54 PM`` or the ``Tuesday`` of ``Tuesday, March 3, 2026``.
_OPENING_WORD = lazy_compile(
    rf"(?i)(?:{_MONTH_RE}|{_WEEKDAY_RE}|{_ZONE_RE}|{_LABEL_RE}"
    rf"|{'|'.join(sorted(MONTH_WORDS | _WEEKDAY_WORDS))}"
    r"|first|last|posted|updated|published|about|an?|yesterday|today|tomorrow)"
)
#: The letters a line opens with (``Tuesday`` of ``Tuesday, March 3``).
_FIRST_LETTERS = lazy_compile(r"\p{L}+")
#: :func:`_may_open_timestamp`'s answers so far, by first word, and how many it keeps.
_OPENING_WORDS_SEEN: dict[str, bool] = {}
_OPENING_WORDS_KEPT: Final = 4096


def _may_open_timestamp(line: str) -> bool:
    """Whether *line* may be a timestamp line by its first word: a quick no for most lines.

    Every pattern :func:`is_timestamp_line` reads a line with wants a line
    that opens with a letter to open with one of :data:`_OPENING_WORD`'s
    words, whole, before a character that is no letter: a month or weekday
    name, a zone or a label (the tokens of :data:`TOKEN`; any other word is
    one the line is rejected for), the labels, weekday and month of
    :data:`COMMON` (its words must be such names), or the opening of a
    :data:`RELATIVE` time.  The word is matched by ``regex``, case aside, as
    those patterns match it; a line opening with no letter is always let
    through.  (Spaces inside the line do not change its first word.)  The
    answer for each word is kept (a few thousand at most).
    """
    head = line[:1]
    if head.isascii() and not head.isalpha():
        return True  # an ASCII character that is no letter opens no word: no pattern call
    first = _FIRST_LETTERS.match(line, None, None, KEEP_GIL)
    if first is None:
        return True
    word = first.group()
    known = _OPENING_WORDS_SEEN.get(word)
    if known is None:
        if len(_OPENING_WORDS_SEEN) >= _OPENING_WORDS_KEPT:
            _OPENING_WORDS_SEEN.clear()
        known = _OPENING_WORD.fullmatch(word) is not None
        _OPENING_WORDS_SEEN[word] = known
    return known


def _may_be_relative(line: str) -> bool:
    """Whether *line* holds the letters every :data:`RELATIVE` time does, case aside.

    ``ago``, or the ``day`` of ``yesterday`` and ``today``, or ``tomorrow``.
    """
    folded = line.casefold()
    return "ago" in folded or "day" in folded or "tomorrow" in folded


def is_timestamp_line(text: str) -> bool:
    """Whether a short line is made only of date and time words.

    Numbers, month and weekday names, times (``3:54 PM``, ``10:48am``),
    numeric dates (``03.10.2026``), zones (``EDT``, ``GMT+1``), labels
    (``Posted``, ``Updated``, ``Published:``, ``Last updated at``) and
    punctuation, with at least one date or time token; or a relative time
    (``14 minutes ago``); or a live page's zero-padded time alone (``07.13``).
    A lone number counts only as a day (1-31) or a year (1900-2099), as pages
    set ``24`` / ``Jul`` / ``2012`` on lines of their own.  Phone numbers
    (``(207) 555-0134``) and rows of figures are not timestamps.

    :param text: The line.
    """
    if not isinstance(text, str):
        return False
    s = text.strip()
    if not s or len(s) > MAX_CHARS:
        return False
    if not _may_open_timestamp(s):
        return False
    flat = " ".join(s.split())
    if len(flat) == _DOTTED_TIME_CHARS and _DOTTED_TIME.fullmatch(flat) is not None:
        return True
    if not _has_date_hint(flat):
        # Without a figure, a relative time says ``ago``, ``yesterday``,
        # ``today`` or ``tomorrow``: a line without those letters is none.
        return _may_be_relative(flat) and RELATIVE.fullmatch(flat) is not None
    # Each pattern is asked only where the line holds what it needs: COMMON
    # a year of four figures, RELATIVE its words, ISO a dash after its year.
    if _YEAR_FIGURES.search(flat) is not None:
        c = COMMON.fullmatch(flat)
        if c is not None and _common(c) is not False:
            return True
    if _may_be_relative(flat) and RELATIVE.fullmatch(flat) is not None:
        return True
    if flat[4:5] == "-" and ISO.fullmatch(flat) is not None:
        return True
    r = _read(s, stop=True)
    if r.others or r.tokens > MAX_LINE_TOKENS:
        return False
    if not (r.dated or r.clock_text):
        return False
    if r.month is not None and not (r.numbers or r.numdate or r.clock_text) and r.tokens > 1:
        return False
    if r.tokens == 1 and len(r.numbers) == 1:
        value, _, digits = r.numbers[0]
        return (len(digits) <= 2 and 1 <= value <= 31) or (
            len(digits) == 4 and 1900 <= value <= 2099
        )
    return not (r.numbers and r.month is None and r.numdate is None and r.clock_text is None)
