"""Bylines: who wrote the story, with their title and organisation.

Wire services and web pages write bylines in a handful of shapes::

    By MAREN HOLT and TOBIAS REYES          AP: names in capitals
    By LUCIAN DRAY Associated Press            ... the agency on the next line
    By LUCIAN DRAY, AP Television Writer       ... or a title after a comma
    By Signe Okafor and Ravi Tamsin              Reuters
    By Odile Marsh, CNN                         CNN
    By Ilse Varga Science reporter BBC News       BBC: title and outlet run on
    By Ada Quint, Lena Moss and Tomas Ruiz | Financial Times
    By NBC News' Piet Ostrander and Leonie Farrow  an organisation's possessive
    By the CNN Wire Staff                         an organisation alone: no names
    By the Tribune staff                          a local paper's staff: no names
    By Staff Reports                              ... nor any outlet named
    Ada Quint | The Gulf Herald                   web copy: a name, a bar, the outlet
    Von Milan Brandt und Ines Kohl, dpa           dpa's German service

:func:`parse_byline` reads one byline block, and :func:`looks_like_byline` is a
cheap test for block classification.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

from wireparse import lexicon
from wireparse.metadata.agencies import agency_at, canonical_agency, could_start_agency, find_agency
from wireparse.metadata.dates import MONTH_WORDS, WEEKDAY_NAMES
from wireparse.model.metadata import Byline
from wireparse.reading.patterns import KEEP_GIL, lazy_compile

__all__ = [
    "BYLINE_MAX_CHARS",
    "STAFF_TITLE_LINE",
    "display_name",
    "is_byline_continuation",
    "is_job_title_line",
    "is_person_name",
    "looks_like_byline",
    "parse_byline",
    "stated_time",
]

#: The longest block read as a byline, in characters.
BYLINE_MAX_CHARS: Final = 240

# --------------------------------------------------------------------------
# Grammar fragments
# --------------------------------------------------------------------------

#: The opening word: ``By``, ``BY``, ``by``, ``By:``, dpa's German ``Von``,
#: French ``Par`` (``Par Anne Roy, AFP``), Spanish ``Por`` (``Por Agencia
#: EFE``, ``Por: Redacción``), and ``Written by``/``Story by``; a local
#: paper's writer who took the pictures too: ``Story and photos by``, ``Text
#: and photographs by``; a community site's ``Posted by``.
PREFIX: Final = lazy_compile(
    r"(?:(?:Written|WRITTEN|Story|STORY|Words|Text|Reported)\s{1,3}[Bb][Yy]|"
    r"(?:Story|Text|Words)\s(?:and|&)\s(?:photos|photographs|pictures)\s[Bb]y|"
    r"STORY\s(?:AND|&)\sPHOTOS\sBY|Posted\sby|By|BY|by|Von|VON"
    r"|Par|PAR|Por|POR)"
    r"(?:\s{0,2}:)?\s{1,4}(?=\S)"
)
#: ANPA end-of-line marks (``=``, ``<``) and a leading ``^`` of a feed line.
_FEED_MARKS = lazy_compile(r"[=<]+[ \t]*(?=\r?\n|$)|(?<=^|\n)\^")
#: A run of white space, written as one space when comparing (``By  Ada\n Finch``).
_SPACE = lazy_compile(r"\s+")
#: One token of a byline: a word, a number, or one punctuation mark.
#: For example ``By``, ``O'Brien``, ``3:45``, ``,``.
_TOKEN = lazy_compile(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.\-]{0,40}|\p{N}[\p{N}\p{L}:.,]{0,15}|\S")
#: A word that can be part of a person's name: capitalised, an initial, a
#: hyphenated or apostrophised name (``Jean-Claude``, ``O'Brien``, ``d'Amico``).
_NAME_WORD = lazy_compile(
    r"(?:[dDlL]['’])?\p{Lu}[\p{L}\p{M}'’\-]{0,30}\.?|\p{Lu}\.(?:\p{Lu}\.){0,3}|(?:Mc|Mac)\p{Lu}\p{L}{1,20}"
)
#: Lower-case particles inside names (``Ludwig van Beethoven``, ``Mayy el Sheikh``).
PARTICLES: Final = frozenset(
    """
    van von de del della der den di da do dos das du la le el al bin ibn ben ter ten zu y e af av
    """.split()
)
#: Name suffixes, kept with the name before them.
SUFFIXES: Final = frozenset("jr jr. sr sr. ii iii iv".split())
#: Words joining names.
CONNECTORS: Final = frozenset("and AND And & und UND et y with WITH With".split())
#: Capitalised words that never belong to a name in a byline.
FUNCTION_WORDS: Final = frozenset(
    """
    a an the of in on at to for from with by as is are was were be been and or but not
    this that these those it its his her their our my your we you he she they i who what
    when where why how if than then there here all any some no yes after before
    about over under into onto up down out off new top breaking exclusive update updated
    posted published last modified created share email print comments photo video
    stories story related latest trending popular recommended headlines
    """.split()
)
#: Words of a reporter's job title after a byline's names (``AP Television
#: Writer``, ``Education reporter``).  Not the titles that stand before a
#: speaker's name (``Harbor Minister``): those are the speaker engine's
#: ``lexicon/en/titles.txt`` (:data:`wireparse.quotations.cues.TITLE_WORDS`).
JOB_TITLE_WORDS: Final = frozenset(
    """
    writer writers reporter reporters correspondent correspondents editor editors columnist
    columnists producer producers staff contributor contributors analyst analysts critic
    critics anchor host photographer photographers special senior chief associate bureau
    political politics education science health business economics economic diplomatic legal
    foreign defense defence sports sport television tv entertainment medical religion
    environment environmental technology tech travel food music film arts culture national
    international investigative deputy managing executive assistant contributing freelance
    digital online news desk guest white house congressional global world regional local
    markets energy climate security justice legal court courts affairs transport
    """.split()
)
#: Words that name an organisation (``The San Diego Union-Tribune``).
ORG_WORDS: Final = frozenset(
    """
    post times gazette journal news press herald tribune review daily weekly magazine radio tv
    television network wire service agency media chronicle observer guardian telegraph mail
    star sun globe standard courier examiner inquirer bulletin register dispatch sentinel
    today online digital group bureau newspaper newspapers free presse zeitung
    """.split()
)
#: Words that end the names: timestamp labels, months and weekdays.
STOP_WORDS: Final = (
    frozenset("updated posted published last modified created first".split())
    | MONTH_WORDS
    | frozenset(WEEKDAY_NAMES)
)
_LOCATION_WORDS = frozenset("in at from".split())
#: Where the affiliation after the names stops: a timestamp or a date.
#: For example ``By Ada Finch, AP Updated 5:15 PM`` stops before ``Updated``.
_AFFILIATION_END = lazy_compile(
    r"(?:^|\s)(?:[Uu]pdated|UPDATED|[Pp]osted|POSTED|[Pp]ublished|PUBLISHED|[Ll]ast\s[Uu]pdated)\b"
    r"|\s\d{1,2}[:.]\d\d|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d"
)
#: Words that lead a date or a time cut from a byline's end (``By Ada Roe on
#: Dec 3, 2026``, ``Posted by Ada Roe at 4:15 p.m.``).
_DATE_LEADS: Final = frozenset(("on", "at", "On", "At", "|", "-", "–", "—"))
#: Words that end a name once it has two words: titles, labels, months, outlets.
_NAME_ENDERS: Final = JOB_TITLE_WORDS | STOP_WORDS | ORG_WORDS
#: A possessive after an organisation's name (``NBC News' Ada Finch``, ``CNN's Ada Finch``).
_POSSESSIVE = lazy_compile(r"['’]s?\s")
#: The hyphens and apostrophes inside a name, kept when title-casing (``JEAN-CLAUDE``,
#: ``O'BRIEN``).
_WORD_JOINS = lazy_compile(r"([\-'’])")
#: A Scottish or Irish prefix written in capitals, title-cased as two words (``MCKAY`` to
#: ``McKay``).
_MC = lazy_compile(r"^(Ma?c)(\p{L})(\p{L}+)$")


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


def _title_word(word: str) -> str:
    """Title-case one word written in capitals: ``MCKAY`` -> ``McKay``."""
    if word.casefold() in SUFFIXES and word.rstrip(".").upper() in {"II", "III", "IV"}:
        return word
    if len(word) <= 2 and word.endswith("."):
        return word
    parts = _WORD_JOINS.split(word)
    out = []
    for part in parts:
        if part in {"-", "'", "’"} or not part:
            out.append(part)
            continue
        low = part.lower()
        t = low[:1].upper() + low[1:]
        m = _MC.match(t)
        if m is not None and len(t) > 4:
            t = m.group(1) + m.group(2).upper() + m.group(3)
        out.append(t)
    return "".join(out)


def display_name(name: str) -> str:
    """Return a name for display: title-cased if written in capitals, else as written.

    :param name: A name as written (``LUCIAN DRAY``, ``ADA EL MANSOUR``).
    :returns: ``Lucian Dray``, ``Ada El Mansour``; ``Odile Marsh`` stays.
    """
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    return " ".join(_title_word(w) for w in name.split())


def _is_caps(word: str) -> bool:
    """Whether a word is in capitals (an initial such as ``F.`` counts as one)."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) == 1 and word.endswith("."):
        return letters[0].isupper()
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_name_word(word: str) -> bool:
    return _NAME_WORD.fullmatch(word, None, None, KEEP_GIL) is not None and not any(
        c.isdigit() for c in word
    )


