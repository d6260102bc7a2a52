"""News agencies and organisations: canonical names, aliases, and who wrote a story.

Wire copy names its source in many places and many spellings: the dateline tag
(``(AP)``, ``(Reuters)``), the byline (``By Odile Marsh, CNN``), a tagline
(``The-CNN-Wire``), a sign-off (Reuters' ``Reuter``), the copyright line
(``Cable News Network, Inc.``), contributor lines (``CNN's Piet Ostrander
contributed to this report.``).  This module maps every spelling to one
canonical short name (:data:`AGENCIES`); the readers of an article's metadata
combine the evidence into one decision
(:func:`~wireparse.metadata.collect.decide_agency`).

>>> from wireparse.metadata.agencies import canonical_agency
>>> canonical_agency("The Associated Press")
'AP'
>>> canonical_agency("The-CNN-Wire")
'CNN'
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex

from wireparse.reading.patterns import KEEP_GIL, lazy_compile

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


__all__ = [
    "AGENCIES",
    "AGENCY_SIGNOFF",
    "HOME_LANGUAGES",
    "PRECEDENCE",
    "SLASHED_SIGNOFF",
    "SOURCE_LINE_LANG",
    "AgencyMatch",
    "agency_at",
    "canonical_agency",
    "could_start_agency",
    "find_agency",
    "find_self_references",
    "source_line_agency",
]

#: Canonical agency names, each with the spellings that stand for it.  The
#: canonical name comes first among its own aliases implicitly.  Case, ``the``,
#: dots, hyphens, a possessive ``'s`` and company suffixes (``Inc.``,
#: ``L.P.``) do not matter when an alias is looked up.
AGENCIES: Final[Mapping[str, tuple[str, ...]]] = {
    "AP": (
        "AP",
        "A.P.",
        "Associated Press",
        "APTN",
        "AP Television News",
        "Associated Press Television News",
        "AP News",
    ),
    "Reuters": (
        "Reuters",
        "Reuter",
        "Thomson Reuters",
        "Reuters News",
        "Reuters News Agency",
        "Thomson Reuters Foundation",
    ),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"),
    "CNN": (
        "CNN",
        "Cable News Network",
        "CNN Wire",
        "CNN Wire Staff",
        "CNN Wire Service",
        "CNN Business",
        "CNN International",
        "CNN Money",
        "CNNMoney",
        "CNN Digital",
        "CNN Newsource",
        "CNN Politics",
        "CNN.com",
    ),
    "dpa": (
        "dpa",
        "Deutsche Presse-Agentur",
        "dpa International",
        "dpa-AFX",
        "dpa-infocom",
        "Deutsche Presse Agentur",
    ),
    # German-language agencies, each under its own names: Austria's APA, the
    # church services KNA and epd (and epd's Austrian service, epdÖ).
    "APA": ("APA", "Austria Presse Agentur", "APA-Austria Presse Agentur"),
    "KNA": ("KNA", "Katholische Nachrichten-Agentur"),
    "epd": ("epd", "Evangelischer Pressedienst"),
    "epdÖ": ("epdÖ", "Evangelischer Pressedienst für Österreich"),
    # Keystone-SDA writes its German service as SDA (``(sda)``) and its French
    # and Italian services as ATS (``(ats)``): one agency, known in each
    # language under its own name.
    "SDA": ("SDA", "sda", "Schweizerische Depeschenagentur", "Keystone-SDA"),
    "ATS": ("ATS", "ats", "Agence Télégraphique Suisse", "Agenzia Telegrafica Svizzera"),
    "Belga": ("Belga", "Agence Belga"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": (
        "Bloomberg",
        "Bloomberg News",
        "Bloomberg L.P.",
        "Bloomberg Finance L.P.",
        "Bloomberg Businessweek",
    ),
    "BBC News": (
        "BBC",
        "BBC News",
        "BBC World Service",
        "BBC News Online",
        "British Broadcasting Corporation",
        "British Broadcasting Corp.",
    ),
    "BBC Sport": ("BBC Sport",),
    "NBC News": ("NBC News", "NBC", "NBCNews.com", "NBC News Digital"),
    "MSNBC": ("MSNBC", "msnbc.com"),
    "CBS News": ("CBS News", "CBS", "CBSNews.com"),
    "ABC News": ("ABC News", "ABC"),
    "CNBC": ("CNBC",),
    "Fox News": ("Fox News", "Fox News Channel"),
    "NPR": ("NPR", "National Public Radio"),
    "Al Jazeera": ("Al Jazeera", "Al-Jazeera", "Aljazeera", "Al Jazeera English"),
    "Sky News": ("Sky News", "Sky"),
    "AAP": ("AAP", "Australian Associated Press"),
    "Canadian Press": ("Canadian Press", "CP", "La Presse Canadienne", "Presse Canadienne"),
    "Bay City News": ("Bay City News", "Bay City News Service", "BCN"),
    "The Independent": ("The Independent", "Independent"),
    "The Guardian": ("The Guardian", "Guardian"),
    "The Telegraph": ("The Telegraph", "Daily Telegraph"),
    "Daily Mail": ("Daily Mail", "MailOnline"),
    "The New York Times": ("The New York Times", "New York Times", "NYT"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "The Wall Street Journal": ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    "Dow Jones": ("Dow Jones", "Dow Jones Newswires"),
    "Financial Times": ("Financial Times", "FT"),
    "USA Today": ("USA Today",),
    "Politico": ("Politico",),
    "McClatchy": ("McClatchy", "McClatchy Newspapers"),
    "Tribune Content Agency": ("Tribune Content Agency", "TCA", "Tribune News Service"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Jiji Press": ("Jiji Press", "Jiji"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "ANSA": ("ANSA",),
    # EFE tags the copy of its desks with the desk's name in the dateline:
    # ``Madrid, 8 dic (EFECOM).-`` (economy), ``(EFEAGRO)``, ``(EFEVERDE)``,
    # ``(EFESALUD)``: all EFE's.
    "EFE": (
        "EFE",
        "Agencia EFE",
        "Agencia Efe",
        "EFECOM",
        "EFEAGRO",
        "EFEVERDE",
        "EFESALUD",
    ),
    "Europa Press": ("Europa Press",),
    # Latin American state agencies, tagged in their datelines like EFE:
    # ``Ciudad de México, 7 de diciembre (Notimex).-``, ``Buenos Aires, 7 de
    # diciembre (Télam).-``.
    "Notimex": ("Notimex", "Agencia Mexicana de Noticias"),
    "Télam": ("Télam", "Telam", "Agencia Télam"),
    "PA Media": ("PA Media", "Press Association", "PA"),
    "Interfax": ("Interfax",),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "Voice of America": ("Voice of America", "VOA"),
    "Deutsche Welle": ("Deutsche Welle", "DW"),
    "Hawaii News Now": ("Hawaii News Now", "HawaiiNewsNow"),
    "PR Newswire": ("PR Newswire", "PRNewswire", "PRNewswire-AsiaNet"),
    "Business Wire": ("Business Wire", "BusinessWire"),
    "GlobeNewswire": ("GlobeNewswire", "Globe Newswire"),
}

#: The order in which :func:`~wireparse.metadata.collect.decide_agency` trusts its
#: evidence, strongest first.
#:
#: 1. ``dateline``: the tag in the dateline, ``(AP)``, names the agency that
#:    filed the story, even when another site publishes it.
#: 2. ``byline``: ``By Jane Doe, CNN``, ``By The Associated Press``.
#: 3. ``tagline``: a line naming the wire alone (``The-CNN-Wire``).
#: 4. ``signoff``: Reuters' ``Reuter`` at the end of the copy.
#: 5. ``copyright``: the holder of the copyright notice; a publisher may
#:    reprint wire copy under its own notice, so it ranks below the wire's marks.
#: 6. ``feed``: the agency a raw feed names in its header (IPTC 7901's
#:    ``dpa``) or end signature (ANPA's ``AP-WF-...``): the wire that carried
#:    the story, which may relay a member's copy, so it ranks below the
#:    story's own marks.
#: 7. ``credit``: a contributor line naming the organisation's own staff
#:    (``CNN's Piet Ostrander contributed``, ``Associated Press writers ...``).
#: 8. ``house_style``: a credit in one agency's house style: Reuters'
#:    ``(Reporting by ...; Editing by ...)``, Bloomberg's ``--With assistance
#:    from ...``.
#: 9. ``mention``: a self-reference in the body found by
#:    :func:`find_self_references` (``The Independent has contacted ... for
#:    comment``, ``data compiled by Bloomberg``).
PRECEDENCE: Final = (
    "dateline",
    "byline",
    "tagline",
    "signoff",
    "copyright",
    "feed",
    "credit",
    "house_style",
    "mention",
)

#: The language each agency writes its home service in, for a story too short
#: to tell its own: a brief of EFE's with one Spanish function word is Spanish
#: (``MADRID, 3 ene (EFE).- La huelga continúa.``).  Only agencies whose
#: copy in another language is rare are listed (AFP writes English as often
#: as French, Reuters and AP many languages).
HOME_LANGUAGES: Final[Mapping[str, str]] = {
    "dpa": "de",
    "APA": "de",
    "KNA": "de",
    "epd": "de",
    "epdÖ": "de",
    "SDA": "de",
    "ATS": "fr",
    "EFE": "es",
    "Notimex": "es",
    "Télam": "es",
    "Europa Press": "es",
}

#: A trademark or registered sign after a name (``Examplia News(TM)``, ``Acme®``), left out of the
#: key.
_TRADEMARK = lazy_compile(r"\s?(?:\(tm\)|™|\(r\)|®)")


_TO_SPACE = str.maketrans({".": " ", "-": " ", "_": " ", "/": " ", "’": "'"})
_SUFFIX_WORDS = frozenset(
    "inc incorporated ltd limited llc lp plc corp corporation co gmbh ag sa".split()
)


def _key(name: str) -> str:
    """The lookup key of a name: casefolded, without ``the``, dots, hyphens, suffixes."""
    k = name.casefold()
    if "(" in k or "™" in k or "®" in k:
        k = _TRADEMARK.sub("", k)
    k = k.translate(_TO_SPACE)
    if "'" in k:
        k = k.replace("'s ", " ").strip(" \t\n\r,;:()[]'\"-–—=<>|")
        if k.endswith(("'s", "s'")):
            k = k[:-2] if k.endswith("'s") else k[:-1]
    words = k.replace(",", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIX_WORDS:
        words.pop()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(w.strip(" ,;:()[]'\"–—=<>|") for w in words).strip()


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and len(letters) <= 4 and letters.isupper()


class _Keys(NamedTuple):
    """The aliases of :data:`AGENCIES` under one kind of key, with the agency of each.

    :param agency: Each key with its agency's canonical name.
    :param acronyms: The keys of acronyms (``AP``), which count only in capitals.
    :param lower: The keys of aliases written in lower case (``dpa``), which
        count in any case.
    """

    agency: dict[str, str]
    acronyms: frozenset[str]
    lower: frozenset[str]


def _keyed(key: Callable[[str], str]) -> _Keys:
    """Every alias of :data:`AGENCIES` under *key*, the first agency winning a key."""
    table: dict[str, str] = {}
    acronyms: set[str] = set()
    lower: set[str] = set()
    for canonical, aliases in AGENCIES.items():
        for alias in (canonical, *aliases):
            k = key(alias)
            table.setdefault(k, canonical)
            if _is_acronym(alias):
                acronyms.add(k)
            if alias[:1].islower():
                lower.add(k)
    return _Keys(table, frozenset(acronyms), frozenset(lower))


@functools.cache
def _lookup_keys() -> _Keys:
    """The aliases under :func:`_key`, built on first use (not at import)."""
    return _keyed(_key)


#: A leading article before an agency's name (``The Associated Press``, ``the-CNN-Wire``).
_THE = lazy_compile(r"(?i)^the[\s\-]{1,2}")


def _lookup(key: str, written: str) -> str | None:
    """Look *key* up as *written*.

    An acronym (``AP``, ``PA``) counts only in capitals (``dpa`` is written in
    lower case).
    """
    keys = _lookup_keys()
    found = keys.agency.get(key)
    if found is None or key in keys.lower or key not in keys.acronyms:
        return found
    core = _THE.sub("", written.split(",", 1)[0].strip(" \t\n-–—(\"'"))
    if core.endswith(("'s", "’s")):
        core = core[:-2]
    letters = "".join(c for c in core if c.isalpha())
    return found if letters.isupper() else None


#: Suffixes that name the agency's people or service rather than another body.
#: For example ``Reuters staff``, ``AP wire services``, ``AFP correspondents``.
_STAFF_TAIL = lazy_compile(
    r"\s(?:wire\s)?(?:staff|staff\sreport|service|services|reporters?|correspondents?|writers?"
    r"|news\sservice|wire|wires|and\swire\sservices|wire\sservices|and\sagencies)$",
    regex.IGNORECASE,
)


#: How many names :func:`canonical_agency` keeps its answers for.
_CANONICAL_KEPT: Final = 4096


@functools.lru_cache(maxsize=_CANONICAL_KEPT)
def canonical_agency(name: str) -> str | None:
    """Return the canonical short name of an agency, or ``None`` if *name* is not one.

    Case (save that an acronym such as ``AP`` counts only in capitals), a
    leading ``the``, dots, hyphens, a possessive, trademark marks and company
    suffixes are ignored; a trailing ``Wire Staff``, ``staff``,
    ``correspondents``, ``and wire services`` is allowed.  A copyright holder
    (``Cable News Network, Inc., a Time Warner Company``) is read up to its
    first comma.

    :param name: A name as written: ``The Associated Press``, ``REUTERS``,
        ``The-CNN-Wire``, ``Agence France-Presse``, ``NBC News'``.
    :returns: The key of :data:`AGENCIES` (``"AP"``), or ``None``.

    The answer depends on the name alone, and a story asks about the same
    few (the dateline's tag, the sign-off, the copyright holder): the last
    4,096 names' answers are kept.
    """
    if not name or len(name) > 120:
        return None
    key = _key(name)
    found = _lookup(key, name)
    if found is not None:
        return found
    head = _key(name.split(",", 1)[0])
    found = _lookup(head, name)
    if found is not None:
        return found
    tail = _STAFF_TAIL.sub("", key)
    if tail != key:
        return _lookup(tail, _STAFF_TAIL.sub("", name.strip()))
    return None


@attrs.frozen(slots=True)
class AgencyMatch:
    """An agency name found inside a text.

    :param agency: Its canonical name (a key of :data:`AGENCIES`).
    :param start: Offset of its first character in the searched text.
    :param end: Offset just past its last character.
    :param text: The name as written.
    """

    agency: str
    start: int
    end: int
    text: str


#: One word of a name: letters and digits, with inner dots, ampersands and
#: apostrophes (``A.P.``, ``NBCNews.com``, ``AT&T``).
_NAME_WORD = lazy_compile(
    r"[\p{L}\p{N}](?:[\p{L}\p{N}&]|\.(?=[\p{L}\p{N}])|['’](?=[\p{L}\p{N}])(?![sS](?![\p{L}\p{N}]))){0,30}\.?"
)
#: The space or hyphen between two words of an alias (``Agence France-Presse``, ``CNN Wire``).
_JOINER = lazy_compile(r"[ \t\-]{1,2}")


def _split_alias(alias: str) -> list[str]:
    """The words of an alias, split at spaces and hyphens (``Agence France-Presse``)."""
    return regex.split(r"[\s\-]+", alias.strip())


@functools.cache
def _max_alias_words() -> int:
    """The most words an alias has (``Associated Press Television News``), ``The`` included.

    Worked out on first use, as are the other tables of the aliases.
    """
    return 1 + max(
        len(_split_alias(alias))
        for canonical, aliases in AGENCIES.items()
        for alias in (canonical, *aliases)
    )


@functools.cache
def _first_words() -> frozenset[str]:
    """The first words of all aliases, casefolded without dots: a cheap first test."""
    words: set[str] = {"the"}
    for canonical, aliases in AGENCIES.items():
        for alias in (canonical, *aliases):
            parts = _split_alias(alias)
            first = parts[0].casefold()
            if first == "the" and len(parts) > 1:
                first = parts[1].casefold()
            words.add(first.replace(".", "").replace("’", "'"))
    return frozenset(words)


def _simple_key(alias: str) -> str:
    words = [w.casefold().replace(".", "") for w in _split_alias(alias)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.cache
def _simple_keys() -> _Keys:
    """Every alias as its words casefolded without dots, joined by one space.

    (``a.p.`` -> ``ap``, ``The-CNN-Wire`` -> ``cnn wire``), with its agency.
    """
    return _keyed(_simple_key)


def could_start_agency(word: str) -> bool:
    """Whether *word* is the first word of some alias (a cheap test before :func:`agency_at`)."""
    return word.casefold().replace(".", "").replace("’", "'") in _first_words()


def agency_at(text: str, pos: int, end: int | None = None) -> AgencyMatch | None:
    """Return the agency name that starts exactly at *pos*, the longest one, or ``None``.

    :param text: The text.
    :param pos: Where the name must start (at a word's first character).
    :param end: Where the name must end by (the end of *text* by default).
    """
    stop = len(text) if end is None else min(end, len(text))
    if pos >= stop or (pos and (text[pos - 1].isalnum())):
        return None
    words: list[tuple[int, int]] = []
    at = pos
    first_is_the = False
    folds: list[str] = []
    first_words = _first_words()
    most = _max_alias_words()
    while len(words) < most:
        m = _NAME_WORD.match(text, at, stop)
        if m is None:
            break
        fold = m.group().casefold().replace(".", "").replace("’", "'")
        if not words and fold not in first_words:
            break
        if len(words) == 1 and first_is_the and (fold == "the" or fold not in first_words):
            break
        first_is_the = first_is_the or (not words and fold == "the")
        words.append((m.start(), m.end()))
        folds.append(fold)
        j = _JOINER.match(text, m.end(), stop)
        if j is None:
            break
        at = j.end()
    skip = 1 if first_is_the else 0
    simple = _simple_keys()
    for n in range(len(words), skip, -1):
        key = " ".join(folds[skip:n])
        found = simple.agency.get(key)
        if found is None:
            continue
        w_end = words[n - 1][1]
        if w_end < len(text) and (text[w_end].isalnum()):
            continue
        core = text[words[skip][0] : w_end]
        if key not in simple.lower:
            if not core[:1].isupper():
                continue
            if key in simple.acronyms and not all(c.isupper() for c in core if c.isalpha()):
                continue
        return AgencyMatch(found, pos, w_end, text[pos:w_end])
    return None


def find_agency(text: str, start: int = 0, end: int | None = None) -> AgencyMatch | None:
    """Find the first agency name in ``text[start:end]``, at word boundaries.

    The longest alias wins where several start at one place (``Associated
    Press`` over ``AP``, ``BBC Sport`` over ``BBC``).  Acronyms count only in
    capitals, so ``Pa.`` is not the Press Association.

    :param text: The text to search.
    :param start: Where to start.
    :param end: Where to stop (the end of *text* by default).
    :returns: The match, or ``None``.
    """
    stop = len(text) if end is None else min(end, len(text))
    first_words = _first_words()
    for m in _NAME_WORD.finditer(text, start, stop):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if m.group().casefold().replace(".", "").replace("’", "'") not in first_words:
            continue
        found = agency_at(text, m.start(), stop)
        if found is not None:
            return found
    return None


# --------------------------------------------------------------------------
# Self-references in the body
# --------------------------------------------------------------------------

_ORG = r"(?:The\s)?\p{Lu}[\p{L}&'’\-]{0,25}(?:\s\p{Lu}[\p{L}&'’\-]{0,25}){0,3}"
#: ``The Independent has contacted Acme`` (before ``for comment``).
_ASKED = lazy_compile(
    rf"(?P<a>{_ORG})\s(?:has|have|had)\s(?:contacted|approached|reached\sout\sto|asked)\s"
    r"[^.\n]{1,80}?\s$"
)
#: ``did not respond to a Reuters`` (before ``request for comment``).
_RESPOND = lazy_compile(
    rf"(?:respond(?:ed)?|reply|replied)\sto\s(?:an?\s)?(?P<a>{_ORG})(?:['’]s?)?\s$"
)
#: Nouns of numbers before ``compiled by``: the outlet's own data (``figures compiled by
#: Bloomberg``).
_COMPILED_BEFORE = lazy_compile(r"(?:data|figures|estimates|survey|forecasts?|prices|rankings?)\s$")
#: An organisation's name of capitalised words where a self-reference names one (``told The
#: Portvale Courier``).
_ORG_AT = lazy_compile(_ORG)
#: A reporter's two-word name just before an outlet in a signature (``... said. Ada Finch, BBC
#: News``).
_SIGNER = lazy_compile(r"(?:^|[\p{Ll}.:\-–—]\s)\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{L}'’\-]{1,25}$")
#: How the BBC's reporters sign analysis boxes inside the copy: ``Jane Doe, BBC News, Place``.
_SIGNATURES: Final = ("BBC News", "BBC Sport")
#: Wires that a story written by themselves says someone ``told``.
_TOLD: Final = ("The Associated Press", "Reuters", "Agence France-Presse", "AFP")


def _add(found: list[str], name: str | None) -> None:
    if not name:
        return
    canonical = canonical_agency(name)
    if canonical is None:
        inner = find_agency(name)
        canonical = inner.agency if inner is not None and inner.start <= 4 else None
    if canonical is not None and canonical not in found:
        found.append(canonical)


def _occurrences(text: str, needle: str) -> list[int]:
    out: list[int] = []
    i = text.find(needle)
    while i >= 0 and len(out) < 50:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def find_self_references(text: str) -> tuple[str, ...]:
    """Find the agencies a story's body names as its own author.

    Only phrases in which an outlet speaks of itself are read, never a plain
    mention: ``The Independent has contacted Acme for comment``, ``did not
    respond to a Reuters request for comment``, ``data compiled by
    Bloomberg``, ``told The Associated Press``, a Bloomberg ``To contact the
    reporter on this story: ... @bloomberg.net`` line, and a reporter's
    signature inside the copy (``Jane Doe, BBC News, Washington``).  Names that
    are not known agencies are left out.  Each phrase is found by a plain
    substring search first, so the cost is a few microseconds per kilobyte.

    :param text: Body text (a paragraph, or several joined).
    :returns: Canonical agency names in order of first appearance, without repeats.
    """
    hits: list[tuple[int, str]] = []
    for i in _occurrences(text, " comment"):
        if text.startswith("for", i - 3):
            before = i - 3
        elif text.startswith("for a", i - 5):
            before = i - 5
        else:
            continue
        m = _ASKED.search(text, max(0, before - 200), before)
        if m is None:
            j = text.rfind("request", max(0, before - 10), before)
            if j >= 0 and text[j:before].rstrip() in {"request", "requests"}:
                m = _RESPOND.search(text, max(0, j - 120), j)
        if m is not None:
            hits.append((m.start(), m.group("a")))
    for i in _occurrences(text, "compiled by "):
        if _COMPILED_BEFORE.search(text, max(0, i - 14), i) is not None:
            m = _ORG_AT.match(text, i + 12)
            if m is not None:
                hits.append((i, m.group()))
    for i in _occurrences(text, "told "):
        for name in _TOLD:
            if text.startswith(name, i + 5):
                after = text[i + 5 + len(name) : i + 15 + len(name)]
                if not after.startswith((" reported", " said", "'s", "’s")):
                    hits.append((i, name))
                break
    for i in _occurrences(text, "@bloomberg."):
        if text.rfind("To contact the", max(0, i - 200), i) >= 0:
            hits.append((i, "Bloomberg"))
    for i in _occurrences(text, ", BBC "):
        for name in _SIGNATURES:
            needle = f", {name}, "
            if text.startswith(needle, i):
                nxt = text[i + len(needle) : i + len(needle) + 1]
                if nxt[:1].isupper() and _SIGNER.search(text, max(0, i - 50), i) is not None:
                    hits.append((i, name))
                break
    found: list[str] = []
    for _, name in sorted(hits):
        _add(found, name)
    return tuple(found)


# --------------------------------------------------------------------------
# The decision
# --------------------------------------------------------------------------


#: A sign-off of slash-separated parts: the publisher, the agency, the desk
#: editor's initials (``The Courier/AFP/jd``, ``dpa/mk``).
SLASHED_SIGNOFF = lazy_compile(
    r"(?:[\p{Lu}\p{Ll}][\p{L}.&'’-]{0,30}(?: [\p{L}.&'’-]{1,30}){0,3}/){1,3}\p{Ll}{1,4}"
)


#: An agency's bracketed sign-off with desk codes, as German, Swiss and
#: Austrian services end a story: ``(dpa)``, ``(ats/nxp)``, ``(sda/sj)``,
#: ``(SDA\\/sj)``, ``(APA)``.  The ``agency`` group is the name; callers check
#: that it is an agency's (:func:`canonical_agency`).
AGENCY_SIGNOFF = lazy_compile(
    r"\(\s?(?P<agency>[\p{L}][\p{L}\-]{1,15})(?:\s?\\?/\s?[\p{L}0-9]{1,8}){0,4}\s?\)"
)


#: A line of a German, French or Spanish page that names the wire a story
#: comes from: a label (``Quelle:``, ``Mit Material von``, ``Source :``
#: with the French space before its colon, so that English ``Source:`` is
#: left to the English rules, ``Avec``, ``Fuente:``, ``Con información
#: de``) and the agencies (group ``names``).
SOURCE_LINE_LANG = lazy_compile(
    r"(?i:quelle|mit\s+material\s+(?:von|der|des)|source\s(?=:)|avec|fuente"
    r"|con\s+informaci[oó]n\s+de)\s{0,2}:?\s{1,3}(?P<names>[\p{L}][\p{L}\-.,/ ]{1,60})"
)
#: What joins the agencies of a source line (``dpa, AFP``, ``dpa und AFP``,
#: ``AFP et Reuters``, ``EFE y Europa Press``, ``dpa/AFP``).
_SOURCE_JOIN = lazy_compile(r"\s{0,2}(?:,|/|\s(?:und|et|y|and)\s)\s{0,2}")


def source_line_agency(line: str) -> str | None:
    """The first agency a German, French or Spanish source line names, or ``None``.

    Convention: pages that carry wire copy name its source on a line of its
    own, at the end or under the headline: ``Quelle: dpa-AFX``, ``Mit
    Material von dpa und AFP``, ``Source : AFP``, ``Avec AFP``, ``Fuente:
    Europa Press``, ``Con información de EFE``.  Every name on the line must
    be an agency's (``Quelle: eigene Recherche`` is none).

    :param line: The line.
    """
    s = line.strip().rstrip(".")
    if len(s) > 90:
        return None
    m = SOURCE_LINE_LANG.fullmatch(s, None, None, KEEP_GIL)
    if m is None:
        return None
    names = [canonical_agency(n) for n in _SOURCE_JOIN.split(m.group("names").strip())]
    if not names or any(n is None for n in names):
        return None
    return names[0]