def _valid_name(words: list[str]) -> bool:
    """Whether *words* make a person's name: two or more words, none a function word."""
    core = [w for w in words if w.casefold() not in SUFFIXES]
    if len(core) < 2 or len(core) > 6:
        return False
    if core[-1].casefold() in PARTICLES:
        return False
    caps = [w for w in core if w[:1].isupper()]
    if not caps:
        return False
    for w in core:
        f = w.casefold().rstrip(".")
        if f in FUNCTION_WORDS or f in JOB_TITLE_WORDS:
            return False
    return not all(w.casefold() in ORG_WORDS for w in caps)


def is_person_name(name: str) -> bool:
    """Whether *name* reads as a person's name in a byline or credit.

    Two to six words, capitalised (particles such as ``van`` and suffixes such
    as ``Jr.`` aside), none of them a function word (``The``, ``In``), a
    job-title word (``Reporter``) or, all of them, organisation words.

    :param name: ``Signe Okafor``, ``JOHN F. BURNS``, ``Ludwig van Beethoven``.
    """
    words = name.split()
    return all(_is_name_word(w) or w.casefold() in PARTICLES | SUFFIXES for w in words) and (
        _valid_name(words)
    )


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


def _normalise(text: str) -> str:
    s = text
    if "=" in s or "<" in s or "^" in s:
        s = _FEED_MARKS.sub(" ", s)
    return _SPACE.sub(" ", s).strip(" ,;|/-–—")


class _Names:
    """The names read from the start of a byline, and where reading stopped."""

    __slots__ = ("names", "stop")

    def __init__(self, names: list[str], stop: int) -> None:
        self.names = names
        self.stop = stop


def _segment_is_name(tokens: list[tuple[str, int]], i: int, caps: bool) -> bool:
    """Whether the words from token *i* up to a comma, ``and`` or the end form a name."""
    words: list[str] = []
    for word, _ in tokens[i:]:
        if word in {",", ";", "|", "/"} or word in CONNECTORS:
            break
        words.append(word)
    if not words or not all(_is_name_word(w) or w.casefold() in PARTICLES for w in words):
        return False
    if caps != _is_caps(words[0]):
        return False
    parts = [p for w in words for p in w.casefold().rstrip(".").split("-")]
    if any(p in ORG_WORDS or p in JOB_TITLE_WORDS for p in parts):
        return False
    return _valid_name(words)


def _read_names(s: str, tokens: list[tuple[str, int]]) -> _Names:
    """Read names from the token list; stop at the affiliation or anything else."""
    names: list[str] = []
    current: list[str] = []
    caps: bool | None = None
    stop = len(s)

    def close() -> bool:
        if not current:
            return True
        if not _valid_name(current):
            return False
        names.append(" ".join(current))
        current.clear()
        return True

    i = 0
    n = len(tokens)
    while i < n:
        word, pos = tokens[i]
        fold = word.casefold()
        if word in CONNECTORS:
            if not current or not close():
                stop = pos
                break
            i += 1
            continue
        if word == ",":
            if not current or not close():
                stop = pos
                break
            nxt = tokens[i + 1][0] if i + 1 < n else ""
            if nxt.casefold() in SUFFIXES and names:
                names[-1] = f"{names[-1]}, {nxt}"
                i += 2
                continue
            if nxt in CONNECTORS:
                i += 2
                continue
            if i + 1 < n and _segment_is_name(tokens, i + 1, bool(caps)):
                i += 1
                continue
            stop = pos
            break
        if fold in SUFFIXES and current:
            current.append(word)
            i += 1
            continue
        if fold in PARTICLES and current:
            current.append(word)
            i += 1
            continue
        if not _is_name_word(word) or word.endswith(("'s", "’s", "'", "’")):
            stop = pos
            break
        if current or names:
            m = agency_at(s, pos) if could_start_agency(word) else None
            if m is not None:
                stop = pos
                break
            if (
                (caps and not _is_caps(word) and any(c.islower() for c in word))
                or (len(current) >= 2 and fold.rstrip(".") in FUNCTION_WORDS)
                or (caps is False and _is_caps(word) and len(word.rstrip(".")) > 1 and not current)
                or (len(current) >= 2 and fold.rstrip(".") in _NAME_ENDERS)
            ):
                stop = pos
                break
        if not current and fold.rstrip(".") in FUNCTION_WORDS:
            stop = pos
            break
        if caps is None:
            caps = _is_caps(word)
        current.append(word)
        if len(current) > 6:
            return _Names([], 0)
        i += 1
    else:
        stop = len(s)
    if current:
        if _valid_name(current):
            names.append(" ".join(current))
        elif (
            len(current) >= 3
            and current[-1].casefold().rstrip(".") in JOB_TITLE_WORDS
            and _valid_name(current[:-1])
        ):
            names.append(" ".join(current[:-1]))
            stop = s.rfind(current[-1], 0, stop)
        else:
            return _Names(names, _word_start(s, tokens, current[0], stop))
    return _Names(names, stop)


def _word_start(s: str, tokens: list[tuple[str, int]], word: str, stop: int) -> int:
    for w, pos in reversed(tokens):
        if pos < stop and w == word:
            return pos
    return stop


def stated_time(text: str) -> str | None:
    """Return the date or time a byline line states after its names, if any.

    A web page may date the story on its byline's line: ``By Ada Roe on
    Dec 3, 2026``, ``Posted by Ada Roe on Dec. 3, 2026 at 4:15 p.m.``,
    ``By Ada Roe | Updated 9:40 a.m.``.  The text from the date (a month
    and a day, a clock time, or a label such as ``Posted`` or ``Updated``)
    to the line's end comes back, without the word that leads it (``on``,
    ``at``, a bar), for :func:`wireparse.metadata.dates.parse_timestamp`.

    >>> stated_time("By Ada Roe on Dec 3, 2026")
    'Dec 3, 2026'
    >>> stated_time("By Ada Roe, Staff Writer") is None
    True
    """
    m = _AFFILIATION_END.search(text)
    if m is None:
        return None
    return text[m.start() :].strip(" ,;|/-–—:") or None


def _affiliation(rest: str) -> tuple[str | None, str | None, str | None, str | None]:
    """Split what follows the names into (title, organisation, agency, location)."""
    m = _AFFILIATION_END.search(rest)
    if m is not None:
        rest = rest[: m.start()]
        head, _, last = rest.rstrip().rpartition(" ")
        if last in _DATE_LEADS:
            # "By Ada Roe on Dec 3, 2026": the word that leads the date is
            # no title.
            rest = head
    rest = rest.strip(" ,;|/-–—:.")
    words = rest.split()
    if not words:  # nothing left, or only white space str.strip keeps (a \x1f)
        return None, None, None, None
    location: str | None = None
    first = words[0].casefold()
    if first in _LOCATION_WORDS and len(words) > 1:
        return None, None, None, " ".join(words[1:])
    if first == "for" and len(words) > 1:
        rest = " ".join(words[1:])
    found = find_agency(rest)
    if found is not None:
        org = found.text
        before = rest[: found.start].strip(" ,;|/-–—")
        after = rest[found.end :].strip(" ,;|/-–—")
        if not before and not after:
            return None, org, found.agency, location
        if not before and after.casefold() in {"staff", "wire staff", "correspondents"}:
            return after, org, found.agency, location
        if before and not after and before.split()[-1].casefold() not in {"to", "for", "of"}:
            return before, org, found.agency, location
        return rest, org, found.agency, location
    if any(p in ORG_WORDS for w in words for p in w.casefold().strip(",.").split("-")) and (
        words[0][:1].isupper() or words[0].casefold() == "the"
    ):
        title_words = [w for w in words if w.casefold().strip(",.") in JOB_TITLE_WORDS - ORG_WORDS]
        if not title_words:
            return None, rest, canonical_agency(rest), location
    return rest, None, None, location


def _agency_first(s: str) -> Byline | bool | None:
    """Read a byline that opens with an organisation.

    Returns the byline for ``the CNN Wire Staff`` or ``The Associated Press``;
    ``True`` when an organisation's possessive opens a list of names
    (``NBC News' Jane Doe``); ``False`` when no organisation opens it.
    """
    m = agency_at(s, 0)
    if m is None:
        return False
    after = s[m.end :]
    if _POSSESSIVE.match(after):
        return True
    tail = after.strip(" ,;|/-–—:.")
    words = tail.split()
    if tail and not (
        words[0][:1].islower()
        or words[0].casefold() in JOB_TITLE_WORDS
        or words[0].casefold() in {"&", "and", "wire", "staff"}
    ):
        return False
    if words and words[0].casefold() in {"&", "and"}:
        return Byline(text="", names=(), display_names=(), organisation=s.rstrip(" ,;|/-–—:."),
                      agency=m.agency)  # fmt: skip
    return Byline(text="", names=(), display_names=(), title=tail or None,
                  organisation=s[m.start : m.end], agency=m.agency)  # fmt: skip


#: A staff byline after ``By``: an outlet's staff, no person named (``the
#: Tribune staff``, ``Herald Staff``, ``Staff Reports``, ``Our Staff Reporter``).
_STAFF = lazy_compile(
    r"(?:(?:[Tt]he|THE)\s)?(?P<org>(?:\p{Lu}[\p{L}\p{M}'’.&\-]{0,30}\s){0,3}?)"
    r"(?P<staff>(?:[Ss]taff|STAFF)(?:\s(?:[Rr]eports?|REPORTS?|[Ww]riters?|WRITERS?"
    r"|[Rr]eporters?|REPORTERS?))?(?:\s(?:and|&)\s[Ww]ire\s[Rr]eports)?)"
)
#: A staff byline naming the outlet after its staff: ``the staff of the
#: Tribune``, ``Staff of The Gulf Herald`` (after ``By``).
_STAFF_OF = lazy_compile(
    r"(?:(?:[Tt]he|THE)\s)?(?P<staff>[Ss]taff|STAFF)\s(?:of|OF)\s(?:(?:[Tt]he|THE)\s)?"
    r"(?P<org>\p{Lu}[\p{L}\p{M}'’.&\-]{0,30}(?:\s\p{Lu}[\p{L}\p{M}'’.&\-]{0,30}){0,3})"
)
#: A local paper's credit for copy its newsroom or the wires put together,
#: on a line of its own with no ``By``: ``From staff reports``, ``Staff and
#: wire reports``, ``From wire reports``, ``From news services``; an
#: Australian site's ``Staff writers`` (``Staff reporters``), in the plural:
#: the singular ``Staff Writer`` is a title under a name.
_STAFF_REPORTS = lazy_compile(
    r"(?:(?:From|FROM)\s)?(?P<staff>(?:(?:[Ss]taff|STAFF)(?:\s(?:and|AND|&)\s(?:[Ww]ire|WIRE))?"
    r"|[Ww]ire|WIRE)\s(?:[Rr]eports?|REPORTS?)|(?:[Nn]ews|NEWS|[Ww]ire|WIRE)\s(?:[Ss]ervices|SERVICES)"
    r"|(?:[Ss]taff|STAFF)\s(?:[Ww]riters|[Rr]eporters|WRITERS|REPORTERS))"
)
#: A staff title alone on its line, in the singular: ``Staff Writer``,
#: ``Staff Reporter``, ``Staff Correspondent``, in capitals too.  Under a
#: name it is the name's title; alone right under a headline, with no name
#: anywhere over the story, it signs the story as ``By Staff Writer`` does.
STAFF_TITLE_LINE = lazy_compile(
    r"(?:[Ss]taff|STAFF)\s(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|WRITER|REPORTER|CORRESPONDENT)"
)
#: Words that may stand inside an outlet's name besides capitalised ones
#: (``The Gulf Herald``, ``News & Observer``, ``Voice of the Valley Times``).
_OUTLET_JOINS: Final = frozenset("the of and & de la".split())
#: The most words of an outlet's name on a line of its own.
_OUTLET_MAX_WORDS: Final = 6


def _staff_byline(text: str, s: str) -> Byline | None:
    """Read a staff byline: what follows ``By`` names an outlet's staff and no person.

    Local papers sign the copy of their newsroom so: ``By the Tribune
    staff``, ``By Herald Staff``, ``By Staff Reports``, ``By Our Staff
    Reporter``, ``By the staff of the Tribune``.  The byline has no names;
    its title is the staff words as written (``staff``, ``Staff Reports``)
    and its organisation the outlet as written without ``the``
    (``Tribune``), or ``None`` when none is named.
    """
    m = _STAFF.fullmatch(s) or _STAFF_OF.fullmatch(s)
    if m is None:
        return None
    org = m.group("org").strip() or None
    if org is not None:
        words = org.casefold().split()
        if words == ["our"]:
            org = None
        elif any(w in FUNCTION_WORDS for w in words):
            return None
    return Byline(text=text, names=(), display_names=(), title=m.group("staff"),
                  organisation=org, agency=canonical_agency(org) if org else None)  # fmt: skip


def _is_outlet(text: str) -> bool:
    """Whether *text* is only an outlet's name: ``The Gulf Herald``, ``Associated Press``.

    An agency's name, or one to six capitalised words (``the``, ``of``,
    ``&`` aside) with an organisation word among them (:data:`ORG_WORDS`).
    """
    found = agency_at(text, 0)
    if found is not None and not text[found.end :].strip(" .,"):
        return True
    words = text.split()
    if not words or len(words) > _OUTLET_MAX_WORDS or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.casefold() in _OUTLET_JOINS for w in words):
        return False
    return any(p in ORG_WORDS for w in words for p in w.casefold().split("-"))


def _bar_byline(text: str, s: str) -> Byline | None:
    """Read a web byline with no ``By``: names, a bar, the outlet.

    Web pages set ``Ada Quint | The Gulf Herald`` under the headline, or the
    place the reporter files from after the bar (``Ada Quint | Millbrook``;
    its :attr:`~wireparse.Byline.location`).  The names must read as
    people's names and nothing else, and what follows the one bar as an
    outlet (:func:`_is_outlet`) or a place (:func:`_is_filing_place`): a
    table row (``Ada Quint | Treasurer``) or a masthead (``Editor: Ada Quint
    | Staff: ...``) is none.  An opinion page's section after the bar
    (``Ada Quint | Opinion``, ``Ada Quint | Guest column``;
    :data:`_BAR_SECTION`) is neither: the byline gives the names alone.
    """
    if s.count("|") != 1:
        return None
    left, _, right = s.partition("|")
    left, right = left.strip(), right.strip()
    section = _BAR_SECTION.fullmatch(right) is not None
    outlet = not section and _is_outlet(right)
    if not outlet and not section and not _is_filing_place(right):
        return None
    tokens = [(t.group(), t.start()) for t in _TOKEN.finditer(left)]
    read = _read_names(left, tokens)
    if not read.names or left[read.stop :].strip():
        return None
    names = tuple(read.names)
    if not outlet:
        not_names = _not_name_words()
        if not all(
            is_person_name(n) and not any(w.casefold() in not_names for w in n.split())
            for n in names
        ):
            return None
        if section:
            # "Ada Quint | Opinion": the page's section, neither a place nor an outlet.
            return Byline(text=text, names=names,
                          display_names=tuple(display_name(n) for n in names))  # fmt: skip
        return Byline(text=text, names=names, display_names=tuple(display_name(n) for n in names),
                      location=right)  # fmt: skip
    return Byline(text=text, names=names, display_names=tuple(display_name(n) for n in names),
                  organisation=right, agency=canonical_agency(right))  # fmt: skip


#: The page's section after a byline's bar, an opinion page's label: ``Ada
#: Quint | Opinion``, ``Ada Quint | Guest column``, ``Ada Quint |
#: Analysis``; it is neither the place the reporter files from nor an
#: outlet.
_BAR_SECTION = lazy_compile(
    r"(?i:opinion|comment|commentary|analysis|editorial|op-ed|perspective|column|"
    r"guest\s+(?:column|opinion|essay|post)|(?:opinion|guest)\s+columnist)"
)
#: A place a reporter files from, after a byline's bar: one to three
#: capitalised words, a state's or country's name after a comma too
#: (``Millbrook``, ``Port Ellery``, ``Dunwell, Ore.``).
_FILING_PLACE = lazy_compile(
    r"\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30}){0,2}(?:,\s\p{Lu}[\p{L}.]{1,20}){0,1}"
)


def _is_filing_place(text: str) -> bool:
    """Whether *text* is only the place a reporter files from: ``Millbrook``, ``Dunwell, Ore.``.

    Local pages set the reporter's town after the name and a bar: ``Ada
    Quint | Millbrook``.  The place is one to three capitalised words
    (:data:`_FILING_PLACE`), none a function word, a job-title word (``Ada
    Quint | Treasurer`` is a roster's row), a label or a month (``Ada Quint
    | Updated``), nor an organisation's.
    """
    if _FILING_PLACE.fullmatch(text) is None:
        return False
    words = [w.casefold().strip(".,") for w in text.split()]
    not_places = _not_place_words()
    return not any(w in not_places for w in words)


@functools.cache
def _not_place_words() -> frozenset[str]:
    """Words that make what follows a byline's bar no place (:func:`_is_filing_place`).

    Function words, reporters' job titles, labels and months, outlets' words,
    and the titles and role nouns of the people a story names
    (``Treasurer``, ``Coach``).
    """
    return (
        FUNCTION_WORDS
        | JOB_TITLE_WORDS
        | STOP_WORDS
        | ORG_WORDS
        | lexicon.words("en", "titles")
        | lexicon.words("en", "role_nouns")
    )


@functools.cache
def _not_name_words() -> frozenset[str]:
    """Words no person's name before a byline's bar holds: a place's last word (``Street``)."""
    return lexicon.words("en", "place_tail_words") | lexicon.words("en", "org_nouns")


#: A reporter's title ending with the noun of the trade, as a web byline
#: without ``By`` sets it after the names: ``Ada Quint, Staff Writer``, ``Ada
#: Quint and Lev Marr, Senior Reporters``, ``Ada Quint — Staff Writer``.
_TITLED_BYLINE_ROLE = lazy_compile(
    r"(?:^|[\s,])(?:[\p{L}-]{1,20}\s){0,3}(?i:writer|reporter|correspondent|columnist|editor"
    r"|contributor|critic|producer)s?(?:,|$)"
)
#: What stands between the names of a byline without ``By`` and what follows them.
_TITLED_SEPARATORS: Final = " ,;|/-–—"


#: The nouns of the trade that end a reporter's title (:data:`_TITLED_BYLINE_ROLE`), lower case.
_TRADE_NOUNS: Final = (
    "writer", "reporter", "correspondent", "columnist",
    "editor", "contributor", "critic", "producer",
)  # fmt: skip


#: The most characters of a byline without ``By`` (``Ada Quint and Lev Marr,
#: Senior Reporters, The Gulf Herald``).
_TITLED_MAX_CHARS: Final = 80


def _may_be_titled(s: str) -> bool:
    """Whether *s* may be a byline without ``By`` that :func:`_titled_byline` reads (cheap).

    It is short (:data:`_TITLED_MAX_CHARS`), opens with two capitalised
    words, and names a noun of the trade (:data:`_TRADE_NOUNS`), or its end after
    a comma or ``for`` reads as an outlet: capitalised, or one word that
    may open an agency's name (``dpa``).
    """
    if len(s) > _TITLED_MAX_CHARS or not s[:1].isupper():
        return False
    space = s.find(" ")
    if space < 0 or not s[space + 1 : space + 2].isupper():
        return False  # a name opens it: two capitalised words
    low = s.casefold()
    if any(noun in low for noun in _TRADE_NOUNS):
        return True
    cut = max(s.rfind(", "), s.find(" for "))
    if cut <= 0:
        return False
    tail = s[cut:].strip(_TITLED_SEPARATORS).removeprefix("for ")
    words = tail.split()
    return (
        0 < len(words) <= _OUTLET_MAX_WORDS
        and (tail[:1].isupper() or (len(words) == 1 and could_start_agency(tail)))
        and _is_outlet(tail)
    )


def _is_desk_word(word: str) -> bool:
    """Whether *word* may name a reporter's desk or beat in a title: ``Crime``, ``City``, ``and``.

    A desk's title before the noun of the trade is capitalised (``Crime
    Reporter``, ``City Hall Reporter``, ``Courts and Crime Reporter``): any
    capitalised word that is no function word, or ``and`` or ``&`` between
    them.
    """
    if word in ("and", "&"):
        return True
    return word[:1].isupper() and word.casefold() not in FUNCTION_WORDS


def _titled_byline(text: str, s: str) -> Byline | None:
    """Read a web byline with no ``By``: names and a reporter's title, or names and the outlet.

    Web pages set ``Ada Quint, Staff Writer`` under the headline, with a
    dash or a bar (``Ada Quint — Staff Writer``, ``Ada Quint | Staff
    Writer``) or on two lines too, the outlet after it too (``Ada Quint,
    Staff Writer, The Gulf Herald``); or the names, a comma and the outlet
    or agency (``Ada Quint, Associated Press``, ``Ada Quint, The Gulf
    Herald``, ``Ada Quint, dpa``), or ``for`` and the outlet (``Ada Quint
    for The Gulf Herald``).  The names must read as people's names and
    nothing else, the title be made of job-title words
    (:data:`JOB_TITLE_WORDS`) ending with the noun of the trade
    (:data:`_TITLED_BYLINE_ROLE`), and the outlet read as one
    (:func:`_is_outlet`): ``Ada Quint, mayor``, ``Ada Quint, 17, Portvale``
    and a picture's credit (``Ada Quint, Staff Photographer``) are none, nor
    is an agency's line under a byline (``Associated Press Writer``).
    """
    first = s.split(" ", 1)[0]
    if could_start_agency(first) and agency_at(s, 0) is not None:
        return None  # "Associated Press Writer": an agency's line under a byline
    tokens = [(t.group(), t.start()) for t in _TOKEN.finditer(s)]
    read = _read_names(s, tokens)
    if not read.names or not all(is_person_name(n) for n in read.names):
        return None
    after = s[read.stop :]
    rest = after.strip(_TITLED_SEPARATORS)
    if not rest:
        return None
    names = tuple(read.names)
    title: str | None = None
    outlet = ""
    if rest.startswith("for ") and after.lstrip(" ").startswith("for "):
        outlet = rest[4:]
    else:
        title_part, _, outlet = rest.partition(", ")
        words = title_part.split()
        if _TITLED_BYLINE_ROLE.fullmatch(title_part) is not None and all(
            w.casefold() in JOB_TITLE_WORDS or _is_desk_word(w) for w in words
        ):
            title = title_part
        elif not outlet and after.lstrip(" ").startswith(","):
            outlet = title_part
        else:
            return None
    if title is None and not outlet:
        return None
    if outlet and not _is_outlet(outlet):
        return None
    return Byline(text=text, names=names, display_names=tuple(display_name(n) for n in names),
                  title=title, organisation=outlet or None,
                  agency=canonical_agency(outlet) if outlet else None)  # fmt: skip


def parse_byline(text: str) -> Byline | None:
    """Parse a byline block.

    :param text: The block's text: ``By LUCIAN DRAY, AP Television
        Writer``.  Line breaks, ANPA's ``=`` line ends and a repeated space
        are allowed.
    :returns: The :class:`~wireparse.Byline`, or ``None`` when *text* is not a byline:
        it does not open with ``By`` (or ``Von``), or what follows is
        neither a list of names nor an organisation (``By the end of the
        day``, ``By contrast``, ``By 2020``).  A staff byline (``By the
        Tribune staff``, ``By Staff Reports``) has no names: its title is
        the staff words, its organisation the outlet, if named.  Web copy's
        ``Ada Quint | The Gulf Herald``, names, one bar and an outlet, is a
        byline without ``By``, and so are ``Ada Quint, Staff Writer``, names
        and a reporter's title, and ``Ada Quint, Associated Press``, names,
        a comma and the outlet.
    """
    if not isinstance(text, str) or len(text) > BYLINE_MAX_CHARS * 2:
        return None
    return _parse_kept(text)


#: How many texts :func:`parse_byline` keeps its answers for: a story's few
#: bylines, not the bylines of every story read.
_BYLINES_KEPT: Final = 16


@functools.lru_cache(maxsize=_BYLINES_KEPT)
def _parse_kept(text: str) -> Byline | None:
    """:func:`parse_byline`'s reading, kept for the last texts read.

    The byline rule reads a block to know that it is a byline
    (:func:`looks_like_byline`) and the metadata stage reads the same text
    again for the names: the second reading is the first one's answer.
    """
    s = _normalise(_title_line_apart(text) if "\n" in text else text)
    m = PREFIX.match(s)
    if m is None:
        reports = _STAFF_REPORTS.fullmatch(s)
        if reports is not None:
            # ``From staff reports``: the newsroom's copy, no person named.
            return Byline(text=text, names=(), display_names=(),
                          title=reports.group("staff"))  # fmt: skip
        if len(s) > BYLINE_MAX_CHARS:
            return None
        if "|" in s:
            return _bar_byline(text, s) or _titled_byline(text, s)
        return _titled_byline(text, s)
    s = s[m.end() :]
    if not s or len(s) > BYLINE_MAX_CHARS:
        return None
    head = _agency_first(s)
    if isinstance(head, Byline):
        return attrs.evolve(head, text=text)
    staff = _staff_byline(text, s)
    if staff is not None:
        return staff
    base_org: str | None = None
    base_agency: str | None = None
    if head is True:
        found = find_agency(s)
        assert found is not None
        base_org, base_agency = found.text, found.agency
        poss = _POSSESSIVE.match(s, found.end)
        s = s[poss.end() if poss is not None else found.end :]
    tokens = [(t.group(), t.start()) for t in _TOKEN.finditer(s)]
    read = _read_names(s, tokens)
    rest = s[read.stop :]
    if len(rest.split()) > 12:
        return None
    title, org, agency, location = _affiliation(rest)
    if not read.names and agency is None and base_agency is None:
        return None
    if not read.names and title is not None and not _looks_like_title(title):
        return None
    names = tuple(read.names)
    return Byline(
        text=text,
        names=names,
        display_names=tuple(display_name(n) for n in names),
        title=title,
        organisation=org or base_org,
        agency=agency or base_agency,
        location=location,
    )


def _looks_like_title(title: str) -> bool:
    words = title.casefold().split()
    return bool(words) and any(w.strip(",.") in JOB_TITLE_WORDS for w in words)


_QUICK = frozenset(
    ("By", "BY", "by", "Vo", "VO", "Wr", "WR", "St", "ST", "Wo", "Te", "Re", "Pa", "PA", "Po", "PO",
     "Fr", "FR", "Wi", "WI", "Ne", "NE")
)  # fmt: skip


def looks_like_byline(text: str) -> bool:
    """Whether a short block is a byline (cheap enough for every short block).

    :param text: The block's text.
    :returns: ``True`` if :func:`parse_byline` reads names or an organisation from it.
    """
    s = text.lstrip()
    if len(s) < 4 or len(s) > BYLINE_MAX_CHARS * 2:
        return False
    if s[:2] not in _QUICK and "|" not in s and not _may_be_titled(s):
        return False
    return parse_byline(s) is not None


_CONTINUATION_MAX_WORDS = 8
#: The most words of a job title on a line of its own.
_JOB_TITLE_MAX_WORDS: Final = 4


def _title_line_apart(text: str) -> str:
    """*text* with its last line, a reporter's job title, set off by a comma.

    A byline set over lines (``By Ada Roe`` / ``Staff Writer``, ``Tom Hale`` /
    ``Transport Reporter``) is read as ``Tom Hale, Transport Reporter``: the
    line break ends the names, as the comma does on one line.
    """
    head, _, last = text.rstrip().rpartition("\n")
    head = head.rstrip()
    if head and head[-1:] not in ",;|" and is_job_title_line(last.strip()):
        return head + ", " + last.strip()
    return text


def is_job_title_line(text: str) -> bool:
    """Whether a line is only a reporter's job title, capitalised or in sentence case.

    A web page sets a byline with no ``By`` over two lines, the name and the
    title under it: ``Ada Roe`` / ``Staff Writer``, ``Tom Hale`` /
    ``Transport Reporter``.  The title is up to four job-title words
    (``JOB_TITLE_WORDS``) ending with the noun of the trade (``Writer``,
    ``Reporter``, ``Correspondent``, ``Editor``...;
    ``_TITLED_BYLINE_ROLE``), as after a comma, each word capitalised or,
    as British pages set the title, only the first (``Sports reporter``,
    ``Political correspondent``); capitalised, the words before the noun
    may name any desk or scheme, as after a comma (``Local Democracy
    Reporter``, as British regional papers title the reporters of the
    councils' scheme, ``Crime Reporter``, ``Property Correspondent``;
    ``_is_desk_word``); a picture's credit (``Staff Photographer``) is none.

    :param text: The line.
    """
    words = text.split()
    if not 0 < len(words) <= _JOB_TITLE_MAX_WORDS or not words[0][:1].isupper():
        return False
    if _TITLED_BYLINE_ROLE.fullmatch(text.strip()) is None:
        return False
    if all(w[:1].isupper() for w in words[1:]):
        return all(w.casefold() in JOB_TITLE_WORDS or _is_desk_word(w) for w in words)
    return all(w.casefold() in JOB_TITLE_WORDS for w in words) and all(
        w.islower() for w in words[1:]
    )


def is_byline_continuation(text: str) -> bool:
    """Whether a short line after a byline continues it with a title or an outlet.

    AP sets the byline over several lines (``By DAVID DOE`` / ``AP Television
    Writer`` / ``Associated Press Sports``); ANPA copy ends each with ``=``.  A
    continuation opens with an agency's name or is made of job-title words
    (``Staff Writer``, ``Senior Correspondent``), and is no sentence.  A web
    page sets the paper's name under the byline (``By Ada Quint`` / ``The
    Gulf Herald``): a line that is only an outlet's name with its ``The``
    continues it too (a site's name, ``Harbor City Herald Online``, does not).

    :param text: The line after the byline block.
    """
    s = _normalise(text)
    words = s.split()
    if not words or len(words) > _CONTINUATION_MAX_WORDS or s[-1:] in {".", "!", "?", ":"}:
        return False
    if agency_at(s, 0) is not None:
        return True
    if all(w.casefold().strip(",") in JOB_TITLE_WORDS for w in words) or is_job_title_line(s):
        return True
    return words[0].casefold() == "the" and _is_outlet(s)
