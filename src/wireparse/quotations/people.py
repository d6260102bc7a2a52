r"""Sources of quotations: who is speaking, resolved to the fullest name.

A cue such as ``he said`` or ``the secretary of state said`` names its source
by a *mention*.  :class:`Resolver` turns a mention into a :class:`~wireparse.Speaker`
whose :attr:`~wireparse.Speaker.name` is the fullest form the article gives
(``Ilse Varga``), and collects the :class:`~wireparse.Person` records behind them.

Resolution is lazy and local: a surname is looked up by finding its other
occurrences in the article and reading the capitalised words before them
(``Harbor Minister Ilse Varga``); a role noun by finding the title or
apposition that ties it to a name (``Peskov, Putin's spokesman``); a pronoun
by walking back over the sentences before it to the nearest fitting speaker or
subject (the caller supplies those candidates).  Every search is bounded, so
the whole is linear in the article.  Its few patterns use the standard
library's :mod:`re` rather than :mod:`regex`, for speed: they are short,
bounded and led by a literal or a class, which :mod:`re` runs several times
faster (as in :mod:`wireparse.quotations.cues`).

The text the resolver reads is a *flat* copy of the source: the same length,
every line break and tab turned into a space, and every quotation masked with
``\x01`` so that no rule reads words inside quotation marks.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from wireparse import lexicon
from wireparse.metadata.dates import MONTH_WORDS
from wireparse.model import Span
from wireparse.model.quotations import Person, SourceKind, Speaker
from wireparse.quotations import cues

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "KIN_NOUNS",
    "Mention",
    "Resolver",
    "chain_before",
    "head_noun",
    "is_age",
    "is_height",
    "is_participle",
    "is_role",
    "is_source_noun",
    "phrase_after",
    "span",
    "split_title",
    "subject_before",
    "word_before",
]

#: The character that masks quoted text in the flat copy.
MASK = "\x01"

_EDGE = "()[]{}\"“”„«»‘’'`" + MASK
#: The endings of a possessive (``Varga's``), tested as ``word[-2:] in ...``.
_POSSESSIVE_ENDINGS = frozenset(("'s", "’s"))
#: The apostrophes, straight and curly.
_APOSTROPHES = frozenset(("'", "’"))
_TRAILING_PUNCTUATION = _EDGE + ",;:!?"
_DASHES = ("--", "—", "–", "_")
#: The dashes that set off an aside between a subject and its verb: a hyphen
#: standing alone between spaces is one in wire copy (``Sims - a teacher - says``).
_ASIDE_DASHES = frozenset((*_DASHES, "-"))
_HOPS = frozenset(("with", "of", "for", "at", "from"))

#: How far (in characters) a noun-phrase walker may read.
_WINDOW = 160
#: How many occurrences of a name or role a lookup examines.
_LOOKUPS = 48
#: How many occurrences of a surname are read for a fuller name and a title.
_CHAINS = 4


class Mention(NamedTuple):
    """A noun phrase that a walker found in the flat text.

    :param start: Offset of its first character.
    :param end: Offset one past its last character.
    :param words: Its words, edge punctuation removed.
    :param rule: The name of the rule of
        :data:`~wireparse.quotations.rules.MENTION_RULES` that read it.
    """

    # A named tuple rather than a frozen attrs class: its constructor is one
    # C call instead of three frozen ``__setattr__`` calls (a walker makes
    # one per cue); the fields, the constructor and the repr are the same.

    start: int
    end: int
    words: tuple[str, ...]
    rule: str = "mention.phrase_before"


_new = object.__new__
# The slot descriptors of the frozen class: setting through them skips both
# the validators and the frozen ``__setattr__``.
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


# The word sets of :mod:`~wireparse.quotations.cues` that the walkers test most, bound
# to module names: a loop then reads one global instead of a global and an
# attribute.  They are the same objects, which nothing changes.
_DETERMINERS = cues.DETERMINERS
_PERSON_NOUNS = cues.PERSON_NOUNS
#: Roles of two words whose last word alone is no role (:func:`_paired_role`).
_PAIRED_ROLES = frozenset({"running mate", "party figure", "opposition figure"})
_NAME_PARTICLES = cues.NAME_PARTICLES
_SENTENCE_OPENERS = cues.SENTENCE_OPENERS
_PRONOUNS = cues.PRONOUNS
_BOUNDARY_WORDS = cues.BOUNDARY_WORDS
_HONORIFICS = cues.HONORIFICS
_TITLE_WORDS = cues.TITLE_WORDS
_GROUP_NOUNS = cues.GROUP_NOUNS
_ADJUNCT_WORDS = cues.ADJUNCT_WORDS


def span(start: int, end: int) -> Span:
    """Return ``Span(start, end)`` for offsets known to be valid.

    Skips the validators of :class:`~wireparse.Span`, which cost as much
    as the rest of the object: an analysis makes a hundred spans per article.
    """
    out: Span = _new(Span)
    _set_start(out, start)
    _set_end(out, end)
    return out


def word_before(flat: str, lo: int, end: int) -> str:
    """Return the word that ends at offset *end*: at most 40 characters, none before *lo*."""
    floor = max(lo, end - 40, 0)
    # What follows the last space of flat[floor:end]: all of it without one.
    return flat[floor:end].rpartition(" ")[2]


# --------------------------------------------------------------------------
# Tokens: whitespace-separated words of the flat text, read with their
# punctuation attached.


def _core(token: str) -> str:
    """Return a token without edge punctuation and without a possessive.

    A word of letters only is its own core: hot loops test ``isalpha()``
    before they call this.
    """
    if token.isalpha():
        return token
    core = token.strip(_EDGE).rstrip(",;:.!?").strip(_EDGE)
    if core[-2:] in _POSSESSIVE_ENDINGS:  # a slice test: cheaper than str.endswith
        return core[:-2]
    return core.rstrip("'’")


#: Words that keep their period (both lists of :mod:`~wireparse.quotations.cues` in one set).
_ABBREVIATIONS = cues.ABBREVIATIONS | cues.END_ABBREVIATIONS


def _is_abbreviation(word: str) -> bool:
    """Return whether *word*, read with its final period, is an abbreviation."""
    stem = word.strip(_EDGE).rstrip(".")
    if not stem:
        return False
    if len(stem) == 1 and stem.isupper():
        return True  # an initial
    if "." in stem:
        return True  # U.S., a.m.
    if "-" in stem:
        stem = stem.rsplit("-", 1)[1]  # a hyphenated rank: "Staff-Sgt."
    return stem.lower() in _ABBREVIATIONS


def _ends_clause(token: str) -> bool:
    """Return whether punctuation at the end of *token* closes a phrase."""
    if token[-1:].isalnum():
        return False  # the common case: no punctuation at the end
    tail = token.rstrip(_EDGE)
    if not tail:
        return False
    last = tail[-1]
    if last in ",;:!?":
        return True
    if last == ".":
        return not _is_abbreviation(tail)
    return tail.endswith(_DASHES)


def _starts_clause(token: str) -> bool:
    return token[:1] in "([" or token.startswith(_DASHES)


def _is_word(core: str) -> bool:
    return bool(core) and core.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _is_particle_name(word: str) -> bool:
    """Return whether *word* is a surname joined to its particle: ``al-Rashid``.

    A lower-case particle of the list ``name_particles`` (``al``, ``el``,
    ``bin``, ``de`` ...) joined by a hyphen or an apostrophe to a capitalised
    name (``el-Amin``, ``d'Alba``) is a name as much as ``Rashid`` is.
    """
    if not word[:1].islower():
        return False
    for sep in ("-", "'", "’"):
        head, found, rest = word.partition(sep)
        if found and rest[:1].isupper() and (head in _NAME_PARTICLES or head in ("d", "l")):
            return True
    return False


#: Nouns whose plural, capitalised alone, is a group and never a person's name.
_PLURAL_BASES = cues.ORG_NOUNS | cues.PERSON_NOUNS | cues.GROUP_NOUNS


def _is_plural_noun(low: str) -> bool:
    """Return whether *low* is the plural of a noun of a source: ``ministries``.

    ``Ministries said``, ``Residents said`` name a group, not a person; the
    singular (``ministry``, ``resident``) is an organisation, role or group
    noun.  A surname that happens to read so (``Banks``) is taken as a name
    when the article gives it in full (``Tom Banks``).
    """
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return False
    if low.endswith("ies") and low[:-3] + "y" in _PLURAL_BASES:
        return True
    if low.endswith("es") and low[:-2] in _PLURAL_BASES:
        return True
    return low[:-1] in _PLURAL_BASES


def is_age(core: str) -> bool:
    """Return whether *core* is an age before a name: ``42-year-old``.

    An age spelt in words, as copy writes it when it opens a sentence
    (``Ninety-one-year-old Opal Hinds got her diploma``, ``Six-year-old``;
    the list ``number_words`` and ``one``), is one too.
    """
    if not core.endswith("-year-old"):
        return False
    if core[:1].isdigit():
        return len(core) <= 16
    parts = core[:-9].lower().split("-")
    return len(parts) <= 2 and all(p in _NUMBER_WORDS or p == "one" for p in parts)


def _is_measure(core: str) -> bool:
    """Return whether *core* is a number and a unit that modify a noun: ``20-page``.

    ``"...," the 20-page complaint says``, ``a 30-second ad``: the measure
    is a word of the noun phrase, as an age is.
    """
    number, dash, unit = core.partition("-")
    return (
        bool(dash)
        and 0 < len(number) <= 4
        and number.isdigit()
        and 2 < len(unit) <= 12
        and unit.isalpha()
        and unit.islower()
    )


#: A player's height before the noun that describes the player, as sports
#: copy writes it: ``the 6-foot-8 senior``, ``the 5-foot guard``.
_HEIGHT_RE = re.compile(r"[4-7]-foot(?:-\d{1,2})?")


def is_height(core: str) -> bool:
    """Return whether *core* is a player's height before a noun: ``6-foot-8``."""
    return _HEIGHT_RE.fullmatch(core) is not None


def _trim_right(token: str) -> str:
    """Return *token* without trailing punctuation; an abbreviation keeps its period."""
    if token[-1:].isalnum():
        return token  # the common case: no punctuation at the end
    out = token.rstrip(_TRAILING_PUNCTUATION)
    if out[-1:] == "." and not _is_abbreviation(out):
        out = out[:-1].rstrip(_EDGE)
    return out


def _phrase_word(token: str) -> str:
    """Return *token* as a word of a phrase: edge punctuation off, a plural possessive kept.

    ``pilots'`` in ``the harbor pilots' union`` keeps its apostrophe (quotation
    marks are masked in the flat text, so an apostrophe left after an ``s``
    is a possessive); :func:`_as_written` drops one that ends the phrase.
    """
    word = _trim_right(token).lstrip(_EDGE)
    end = token.rstrip(",;:.!?")
    if end[-1:] in _APOSTROPHES and end[-2:-1] == "s" and word and end.endswith(word + end[-1]):
        return word + end[-1]
    return word


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word


#: Adjectives and participles set after the noun of an unnamed source, before
#: a preposition: ``a person familiar with the talks``, ``a source close to
#: the board``, ``officials briefed on the plan``.
_POSTMODIFIERS = frozenset("familiar close closest briefed knowledgeable involved aware".split())
#: The prepositions after such a modifier.
_LINK_PREPOSITIONS = frozenset(("with", "to", "on", "in", "of"))


#: A couple named by two given names and one surname: ``Dale and Annie
#: Greer`` (each name a capitalised word of letters).
_COUPLE_RE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
#: Nouns of kin and partners, who copy names by the given name alone after
#: them: ``his wife, Tina,``; ``Ada Marsh and her husband, Tom,``.
KIN_NOUNS: Final = frozenset(
    "husband wife son daughter brother sister mother father partner fiance fiancee "
    "fiancé fiancée girlfriend boyfriend".split()
)

#: Nouns of a person's age and the span of years each names: ``the
#: teenager`` is the one person the article gives an age of 13 to 19.
_AGE_NOUN_RANGES: Final = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 115),
}

#: The spouse a possessive pronoun may name in a couple: ``her husband``,
#: ``his wife``.
_SPOUSES: Final = {"her": ("husband",), "his": ("wife",)}

#: The words before a date or a year inside a noun phrase: ``the Nov. 8
#: election``, ``its 2020 report``.
_DATE_DETERMINERS = frozenset(("the", "its", "his", "her", "their", "this", "that", "a"))

#: How far before ``the`` *noun* an unnamed source introduced with ``a``
#: *noun* is nearer than any named holder of the role (about two sentences).
_INTRODUCED_REACH = 300

#: Endings of nouns of a person's trade or calling (``meteorologist``,
#: ``statistician``, ``neurosurgeon``): a description headed by one that no
#: word list holds is a person.
_AGENT_ENDINGS = ("ologist", "ist", "ician", "ian", "geon", "smith", "wright")
#: Words in ``-er``, ``-or`` or ``-man`` that name no one (``other``,
#: ``former``): see :func:`_is_agent_noun`.
_NOT_AGENT_NOUNS = lexicon.words("en", "not_agent_nouns")


def head_noun(words: Sequence[str]) -> str:
    """Return the head noun of a phrase, lower case: ``summary`` in ``the summary of facts``."""
    if "".join(words).isalpha():
        # Every word is letters only or empty, and so its own core: lower
        # them all in one C-level pass.
        lows = list(map(str.lower, words))
    else:
        lows = [(w if w.isalpha() else _core(w)).lower() for w in words]
    if not _POSTMODIFIERS.isdisjoint(lows):
        for k in range(1, len(lows) - 1):
            if lows[k] in _POSTMODIFIERS and lows[k + 1] in _LINK_PREPOSITIONS:
                return lows[k - 1]  # "a person familiar with the talks"
    if not _HOPS.isdisjoint(lows):  # the loop finds nothing without a hop
        for k in range(1, len(lows)):
            if lows[k] in _HOPS:
                # "the summary of facts", "a spokesman for the board"
                if lows[k - 1] not in _QUANTIFIERS:
                    return lows[k - 1]
                break
    if "to" in lows:
        k = lows.index("to")
        if k and (lows[k - 1] in _PERSON_NOUNS or lows[k - 1] in cues.DOCUMENT_NOUNS):
            # "the envoy to Norway", "an adviser to the mayor", "a memo to staff"
            return lows[k - 1]
    return lows[-1] if lows else ""


def _abbreviated_rank(content: Sequence[str]) -> str | None:
    """Return a rank of several words as AP abbreviates it before a name, or ``None``.

    ``sergeant major`` is written ``Sgt. Maj.`` before a name, ``lieutenant
    colonel`` ``Lt. Col.``: the words of
    :data:`~wireparse.quotations.cues.RANK_ABBREVIATIONS` shortened, each
    but the last with its period (the phrase is found as whole words), so
    that ``the sergeant major`` calls back ``Command Sgt. Maj. Ada Marsh``.
    A rank of one word, or of words none of which is shortened, gives
    ``None``.
    """
    if len(content) < 2 or cues.RANK_ABBREVIATIONS.keys().isdisjoint(content):
        return None
    words = [cues.RANK_ABBREVIATIONS.get(w, w) for w in content]
    last = len(words) - 1
    return " ".join(
        [
            w + "." if w != c and k < last else w
            for k, (w, c) in enumerate(zip(words, content, strict=True))
        ]
    )


#: A union's local: up to four capitalised words of its union's name and
#: ``local`` (``the Teamsters local``), or ``Local`` and its number, with up to
#: three words of the union's name before it (``Teamsters Local 727``).
_NAMED_LOCAL_RE = re.compile(
    r"\b(?:[A-Z][\w'’-]* ){1,4}local\b|\b(?:[A-Z][\w'’-]* ){0,3}Local \d{1,5}\b"
)


#: The prepositions that open a role's complement: ``the envoy to Norway``.
_COMPLEMENT_WORDS = frozenset(("to", "of", "for", "at"))
#: The same, as written between words in the flat text.
_ROLE_COMPLEMENTS = tuple(f" {w} " for w in sorted(_COMPLEMENT_WORDS))
#: The same and ``with``, which opens an employer after a role in
#: apposition to a name: ``said Tom Hale, a forecaster with the weather
#: service.`` holds the role of ``the forecaster``.
_APPOSITION_COMPLEMENTS = (*_ROLE_COMPLEMENTS, " with ")
#: Relatives that open a clause closing a role in apposition to a name, up
#: to its comma: ``Bremner Group, the company that makes the bar, said``.
_ROLE_RELATIVES = (" that ", " which ", " who ")
#: Verbs that may stand between a name's comma and a role: ``Ann Roe, is a``.
_COPULAS = frozenset(("is", "was", "are", "were", "became", "becomes"))
#: Where a role's complement in apposition ends: a comma, a semicolon or the
#: end of the sentence (a period before a space or the end of the text), as
#: after ``with the weather office`` in ``said Tom Hale, a forecaster with
#: the weather office.``
_COMPLEMENT_END = re.compile(r"[,;]|\.(?=\s|$)")


def _party_epithet(words: Sequence[str]) -> bool:
    """Whether *words* call a person by party, and perhaps place: ``the Ohio Republican``.

    ``the Democrat``, ``the Chicago Democrat``, ``the Naperville
    Republican``: ``the``, at most one word of place, and a party's member
    in the singular; a person, not an organisation (``the Republican
    National Committee`` ends in no party member).
    """
    return (
        1 < len(words) <= 4
        and words[0].lower() == "the"
        and words[-1].lower() in _PARTY_MEMBERS
        and all(w[:1].isupper() for w in words[1:])
    )


#: The possessive words that introduce a person by whose they are: ``His
#: lawyer said``, ``Her doctor, who asked not to be named, said``.
_POSSESSIVE_INTRODUCERS = ("his ", "her ", "their ")


def _org_before_of(words: Sequence[str]) -> bool:
    """Whether an organisation noun stands before an ``of`` in *words*.

    ``the Ministry of Foreign Affairs``, ``the Governor's Office of
    Emergency Services``: the phrase names the organisation, whatever title
    words (``Foreign``) its complement holds.
    """
    for k in range(1, len(words) - 1):
        if words[k] == "of" and _core(words[k - 1]).lower() in cues.ORG_NOUNS:
            return True
    return False


def _role_complement_ends(tokens: Sequence[str], j: int) -> bool:
    """Whether token *j* ends a role's complement: ``the envoy to Norway,``.

    Reading back from *j* over up to four capitalised words (and ``the``)
    reaches ``of``, ``to``, ``for`` or ``at`` after a person noun: ``the
    mayor of Springfield, Tom Hale, said`` names the mayor after the role,
    as ``the mayor, Tom Hale, said`` does.  The complement may be in lower
    case too: ``the company's head of research, Ines Mertz, said``, ``the
    victim of the crash, Tom Hale, said``.  A party's member takes ``in`` and
    ``on`` too: ``The top Democrat in the House, Rep. Tanya Brooks, said``.
    A role's seat on a body in lower case is one too: ``Her counterpart on
    the panel, Sen. Roy Ashby of Kansas, said``.
    """
    k = j
    while k >= 0 and j - k < 5:
        core = _core(tokens[k])
        if (
            core in ("in", "on")
            and k < j
            and k >= 1
            and _core(tokens[k - 1])[:1].isupper()
            and _core(tokens[k - 1]).lower() in _PARTY_MEMBERS
        ):
            return True  # "The top Democrat in the House, Rep. Tanya Brooks,"
        if (
            core == "on"
            and 1 <= k < j
            and tokens[k + 1] == "the"
            and all(_core(t).isalpha() and _core(t).islower() for t in tokens[k + 2 : j + 1])
            and _core(tokens[k - 1]).lower() in _PERSON_NOUNS
        ):
            return True  # "Her counterpart on the panel, Sen. Roy Ashby,"
        if not (
            core[:1].isupper()
            or (k < j and core == "the")
            or (core.isalpha() and core.islower() and core not in _COMPLEMENT_WORDS)
        ):
            break
        k -= 1
    if k >= j or k < 1:
        return False
    noun = _core(tokens[k - 1])
    if tokens[k] in _COMPLEMENT_WORDS and noun.lower() in _PERSON_NOUNS:
        return True
    return (
        tokens[k] in ("in", "on", *_COMPLEMENT_WORDS)
        and noun[:1].isupper()
        and noun.lower() in _PARTY_MEMBERS
    )


def _described_by_complement(words: Sequence[str]) -> bool:
    """Whether *words* describe a person by a role and its complement.

    A role noun written in lower case, after an article and modifiers and
    before ``to``, ``of``, ``for``, ``with``, ``at`` or ``from``, is the
    head of the phrase even when the complement is a name: ``the envoy to
    Norway said``, ``the mayor of Springfield said``, ``an adviser to
    Governor Ada Marsh said`` are each one person described, not Norway,
    Springfield or Ada Marsh; so is a calling no list holds after an
    article (:func:`_is_agent_head`): ``a trucker from Ohio said`` is a
    trucker, not Ohio.  A capitalised role (``the Mayor of London``) is read
    as a name as before.
    """
    for k in range(1, len(words) - 1):
        hop = words[k]
        if hop != "to" and hop not in _HOPS:
            continue
        head = words[k - 1]
        if not (
            head.isalpha()
            and head.islower()
            and (head in _PERSON_NOUNS or _is_agent_head(words[: k - 1], head))
        ):
            return False
        return all(w.isalpha() and w.islower() for w in words[: k - 1])
    return False


def _document_author(words: Sequence[str]) -> list[str] | None:
    """Return the author named with a document: ``the ministry`` in ``a statement from it``.

    A document is a channel, not a speaker: ``A statement from the harbour
    board said``, ``a report by the audit office found`` give the board and
    the office, and so does wire copy's ``a statement issued by the board``.
    ``None`` when *words* name no document with its author.
    """
    if len(words) < 3:
        return None
    lows = [(w if w.isalpha() else _core(w)).lower() for w in words]
    for k in range(1, len(lows) - 1):
        if lows[k] in ("from", "by") and (
            lows[k - 1] in cues.DOCUMENT_NOUNS
            # "a statement issued by the harbour board" (wire copy)
            or (
                k >= 2
                and lows[k] == "by"
                and f" {lows[k - 1]} by " in _ISSUED_BY
                and lows[k - 2] in cues.DOCUMENT_NOUNS
            )
        ):
            rest = list(words[k + 1 :])
            return rest if _np_ok(rest) else None
        if lows[k] in _HOPS:
            return None
    return None


_QUANTIFIERS = frozenset(
    """half most many some all majority minority percent number dozens hundreds
    thousands millions one two three four five several few none each any rest""".split()
)


#: Nouns that can name a source: one set tested instead of four (the sets are frozen).
_SOURCE_NOUNS = cues.PERSON_NOUNS | cues.GROUP_NOUNS | cues.ORG_NOUNS | cues.DOCUMENT_NOUNS
#: Nouns that head a phrase after a cue: person, group and organisation nouns.
_HEAD_NOUNS = cues.PERSON_NOUNS | cues.GROUP_NOUNS | cues.ORG_NOUNS
#: Capitalised words that stop a phrase: sentence openers other than determiners.
_OPENERS = cues.SENTENCE_OPENERS - cues.DETERMINERS
#: Lower-case words that a noun phrase never takes in.  The walkers take in at
#: most four lower-case words in a row (``engineering``), each a word (letters
#: with hyphens or apostrophes) and not one of these.
_NOT_IN_PHRASE = cues.BOUNDARY_WORDS | cues.SPEECH_VERBS | frozenset(cues.PRONOUNS)


def is_source_noun(word: str) -> bool:
    """Return whether *word* is a noun that can name a source."""
    return word in _SOURCE_NOUNS


def _np_ok(words: Sequence[str]) -> bool:
    """Return whether *words* can stand as the source of a cue."""
    if not words:
        return False
    first = words[0].lower()
    if first in _PRONOUNS and len(words) == 1:  # the cheaper test first
        return first != "who"
    if words[0][:1].isupper() and first not in _SENTENCE_OPENERS:
        return True
    if first == "another" and len(words) == 1:
        return True  # "One fan cheered. Another said ...": one more person
    for w in words[1:]:
        if (w if w.isalpha() else _core(w))[:1].isupper():
            return True
    head = head_noun(words)
    # "the 34-year-old said": an age after an article names a person;
    # "the owners said": the plural of a role noun after one names a group.
    return (
        head in _SOURCE_NOUNS
        # "his running mate said": a role of two words (:func:`_paired_role`).
        or (len(words) >= 2 and f"{words[-2].lower()} {head}" in _PAIRED_ROLES)
        or (first in _DETERMINERS and (is_age(head) or _is_plural_noun(head)))
        # "the 12th-graders said": pupils by their grade, in figures too.
        or _GRADER_RE.fullmatch(head) is not None
        or (
            (first in cues.INDEFINITES or first == "the")
            and 2 <= (len(words) if len(words) <= 4 else _before_hop(words)) <= 4
            and _is_agent_noun(head)
        )
    )


def _before_hop(words: Sequence[str]) -> int:
    """Return how many words stand before the first of :data:`_HOPS` (all when none does).

    A calling's complement is no part of the description's length: ``one
    trucker at the gate`` is two words and a place.
    """
    for k, word in enumerate(words):
        if word in _HOPS:
            return k
    return len(words)


#: How many words of rank or office may stand between an article and the
#: noun it introduces (``a senior administration official``).
_INTRODUCER_MODIFIERS = 3
#: Words that end a run of modifiers before a noun, besides the words that
#: are no modifier of a title (:data:`_NOT_MODIFIERS`): no article stands
#: further back in the same noun phrase.
_INTRODUCER_STOPS = frozenset(("and", "or", "but", "who", "that", "which", "said", "says"))


def _after_name_comma(flat: str, pos: int) -> bool:
    """Whether a comma right before *pos* follows a capitalised word (``Tom Reyes, a``).

    An age between commas may stand between the name and the role: ``Lena
    Voss, 17, a senior,`` is a name's appositive too.
    """
    if flat[pos - 2 : pos] != ", ":
        return False
    age = _AGE_ASIDE.search(flat, max(0, pos - 9), pos - 1)
    if age is not None:
        return _after_name_comma(flat, age.start() + 2)  # "Lena Voss, 17, a senior"
    start = pos - 2
    while start > 0 and (flat[start - 1].isalpha() or flat[start - 1] in ".'-"):
        start -= 1
    return flat[start : start + 1].isupper()


def _article_before(lower: str, pos: int) -> int:
    """Return where ``a``, ``an`` or ``one`` stands before the noun at *pos*, or -1.

    Copy introduces an unnamed source with an article and words of rank
    or office before the noun, then calls it back by the noun alone: ``A
    senior administration official said the pause could last. "...," the
    official said.``; ``"...?" shouted one man. ¶ "Show me," the man
    replied.``  Up to :data:`_INTRODUCER_MODIFIERS` words, each of
    letters and hyphens only, may stand between the article and the noun.

    :param lower: The article's text in lower case.
    :param pos: Where the noun starts.
    """
    end = pos
    for _ in range(_INTRODUCER_MODIFIERS + 1):
        if end < 2 or lower[end - 1] != " ":
            return -1
        start = end - 1
        while start > 0 and (lower[start - 1].isalpha() or lower[start - 1] == "-"):
            start -= 1
        word = lower[start : end - 1]
        if word in ("a", "an", "one"):
            return start
        if (
            not word
            or word in _INTRODUCER_STOPS
            or word in _NOT_MODIFIERS
            or word in _HOPS
            or word in _LINK_PREPOSITIONS
        ):
            return -1
        end = start
    return -1


def _is_agent_noun(word: str) -> bool:
    """Whether *word* reads as a noun of someone who does something: ``walker``.

    Copy picks a passer-by out of a crowd with an article and a noun of what
    they do, which no list can hold: ``A dog walker said``, ``one commuter
    said``, ``a jogger told the paper``, ``the boatman said``.  A word of
    five letters or more in ``-er``, ``-or`` or ``-man`` reads as one, unless
    it names a document (``a letter said``) or an organisation, or it is one
    of the words in those endings that are no such noun (list
    ``not_agent_nouns``: ``The other said``, ``the former``).
    """
    return (
        len(word) > 4
        and word.endswith(("er", "or", "man"))
        and word.isalpha()
        and word not in cues.DETERMINERS
        and word not in cues.INDEFINITES
        and word not in cues.DOCUMENT_NOUNS
        and word not in cues.ORG_NOUNS
        and word not in _NOT_AGENT_NOUNS
    )


def _is_agent_head(words: Sequence[str], low: str) -> bool:
    """Whether *low*, read after *words*, heads a description by a calling.

    ``A cameraman filmed the vote``: the noun of what someone does
    (:func:`_is_agent_noun`) after an article ends the description, and the
    verb follows it.
    """
    return (
        bool(words)
        and (words[0].lower() == "the" or words[0].lower() in cues.INDEFINITES)
        and _is_agent_noun(low)
    )


def _paired_role(tokens: Sequence[str], j: int) -> bool:
    """Whether ``tokens[j]`` ends a role of two words whose last alone is none.

    Political copy names a candidate's partner on the ticket as the ``running
    mate``, then the name between commas: ``Holm's running mate, Rita Vance,
    wrote on X`` (invented) is Rita Vance.  ``mate`` alone is no role (no
    list holds it, so ``his running mate Tom Hale`` gives no title
    ``mate``); only the pair of :data:`_PAIRED_ROLES` reads as one.  So is a
    political source named as a ``party figure`` or an ``opposition figure``
    (``One senior party figure said: "..."``): ``figure`` alone is a number
    (``NATO figures``).
    """
    return j > 0 and f"{tokens[j - 1].lower()} {_core(tokens[j]).lower()}" in _PAIRED_ROLES


def _calling_before(tokens: Sequence[str], j: int, noun: str) -> bool:
    """Whether ``tokens[j]`` ends a description by a calling before a named person.

    Copy introduces someone by what they do, then the name between commas,
    and the noun is one no list holds: ``one shipper, Ola Brandt, said``, ``a
    local trucker, Ned Hall, told the paper``.  The noun of someone who does
    something (:func:`_is_agent_noun`, or a noun in one of
    :data:`_AGENT_ENDINGS`: ``the meteorologist, Ned Brandt, said``), in
    lower case, after an article or
    ``one`` and at most two lower-case words (hyphenated ones too: ``the
    would-be buyer, Tom Hale,``), reads so when it opens its
    clause; ``the storm hit the harbor, ...`` and ``a woman in Worcester,
    Massachusetts, told`` do not.
    """
    if not tokens[j][:1].islower() or not (
        _is_agent_noun(noun) or (noun.endswith(_AGENT_ENDINGS) and noun.isalpha())
    ):
        return False
    return _opens_description(tokens, j)


def _body_before(tokens: Sequence[str], j: int, noun: str) -> bool:
    """Whether ``tokens[j]`` ends a description by a body's kind before the body's name.

    Copy names a body by its kind, then its name between commas: ``The
    company, Acme Docks Inc., said``, ``The union, Harbor Workers United,
    said it was "disappointed"`` (invented).  The noun is an organisation's
    (list ``org_nouns``), in lower case, after an article and at most two
    lower-case words, opening its clause (:func:`_opens_description`).
    """
    return tokens[j][:1].islower() and noun in cues.ORG_NOUNS and _opens_description(tokens, j)


def _is_union_local(segment: Sequence[str]) -> bool:
    """Whether *segment* names a union local by ``Local`` and its number.

    Labour copy names a local of a union by its number, with up to three
    words of its union's name before it: ``Local 14``, ``Teamsters Local
    727`` (invented), as in ``The union, Local 14, said``.
    """
    return (
        2 <= len(segment) <= 5
        and segment[-2] == "Local"
        and segment[-1].isdigit()
        and len(segment[-1]) <= 5
        and all(w[:1].isupper() for w in segment[:-1])
    )


def _opens_description(tokens: Sequence[str], j: int) -> bool:
    """Whether the noun ``tokens[j]`` ends a description that opens its clause.

    An article or ``one`` (:data:`_CALLING_ARTICLES`) and at most two
    lower-case words (a thing's possessive among them: ``The mill's union,
    Local 14, said``) stand before the noun, and before them the clause
    starts: the text, a comma, a boundary word or punctuation (``what one
    shipper``, ``, the company``; not ``the storm hit the harbor``).
    """
    k = j - 1
    while k >= 0 and j - k <= 3:
        word = tokens[k]
        low = word.lower()
        if low in _CALLING_ARTICLES:
            # The description opens its clause: "what one shipper, ...", not
            # "the storm hit the harbor, ...".
            if k == 0:
                return True
            before = tokens[k - 1]
            return (
                before[-1:] in ",;:"
                or MASK in before
                or before.lower() in _BOUNDARY_WORDS
                or not before[-1:].isalnum()
            )
        # A lower-case word, hyphenated ones too: "a would-be buyer", "one
        # long-time trucker"; a thing's possessive too: "the mill's union".
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if not word.islower() or not word.replace("-", "").isalpha():
            return False
        k -= 1
    return False


def _described_in_place(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """Return where a description before a town and its state, between commas, starts and ends.

    Copy places an unnamed person by town and state, the state between
    commas: ``"...," a woman in Worcester, Massachusetts, said``; ``one
    farmer near Ames, Iowa, told the paper``.  ``tokens[i]`` ends the state;
    before the town stand ``in``, ``from``, ``near`` or ``outside`` and an
    article or ``one`` with at most two words in lower case, the last a
    noun of a person or a calling, right after the quotation or opening the
    sentence (after ``Ann Cole,`` it is her appositive).  The description
    is the source: the town and state are no person's name.

    :returns: The indexes of the description's first and last words, or ``None``.
    """
    if not tokens[i].endswith(",") or not tokens[i][:1].isupper():
        return None
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k][:1].isupper() and not tokens[k].endswith(","):
        k -= 1  # the state's other words: "New Hampshire,"
    if k < 0 or not tokens[k].endswith(",") or not tokens[k][:1].isupper():
        return None
    k -= 1
    town = k + 1
    while k >= 0 and town - k <= 3 and tokens[k][:1].isupper():
        k -= 1  # the town's other words: "Salt Lake City,"
    if k < 1 or tokens[k] not in _PLACE_PREPOSITIONS:
        return None
    head = k - 1
    noun = tokens[head]
    if not (noun.isalpha() and noun.islower()):
        return None
    if not (noun in _PERSON_NOUNS or noun in _GENDERS or _is_agent_noun(noun)):
        return None
    j = head - 1
    while j >= 0 and head - j <= 3:
        low = tokens[j].lower()
        if low in _CALLING_ARTICLES and low != "the":
            # Right after the quotation or opening the sentence: after "Ann
            # Cole," the description is her appositive, and she the source.
            return (j, head) if j == 0 or MASK in tokens[j - 1] else None
        if not (tokens[j].isalpha() and tokens[j].islower()):
            return None
        j -= 1
    return None


#: The prepositions that place an unnamed person in a town: ``a woman in Worcester``.
_PLACE_PREPOSITIONS = frozenset(("in", "from", "near", "outside"))


#: The words that open a description by a calling: ``a``, ``one``, ``the``.
_CALLING_ARTICLES = frozenset(("a", "an", "one", "another", "the"))


#: Past participles not in ``-ed`` that open an aside after a name (``Ann
#: Cole, clad in a red cape, said``) or a document (``A second mailer, paid
#: for by the Dockside Fund, says``; ``The survey, run by two colleges,
#: found``).
_IRREGULAR_PARTICIPLES = frozenset(
    """clad born known seen shown sworn held led caught struck hidden taken given
    written beaten driven shaken stricken worn torn paid made sent built bought
    sold run brought found kept spent chosen drawn thrown grown bound""".split()
)


def _plural_of_person(noun: str) -> bool:
    """Return whether *noun* names people in the plural: ``owners``, ``parents``, ``couple``.

    (:data:`_PAIR_NOUNS` calls back two people named together.)
    """
    return noun in _PAIR_NOUNS or (noun.endswith("s") and noun[:-1] in _PERSON_NOUNS)


def _coordinated_names(segment: Sequence[str]) -> list[str]:
    """Return the words of two names joined by ``and`` in an appositive, else ``[]``.

    ``Harold Pim and Denise Pim`` and ``Harold and Denise Pim`` (one surname
    after two given names): each side one to three capitalised words, the
    second at least two.  The trailing comma of the appositive is left out.
    """
    words = [w.rstrip(",") for w in segment]
    if words.count("and") != 1:
        return []
    k = words.index("and")
    left, right = words[:k], words[k + 1 :]
    if not 1 <= len(left) <= 3 or not 2 <= len(right) <= 3:
        return []
    for w in left + right:
        if not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()):
            return []
    return words


def _appositive(segment: Sequence[str]) -> str:
    """Say what a comma-delimited segment before a cue is.

    ``role`` (``Putin's spokesman``), ``aside`` (``in a CNN translation``,
    ``who was in the meeting``, an age), ``place`` (``South Carolina``: it may
    belong to a longer appositive) or ``other``.
    """
    if not segment or not segment[0]:
        return "other"
    first = segment[0].lower()
    if first[0].isdigit() or (
        # A participle opens in lower case: "Ned Brandt" is no aside.
        segment[0][:1].islower()
        and (first.endswith(("ing", "ed")) or first in _IRREGULAR_PARTICIPLES)
    ):
        return "aside"  # an age; "celebrating a victory in ..."; "clad in a red cape"
    if len(segment) == 1 and is_party_tag(segment[0]):
        return "aside"  # "Sen. Ada Marsh, D-Vt., said"
    if first in _PARTY_MEMBERS and len(segment) > 2 and segment[1] == "of":
        return "role"  # "Representative Ada Marsh, Republican of Vermont, said"
    if first not in _BOUNDARY_WORDS and is_role(segment):
        return "role"
    if first in _BOUNDARY_WORDS or first in _SENTENCE_OPENERS:
        return "aside"
    if len(segment) <= 4 and segment[-1].lower() in _TIME_WORDS:
        return "aside"  # "Ada Marsh, whose shop closed in Lyon, France, last year, said"
    if all(w[:1].isupper() for w in segment):
        return "place"
    return "other"


#: A party-and-state tag after an American legislator's name: ``D-Vt.``,
#: ``R-S.C.``, ``I-Maine``, written bare or in parentheses; local copy gives
#: a state legislator's home town instead: ``R-Millbrook``.
_PARTY_TAG_RE = re.compile(
    r"\(?(?:[DRI]-(?:"
    + "|".join(sorted(map(re.escape, lexicon.words("en", "state_abbreviations")), key=len)[::-1])
    + r"|[A-Z]\.[A-Z]|[A-Z]{2})\.?|[DR]-(?!Day)[A-Z][a-z]{2,})\)?[.,;:]?"
)


def is_party_tag(word: str) -> bool:
    """Return whether *word* is a party-and-state tag (``R-Ky.``, ``(D-Vt.)``): never a name.

    A party's letter alone in brackets (``Gov. Ada Marsh (R) said``) is one too.
    """
    if word.rstrip(".,;:") in ("(D)", "(R)", "(I)"):
        return True
    return len(word) <= 16 and _PARTY_TAG_RE.fullmatch(word) is not None


#: The AP abbreviation and the postal code of each US state by its name in
#: lower case, as a party-and-state tag gives it: ``oregon`` -> ``Ore OR``.
_STATE_FORMS: dict[str, str] = lexicon.mapping("en", "state_names")

#: A member of a party, as newspapers name a legislator's party and state
#: after the name: ``Ada Marsh, Democrat of Vermont``.
_PARTY_MEMBERS = frozenset(("democrat", "republican", "independent"))
#: The words that open a description of one member of a party, capitalised
#: at a sentence's start: ``One senior Ohio Republican said``.
_PARTY_LEADS = frozenset(("a", "an", "one", "another"))


def is_party_epithet(words: Sequence[str]) -> bool:
    """Return whether *words* call a legislator by place and party: ``the Kentucky Republican``.

    US political copy names a legislator once and then calls them by home
    state and party (``Senate Minority Leader Frank Devlin took the floor.
    ¶ "...," the Kentucky Republican said.``): ``the``, one or two
    capitalised words of a place and a capitalised party noun.
    """
    if not 3 <= len(words) <= 4 or words[0] not in ("the", "The"):
        return False
    party = words[-1]
    return (
        party[:1].isupper()
        and party.lower() in _PARTY_MEMBERS
        and all(w[:1].isupper() and w.isalpha() for w in words[1:-1])
    )


def is_role(words: Sequence[str]) -> bool:
    """Return whether *words*, an appositive, name a role (``Putin's spokesman``).

    A party's member with an article is one too (``Ana Ruiz, a two-term
    Democrat, did not flinch``).
    """
    if not words or len(words) > 14:
        return False
    if not _PERSON_NOUNS.isdisjoint(map(str.lower, words)):
        return True
    if any(f"{a.lower()} {b.lower()}" in _PAIRED_ROLES for a, b in itertools.pairwise(words)):
        return True  # "his running mate": a role of two words (:func:`_paired_role`)
    return (
        len(words) <= 5
        and words[0].lower() in ("a", "an", "the")
        and words[-1][:1].isupper()
        and words[-1].rstrip(".,;").lower() in _PARTY_MEMBERS
    )


def _mention(
    tokens: list[str],
    text_end: int,
    left: int,
    right: int,
    words: list[str],
    rule: str = "mention.phrase_before",
) -> Mention:
    """Return the mention of *words*, read from ``tokens[left]`` to ``tokens[right]``.

    It runs from the first token without its opening punctuation to the last
    without its closing punctuation (an abbreviation keeps its period).

    :param text_end: Where the text that *tokens* split ends in the flat text.
    """
    first, last = tokens[left], tokens[right]
    # The tokens being flat[lo:text_end].split(" "), tokens[k] starts before
    # the tokens after it and a space before each: counted from the end, as
    # the walkers read a phrase near it.
    top = len(tokens) - 1
    start = text_end - sum(map(len, tokens[left:])) - (top - left)
    end = text_end - sum(map(len, tokens[right:])) - (top - right)
    if not first.isalpha():
        start += len(first) - len(first.lstrip(_EDGE))
    end += len(last) if last.isalpha() else len(_trim_right(last))
    return Mention(start, end, tuple(words), rule)


def _role_before(tokens: list[str], j: int) -> str | None:
    """Return the role phrase that opens the tokens and ends at ``tokens[j]``, if any.

    ``The chief engineer of the project,`` before ``Dr. Leonie Farrow, said``:
    the phrase runs from the first token (the sentence start) and names a
    role; a leading determiner is written in lower
    case, as in a role that follows the name (``the chief engineer``).
    """
    if j > 12:
        return None
    words = [_core(t) for t in tokens[: j + 1]]
    if not words or not words[0]:
        return None
    first = words[0].lower()
    if first in _BOUNDARY_WORDS or first.endswith(("ing", "ed")):
        return None
    for t in tokens[:j]:
        if not t or MASK in t or _ends_clause(t):
            return None
    if not is_role(words) or (first not in _DETERMINERS and first in _SENTENCE_OPENERS):
        return None
    role = " ".join(tokens[: j + 1]).strip(_EDGE + ",")
    if first in _DETERMINERS:
        role = first + role[len(first) :]
    return role


#: A word of a person's name in a press release's credit line: ``Tarun``,
#: ``O'Dell``, ``Harnisch-Brandt``; an initial (``J.``) stands inside a name.
_CREDIT_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.")
#: The prepositions that tie a title to its body in a credit line.
_CREDIT_LINKS = frozenset(("of", "at", "for"))


def _release_credit(flat: str, lo: int, hi: int) -> tuple[Mention, str] | None:
    """Read a press release's credit line before a cue: the person, then her title.

    Release copy credits a quotation to a full name followed by a title that
    keeps its capitals, and often drops the commas an appositive takes: ``Mr.
    Tarun Mehra, Managing Director, Vellmark Systems, said`` (the company
    after the title), ``Dr. Ines Carvalho, Head of Research said`` (no comma
    after the title) and ``Ollie Brennan Chief Operating Officer of Vellmark
    Systems said`` (no comma at all).  The person speaks, not the company or
    the title.  The credit line is the whole subject: it opens the sentence,
    follows the quotation (``"...," Ollie Brennan ... said``) or a clause of a
    participle and its comma (``Commenting on the results, Mr. ...``).  A
    title without commas opens with a noun of office (``CEO``, ``Chief``,
    ``Director``) and names its body after ``of``, ``at`` or ``for``.

    :param lo: The sentence start.
    :param hi: The offset of the cue.
    :returns: The name's mention (honorifics kept, as in ``Dr. Leonie
        Farrow``) and the title, or ``None``.
    """
    base = lo
    while base < hi and flat[base] in _CREDIT_LEAD:
        base += 1  # the quotation (masked), its comma and the spaces after it
    if base >= hi or not flat[base].isupper():
        return None
    text = flat[base:hi]
    if text[: text.find(" ") + 1].rstrip().endswith("ing"):
        # "Commenting on the results, Mr. Tarun Mehra, ...": after the clause.
        comma = text.find(", ")
        if comma < 0:
            return None
        base += comma + 2
        text = flat[base:hi]
    tokens = text.split()
    if len(tokens) < 3 or len(tokens) > 16:
        return None
    h = 0
    while h < len(tokens) and (
        (word := tokens[h].rstrip(".").lower()) in _HONORIFICS or word in _TITLE_WORDS
    ):
        h += 1  # "Mr.", "Professor Sir"
    for n in (2, 3, 4):
        if h + n >= len(tokens):
            return None
        name = tokens[h : h + n]
        last = name[-1].rstrip(",")
        if (
            any(not _CREDIT_NAME_WORD.fullmatch(w) for w in [*name[:-1], last])
            or last.endswith(".")
            or any(w.rstrip(",").lower() in _PERSON_NOUNS for w in name)
            or any(w.rstrip(",").lower() in _TITLE_WORDS for w in name)
            # "Managing Director", "Senior Partner": the title's first word.
            or any(w.rstrip(",").lower() in _TITLE_LEADS for w in name)
            or any(w.rstrip(",").lower() in _CREDIT_STOP for w in name)
            # "Palm Beach County Supervisor of Elections Ada Marsh": a place
            # or a body before a title is no name.
            or last.lower() in _CREDIT_TAILS
        ):
            if any(w.endswith(",") for w in name):
                return None
            continue
        rest = tokens[h + n :]
        if name[-1].endswith(","):
            # "Name, Title said" or "Name, Title, Company, said".
            parts = [p.split() for p in " ".join(rest).rstrip(" ,").split(",")]
            title = parts[0]
            if (
                not title
                or not title[0][:1].isupper()
                or title[0].lower() in _DETERMINERS
                or not is_role(title)
                # A title ends in its noun of office or names its body:
                # "Senate Majority Leader Mitch McConnell" is a name.
                or (
                    title[-1].lower() not in _PERSON_NOUNS
                    and title[-1].lower() not in _TITLE_WORDS
                    and _CREDIT_LINKS.isdisjoint(title)
                )
            ):
                return None
            if len(parts) == 2:
                body = parts[1]
                if not 1 <= len(body) <= 5 or not all(w[:1].isupper() for w in body):
                    return None
                if is_role(body):
                    return None
            elif len(parts) != 1:
                return None
            role = ", ".join(" ".join(p) for p in parts)
        else:
            # "Name Title of Body said": a noun of office opens the title.
            if any(w.endswith(",") for w in rest):
                return None
            head = rest[0]
            if head.lower() in _TITLE_LEADS and len(rest) > 1:
                head = rest[1]  # "Managing Director of Pike Valley Seeds"
            if (
                not head[:1].isupper()
                or (head.lower() not in _PERSON_NOUNS and head.lower() not in _TITLE_WORDS)
                or _CREDIT_LINKS.isdisjoint(rest)
                or not is_role(rest)
                # "Pike Valley Seeds President of Sales Ada Roe said": the
                # holder named after the title, the words before it a body.
                or not _GIVEN_NAME_GENDERS.keys().isdisjoint(w.lower() for w in rest)
            ):
                continue
            role = " ".join(rest)
        first = tokens[0]
        start = base + text.find(first)
        end = base + text.find(name[-1], start - base) + len(last)
        words = (*tokens[:h], *name[:-1], last)
        return Mention(start, end, words, "mention.appositive"), role
    return None


#: The last words of a place's or a body's name (``County``, ``Authority``,
#: ``Holdings``): a credit line's name ends in none of them.
_CREDIT_TAILS = frozenset().union(
    lexicon.words("en", "place_tail_words"),
    lexicon.words("en", "org_tail_words"),
    lexicon.words("en", "company_tail_words"),
)
#: What may stand between a sentence's start and a credit line: a masked
#: quotation, its comma and spaces.
_CREDIT_LEAD = frozenset((MASK, ",", " "))


def subject_before(flat: str, lo: int, hi: int) -> tuple[Mention | None, str | None]:
    """Find the noun phrase that ends just before offset *hi*: a cue's subject.

    Adverbs and auxiliaries between the subject and the cue are skipped
    (``Varga also said``), and so is one comma-delimited appositive or
    parenthetical, which is returned as the role when it names one
    (``Peskov, Putin's spokesman, said``).

    :param flat: The flat text.
    :param lo: The walker does not read before this offset (the sentence start).
    :param hi: The offset of the cue.
    :returns: The mention (or ``None``) and the appositive role (or ``None``).
    """
    start_lo = lo  # the sentence start, before the window clips it
    floor = hi - _WINDOW
    whole = lo >= floor  # the walker may read back to the sentence start
    if not whole:
        lo = floor
    # Fast path: a pronoun just before the cue ("," he said").
    end = hi - 1 if hi > lo and flat[hi - 1] == " " else hi
    # When end <= lo the search finds nothing at or after lo, so the test
    # below fails just as it would with begin = end.
    begin = flat.rfind(" ", lo, end) + 1
    if lo <= begin < end:
        written = flat[begin:end]
        word = written.lower()
        if word in _SUBJECT_PRONOUNS:
            return Mention(begin, end, (written,), "mention.pronoun"), None
        if word in ("who", "which") and flat[begin - 2 : begin] == ", ":
            # "according to Holt, who called it": the relative's antecedent.
            mention, _ = subject_before(flat, lo, begin - 2)
            if mention is None and word == "who":
                mention = _object_antecedent(flat, lo, begin - 2)
            if mention is not None:
                mention = mention._replace(rule="mention.relative_antecedent")
            return mention, None
        if not word.strip(MASK):
            return None, None  # a quotation right before the cue ("...," said X)
        if (
            (
                (written[0].isupper() and written.isalpha())
                or (not written.isalpha() and _is_particle_name(written))
            )
            and word not in _SENTENCE_OPENERS
            and word not in _DETERMINERS
            and word not in _ADJUNCT_WORDS
        ):
            # A name alone after a clause boundary: ""...," Varga said".  The
            # walk below would stop before the word it reads first and take
            # the name as it is.
            if begin == lo:
                return Mention(begin, end, (written,), "mention.name_alone"), None
            start = max(flat.rfind(" ", lo, begin - 1) + 1, lo)
            before = flat[start : begin - 1]
            if (
                not before
                or not before.strip(MASK)
                or (not before[-1].isalnum() and _ends_clause(before))
            ) and not (
                # "Ada Keel of Eastbridge, Ohio says": a state after its city,
                # read by the walk below (the name is before "of").
                before.endswith(",")
                and before[:1].isupper()
                and flat.endswith((" of", " from"), lo, start - 1)
            ):
                return Mention(begin, end, (written,), "mention.name_alone"), None
    # A credit line opens the sentence or follows its quotation (masked).
    credit_lo = max(start_lo, flat.rfind(MASK, start_lo, hi) + 1)
    if hi - credit_lo <= 200:
        credit = _release_credit(flat, credit_lo, hi)
        if credit is not None:
            return credit
    # Up to *end*, not *hi*: the space dropped there would only make an empty
    # last token, which is skipped below (no token after *i* is read).  With
    # hi = 0, end = -1 would count from the end of the text.
    text = flat[lo : end if hi > 0 else hi]
    tokens = text.split(" ")
    text_end = lo + len(text)
    i = len(tokens) - 1
    while i >= 0 and not tokens[i]:
        i -= 1
    # Adverbs and auxiliaries: "Varga also said", "he has said".
    while i >= 0:
        tok = tokens[i]
        if not tok:
            while i >= 0 and not tokens[i]:  # the spaces before the adverb
                i -= 1
            break
        if tok.isalpha():
            low = tok.lower()
            if tok[0].isupper() and low not in _TIME_UNITS:
                break  # a name (the common case): no adverb, nor a phrase of time
        elif tok[0] == "(" and is_party_tag(tok):
            i -= 1  # "Sen. Ada Marsh (D-Vt.) said": the tag is no name
            continue
        elif _ends_clause(tok):
            break
        else:
            low = _core(tok).lower()
        if (low in _ADJUNCT_WORDS or _is_ly_adverb(low)) and not tok[0].isupper():
            i -= 1  # "Varga also said", "Varga strongly denied"
            continue
        if (
            low[-3:] in ("n't", "n’t")
            and i > 0
            and _core(tokens[i - 1]).lower() not in ("i", "we", "you")
        ):
            i -= 1  # "Varga wouldn't say" (the writer's "I don't believe" is no source)
            continue
        if (
            low == "not"
            and i > 1
            and tokens[i - 1] in _NEGATED_AUXILIARIES
            and _core(tokens[i - 2]).lower() not in ("i", "we", "you")
        ):
            i -= 2  # "Varga did not say", as "Varga didn't say"
            continue
        if (
            low in _TIME_UNITS
            and i > 0
            and tokens[i - 1].lower() in ("last", "this", "next")
            and i - 1 > 0  # a subject stands before the phrase of time
        ):
            i -= 2  # "Acme Docks last week said", "Roe earlier this month said"
            continue
        if low in _TIME_PHRASE_TAILS and i > 1:
            # "who has in the past described", "Roe at the time said".
            j = i - 1
            while j > i - 4 and j > 0 and tokens[j].lower() in _TIME_PHRASE_FILLERS:
                j -= 1
            if j < i - 1 and tokens[j].lower() in ("in", "at", "for", "over") and j > 0:
                i = j - 1
                continue
        break
    if i < 0:
        return None, None
    if tokens[i] == "who" and i > 0 and tokens[i - 1].endswith(",") and i < len(tokens) - 1:
        # "Tom Hale, who has in the past described ...": the relative's antecedent.
        comma = lo + sum(map(len, tokens[: i - 1])) + i - 1 + len(tokens[i - 1]) - 1
        mention, _ = subject_before(flat, lo, comma)
        if mention is None:
            mention = _object_antecedent(flat, lo, comma)
        if mention is not None:
            mention = mention._replace(rule="mention.relative_antecedent")
        return mention, None
    if i > 0 and tokens[i - 1] == "Local" and tokens[i].isdigit() and len(tokens[i]) <= 5:
        # "Local 14 said", "Teamsters Local 727 said": a union's local by its
        # number is the subject, with up to three capitalised words before it.
        left = i - 1
        while (
            left > 0
            and i - left < 4
            and tokens[left - 1].isalpha()
            and tokens[left - 1][:1].isupper()
            and tokens[left - 1].lower() not in _SENTENCE_OPENERS
            and tokens[left - 1].lower() not in _DETERMINERS
        ):
            left -= 1
        if left > 0 and tokens[left - 1].lower() == "the":
            # "the Harbor Pilots Local 9 said": the article goes with the
            # union's name, as it does with "the Harbor Pilots Union".
            left -= 1
        segment = tokens[left : i + 1]
        return _mention(tokens, text_end, left, i, segment), None
    at = _decade_phrase(tokens, i)
    if at > 0:
        # "A woman in her 70s said": the age is part of the description.
        words, left = _collect_back(tokens, at - 1, False)
        noun = _core(words[-1]).lower() if words else ""
        if noun in _PERSON_NOUNS or noun in _GROUP_NOUNS or noun in _GENDERS:
            tail = [_core(t) for t in tokens[at : i + 1]]
            return _mention(tokens, text_end, left, i, [*words, *tail]), None
    home = _home_town_before(tokens, i)
    if home >= 0:
        i = home  # "Ada Keel of Eastbridge, Ohio, says": the name
    role: str | None = None
    appositive = False
    aside = ""  # the mention rule when an aside is skipped
    last = tokens[i]
    if not last.isalpha():  # a plain word (the common case) is neither a dash nor a comma
        last = last.rstrip(_EDGE)
        if last.isalpha():
            pass  # a plain word within edge punctuation
        elif last in _ASIDE_DASHES:
            # "Jason Sims — a teacher from Mount Pleasant — says"; wire copy
            # sets the dashes as spaced hyphens: "Sims - a teacher - says".
            j = i - 1
            while j >= 0 and i - j <= 16 and tokens[j] not in _ASIDE_DASHES:
                if not tokens[j] or MASK in tokens[j] or _ends_clause(tokens[j]):
                    return None, None
                j -= 1
            if j <= 0 or tokens[j] not in _ASIDE_DASHES:
                return None, None
            segment = [_core(t) for t in tokens[j + 1 : i]]
            if is_role(segment):
                role = " ".join(tokens[j + 1 : i])
            i = j - 1
            aside = "mention.dash_aside"
        elif last.endswith(","):
            # An appositive or a parenthetical, which may hold a comma of its own
            # ("Dean Johnson, a salesman from Sumter, South Carolina, says").
            found = -1
            commas = 0
            floor = max(i - 21, -1)  # the comma is at most 20 tokens back
            j = _comma_before(tokens, i - 1, floor)
            while j >= 0:
                segment = [t if t.isalpha() else _core(t) for t in tokens[j + 1 : i + 1]]
                if (
                    not commas
                    and _is_union_local(segment)
                    and _body_before(tokens, j, _core(tokens[j]).lower())
                ):
                    # "The union, Local 14, said": the local by its number.
                    return _mention(
                        tokens, text_end, j + 1, i, segment, "mention.name_after_role"
                    ), None
                if not commas and _plural_of_person(_core(tokens[j]).lower()):
                    pair = _coordinated_names(segment)
                    if pair:
                        # "The owners, Harold Pim and Denise Pim, said": the two.
                        return _mention(
                            tokens, text_end, j + 1, i, pair, "mention.name_after_role"
                        ), None
                kind = _appositive(segment)
                # "One of the passengers, Ada Marsh, told": one of a group; "The
                # panel's top Democrat, Rep. Nia Carter, called": a party's member.
                noun = _core(tokens[j]).lower()
                one_of = (
                    j >= 3
                    and tokens[j - 1].lower() == "the"
                    and tokens[j - 2] == "of"
                    and tokens[j - 3].lower() == "one"
                ) or (noun in _PARTY_MEMBERS and tokens[j][:1].isupper())
                if kind == "place" and not commas and _company_named_after(tokens, j, segment):
                    # "A spokesman for the operator, Trentline, said": the
                    # company's name, in apposition to its noun; the subject
                    # is the spokesman.
                    found = j
                    break
                if kind == "place" and not commas:
                    # "a senior defense official, Amos Gilad, told": the name;
                    # "The chief engineer of the project, Dr. Leonie Farrow,
                    # said": a role phrase that opens the sentence is its role.
                    lead = _role_before(tokens, j) if whole else None
                    if (
                        noun in _PERSON_NOUNS
                        or _paired_role(tokens, j)
                        or (lead is not None and len(segment) > 1)
                        or _role_complement_ends(tokens, j)
                        or one_of
                        or _calling_before(tokens, j, noun)
                        or _body_before(tokens, j, noun)
                    ):
                        named = [_trim_right(t).lstrip(_EDGE) for t in tokens[j + 1 : i + 1]]
                        return _mention(
                            tokens, text_end, j + 1, i, named, "mention.name_after_role"
                        ), lead
                if (
                    kind != "place"
                    and not commas
                    and (
                        one_of
                        or noun in _PERSON_NOUNS
                        or _paired_role(tokens, j)
                        or _role_complement_ends(tokens, j)
                        or _calling_before(tokens, j, noun)
                    )
                ):
                    # "His primary opponent, former state Sen. Doug Rensing,
                    # said": a role, then a titled name between commas; "One
                    # of the aides, deputy budget director Jo Carver, said";
                    # a legislator's state after the name is left out ("The
                    # top Democrat, Rep. Nia Carter of Maryland, said").
                    home = _home_state_tail(segment)
                    n = _titled_name_tail(segment[: len(segment) - home])
                    if n:
                        last_tok = i - home
                        named = [
                            _trim_right(t).lstrip(_EDGE)
                            for t in tokens[last_tok - n + 1 : last_tok + 1]
                        ]
                        title = " ".join(tokens[j + 1 : last_tok - n + 1])
                        lead = _role_before(tokens, j) if whole else None
                        return _mention(
                            tokens,
                            text_end,
                            last_tok - n + 1,
                            last_tok,
                            named,
                            "mention.name_after_role",
                        ), f"{lead}, {title}" if lead else title
                if kind == "role":
                    role = " ".join(tokens[j + 1 : i + 1]).strip(_EDGE + ",")
                if kind in ("role", "aside"):
                    found = _stacked_role(tokens, j)
                    if found < j:
                        role = " ".join(tokens[found + 1 : j + 1]).strip(_EDGE + ",")
                    break
                commas += 1
                if kind != "place" or commas > 1:
                    break
                j = _comma_before(tokens, j - 1, floor)
            if found < 0:
                placed = _described_in_place(tokens, i)
                if placed is not None:
                    left, head = placed
                    words = [_core(t) for t in tokens[left : head + 1]]
                    return _mention(tokens, text_end, left, head, words), None
                found = _relative_opener(tokens, i)
                if found < 0:
                    return _antecedent_of_long_relative(flat, start_lo, hi), None
            found = _skip_asides(tokens, found)
            i = found
            appositive = True
            aside = "mention.appositive"
    extended = -1
    inner: list[str] = []  # the object of the preposition read past
    prep = ""
    passes = 2  # three when a source's complement holds two phrases (_knowledge_hop)
    knowledge = False
    done = 0
    while done < passes:
        done += 1
        words, left = _collect_back(tokens, i, appositive)
        ok: bool | None = None  # _np_ok(words), asked once
        if words and extended < 0 and left >= 2 and tokens[left - 1] == "and":
            g = _group_list_start(tokens, left, i)
            if g >= 0:
                # "Students, parents and staff say": the whole group.
                listed = [t if t[:-1].isalpha() else _trim_right(t) for t in tokens[g : i + 1]]
                return _mention(tokens, text_end, g, i, listed, "mention.phrase_before"), role
        if words and extended < 0:
            ok = _np_ok(words)
            q = _quantified(tokens, left, words) if not ok or left > 0 else -1
            if q >= 0:
                # "Most dockers said", "31% of dockers said": a count of people.
                counted = [_trim_right(t).lstrip(_EDGE) for t in tokens[q : i + 1]]
                owner = _owner_of_count(tokens, q)
                if owner >= 0:
                    # "A relative of one of the victims said": the relative.
                    words = [_trim_right(t).lstrip(_EDGE) for t in tokens[owner : i + 1]]
                    return _mention(
                        tokens, text_end, owner, i, words, "mention.phrase_with_complement"
                    ), role
                return _mention(tokens, text_end, q, i, counted, "mention.phrase_before"), role
        if words and left >= 2 and extended < 0 and is_participle(tokens[left - 1]):
            # "A man holding a sign said", "A trader wearing boots said": a
            # person described by a participle phrase is the phrase before
            # the participle, as after an inverted cue (""...," said a woman
            # carrying a banner").
            held, start = _collect_back(tokens, left - 2, False)
            if held and is_source_noun(_core(held[-1]).lower()) and _np_ok(held):
                return _mention(
                    tokens, text_end, start, left - 2, held, "mention.participle_phrase"
                ), role
        if words and left >= 2 and extended < 0 and words[-1][:1].isupper():
            tie = _tie_before(tokens, left, i)
            if tie >= 0:  # the source may open the sentence: "Democrats allied with ..."
                # "A super PAC allied with Ada Marsh said", "A group that
                # backs Ada Marsh said": the body tied to the person speaks.
                held, start = _collect_back(tokens, tie, False)
                noun = _core(held[-1]).lower() if held else ""
                if (
                    held
                    # The plural of a body's noun: "Farm groups aligned with
                    # Ada Marsh said", "Groups tied to Ada Marsh said".
                    and (is_source_noun(noun) or (noun.endswith("s") and is_source_noun(noun[:-1])))
                    and _np_ok(held)
                ):
                    return _mention(
                        tokens, text_end, start, tie, held, "mention.participle_phrase"
                    ), role
        if words and left > 0:
            prev = tokens[left - 1]
            # A plain word (the common case) is its own core and ends no clause.
            after_pp = (
                prev.lower() in _PP_HEADS
                if prev.isalpha()
                else _core(prev).lower() in _PP_HEADS and not _ends_clause(prev)
            ) or (
                prev == "to"
                and left >= 2
                # "close to the board"; "ties to the campaign" (_knowledge_hop)
                and (tokens[left - 2] in _POSTMODIFIERS or tokens[left - 2] in _KNOWLEDGE_NOUNS)
            )
        else:
            after_pp = False
        if after_pp and extended >= 0 and not knowledge and _knowledge_hop(words, prev):
            # "a person with knowledge of the talks said": the noun of a
            # source's link to the matter and its "with" (see _knowledge_hop).
            if left < 2 or _ends_clause(tokens[left - 2]):
                break
            knowledge = True
            passes = 3
            i = left - 2
            appositive = False
            continue
        if after_pp and extended < 0 and prev == "for":
            n = _portfolio_name(tokens, left, i)
            if n:
                # "Party spokeswoman for health Ada Marsh said": the name
                # after the portfolio, not the role before it (_portfolio_name).
                held, start = _collect_back(tokens, left - 2, False)
                named = [_trim_right(t).lstrip(_EDGE) for t in tokens[i - n + 1 : i + 1]]
                title = " ".join(tokens[start if held else left - 2 : i - n + 1])
                return _mention(
                    tokens, text_end, i - n + 1, i, named, "mention.name_after_role"
                ), title
        if after_pp:
            # The phrase is the object of a preposition, not the subject:
            # "people in the United States urged", "Trump at the time said".
            if left < 2 or _ends_clause(tokens[left - 2]) or extended >= 0:
                break
            if extended < 0:
                extended = i
                inner = words
                prep = _core(prev).lower()
            i = left - 2
            appositive = False
            continue
        if (
            words
            and extended >= 0
            and not words[-1][:1].isupper()
            and not is_source_noun(_core(words[-1]).lower())
            and any(is_source_noun(_core(w).lower()) for w in words)
        ) or (
            # "a person with knowledge of the talks", "one Republican with
            # ties to the campaign": the source noun, then its link.
            knowledge
            and words
            and (
                is_source_noun(_core(words[-1]).lower())
                or _core(words[-1]).lower() in _PARTY_MEMBERS
            )
        ):
            # "a source familiar with the investigation said": the
            # prepositional phrase completes the subject.
            words = [_trim_right(t).lstrip(_EDGE) for t in tokens[left : extended + 1]]
            return _mention(
                tokens, text_end, left, extended, words, "mention.phrase_with_complement"
            ), role
        if words and extended >= 0 and _org_complement(words, prep, inner):
            words = [_trim_right(t).lstrip(_EDGE) for t in tokens[left : extended + 1]]
            return _mention(
                tokens, text_end, left, extended, words, "mention.phrase_with_complement"
            ), role
        if words and _runs_into_verb(words):
            return None, role  # "Trump made demands", "Market talk suggested": no source
        if len(words) == 1 and left >= 2 and (k := _before_ticker(tokens, i)) >= 0:
            # "Harbor Soft Inc. (Nasdaq: HSFT), a maker of tools, announced":
            # an exchange and a ticker in brackets after the company's name.
            i = k
            continue
        if len(words) == 1 and left >= 1 and _suffix_after_comma(tokens, left):
            # "Harbor Soft, Inc., a maker of tools, announced": a corporate
            # suffix set off by a comma ends the company's name before it.
            k = left - 1
            while k > 0 and left - k < 4 and _capitalised_word(tokens[k - 1]):
                k -= 1
            words = [_core(t) for t in tokens[k:left]] + words
            return _mention(tokens, text_end, k, i, words, aside or "mention.phrase_before"), role
        if words and (ok if ok is not None else _np_ok(words)):
            mention = _mention(tokens, text_end, left, i, words, aside or "mention.phrase_before")
            if mention.end <= mention.start:
                return None, role
            return mention, role
        # An adverbial between subject and cue: "Trump at the time said".
        k = left - 1 if words else i
        if k < 1 or _core(tokens[k]).lower() not in _PREPOSITIONS or _ends_clause(tokens[k - 1]):
            break
        i = k - 1
        appositive = False
    return None, role


#: An exchange and a ticker in brackets, read as one string: ``(Nasdaq: HSFT)``,
#: ``(NYSE American: KMR)``, ``(TSX-V:HSF.B)``.
_TICKER_BRACKETS = re.compile(
    r"\([A-Z][A-Za-z-]{1,9}(?: [A-Z][A-Za-z]{1,9})?: ?[A-Z][A-Z0-9.]{0,9}\)"
)


def _before_ticker(tokens: Sequence[str], i: int) -> int:
    """Return the index of the token before the brackets of a company's ticker ending at *i*.

    A press release names the company with its exchange and ticker in
    brackets, sometimes after its short name in brackets or with a second
    listing: ``Harbor Soft, Inc. (the "Company") (Nasdaq: HSFT) (TSX:
    HSF), a maker of tools, announced`` is Harbor Soft, Inc., not
    ``HSFT``.  A bracket of no ticker is passed over only before one of a
    ticker (:data:`_TICKER_BRACKETS`); ``-1`` when no ticker ends at *i*.
    """
    ticker = False
    k = i
    for _ in range(3):
        last = tokens[k].rstrip(",") if k >= 0 else ""
        if not last.endswith(")"):
            break
        s = k
        while s > k - 5 and s > 0 and not tokens[s].startswith("("):
            s -= 1
        if not tokens[s].startswith("("):
            break
        if _TICKER_BRACKETS.fullmatch(" ".join([*tokens[s:k], last])):
            ticker = True
        elif not ticker:
            break
        k = s - 1
    return k if ticker and k >= 0 and tokens[k][-1:] not in ",;:" else -1


def _group_list_start(tokens: Sequence[str], left: int, i: int) -> int:
    """Return where a subject of groups of people joined by ``and`` starts, or ``-1``.

    ``Students and teachers said``, ``Students, parents and staff say``:
    the source is the whole list, not its last group.  ``tokens[left : i +
    1]`` is the last group, ``and`` before it; each group is one or two
    words, in lower case but the list's first, the last a noun of people in
    the plural or a group noun (``students``, ``shop owners``, ``staff``);
    commas part the groups before ``and``.  The list opens the sentence or
    its clause.
    """

    def people(start: int, end: int) -> bool:
        noun = _core(tokens[end]).lower()
        return (
            end - start < 2
            and all(tokens[k].rstrip(",").isalpha() for k in range(start, end + 1))
            and all(tokens[k].islower() for k in range(start + 1, end + 1))
            and (_plural_of_person(noun) or _is_plural_noun(noun) or noun in cues.GROUP_NOUNS)
        )

    if not people(left, i) or not tokens[left].islower():
        return -1
    end = left - 2  # the group before "and"
    for _ in range(4):
        if end < 0:
            return -1
        start = end
        while start > end - 2 and start > 0 and not _ends_clause(tokens[start - 1]):
            if MASK in tokens[start - 1]:
                break  # right after a quotation
            start -= 1
        # The group before is one word, or two when no comma parts them.
        if start < end and tokens[start].endswith(","):
            start += 1
        if not people(start, end) or (start < end and tokens[end - 1].endswith(",")):
            # "On Friday, fans and players said": a comma before the list
            # ends an adverbial, not a group.
            return end + 1 if end < left - 2 and tokens[end].endswith(",") else -1
        before = tokens[start - 1] if start else ""
        if not start or MASK in before or (_ends_clause(before) and not before.endswith(",")):
            return start
        if not tokens[start - 1].endswith(","):
            return -1
        end = start - 1
    return -1


def _suffix_after_comma(tokens: Sequence[str], left: int) -> bool:
    """Whether ``tokens[left]`` is a corporate suffix after a comma that ends a capitalised word.

    Business copy sets a company's suffix off by a comma: ``Harbor Soft,
    Inc.``, ``Kessel Marine, Ltd.`` (:data:`_CORPORATE_SUFFIXES`).
    """
    before = tokens[left - 1]
    return (
        _trim_right(tokens[left]).rstrip(".") in _CORPORATE_SUFFIXES
        and before.endswith(",")
        and _capitalised_word(before[:-1])
    )


def _capitalised_word(token: str) -> bool:
    """Whether *token* is one capitalised word of letters (``Harbor``, ``Kessel-Marine``)."""
    return token[:1].isupper() and token.replace("-", "").replace("&", "").isalpha()


#: The nouns of a source's link to a matter, after ``with``: ``a person with
#: knowledge of the talks``, ``an aide with close ties to the campaign``.
_KNOWLEDGE_NOUNS = frozenset(("knowledge", "ties", "links", "connections", "access"))


#: Words in ``-ing`` that are no participle describing a person before them.
_NOT_PARTICIPLES = frozenset(
    """during including according regarding concerning following pending
    notwithstanding morning evening something nothing anything everything
    building meeting hearing briefing ruling ceiling""".split()
)


def is_participle(token: str) -> bool:
    """Whether *token* is a present participle that can open a phrase describing a person.

    ``A man holding a sign said``, ``A trader wearing boots said``: a plain
    word in lower case in ``-ing``, not a preposition or a noun of that
    ending (``during``, ``the morning``).
    """
    return (
        len(token) > 4
        and token[-3:] == "ing"
        and token.isalpha()
        and token.islower()
        and token not in _NOT_PARTICIPLES
    )


def _tie_before(tokens: Sequence[str], left: int, i: int) -> int:
    """Return the last token of a source tied to the name in ``tokens[left : i + 1]``, or -1.

    US political copy describes a body or a person by its tie to a
    politician, then quotes it: ``A super PAC allied with Ada Marsh said``,
    ``Democrats aligned with Ada Marsh said``, ``a group tied to Ada Marsh
    said`` (a past participle and ``with`` or ``to``), ``A group that backs
    Ada Marsh said`` (``that``, ``which`` or ``who`` and one verb in ``-s``
    or ``-ed`` of five letters or more).  The source is the phrase before
    the tie, not the name.
    """
    while left < i and tokens[left][:1].islower():
        left += 1  # the words in lower case the phrase read past: "backs", "with"
    if left < 3:
        return -1
    word = tokens[left - 1]  # "with", "to"; or the verb of the clause
    before = tokens[left - 2]  # the participle; or the relative pronoun
    if word in ("with", "to"):
        tied = before.isalpha() and before.islower() and before.endswith("ed")
    else:
        tied = (
            before in ("that", "which", "who")
            and len(word) >= 5
            and word.isalpha()
            and word.islower()
            and word.endswith(("s", "ed"))
        )
    return left - 3 if tied else -1


def _knowledge_hop(words: Sequence[str], prev: str) -> bool:
    """Whether *words*, read back before a preposition, are a source's link to a matter.

    Copy that keeps a source unnamed says how the source knows: ``a person
    with knowledge of the talks said``, ``an official with direct knowledge
    of the plan said``, ``one aide with close ties to the campaign said``.
    The phrase after the person noun holds two prepositions, ``with`` and
    ``of`` or ``to``; *words* are those between them (``direct
    knowledge``), all in lower case and ending in a noun of
    :data:`_KNOWLEDGE_NOUNS`, and *prev* is the ``with`` before them.
    """
    return (
        prev == "with"
        and _core(words[-1]).lower() in _KNOWLEDGE_NOUNS
        and len(words) <= 3
        and all(w.islower() for w in words)
    )


def _runs_into_verb(words: Sequence[str]) -> bool:
    """Whether a phrase read back from a cue is a name and the verb after it.

    ``Trump made demands``, ``Mr. Putin forecast growth``: the cue word is a
    noun or the object of another verb, and the phrase before it is a
    capitalised name followed by one word in lower case, a past tense (in
    ``-ed`` or irregular, an adverb in ``-ly`` before it allowed); such a
    phrase is no source (``Acme Docks workers said`` is one).
    """
    n = 0
    while n < len(words) and words[n][:1].isupper():
        n += 1
    if n == 0 or n == len(words):
        return False
    tail = list(words[n:])
    if len(tail) == 2 and _is_ly_adverb(tail[0]):
        tail = tail[1:]  # "Trump notably made"
    if len(tail) != 1:
        return False
    verb = tail[0]
    if not verb.isalpha() or not verb.islower() or verb in _TITLE_OR_ROLE:
        return False
    return (verb.endswith("ed") and len(verb) > 4) or verb in _PAST_VERBS


#: Past tenses not in ``-ed`` that follow a name as its verb (``Trump made``):
#: the list ``irregular_past``, three cue verbs, and ``forecast`` (a noun too,
#: so not in the list: ``a Moody's Analytics forecast``).
_PAST_VERBS = cues.IRREGULAR_PAST | frozenset(("told", "wrote", "thought", "forecast"))


#: Words that count the people of a plural noun after them (``most dockers``).
_COUNT_WORDS = frozenset(("most", "many", "some", "several", "few", "all", "both"))
#: Shares of a group before ``of`` (``31% of dockers``, ``half of the crews``).
_SHARE_WORDS = frozenset(("percent", "half", "majority", "minority", "third", "quarter", "most"))


#: The small words a headline in title case leaves in lower case.
_TITLE_CASE_SMALL_WORDS = frozenset("for to of in on at by with and or as the a an".split())


def _holder_word(core: str) -> bool:
    """Whether *core* may follow the first word of a full name: a capitalised name.

    Not a title, nor the noun of an organisation, a place or a group, nor a
    word that opens a sentence (the test of ``Resolver._first_word_holder``).
    """
    low = core.lower()
    return (
        core[:1].isupper()
        and (core.isalpha() or _is_word(core))
        and low not in cues.ORG_TAIL_WORDS
        and low not in cues.PLACE_TAIL_WORDS
        and low not in cues.ORG_NOUNS
        and low not in cues.GROUP_NOUNS
        and low not in _TITLE_OR_HONORIFIC
        and low not in _SENTENCE_OPENERS
    )


def _owner_of_count(tokens: list[str], q: int) -> int:
    """Return where a person described by their tie to a counted group starts, or -1.

    Copy describes an unnamed relative or friend by the victim or the
    member of a group they are tied to: ``A relative of one of the victims
    said``, ``The mother of two of the boys told the court``.  The count at
    ``tokens[q]`` follows ``of`` and a source noun with its article and
    modifiers (:func:`_collect_back`); that phrase is the source, not the
    count.
    """
    if q < 2 or tokens[q - 1] != "of" or not tokens[q - 2].isalpha():
        return -1
    held, start = _collect_back(tokens, q - 2, False)
    if (
        len(held) >= 2
        and held[0].lower() in _DETERMINERS
        and is_source_noun(held[-1].lower())
        and _np_ok(held)
    ):
        return start
    return -1


def _quantified(tokens: list[str], left: int, words: list[str]) -> int:
    """Return where a count or share before a plural noun starts, or -1.

    ``Most dockers said``, ``31% of dockers said``, ``half of the crews
    said``: a plural noun (one to three words in lower case, the last in
    ``-s``) counted or shared out names a group of people, whatever the
    noun, when a cue follows it.
    """
    if not words[-1].islower():
        # A name last ("Ada Marsh said"): both readings below want the noun
        # in lower case.
        return -1
    lows = [w.lower() for w in words]
    if len(words) <= 3 and words[-1].endswith(("s", "ed")) and left >= 2:
        # "One of the passengers said", "two of the injured told": a number
        # of a group (the noun plural, or a participle standing for people).
        j = left
        if tokens[j - 1].lower() == "the":
            j -= 1
        if j >= 2 and tokens[j - 1].lower() == "of":
            count = tokens[j - 2].lower()
            if count == "one" or count in _NUMBER_WORDS or (count.isdigit() and len(count) <= 3):
                return j - 2
    if "of" in lows[1:-1]:
        # "A majority of dockers": the share read with the noun.
        k = lows.index("of")
        if lows[k - 1] in _SHARE_WORDS and all(w.islower() for w in words[k + 1 :]):
            return left if words[-1].endswith("s") else -1
        return -1
    if not 1 <= len(words) <= 3 or not all(w.islower() for w in words):
        return -1
    if not words[-1].endswith("s") or words[-1].endswith("ss") or left < 1:
        return -1
    k = left - 1
    if tokens[k].lower() == "the" and k > 0:
        k -= 1
    low = tokens[k].lower()
    if low in _COUNT_WORDS:
        return k
    if low == "of" and k > 0:
        share = tokens[k - 1].lower()
        if share.endswith("%") or share in _SHARE_WORDS:
            j = k - 1
            if j > 0 and tokens[j - 1].lower() in ("a", "the"):
                j -= 1  # "a majority of voters"
            return j
    return -1


#: Prepositions that tie a person or group noun to its employer.
_EMPLOYER_LINKS = frozenset(("at", "for", "with"))


def _is_staff_noun(word: str) -> bool:
    """Return whether *word*, in lower case, is a person or group noun: ``analysts``."""
    head = _core(word).lower()
    if word[:1].isupper():
        return _is_plural_noun(head)  # "Analysts at Acme Bank said", opening the sentence
    return (
        head in _PERSON_NOUNS
        or head in _GROUP_NOUNS
        or (_is_plural_noun(head) and head[:-1] in _PERSON_NOUNS)
    )


#: The mention rules whose phrase may hold a noun with its employer.
_EMPLOYER_RULES = frozenset(("mention.phrase_with_complement", "mention.phrase_after"))


def employed(words: Sequence[str]) -> bool:
    """Return whether *words* are a person or group noun with its employer.

    ``analysts at Acme Bank``, ``a spokesperson for Acme``: the source is
    described (the analysts), not the organisation named after the
    preposition.
    """
    for k in range(1, min(len(words), 5)):
        if words[k] in _EMPLOYER_LINKS:
            return _is_staff_noun(words[k - 1])
    return False


def _org_complement(words: Sequence[str], prep: str, inner: Sequence[str]) -> bool:
    """Return whether *inner* after *prep* names the employer of the source *words*.

    The convention of business and wire copy: ``analysts at Acme Bank
    wrote``, ``a spokesperson for Acme said``, ``officials with the state
    health department said`` -- the source is the noun with its employer.
    The noun before the preposition is a person or group noun (no name)
    after an article, or a plural noun alone, and the phrase after it a
    name or an organisation noun of a few words.
    """
    if prep not in _EMPLOYER_LINKS or not inner or len(inner) > 6 or len(words) > 4:
        return False
    if not _is_staff_noun(words[-1]):
        return False
    if words[0].lower() not in _DETERMINERS and not (
        len(words) == 1 and _is_plural_noun(_core(words[0]).lower())
    ):
        # "Liberal Democrat spokeswoman for women Sandra Gidley": a title
        # before a name has no article, and the name is the source.
        return False
    if any(_core(w)[:1].isupper() for w in inner if w.lower() not in _DETERMINERS):
        return True
    return head_noun(inner) in cues.ORG_NOUNS


def _decade_phrase(tokens: Sequence[str], i: int) -> int:
    """Return the index of ``in`` when the tokens end in a decade of age, else -1.

    ``a woman in her 70s``, ``a man in his early 40s``, ``two men in their
    mid-20s``: copy describes an unnamed person by the decade of their age.
    """
    last = tokens[i] if i >= 0 else ""
    if not (last.endswith("0s") and last[-3:-2].isdigit()):
        return -1
    k = i - 1
    if k >= 0 and tokens[k] in ("early", "late", "mid"):
        k -= 1
    if k >= 1 and tokens[k] in ("his", "her", "their") and tokens[k - 1] == "in":
        return k - 1
    return -1


def _home_state_tail(segment: Sequence[str]) -> int:
    """Return how many words at the end of *segment* give a legislator's state, or 0.

    ``Rep. Nia Carter of Maryland``, ``Sen. Paul Ortega of New Mexico``:
    ``of`` and one or two capitalised words after a name.
    """
    for size in (2, 3):
        if len(segment) > size + 2 and segment[-size] == "of":
            tail = segment[len(segment) - size + 1 :]
            if all(w[:1].isupper() and w.isalpha() for w in tail):
                return size
    return 0


def _titled_name_tail(segment: Sequence[str]) -> int:
    """Return how many words at the end of *segment* are a name after a title, or 0.

    ``former state Sen. Doug Rensing``: two, the name after ``Sen.``; the
    name has two capitalised words or more, and the word before it is a
    title (``Sen.``, ``Rep.``, ``Mayor``).
    """
    n = 0
    for w in reversed(segment):
        core = w.rstrip(".")
        if not core[:1].isupper() or core.lower() in _TITLE_OR_HONORIFIC:
            break
        n += 1
    if n < 2 or n == len(segment):
        return 0
    before = segment[-n - 1].rstrip(".").lower()
    return n if before in _TITLE_OR_HONORIFIC else 0


def _stacked_role(tokens: list[str], j: int) -> int:
    """Return the comma before a role that a second appositive follows, else *j*.

    A name may take two appositives before its cue, a role and then a word
    on the role's organisation: ``Ada Marsh, director of the Harbour Trust,
    a charity, said``.  When the segment that ends at token *j* (the
    comma before the second appositive) is a role and a capitalised word
    (the name's last) ends with the comma before it, the name is the
    subject: the index of that comma is returned.
    """
    k = _comma_before(tokens, j - 1, max(j - 13, -1))
    if k < 1:
        return j
    segment = [t if t.isalpha() else _core(t) for t in tokens[k + 1 : j + 1]]
    first = segment[0]
    if not first[:1].islower() or not (
        _appositive(segment) == "role" or (first in _TITLE_PARTICIPLES and is_role(segment))
    ):
        return j  # a role, also an acting one: "acting director of the trust"
    name = _core(tokens[k])
    if not name[:1].isupper() or name.lower() in _OPENERS:
        return j
    return k


def _comma_before(tokens: list[str], k: int, floor: int) -> int:
    """Return the index of the nearest token that ends with a comma, from ``tokens[k]`` back.

    Plain words are passed over.  Returns -1 when an empty token, a
    quotation or the end of a clause comes first, or no comma is found after
    ``tokens[floor]``.
    """
    for j in range(k, floor, -1):
        tok = tokens[j]
        if tok[-1:].isalnum() and MASK not in tok:
            continue  # a plain word: neither a comma nor the end of a clause
        if not tok or MASK in tok:
            return -1
        if tok.rstrip(_EDGE).endswith(","):
            return j
        if _ends_clause(tok):
            return -1
    return -1


def _skip_asides(tokens: list[str], end: int) -> int:
    """Skip asides that come in a row before ``tokens[end]``, a comma's token.

    ``Martin Bamford, 30, from Croydon, who was among the injured, said``:
    before the relative clause, an age and a place of origin (``30``, ``from
    Croydon``, ``of Leeds``), a legislator's party tag (``Sen. Cal Dorsey,
    R-Texas, who led the opposition, said``) or another relative clause are
    skipped too, at most three, back to the name.

    :returns: The index of the token that ends the name, with its comma.
    """
    end = _relative_before_place(tokens, end)
    for _ in range(3):
        prev = _comma_before(tokens, end - 1, max(end - 9, -1))
        if prev < 0:
            return end
        segment = [t if t.isalpha() else _core(t) for t in tokens[prev + 1 : end + 1]]
        first = segment[0].lower() if segment else ""
        if not (
            (first[:1].isdigit() and len(segment) <= 3)  # an age: "30", "30 years old"
            or (
                first in ("from", "of")
                and 1 < len(segment) <= 4
                and all(w[:1].isupper() for w in segment[1:])
            )
            or first in ("who", "whose", "which")
            # A legislator's party tag: "Sen. Cal Dorsey, R-Texas, who led
            # the opposition, called it ...".
            or (len(segment) == 1 and is_party_tag(segment[0]))
        ):
            return end
        end = prev
    return end


#: Nouns that call back two people named together (``the couple said``).
_PAIR_NOUNS = frozenset(("couple", "pair", "duo"))
#: Two names joined by ``and``: ``Jane Roe and Tom Hale`` (one to three words each).
_PAIR_RE = re.compile(
    r"\b[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,2} and "
    r"[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,2}\b"
)
#: The nouns by which business copy calls back the company it has named
#: (``the company``, ``the airline``; the list ``company_nouns``).
_COMPANY_NOUNS = lexicon.words("en", "company_nouns")
#: The last words of a business's name: ``Kestrel Mining``, ``Summit Wireless``.
_COMPANY_TAILS = lexicon.words("en", "company_tail_words")
#: Capitalised words that open a sentence before a business's name.
_OPENING_WORDS = cues.SENTENCE_OPENERS | cues.DETERMINERS
#: One to four capitalised words and a space, opening a body's name before the
#: word that tells its kind: ``St. Brendan `` in ``St. Brendan Medical Center``.
_UP_TO_FOUR_WORDS = r"\b[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,3} "


def _after_sentence_end(words: list[str]) -> list[str]:
    """Return the words of a capitalised run after the last sentence end inside it.

    A run of capitalised words read as a name may begin in the sentence
    before: ``Monday. Kestrel Mining``.  A word ending in a period ends a
    sentence unless it is an abbreviation (``St.``, ``Gov.``: the list
    ``abbreviations``), an initial (``J.``) or holds another period
    (``U.S.``); the words after the last such word are the name.
    """
    for k in range(len(words) - 2, -1, -1):
        word = words[k]
        if (
            word.endswith(".")
            and "." not in word[:-1]
            and len(word) > 2
            and word[:-1].lower() not in cues.ABBREVIATIONS
        ):
            return words[k + 1 :]
    return words


def _tail_words(name: str) -> str:
    """Return a group matching a word of the English list *name*, capitalised.

    The last word of a body's name that tells its kind: ``(?:Athletic|Rovers|...)``
    from the list ``club_tail_words``.
    """
    return "(?:" + "|".join(sorted(w.capitalize() for w in lexicon.words("en", name))) + ")"


#: A business's name without ``the`` and without a corporate suffix, ending in
#: a word of the list ``company_tail_words``: ``Kestrel Mining``, ``Northwind
#: Airlines``, ``Coastal Power`` (one to three capitalised words before it);
#: not the start of a public body's name that goes on with an organisation's
#: noun (``the Public Utilities Commission``, ``Harbor Energy Board``).
_BUSINESS_RE = re.compile(
    r"(?<![Tt]he )\b[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,2} "
    + _tail_words("company_tail_words")
    + r"(?![\w-])(?! "
    + _tail_words("org_nouns")
    + r"\b)"
)
#: The last words of :data:`_BUSINESS_RE`'s names, each after its space.
_BUSINESS_TAILS = tuple(
    sorted(" " + w.capitalize() for w in lexicon.words("en", "company_tail_words"))
)
#: A sports club's name: a capitalised word (its town) and a word of the list
#: ``club_tail_words`` (``Portvale Rovers``, ``Harborton Athletic``).
_CLUB_RE = re.compile(
    r"(?<![Tt]he )\b[A-Z][\w'’.-]{0,30} " + _tail_words("club_tail_words") + r"(?![\w-])"
)
#: A labour union's name: up to four capitalised words ending in a word of
#: the list ``union_tail_words`` (``the Minnesota Nurses Association``, ``the
#: Harbor Pilots Guild``), or a local by its number (``Teamsters Local 727``).
_UNION_RE = re.compile(
    _UP_TO_FOUR_WORDS
    + _tail_words("union_tail_words")
    + r"(?![\w-])|\b(?:[A-Z][\w'’.-]{0,30} ){0,3}Local \d{1,5}(?![\w-])"
)
#: A school district named without ``District``, as American local copy
#: names one: ``Harborton City Schools``, ``Portvale Public Schools``,
#: ``Frenship ISD``, ``Harbor Unified``, ``Newton USD 373`` (up to four
#: capitalised words before the tail).
_SCHOOL_DISTRICT_RE = re.compile(
    _UP_TO_FOUR_WORDS + r"(?:Schools|C?ISD|Unified|USD \d{1,4})(?![\w-])"
)
#: A hospital named without ``Hospital``, as local and health copy names
#: one: ``St. Brendan Medical Center``, ``Harborton Regional Health``,
#: ``Portvale Clinic`` (up to four capitalised words before the tail).
_HOSPITAL_RE = re.compile(
    _UP_TO_FOUR_WORDS
    + r"(?:Medical Cent(?:er|re)|Health(?: System| Cent(?:er|re))?|Clinic|Infirmary)(?![\w-])"
)
#: A charity named by the word of its kind, as British, aid and health copy
#: names one: ``the Harborton Lifeboat Trust``, ``the Moorcroft
#: Foundation``, ``Children's Hearing Fund``, ``the Coastal Cancer Society``
#: (up to four capitalised words before the tail).
_CHARITY_RE = re.compile(_UP_TO_FOUR_WORDS + r"(?:Trust|Foundation|Fund|Appeal|Society)(?![\w-])")
#: Nouns of a business's trade written right before its name (the list
#: ``trade_nouns``): ``Ferry operator NorthLink``, ``chipmaker Velora``.
_TRADE_NOUNS = tuple(sorted(lexicon.words("en", "trade_nouns")))
#: Words of the market written right before a listed company's name, which
#: introduce it as a trade noun does: ``Shares in Pellman Group fell 11%``,
#: ``shares of Velora rose``.
_SHARE_LEADS = ("shares in", "shares of")
_TRADE_NOUN_SET = frozenset(_TRADE_NOUNS)
#: A body of members by its name: ``the National Retail Federation``, ``the
#: Portvale Growers Association`` (one to five capitalised words).
_ASSOCIATION_RE = re.compile(
    r"\b[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,4} "
    r"(?:Association|Federation|Coalition|Alliance|League|Society)(?![\w-])"
)
#: How far before ``the group`` its association is looked for, in characters.
_ASSOCIATION_REACH = 900
#: The words by which copy tells apart two of a family by age: ``the
#: younger Brekke``, ``the elder Brekke``.
_GENERATIONS = frozenset(("younger", "elder", "older"))
#: Nouns of kin of the younger generation: ``his son, Lars Brekke,``.
_YOUNGER_KIN = frozenset(
    ("son", "daughter", "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter")
)
#: Nouns of kin of the elder generation: ``her father, Arne Brekke,``.
_ELDER_KIN = frozenset(
    ("father", "mother", "grandfather", "grandmother", "uncle", "aunt", "stepfather", "stepmother")
)
#: A noun of kin right before a name, after its comma: ``His son, `` or ``her father, ``.
_KIN_BEFORE_RE = re.compile(
    r"\b(" + "|".join(sorted(_YOUNGER_KIN | _ELDER_KIN)) + r"),? $", re.IGNORECASE
)
#: An age in commas right after a name: ``Lars Brekke, 41,``.
_AGE_AFTER_RE = re.compile(r", (\d{1,3}),")
#: What joins a business's name to a second one opening a sentence: ``Kestrel
#: Mining and Ostrava signed``.
_PAIR_JOINS = (" and ", " or ", " & ")
#: A business's name right after a noun of its trade (one to three
#: capitalised words): ``NorthLink``, ``Velora Semiconductor``; not one in
#: the possessive, named in passing (``a deal with music publisher Bertel's
#: purchase``).
_TRADE_NAME_RE = re.compile(r"[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,2}(?![\w'’-])")
#: The corporate suffixes of :data:`_INCORPORATED_RE` (the first four may take a period).
_CORPORATE_SUFFIXES = tuple("Inc Corp Co Ltd LLC PLC plc AG SA NV GmbH Holdings".split())
#: A company's name with its corporate suffix: ``Acme Docks Inc.``, ``Harbor
#: Freight Ltd``, ``Nordhafen AG`` (one to four capitalised words before it,
#: two of them perhaps joined by ``&`` or ``and``: ``Harbor Gas & Electric Co.``).
_INCORPORATED_RE = re.compile(
    r"\b[A-Z][\w&'’.-]{0,30}(?: (?:&|and) [A-Z][\w&'’.-]{0,30}| [A-Z][\w&'’.-]{0,30}){0,3} "
    + "(?:"
    + "|".join(s + r"\.?" if k < 4 else s for k, s in enumerate(_CORPORATE_SUFFIXES))
    + r")(?![\w-])"
)
#: The suffixes each after its space: where a name of :data:`_INCORPORATED_RE` ends.
_INCORPORATED_TAILS = tuple(" " + s for s in _CORPORATE_SUFFIXES)
#: How far before its last word a name of :data:`_INCORPORATED_RE` or
#: :data:`_BUSINESS_RE` may start: four words of at most 31 characters and
#: the ``and`` or ``&`` between them (139 characters), with room to spare.
_NAME_REACH = 160
#: The last words a name pattern's names end in (after a space, before no
#: letter, digit, ``_`` or hyphen), for :meth:`Resolver._tail_start`.
_NAME_TAILS: dict[re.Pattern[str], tuple[str, ...]] = {
    _INCORPORATED_RE: _INCORPORATED_TAILS,
    _BUSINESS_RE: _BUSINESS_TAILS,
}
#: A public body named by its kind: ``the National Weather Service``, ``the
#: Federal Aviation Administration`` (one to four capitalised words before it).
#: Written after ``the``, two of those words may be joined by ``and``: ``the
#: Food and Drug Administration``, ``the U.S. Fish and Wildlife Service``
#: (not ``Tom Hale and the Ports Authority``, where no ``the`` opens the name).
_AGENCY_RE = re.compile(
    r"(?:(?<=[Tt]he )(?:[A-Z][\w'’.-]{0,30} )?[A-Z][\w'’.-]{0,30} and |\b)"
    r"[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,3} "
    r"(?:Service|Administration|Bureau|Agency|Authority)(?![\w-])"
)
#: Verbs that agree with a plural subject only (:meth:`Resolver._plural_body`).
_PLURAL_VERBS = (" have ", " are ", " were ")
#: The nouns by which copy calls back a newspaper it has named: ``the
#: newspaper``, ``the paper`` (:meth:`Resolver._masthead_before`).
_NEWSPAPER_NOUNS = frozenset(("newspaper", "paper", "daily", "tabloid"))
#: A newspaper's name: one to three capitalised words, ``the`` perhaps
#: before them, and a masthead's last word (list ``masthead_words``) that no
#: capitalised word follows: ``The Harbor Times``, ``the Portwell Evening
#: Post`` (not ``the Post Office``).
_MASTHEAD_RE = re.compile(
    r"\b(?:[Tt]he )?(?:[A-Z][\w'’.-]{0,30} ){1,3}(?:"
    + "|".join(sorted(w.capitalize() for w in lexicon.words("en", "masthead_words")))
    + r")\b(?![\w'’-]| [A-Z])"
)
#: How far before ``the newspaper`` its newspaper may be named (characters).
_MASTHEAD_REACH = 800
#: A study brought in after a newspaper's name, which ``the paper`` may call
#: back instead: ``a study``, ``a new paper``, ``published in``.
_STUDY_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Hh]is|[Hh]er) (?:new |research |scientific )?"
    r"(?:study|paper)\b|\bpublished in\b"
)
#: A union local named by ``Local`` and its number, up to three capitalised
#: words of its union before it, between commas after a body's noun:
#: ``The union, Local 14, said``, ``the union, Teamsters Local 727,``
#: (group 1: the name).
_UNION_LOCAL_RE = re.compile(r", ((?:[A-Z][\w&'’.-]{0,30} ){0,3}Local \d{1,5}),")
#: A business lead's closing cue: a sentence about a business ends with the
#: company's noun (list ``company_nouns``) and a verb of telling:
#: ``SkyWest Regional will add two flights, the company said Tuesday.``
_COMPANY_CLOSING_RE = re.compile(
    r", the (?:"
    + "|".join(sorted(lexicon.words("en", "company_nouns")))
    + r") (?:said|says|announced|confirmed)(?![\w-])"
)
#: The dateline that opens a lead, up to its dash: ``PORTVALE, Ore. — ``,
#: ``PORTVALE (Wire) -- ``.
_LEAD_DATELINE_RE = re.compile(r"[^—–\n]{1,60}? (?:—|–|--) ")
#: A dash that ends a dateline before the lead's first words: ``PORTVALE,
#: Ore. — Acme will``, ``PORTVALE (Wire) -- Acme will``.
_LEAD_DASHES = (" — ", " – ", " -- ")
#: Whom a document went to, after its noun and before the comma that ends
#: an opening ``In``: ``In an email to families, the district said``, ``In a
#: letter to the board, Acme said`` (up to four words).
_DOCUMENT_ADDRESSEE = re.compile(r" to(?: [\w'’.-]{1,30}){1,4}?, ")
#: When a document went out, after its noun and a participle of issuing and
#: before the comma that ends an opening ``In``: ``In a statement issued on
#: Friday, the board said``, ``In a release posted late Tuesday, police said``
#: (up to four words, no ``by``: its issuer is read after ``by`` as before).
_DOCUMENT_ISSUED_WHEN = re.compile(
    r" (?:issued|released|posted|published|sent|circulated)(?: (?!by )[\w'’.-]{1,30}){1,4}?, "
)
#: Two capitalised names joined by ``and`` as the subject of a verb (in
#: ``-ed`` or a common one), which a body's noun later in the sentence may
#: stand for either of: ``Harbor Mart and Delta Foods clashed after the
#: company said`` (not the places of ``between Bath and Leeds, the company
#: said``).
_NAME_PAIR_RE = re.compile(
    r"\b[A-Z][\w'’-]{1,30} and [A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,2} "
    r"(?:[a-z]{1,30}ed|said|say|says|are|were|have|had)\b"
)
#: The mention rules of a name written alone right before its cue, as copy
#: calls back a person named before: ``"...," Garcia Lopez said``.
_CALLBACK_MENTIONS = frozenset(("mention.phrase_before", "mention.name_alone"))
#: Verbs that give the person named after them a post (the list
#: ``appointing_verbs``): ``named Mike Ross its new football coach``.
_APPOINTING_VERBS = lexicon.words("en", "appointing_verbs")
#: What may follow a post an appointing verb gives, besides the end of a
#: clause: a time or a place (``named Mike Ross its coach on Wednesday``).
_APPOINTED_ENDS = (" on ", " in ", " last ", " this ", " after ", " to replace ")
#: Numbers written as words: alone, a count of people (``Twelve said``).
_NUMBER_WORDS = lexicon.words("en", "number_words")
#: The last words of a phrase of time between a subject and its verb
#: (``in the past``, ``at the time``, ``for years``), and the words before them.
_TIME_PHRASE_TAILS = frozenset(("past", "time", "years", "decades", "months", "weeks"))
_TIME_PHRASE_FILLERS = frozenset(("the", "recent", "past", "last", "few", "many", "several"))
#: Nouns that end in ``-ly`` and can name a source: not adverbs.
_LY_NOUNS = frozenset(("family", "ally", "assembly", "daily", "weekly", "monthly", "quarterly"))
#: Auxiliaries that a negation written out follows between a subject and
#: its cue: ``Varga did not say``, ``the board does not say``, ``Holt would
#: not say``; read as their contracted forms (``didn't``) are.
_NEGATED_AUXILIARIES = frozenset(
    "did does do would will could can should may might must has have had".split()
)
#: Units of time after ``last``, ``this`` or ``next`` between a subject and its verb.
_TIME_UNITS = frozenset(
    """week month year weekend morning afternoon evening night spring summer fall autumn
    winter monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _is_ly_adverb(low: str) -> bool:
    """Return whether *low*, a word between a subject and its verb, is an adverb of manner.

    ``Cruz strongly suggested``, ``Analysts widely expect``: a word of five
    letters or more in ``-ly`` is passed over as the list ``adjunct_words``
    is, except the nouns that end so (``the Roe family said``).
    """
    return len(low) >= 5 and low.endswith("ly") and low.isalpha() and low not in _LY_NOUNS


def _company_named_after(tokens: Sequence[str], j: int, segment: Sequence[str]) -> bool:
    """Whether *segment*, between commas after ``tokens[j]``, names the business ``tokens[j]`` is.

    ``A spokesman for the operator, Trentline, said``, ``a spokeswoman for
    the company, Orrin Group,``: a business's noun after ``the`` and a
    preposition, then its name, one word or ending in a word of a business's
    name, and no known given name opening it.
    """
    if j < 2 or tokens[j - 1].lower() != "the" or tokens[j - 2].lower() not in _HOPS:
        return False
    noun = _core(tokens[j]).lower()
    if not (noun in _COMPANY_NOUNS or noun in cues.ORG_NOUNS or noun in _TRADE_NOUN_SET):
        return False
    last = segment[-1].lower()
    return (len(segment) == 1 or last in _COMPANY_TAILS or last in cues.ORG_TAIL_WORDS) and segment[
        0
    ].lower() not in _GIVEN_NAME_GENDERS


def _home_town_before(tokens: list[str], i: int) -> int:
    """Return the index of the name before a home town written ``of City, State``, or -1.

    ``Ada Keel of Eastbridge, Ohio, says``, also without the
    comma after the state: the person's home town and state stand between
    the name and the verb, and the walk back would stop at the state (a
    place, never the source).  So does an employer and the place that
    tells its campus or branch: ``Dr. Rita Redberg of the University of
    California, San Francisco, said``.  The name must be capitalised: in ``a
    salesman from Sumter, South Carolina, says`` the appositive rules read
    the role.

    :param i: The index of the last token before the verb.
    """
    # The state: one or two capitalised words after the city's comma.  (The
    # comma is looked for first: most subjects have none before them.)
    if i < 3:
        return -1
    if tokens[i - 1].endswith(","):
        j = i
    elif tokens[i - 2].endswith(",") and tokens[i - 1][:1].isupper():
        j = i - 1
    else:
        return -1
    if not _core(tokens[i])[:1].isupper():
        return -1
    city = j - 1
    if city < 2 or not _core(tokens[city])[:1].isupper():
        return -1
    # The hop before the city, or before the employer the city places: "Dr.
    # Rita Redberg of the University of California, San Francisco, said"
    # (a university's campus after its name).
    k = city - 1
    while k >= 1 and city - k <= 8:
        hop = tokens[k].lower()
        if hop in ("of", "from", "at", "with", "in"):
            name = _core(tokens[k - 1])
            if not (name[:1].isupper() and name.isalpha()):
                return -1
            low = name.lower()
            if not (
                low in cues.ORG_TAIL_WORDS
                or low in cues.ORG_NOUNS
                or low in cues.PLACE_TAIL_WORDS
                or low in cues.GROUP_NOUNS
            ):
                # A person's name: before "of" or "from" the home town, or
                # before an employer that a place follows.
                return k - 1 if hop in ("of", "from") or k < city - 1 else -1
            # "a pastor at the Reformation Church of Elizabeth, Colorado,", "the
            # Mercy Clinic at Harborton, Maine,": an organisation's name, read
            # on to the hop before it.
        elif not (tokens[k].isalpha() and (tokens[k][:1].isupper() or hop in ("the", "and"))):
            return -1
        k -= 1
    return -1


#: How far back (in characters) a relative clause before a cue may open.
_RELATIVE_REACH = 400


def _antecedent_of_long_relative(flat: str, lo: int, hi: int) -> Mention | None:
    """Return the antecedent of a relative clause longer than the walker's window.

    ``Ada Hale, whose ferry town, Portvale, has been cut off from the
    mainland for most of the winter since the storms broke the causeway,
    insists``:
    the ``, who`` or ``, whose`` nearest before the cue, within
    :data:`_RELATIVE_REACH` characters of the sentence, with no quotation,
    semicolon or full stop between, opens the clause; the name before it is
    the subject (``mention.relative_antecedent``).
    """
    floor = max(lo, hi - _RELATIVE_REACH)
    k = max(flat.rfind(", who ", floor, hi), flat.rfind(", whose ", floor, hi))
    if k < 0:
        return None
    between = flat[k:hi]
    if MASK in between or ";" in between or ". " in between:
        return None
    mention, _ = subject_before(flat, lo, k)
    if mention is None:
        return None
    return mention._replace(rule="mention.relative_antecedent")


def _relative_opener(tokens: list[str], end: int) -> int:
    """Return the comma before a ``who`` or ``whose`` clause that runs up to ``tokens[end]``.

    ``Ada Hale, whose town, Portvale, lost its pier, its dock and its
    fleet, insists ...``: a relative clause with commas of its own
    (asides, places, lists) that the appositive walk cannot read ends at
    the comma before the cue; the subject is the clause's antecedent, the
    name before the comma that opens it.  At most 40 tokens back, with no
    quotation nor end of a clause between.

    :returns: The index of the comma token before the relative pronoun, or -1.
    """
    for k in range(end - 1, max(end - 40, 0), -1):
        tok = tokens[k]
        if not tok or MASK in tok or (not tok[-1:].isalnum() and _ends_clause(tok)):
            return -1
        if tok in ("who", "whose") and tokens[k - 1].rstrip(_EDGE).endswith(","):
            return k - 1
    return -1


def _relative_before_place(tokens: list[str], end: int) -> int:
    """Pass back over a relative clause that ends in a place written ``City, State``.

    ``Ann Reyes, who lost her home in Dayton, Ohio, in June, said``: the
    words before the aside (``in June``) are ``Ohio``, the second half of a
    place whose comma the appositive walk cannot tell from an appositive's.
    When a ``who`` or ``whose`` clause opened after a comma before it, with
    no clause ending between, the subject is that clause's antecedent.

    :param tokens: The tokens of the window.
    :param end: The index of the token that ends the candidate name, with its comma.
    :returns: The index of the comma token before the relative pronoun, or
        *end* when the construction is not there.
    """
    if end < 3:
        return end
    prev = tokens[end - 1]
    if not (prev.endswith(",") and prev[:1].isupper() and tokens[end][:1].isupper()):
        return end
    for k in range(end - 2, max(end - 30, 0), -1):
        tok = tokens[k]
        if not tok or MASK in tok or _ends_clause(tok):
            return end
        if tok in ("who", "whose") and tokens[k - 1].rstrip(_EDGE).endswith(","):
            return k - 1
    return end


_TRAILING = _HOPS | {"and", "the"}
_DANGLING = _HOPS | {"and"}
_CONNECTORS = frozenset(("of", "the", "and", "for"))
#: Prepositions that cannot open a clause: a phrase after them is not a subject.
_PP_HEADS = frozenset(
    "in at on for with from by over through into about against near during of".split()
)
#: Words of time that end a name read backwards: "last week Lawson said".
_TIME_WORDS = frozenset(
    """week weeks month months year years day days night morning afternoon evening
    today yesterday tonight weekend last next earlier later ago""".split()
)
#: Words that are no word of a name in a press release's credit line
#: (:func:`_release_credit`): ``On Tuesday, Senate leader Ada Marsh said``.
_CREDIT_STOP = frozenset().union(
    _PP_HEADS,
    _TIME_WORDS,
    MONTH_WORDS,
    _SENTENCE_OPENERS,
    _DETERMINERS,
    _BOUNDARY_WORDS,
    _ADJUNCT_WORDS,
    _PRONOUNS,
    "monday tuesday wednesday thursday friday saturday sunday".split(),
)
#: Units of a span of time after a kin or role noun: ``his wife of 52 years``.
_DURATIONS = frozenset(("years", "decades", "months"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))
#: The only words that can link two parts of a name read backwards or
#: forwards ("of", "and", particles): one test lets every other word by.
_BACK_LINKS = cues.NAME_PARTICLES | {"of", "and"}
#: The capitalised heads a ``for`` joins to a capitalised name after it, in
#: British and Commonwealth bodies and offices: ``Department for Transport``,
#: ``Minister for Europe``, ``Commissioner for Human Rights``.
#: The most words of an organisation's name called back in lower case
#: (``the county sheriff's office``; :meth:`Resolver._organisation_by_tail`).
_TAIL_CALLBACK_WORDS: Final = 3
_FOR_HEADS = cues.ORG_NOUNS | {"minister", "secretary", "commissioner", "centre", "center"}
_FORWARD_LINKS = cues.NAME_PARTICLES | _HOPS | {"and"}
_PREPOSITIONS = frozenset(
    "in at on during after before for with from by over through into about against near".split()
)


def _portfolio_name(tokens: list[str], left: int, i: int) -> int:
    """Return how many words at the end of a role's portfolio are a name, or 0.

    British political copy gives a spokesperson's or a minister's brief in
    lower case after ``for`` and the name right after it, with no comma:
    ``Green spokeswoman for rural affairs Ada Marsh said`` (invented).  The
    phrase ``tokens[left : i + 1]`` follows ``for`` (at ``left - 1``), and a
    person noun or a title (``spokeswoman``, ``minister``) stands before
    ``for``; one to three words of the brief are in lower case, none an
    article's ``a`` nor an organisation's noun; two or three capitalised
    words end it, none a title, nor a word that ends a body's name
    (``Harbor Trust``).
    """
    if left < 2 or not tokens[left - 2].isalpha():
        return 0
    if tokens[left - 2].lower() not in _TITLE_LIKE:
        return 0
    n = 0
    for k in range(i, left - 1, -1):
        core = _core(tokens[k])
        if not core[:1].isupper() or core.lower() in _TITLE_OR_HONORIFIC:
            break
        n += 1
    brief = tokens[left : i - n + 1]
    if not 2 <= n <= 3 or not 1 <= len(brief) <= 3:
        return 0
    if not all(w.isalpha() and w.islower() for w in brief) or brief[-1] == "and":
        return 0
    if brief[0] in cues.INDEFINITES or any(w in cues.ORG_NOUNS for w in brief):
        return 0  # "a spokesman for the company Acme Docks": the company's name
    last = _core(tokens[i]).lower()
    if last in cues.ORG_TAIL_WORDS or last in cues.ORG_NOUNS:
        return 0
    return n


def _collect_back(tokens: list[str], i: int, appositive: bool) -> tuple[list[str], int]:
    """Collect the words of a noun phrase ending at token *i*, reading backwards.

    :returns: The words in order, and the index of the first token.
    """
    words: list[str] = []
    left = i
    lower_run = 0
    for k in range(i, -1, -1):
        tok = tokens[k]
        # A plain word (the common case) has no punctuation to look at.
        plain = tok.isalpha()
        if plain:
            core = tok
        else:
            if not tok or MASK in tok:
                break
            if _ends_clause(tok) and not (k == i and appositive):
                break
            if (
                tok[0] == "("
                and tok[-1] == ")"
                and tok[1:2].isupper()
                and tok[1:-1].isalpha()
                and words
                and words[-1][:1].isupper()
                and k >= 1
                and tokens[k - 1][:1].isupper()
                and tokens[k - 1].isalpha()
            ):
                # A unit in brackets inside a title: "Deputy Commissioner of
                # Police (East) Priyanka Chauhan said" (passed over).
                left = k
                continue
            if (
                words
                and words[-1] == "percent"
                and left == k + 1
                and tok[:1].isdigit()
                and tok.replace(".", "", 1).isdigit()
                and len(tok) <= 4
            ):
                # A share by its figure: "71 percent of adults say", "12.5
                # percent of voters said" (the figure is the share's and
                # opens it).
                words.append(tok)
                left = k
                break
            if tok == "No." and words and words[-1].isdigit() and left == k + 1:
                # "the No. 2 Democrat said": a rank by its number (below).
                words.append(tok)
                left = k
                continue
            core = _core(tok)
            if not core:
                break
            if words and left == k + 1 and k >= 1 and rank_grade(tokens[k - 1], tok, tokens[k + 1]):
                # A rank's class, number or grade, read back: "Sgt. 1st Class
                # Ray Ortiz said", "Chief Warrant Officer 3 Lee Park said".
                words.append(_phrase_word(tok))
                left = k
                continue
            if (
                core.isdigit()
                and len(core) <= 2
                and tok == core
                and words
                and k >= 2
                and tokens[k - 1] == "No."
                and tokens[k - 2].lower() == "the"
            ):
                # A rank by its number before a role or a party's member: "the
                # No. 2 Democrat said", "the No. 3 official at the agency said".
                words.append(core)
                left = k
                continue
            if (
                core.isdigit()
                and len(core) <= 3
                and words
                and words[-1].lower() in _DURATIONS
                and k >= 2
                and tokens[k - 1] == "of"
            ):
                # "his wife of 52 years said": a span of time after a kin noun.
                words.append(core)
                left = k
                continue
            if (
                core.isdigit()
                and tok == core
                and words
                and words[-1].islower()
                and words[-1].lower() not in _TITLE_OR_ROLE
                and k >= 2
                and (
                    (
                        len(core) <= 2
                        and _core(tokens[k - 1]).lower().rstrip(".") in MONTH_WORDS
                        and tokens[k - 2].lower() in _DATE_DETERMINERS
                    )
                    or (
                        len(core) == 4
                        and core[:2] in ("19", "20")
                        and tokens[k - 1].lower() in _DATE_DETERMINERS
                    )
                )
            ):
                # A date or a year inside a complement: "the nominee for the
                # Nov. 8 election said", "the group's 2020 report said".
                words.append(core)
                left = k
                continue
            if (
                core.isdigit()
                and len(core) <= 4
                and tok == core
                and words
                and words[-1].lower() in _TITLE_OR_ROLE
                and k >= 1
                and tokens[k - 1].isalpha()
                and tokens[k - 1][:1].isupper()
                # "On May 14 president ...": a date, not a unit's number.
                and tokens[k - 1].lower() not in MONTH_WORDS
            ):
                # A unit's number in a title, read back: "Local 14 president
                # Jane Roe said", "Ward 5 councillor Tom Hale said".
                words.append(core)
                left = k
                continue
        low = core.lower()
        if core[0].isupper():  # core is not empty here
            # A middle initial is no article or pronoun: "Jo A. Kett", "Tom I. Hale".
            initial = len(core) == 1 and tok.startswith(core + ".") and bool(words)
            if (
                low == "and"
                and plain
                and words
                and words[-1][:1].isupper()
                and k > 0
                and tokens[k - 1][:1].isupper()
                and tokens[k - 1].isalpha()
                and _core(words[0]).lower() in cues.ORG_TAIL_WORDS
            ):
                # A body's name in title case, "And" inside it: "Keston Pier
                # And Dock Services said" (not a sentence's "And", nor two
                # people's names in a title-case line).
                words.append(core)
                left = k
                continue
            if low in _OPENERS and not initial:
                if (low in _PRONOUNS and not words) or (
                    # "One dog walker said": a count of one, an article.
                    # (its noun in lower case: "One Democratic official said").
                    low == "one"
                    and plain
                    and words
                    and words[0].islower()
                    and words[-1] not in _NUMBER_WORDS  # "One thousand fans" is a count
                ):
                    words.append(core)
                    left = k
                break
            words.append(tok if plain else _phrase_word(tok))
            left = k
            if low in _DETERMINERS and not initial:
                break
        elif low in _DETERMINERS:
            if not words:
                break
            words.append(core)
            left = k
            # "officials with the league": one prepositional hop ("to" after a
            # person noun too: "an adviser to the president said" is the adviser).
            if k >= 2:
                left = _hop_back(tokens, k - 1, words, left)
            break
        elif (
            low == "to"
            and words
            and k >= 1
            and (
                (words[-1][:1].isupper() and _core(tokens[k - 1]).lower() in _PERSON_NOUNS)
                or _core(tokens[k - 1]).lower() in cues.DOCUMENT_NOUNS
            )
        ):
            # A person noun before a name with no article: "the ambassador to
            # Norway said", "an adviser to Governor Ada Marsh said"; a document
            # and its readers: "The union's letter to members said" is the
            # letter's (its writer's), not the members'.
            left = _hop_back(tokens, k, words, left)
            break
        elif low in _PRONOUNS:
            if not words:
                words.append(core)
                left = k
            break
        elif (low in _BACK_LINKS or low == "for") and (
            ((low == "of" or low in _NAME_PARTICLES) and words)
            or (
                low == "for"
                and words
                and words[-1][:1].isupper()
                and k > 0
                and tokens[k - 1][:1].isupper()
                and _core(tokens[k - 1]).lower() in _TITLE_WORDS
            )
            or (
                low == "and"
                and words
                and words[-1][:1].isupper()
                and k > 0
                and _core(tokens[k - 1])[:1].isupper()
                and not _ends_clause(tokens[k - 1])
            )
            or (
                # A name and a titled name: "Roe and board chair Tom Hale said".
                low == "and"
                and words
                and k > 0
                and _core(tokens[k - 1])[:1].isupper()
                and not _ends_clause(tokens[k - 1])
                and words[0][:1].isupper()
                and not words[-1][:1].isupper()
                and all(
                    w[:1].isupper() or w.lower() in _TITLE_OR_ROLE or w.lower() in cues.ORG_NOUNS
                    for w in words
                )
            )
            or (
                # Two roles of one person: "JPL scientist and study co-author
                # Michael Malaska".
                low == "and"
                and words
                and k > 0
                and not _ends_clause(tokens[k - 1])
                and _core(tokens[k - 1]).lower() in _TITLE_OR_ROLE
                and any(w[:1].isupper() for w in words)
                and any(w.lower().rpartition("-")[2] in _TITLE_OR_ROLE for w in words)
            )
        ):
            words.append(core)  # "the Port Authority of New York and New Jersey"
            left = k
        elif (
            low == "for"
            and words
            and words[-1][:1].isupper()
            and k > 0
            and _core(tokens[k - 1])[:1].isupper()
            and _core(tokens[k - 1]).lower() in _FOR_HEADS
        ):
            words.append(core)  # "the Department for Transport", "Minister for Europe"
            left = k
        elif (
            lower_run < 4
            and (
                plain
                or _is_word(core)
                or is_age(core)
                or is_height(core)
                or (bool(words) and _is_measure(core))
                or _GRADER_RE.fullmatch(low) is not None  # "12th-grader Ada Roe said"
            )
            and (low not in _NOT_IN_PHRASE or _verb_as_adjective(tokens, k, low))
            and not (low in _TIME_WORDS and words and words[-1][:1].isupper())
            # A verb or participle before a name ends the phrase: "a man named
            # John Miller", "fans cheered Ilse Varga" (not "acting", ...).
            and not (
                plain
                and words
                and words[-1][:1].isupper()
                and low.endswith(("ed", "ing"))
                and low not in _TITLE_PARTICIPLES
            )
        ):
            words.append(tok if plain else _phrase_word(tok))
            left = k
            lower_run += 1
        else:
            break
        if not plain and _starts_clause(tok):
            break
    words.reverse()
    while words and words[0].lower() in _DANGLING:  # a dangling preposition
        words.pop(0)
        left += 1
    return words, left


#: The articles before which a speech verb's participle is an adjective.
_ARTICLES = frozenset(("a", "an", "the"))


def _verb_as_adjective(tokens: Sequence[str], k: int, low: str) -> bool:
    """Whether ``tokens[k]``, a speech verb's past participle, is an adjective after an article.

    Court copy describes a defendant by the charge's participle: ``The
    accused man told the court``, ``an alleged gunman said``, ``the accused
    killer of a Portvale man says`` (invented): the participle belongs to
    the noun phrase, which it would otherwise end.
    """
    return (
        low.endswith("ed")
        and low in cues.SPEECH_VERBS
        and k > 0
        and tokens[k - 1].lower() in _ARTICLES
    )


def _is_possessive_word(token: str) -> bool:
    """Whether *token* is a word in the possessive: ``union's``, ``Acme’s``, ``Sanders’``."""
    if token[-2:] in ("'s", "’s"):
        return token[:-2].isalpha()
    return token[-2:] in ("s'", "s’") and token[:-1].isalpha()


def _hop_back(tokens: list[str], k: int, words: list[str], left: int) -> int:
    """Read back over the preposition at token *k* to the person or group before it.

    A noun phrase read backwards that is the object of ``of``, ``with``,
    ``for`` ... (after a person or group noun) or ``to`` (after a person
    noun) belongs to the head before it, with its modifiers and article:
    ``a senior official of the authority said``, ``the former top aide to
    the mayor said``, ``the envoy to Norway said``.  The words read are
    added to *words* (which is in reverse order).

    :param k: The index of the preposition (``k >= 1``).
    :param left: The index of the phrase's first token so far.
    :returns: The index of the phrase's new first token, or *left* when
        there is no such head.
    """
    hop = _core(tokens[k]).lower()
    if not (hop in _HOPS or hop == "to") or _ends_clause(tokens[k - 1]):
        return left
    head = _core(tokens[k - 1]).lower()
    if not (
        head in _PERSON_NOUNS
        or (hop != "to" and head in _GROUP_NOUNS)
        or (hop == "to" and head in cues.DOCUMENT_NOUNS)
    ):
        return left
    words.append(_core(tokens[k]))
    words.append(_core(tokens[k - 1]))
    left = k - 1
    # Its modifiers and article: "a senior official of the authority", "the
    # former top aide to", "the Republican presidential nominee for" (a
    # capitalised modifier counts only when an article opens the phrase).
    j = k - 2
    while (
        j >= 0
        and k - 2 - j < 3
        and tokens[j].isalpha()
        and (tokens[j].islower() or (k - 2 - j < 2 and tokens[j][:1].isupper()))
        and tokens[j].lower() not in _DETERMINERS
        and tokens[j] not in _NOT_IN_PHRASE
    ):
        j -= 1
    if j >= 2 and tokens[j].isdigit() and len(tokens[j]) <= 2 and tokens[j - 1] == "No.":
        j -= 2  # "the No. 3 official at the agency": a rank by its number
    if j >= 0 and hop == "to" and _is_possessive_word(tokens[j]):
        # A document's owner in the possessive: "the union's letter to
        # members", "Sanders’ fundraising email to his supporters".
        if j >= 1 and _core(tokens[j - 1]).lower() in _DETERMINERS:
            j -= 1
        words.extend(
            tokens[m] if _is_possessive_word(tokens[m]) else _core(tokens[m])
            for m in range(k - 2, j - 1, -1)
        )
        left = j
    elif j >= 0 and _core(tokens[j]).lower() in _DETERMINERS:
        words.extend(
            tokens[m] if tokens[m] == "No." else _core(tokens[m]) for m in range(k - 2, j - 1, -1)
        )
        left = j
    return left


def _office_verb_after_name(words: Sequence[str], low: str) -> bool:
    """Whether *low*, after the name *words*, is the verb of holding an office.

    ``Ada Quinn chairs the union``, ``Tom Hale heads the board`` (invented):
    after a person's name of two capitalised words or more that opens with a
    known given name, the noun of an office with ``-s`` is its verb (``chairs``,
    ``heads``, ``coaches``), not a plural ending the phrase as in ``Union
    chairs met``.  An agent noun's plural stays a group: ``Ada Quinn
    supporters``.

    :param words: the phrase read so far.
    :param low: the next word, in lower case.
    """
    if len(words) < 2 or not low.endswith("s") or words[0].lower() not in _GIVEN_NAME_GENDERS:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    stem = low[:-2] if low.endswith(("ches", "shes")) else low[:-1]
    return stem in cues.TITLE_WORDS or stem in _OFFICE_NOUNS


#: Nouns of an office that are verbs too, besides titles: ``heads``, ``leads``.
_OFFICE_NOUNS = frozenset(("chair", "head", "lead", "coach", "captain", "host", "pilot"))


def phrase_after(flat: str, pos: int, hi: int) -> tuple[Mention | None, str | None]:
    """Find the noun phrase that starts at offset *pos*: an inverted cue's source.

    Reads ``said Varga, who was ...``, ``according to the state-owned
    Tallin Radio, ...``, ``said Omar Feld, head of bond research``; an
    appositive after the phrase is returned as the role.

    :param flat: The flat text.
    :param pos: Where the phrase may start (spaces are skipped).
    :param hi: The walker does not read past this offset (the sentence end).
    :returns: The mention (or ``None``) and the appositive role (or ``None``).
    """
    while pos < hi and flat[pos] == " ":
        pos += 1
    sentence_end = hi
    hi = min(hi, pos + _WINDOW)
    tokens = flat[pos:hi].split(" ")
    # Each token read gives one word (words[k] comes from tokens[k]), so the
    # end of the phrase is found from its last token once the phrase is known.
    words: list[str] = []
    lower_run = 0
    head_seen = False
    linked = -1  # where in words a modifier's preposition stands, if one does
    to_role = False  # whether a person noun's "to" complement was read
    one_opener = False  # whether a capitalised "One" opens the phrase
    for idx, tok in enumerate(tokens):
        # A plain word (the common case) has no punctuation to look at.
        plain = tok.isalpha()
        if linked == len(words):
            words.append(tok)  # the preposition after "familiar", "close", ...
            continue
        if plain:
            core = tok
        else:
            if not tok or MASK in tok or (words and _starts_clause(tok)):
                break
            if (
                tok == "No."
                and len(words) == 1
                and words[0].lower() == "the"
                and idx + 1 < len(tokens)
                and tokens[idx + 1].isdigit()
                and len(tokens[idx + 1]) <= 2
            ):
                # A rank by its number after the article: "said the No. 2
                # Democrat" (its number is read next, as a unit's).
                words.append(tok)
                continue
            core = _core(tok)
            if not core:
                break
            if words and rank_grade(
                words[-1], tok, tokens[idx + 1] if idx + 1 < len(tokens) else ""
            ):
                # A rank's class, number or grade: "said Petty Officer 2nd
                # Class Dana Lutz", "said Lt. j.g. Nora Fenwick".
                words.append(_phrase_word(tok))
                continue
            if len(core) == 1 and core.isupper() and words and tok.startswith(core + "."):
                # An initial inside a name, not the article: "said Jack A. Finley".
                words.append(core + ".")
                head_seen = True
                continue
            if core.isdigit() and len(core) <= 4 and words and words[-1][:1].isupper():
                # A unit's number in a title: "Local 14 president", "Ward 5".
                words.append(_trim_right(tok))
                if _ends_clause(tok):
                    break
                continue
            if (
                core.isdigit()
                and len(core) <= 3
                and len(words) > 1
                and words[-1].lower() == "of"
                and idx + 1 < len(tokens)
                and _core(tokens[idx + 1]).lower() in _DURATIONS
            ):
                # A span of time after a kin or role noun: "his wife of 52
                # years", "a friend of 30 years" (the unit is read next).
                words.append(core)
                continue
        low = core.lower()
        if core[0].isupper() or (not plain and _is_particle_name(core)):
            # An acronym that spells a pronoun inside the phrase is none:
            # "The IT minister".
            if low in _OPENERS and not (
                words and len(core) > 1 and core.isupper() and low in _PRONOUNS
            ):
                if low in _PRONOUNS and not words:
                    words.append(core)
                elif (
                    low == "one"
                    and not words
                    and idx + 1 < len(tokens)
                    and _core(tokens[idx + 1]).isalpha()
                    and _core(tokens[idx + 1]).islower()
                    and _core(tokens[idx + 1]) not in _HOPS
                ):
                    # "One donor, a retired postmistress, gave ...": one
                    # person, described (as "A donor" would be).
                    words.append(core)
                    one_opener = True
                    continue
                break
            if low in _DETERMINERS:
                if words:
                    break
            else:
                head_seen = True
        elif low in _DETERMINERS:
            if (
                words
                and words[-1].lower() not in _HOPS
                and linked != len(words) - 1
                and not (words[-1] == "to" and to_role)
            ):
                break
        elif low in _PRONOUNS:
            if not words:
                words.append(core)
            break
        elif plain and low == "to" and words and words[-1].lower() in _PERSON_NOUNS:
            # "said the envoy to Norway", "said an adviser to the mayor": a
            # person noun's complement (not "said the union planned to").
            to_role = True
        elif (
            plain
            and head_seen
            and low in _POSTMODIFIERS
            and idx + 1 < len(tokens)
            and tokens[idx + 1] in _LINK_PREPOSITIONS
        ):
            # "said a person close to the board", "officials briefed on the
            # plan": the modifier and its preposition complete the noun.
            linked = len(words) + 1
        elif (
            plain
            and head_seen
            and low in _KNOWLEDGE_NOUNS
            and idx + 1 < len(tokens)
            and tokens[idx + 1] in ("of", "to")
            and "with" in words[-3:]
        ):
            # "a senior official with direct knowledge of the talks": the
            # source's link to the matter and its complement (_knowledge_hop).
            linked = len(words) + 1
            lower_run = 0
        elif low in _FORWARD_LINKS and (
            ((low in _HOPS or low in _NAME_PARTICLES) and words)
            or (
                low == "and"
                and words
                and words[-1][:1].isupper()
                and idx + 1 < len(tokens)
                and _core(tokens[idx + 1])[:1].isupper()
            )
        ):
            pass
        elif (
            lower_run < 4
            and (
                plain
                or _is_word(core)
                or is_age(core)
                or is_height(core)
                or _GRADER_RE.fullmatch(low) is not None  # "said 12th-grader Ada Roe"
            )
            and low not in _NOT_IN_PHRASE
            # After a name, a past tense is the verb: "Ada Marsh spoke at ...";
            # after a noun, a participle opens a phrase describing it ("A
            # trader wearing rubber boots shouted": the trader).
            and not (
                head_seen
                and (
                    low.endswith("ed")
                    or low in cues.IRREGULAR_PAST
                    or (is_participle(tok) and words[-1].lower() in _PERSON_NOUNS)
                )
            )
            and not _office_verb_after_name(words, low)
        ):
            lower_run += 1
            if low in _HEAD_NOUNS or _is_plural_noun(low) or _is_agent_head(words, low):
                head_seen = True  # "the harbour pilots voted": the verb follows
        else:
            break
        if plain:
            words.append(tok)
            continue
        words.append(_phrase_word(tok))
        if _ends_clause(tok):
            break
    # Trailing words that are neither names nor nouns of a source are not
    # part of the phrase: "The billionaire businessman [began]".  A phrase
    # with a prepositional complement keeps them: "director of U.S. rate strategy".
    complement = (
        linked > 0
        or to_role
        or (len(words) > 1 and not _HOPS.isdisjoint(map(str.lower, words[1:])))
    )
    while (
        len(words) > 1
        and (
            words[-1].lower() in _TRAILING
            or (
                not complement
                and not words[-1][:1].isupper()
                and (words[-1].isalpha() or not _is_particle_name(words[-1]))
                and not is_source_noun(_core(words[-1]).lower())
                and not _is_plural_noun(_core(words[-1]).lower())  # "the harbour pilots"
                and not (len(words) == 2 and is_age(_core(words[-1])))  # "the 34-year-old"
                and f"{words[-2].lower()} {_core(words[-1]).lower()}" not in _PAIRED_ROLES
                # "a cameraman": a noun of a calling after an article.
                and not _is_agent_head(words[:-1], _core(words[-1]).lower())
            )
        )
    ):
        words.pop()
    cut = _employer_hop(words)
    if cut:
        del words[cut:]
    if not words or not _np_ok(words):
        return None, None
    if one_opener and not (
        (tail := _core(words[-1]).lower()) in _PERSON_NOUNS or _is_agent_head(words[:-1], tail)
    ):
        return None, None  # "One danger is that ...", "One party ...": no one person
    last = len(words) - 1
    start = pos
    while flat[start] in _EDGE:
        start += 1
    # Where tokens[last] starts, plus its length without closing punctuation
    # (a plain word is its own trim).
    end = pos + sum(map(len, tokens[:last])) + last + len(_trim_right(tokens[last]))
    if flat.startswith(_ISSUED_BY, end) and _core(words[-1]).lower() in cues.DOCUMENT_NOUNS:
        # "said a statement released by the harbour board": the document
        # and its issuer after a participle of issuing are one phrase.
        by = flat.index(" by ", end) + 4
        issuer, issuer_role = phrase_after(flat, by, sentence_end)
        if issuer is not None:
            joined = (*words, *flat[end:by].split(), *issuer.words)
            return Mention(start, issuer.end, joined, "mention.phrase_after"), issuer_role
    role: str | None = None
    if tokens[last].rstrip(_EDGE).endswith(","):
        seg: list[str] = []
        for tok in tokens[last + 1 : last + 17]:
            if not tok:
                continue
            if MASK in tok:
                break
            seg.append(tok)
            if not tok[-1].isalnum() and _ends_clause(tok):  # (a plain word ends nothing)
                break
        while seg and _core(seg[0]).isdigit():  # "Yearout, 51, co-owner"
            seg.pop(0)
        segcore = [t if t.isalpha() else _core(t) for t in seg]
        if segcore and segcore[0].lower() not in _BOUNDARY_WORDS and is_role(segcore):
            role = " ".join([*seg[:-1], _trim_right(seg[-1])])
    return Mention(start, end, tuple(words), "mention.phrase_after"), role


def _employer_hop(words: list[str]) -> int:
    """Return where a person's employer starts after the name, or 0.

    Local copy names an officer's or official's employer after the name
    with ``with``, ``of``, ``at`` or ``for``: ``said Sgt. Tom Hale with the
    Millbrook Police Department``, ``said Ann Cole of the county health
    board``.  The source is the person, not the organisation the phrase ends
    in.  The words before must read as a person's name: capitalised, with
    a known given name or led by a title or honorific, and not ending in the
    noun of an organisation (``the Port Authority of New York`` stays whole)
    nor in a title (``Deputy Commissioner of Police Ada Marsh`` is a title and
    a name).
    """
    for k in range(2, len(words) - 1):
        if words[k].lower() not in _EMPLOYER_HOPS:
            continue
        after = words[k + 1]
        if not (after[:1].isupper() or after.lower() == "the"):
            return 0
        name = [_core(w) for w in words[:k]]
        # A title or role in lower case may lead the name: "said
        # meteorologist Carl Engstrom of the weather service's Green Bay
        # office".
        lead = 0
        while lead < k - 1 and name[lead][:1].islower():
            low = name[lead].lower()
            if low not in cues.TITLE_WORDS and low not in cues.PERSON_NOUNS:
                break
            lead += 1
        if not lead:
            lead = _calling_lead(name)
        if not all(w[:1].isupper() for w in name[lead:]):
            return 0
        last = name[-1].lower()
        if last in cues.ORG_TAIL_WORDS or last in cues.ORG_NOUNS or last in cues.GROUP_NOUNS:
            return 0
        lows = [w.lower().rstrip(".") for w in name]
        if all(w in _TITLE_LIKE for w in lows):
            return 0  # a title's complement: "Deputy Commissioner of Police Ada Marsh"
        if lead or lows[0] in _TITLE_OR_HONORIFIC or any(w in _GIVEN_NAME_GENDERS for w in lows):
            return k
        if (
            len(name) <= 3
            and _core(words[-1]).lower() in _EMPLOYER_TAILS
            and last not in _CREDIT_TAILS
            and _CREDIT_STOP.isdisjoint(lows)
            and all(_CREDIT_NAME_WORD.fullmatch(w) for w in name)
        ):
            # "Moji Agha of the Harbor Families Association said": a given
            # name no list holds, before a body named by its noun.
            return k
        return 0
    return 0


#: Words that open a title of two words without being titles themselves:
#: ``Senior Partner``, ``Interim Chair`` (``Managing`` is a title word).
_TITLE_LEADS = frozenset(("senior", "associate", "acting", "interim", "founding"))


def _title_after_name(lows: Sequence[str]) -> tuple[int, int]:
    """Return the length of the name that opens *lows* before a title, and where the title ends.

    Quick copy leaves out the commas around a role and its organisation after
    a name: ``Petra Holm CEO of Harbour Builders Guild said`` is Petra Holm,
    the guild's CEO (not ``Builders Guild``, as a title's complement would
    read it: ``Chancellor of the Exchequer Nigel Lawson``).  *lows* are the
    words of the mention in lower case: two or three words of no title nor
    organisation, then one or two title words (``Managing Director``), then
    ``of`` or ``at`` or the end; without ``of`` or ``at`` the name's first word must be a known
    given name (``Petra Holm CEO``).  ``(0, 0)`` when *lows* do not read so.
    """
    hop = len(lows)
    for k, low in enumerate(lows):
        if low in ("of", "at"):
            hop = k
            break
    for n in (2, 3):
        if hop - n not in (1, 2) or (hop == len(lows) and lows[0] not in _GIVEN_NAME_GENDERS):
            continue
        if (
            _TITLE_LIKE.isdisjoint(lows[:n])
            and lows[hop - 1] in _TITLE_WORDS
            and all(w in _TITLE_WORDS or w in _TITLE_LEADS for w in lows[n : hop - 1])
            # "Keston Mills President of Operations Ada Roe": a name after.
            and _GIVEN_NAME_GENDERS.keys().isdisjoint(lows[hop:])
            and not any(
                w in cues.ORG_NOUNS or w in cues.ORG_TAIL_WORDS or w in cues.GROUP_NOUNS
                for w in lows[:n]
            )
        ):
            return n, hop
    return 0, 0


#: The last words of a body's name after a person's (:func:`_employer_hop`):
#: ``Association``, ``Services``, ``Council``, ``Holdings``.
_EMPLOYER_TAILS = cues.ORG_TAIL_WORDS | lexicon.words("en", "company_tail_words")


#: A run of capitalised words, with the small words of a body's name between
#: them, that an acronym may abbreviate: ``National Weather Service``,
#: ``Food and Drug Administration``, ``Bureau of Land Management``.
_CAPITAL_RUN = re.compile(r"[A-Z][a-z]+(?:[ ](?:(?:of|and|for|on|the)[ ])?[A-Z][a-z]+)+")


def _is_acronym(word: str) -> bool:
    """Return whether *word* is written in capitals as an acronym is: ``GM``, ``NASA``."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _calling_lead(name: Sequence[str]) -> int:
    """Return how many words of a calling in lower case lead a name, or 0.

    Science and business copy puts a calling with its field before a name
    whose employer follows (``said planetary geologist Ada Marsh of the
    agency's Polar Lab``, invented): one or two words in lower case, the
    last a noun of a calling in ``-ist``, ``-ian`` (``_AGENT_ENDINGS``) or
    ``-er``, ``-or`` (:func:`_is_agent_noun`), then a capitalised name.
    """
    lead = 0
    while lead < min(2, len(name) - 2) and name[lead].isalpha() and name[lead].islower():
        lead += 1
    if not lead or not name[lead][:1].isupper():
        return 0
    low = name[lead - 1]
    return lead if low.endswith(_AGENT_ENDINGS) or _is_agent_noun(low) else 0


#: The prepositions that introduce an employer after a name.
_EMPLOYER_HOPS = frozenset(("with", "of", "at", "for"))


# --------------------------------------------------------------------------
# Names


def _cap_run(flat: str, pos: int) -> list[str]:
    """Return the capitalised words (initials and particles too) from *pos* on."""
    out: list[str] = []
    for tok in flat[pos : pos + 80].split(" ")[:6]:
        if tok.startswith("(") and out:
            break  # a state or a party in brackets: "Sen. Rand Hale (Ky.)"
        core = _trim_right(tok).lstrip(_EDGE)
        if not core or not (core[:1].isupper() or (out and core in _NAME_PARTICLES)):
            break
        if _core(core).lower() in _SENTENCE_OPENERS:
            break
        out.append(core)
        if _ends_clause(tok) or tok.endswith(("'s", "’s")):
            break
    return out


#: The first character of a non-empty string.
_first = operator.itemgetter(0)


#: Dotted capitals that are places and bodies, never a person's initials.
_DOTTED_PLACES = frozenset(("U.S", "U.N", "U.K", "D.C", "E.U"))


def _is_initial(word: str) -> bool:
    """Return whether *word* is an initial or two run together: ``J.``, ``A.J.``.

    Sports and local copy write a given name as its initials (``A.J. Reyes``,
    ``T.J. Marsh``), which stand before a surname as one initial does; the
    dotted places (``U.S.``, ``D.C.``) are none.
    """
    stem = word.rstrip(".")
    if len(stem) == 1:
        return stem.isupper()
    return (
        len(stem) in (3, 5)
        and stem not in _DOTTED_PLACES
        and all(c.isupper() if k % 2 == 0 else c == "." for k, c in enumerate(stem))
    )


#: Ordinals that grade a rank before ``Class``: ``Petty Officer 2nd Class``,
#: ``Airman First Class``.
_RANK_ORDINALS = frozenset(("1st", "2nd", "3rd", "4th", "first", "second", "third", "fourth"))


def rank_grade(before: str, token: str, after: str) -> bool:
    """Return whether *token* grades the rank *before* it, inside a title.

    Military ranks carry a class, a number or a grade between the rank and
    the name, which are the title's still: ``Petty Officer 2nd Class Dana
    Lutz``, ``Sgt. 1st Class Ray Ortiz`` (an ordinal before ``Class``),
    ``Chief Warrant Officer 3 Lee Park`` (a warrant officer's number),
    ``Lt. j.g. Nora Fenwick`` (a junior lieutenant's grade).

    :param before: The token before *token* (the rank's last word).
    :param token: The token that may be the grade.
    :param after: The token after *token* (``Class`` after an ordinal).
    """
    prev = _core(before).lower().rstrip(".")
    low = _core(token).lower()
    if not before[:1].isupper():
        return False
    if prev == "private":
        # Spelled out, a private's rank is a title with its class only:
        # "Private 1st Class Nico Amberley" (not "Private Equity").
        return low in _RANK_ORDINALS and _core(after) == "Class"
    if prev not in _TITLE_WORDS:
        return False
    if low in _RANK_ORDINALS:
        return _core(after) == "Class"
    if low.isdigit():
        return prev == "officer" and len(low) == 1 and low != "0"
    return low == "j.g" and prev in ("lt", "lieutenant")


def _past_grade(flat: str, pos: int, end: int) -> int:
    """Return where the rank at ``[pos, end)`` ends with its grade, if one follows.

    A rank called back by its words (``the petty officer``) stands before
    its grade and the name: ``Petty Officer 2nd Class Dana Lutz`` holds
    ``petty officer``; the end is moved past ``2nd Class`` (see
    :func:`rank_grade`), else *end* is returned.
    """
    rest = flat[end + 1 : end + 40].split(" ", 2)
    if len(rest) < 2 or not rank_grade(flat[pos:end].rsplit(" ", 1)[-1], rest[0], rest[1]):
        return end
    end += 1 + len(rest[0])
    if _core(rest[0]).lower() in _RANK_ORDINALS:
        end += 1 + len(rest[1])  # "2nd Class"
    return end


def _title_stem(low: str) -> str:
    """Return a lower-case word without a final period, and a title without ``-elect``.

    A title of an office not yet taken, or left, is the title still:
    ``Mayor-elect Ada Marsh``, ``Gov.-elect Ada Marsh``, ``ex-Mayor Tom
    Reyes`` have the title of ``Mayor Ada Marsh``; two abbreviated titles
    joined are a rank (``Lt.-Col. Ada Marsh``, ``Maj.-Gen. Tom Reyes``).
    A role's compound with ``co-`` or ``all-`` is the role, its plural too
    (``Co-captains Ada Marsh and Tom Reyes``, ``All-Star Ada Marsh``).
    """
    if "-" in low:
        stem = low.removesuffix("-elect").removeprefix("ex-").rstrip(".")
        if stem != low and stem in _TITLE_LIKE:
            return stem
        # A rank of two abbreviated titles joined: "Lt.-Col.", "Maj.-Gen.".
        first, _, last = low.rstrip(".").partition("-")
        if first.rstrip(".") in _TITLE_LIKE and last in _TITLE_LIKE:
            return last
        if first in _COMPOUND_ROLE_LEADS:
            # A role's compound, before a name or two: "Co-captain Ada
            # Marsh", "All-Stars Ada Marsh and Tom Reyes" (its plural).
            if last in _PERSON_NOUNS:
                return last
            if last[-1:] == "s" and last[:-1] in _PERSON_NOUNS:
                return last[:-1]
    return low.rstrip(".")


#: The first parts of a role's compound: ``co-captain``, ``all-star``.
_COMPOUND_ROLE_LEADS = frozenset(("co", "all"))


#: Words of a contest before a name that are no title: ``Rival Desmond
#: Achterberg``, ``Challenger Ines Valcourt``, ``Incumbent Mayor Ada Marsh``.
_CONTEST_WORDS = frozenset(("rival", "challenger", "incumbent", "opponent"))


def _set_title(ent: _Entity, title: Sequence[str]) -> None:
    """Give *ent* the title *title* read before its name, words of a contest left out.

    Campaign copy puts a candidate's place in the race before the name as a
    title is put (``Rival Desmond Achterberg said``, ``Challenger Ines
    Valcourt``, ``Incumbent Mayor Ada Marsh``, ``Democratic rival Tom
    Hale``): those words are no title, and the title is what follows them
    (``Mayor``), if anything.
    """
    words = list(title)
    while words and words[0].lower() in _CONTEST_WORDS:
        words = words[1:]
    if words and words[-1].lower() not in _CONTEST_WORDS:  # "Democratic rival": none
        ent.title = " ".join(words)


def split_title(words: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """Split a mention into honorifics, title and name.

    ``Harbor Minister Ilse Varga`` gives ``([], [Harbor, Minister],
    [Ilse, Varga])``; ``Mr Pell`` gives ``([Mr], [], [Pell])``;
    ``CNN legal analyst Jeffrey Toobin`` gives ``([], [CNN, legal, analyst],
    [Jeffrey, Toobin])``.  A mention without a name (``the Russian
    president``) comes back with an empty name.
    """
    ws = list(filter(None, words))  # the non-empty words
    if not ws:
        return [], [], []
    det = ws[0].lower() in _DETERMINERS
    if det:
        ws = ws[1:]
        if not ws:
            return [], [], []
    if len(ws) == 1 and ws[0].isalpha() and ws[0][0].isupper():
        low = ws[0].lower()
        if low in _TITLE_OR_HONORIFIC:
            return (
                [],
                ([] if not det and len(low) > 3 else ws),
                (ws if not det and len(low) > 3 else []),
            )
        return [], [], ws  # a surname, the commonest case
    # The name is the run of capitalised words after the last title word or
    # lower-case word (particles such as "van" excepted).
    # Words of letters only (the common case) are their own cores: lower
    # them in one C-level pass (the words are not empty, so the joined text
    # is all letters exactly when every word is).
    plain = "".join(ws).isalpha()
    if plain:
        lows = list(map(str.lower, ws))
    else:
        lows = [w.lower() if w.isalpha() else _title_stem(_core(w).lower()) for w in ws]
    if (
        plain
        and not det
        and "of" not in lows
        and _TITLE_LIKE.isdisjoint(lows[:-1])
        and "private" not in lows[:-1]  # "Private First Class Odile Fenn" (below)
        and all(map(str.isupper, map(_first, ws)))
    ):
        # Capitalised words without a title: "Ilse Varga".  In a title-cased
        # line the words before a given name are the line's, not the name's:
        # "Critics Are Praising Maria Stone" gives "Maria Stone".
        if len(ws) > 2:
            for idx in range(1, len(ws) - 1):
                if lows[idx] in _GIVEN_NAME_GENDERS:
                    if lows[idx - 1] not in _GIVEN_NAME_GENDERS:
                        return [], [], ws[idx:]
                    break
        return [], [], ws
    last_title = -1
    titled = False
    honorific = False
    final = (
        len(ws) - 1
        if not det and (ws[-1][:1].isupper() or (not plain and _is_particle_name(ws[-1])))
        else len(ws)
    )
    for idx in range(final):  # a capitalised last word is a name: "Dan Farmer", "King"
        w = ws[idx]
        low = lows[idx]
        if low == "state" and idx and lows[idx - 1] != "of" and ws[idx - 1][:1].isupper():
            pass  # a name's "State" ("Ohio State Highway Patrol"), not "State Sen."
        elif (
            w in _GIVEN_NAME_TITLES
            and titled
            and last_title == idx - 1
            and idx == len(ws) - 2
            and lows[idx - 1] not in _GIVEN_NAME_TITLE_RANKS
        ):
            # A title that is also a given name after another title, before a
            # surname: "City Attorney Dean Pruitt" is Dean Pruitt (not
            # "Associate Dean Marsh").
            pass
        elif (
            low in _TITLE_WORDS
            or (low in _PERSON_NOUNS and w[:1].isupper())
            # A pupil's grade before the name: "Fifth-grader Amaya Brooks".
            or (w[:1].isupper() and _GRADER_RE.fullmatch(low) is not None)
            # A rank's class after its ordinal: "Airman 1st Class Kyle Danner",
            # and a private's rank spelled out before it: "Private 1st Class".
            or (low == "class" and idx and lows[idx - 1] in _RANK_ORDINALS and titled)
            or (
                low == "private"
                and lows[idx + 1 : idx + 3][-1:] == ["class"]
                and lows[idx + 1] in _RANK_ORDINALS
            )
            or (low in _OF_TITLES and w[:1].isupper() and lows[idx + 1 : idx + 2] == ["of"])
        ):
            titled = True
            last_title = idx
        elif is_age(low):
            last_title = idx  # "Ninety-one-year-old Opal Hinds": an age, no name
        elif low in _HONORIFICS:
            honorific = True
            last_title = idx
        elif (
            not w[:1].isupper()
            and low not in _NAME_PARTICLES
            and low not in _CONNECTORS
            and (plain or not _is_particle_name(w))
        ) or w[-2:] in _POSSESSIVE_ENDINGS:
            last_title = idx
    n = _title_after_name(lows)[0] if titled else 0
    if n and all(map(str.isupper, map(_first, ws[:n]))):
        return [], ws[n:], ws[:n]  # "Petra Holm CEO of Harbour Builders Guild"
    title = ws[: last_title + 1]
    name = ws[last_title + 1 :]
    # "Minister for Maritime Affairs Ada Marsh": Commonwealth and South
    # Asian copy links a title to its portfolio with "for" as with "of".
    link = "of" if "of" in lows else "for" if _title_for(ws, lows) else ""
    if link:
        of_at = lows.index(link)
        if (of_at > last_title + 1 and name and not titled) or of_at > last_title + 2:
            # "Senator Dianne Feinstein of California": the name stops at "of".
            name = ws[last_title + 1 : of_at]
        elif not titled:
            # "Ada Keel of Eastbridge": the name stops at "of".
            title, name = [], ws[:of_at]
        elif last_title <= of_at + 2 and len(name) >= 3:
            # "Chancellor of the Exchequer Nigel Lawson": the complement of
            # "of" runs to the last two capitalised words (with an initial).
            cut = len(name) - 2
            if len(name) >= 4 and _is_initial(name[-2]):
                cut -= 1
            for k in range(cut):
                if _core(name[k]).lower() in _GIVEN_NAME_GENDERS:
                    # "Secretary of State Hillary Rodham Clinton": a name of
                    # three words runs from its given name.
                    cut = k
                    break
            title, name = title + name[:cut], name[cut:]
        elif last_title <= of_at + 2 and len(name) == 2 and last_title == of_at:
            title, name = title + name[:1], name[1:]  # "Secretary of Defense Marsh"
    if not name and ws and not det and ws[-1][:1].isupper() and len(ws[-1]) > 3:
        # "King says": a surname that is also a title word.
        title, name = ws[:-1], ws[-1:]
    honorifics: list[str] = []
    if honorific:
        honorifics = [w for w in title if _core(w).lower().rstrip(".") in _HONORIFICS]
        title = [w for w in title if _core(w).lower().rstrip(".") not in _HONORIFICS]
    for w in name:
        if (
            not w[:1].isupper()
            and w.lower() not in _NAME_PARTICLES
            and (w.isalpha() or not _is_particle_name(w))
        ):
            return honorifics, title, []
    while title and title[0].lower() in _TIME_WORDS:
        title = title[1:]  # "Last week State Department official David Holmes"
    return honorifics, title, name


def _title_for(words: Sequence[str], lows: Sequence[str]) -> bool:
    """Whether ``for`` links a title to its portfolio in *words* (*lows* in lower case).

    Commonwealth and South Asian wire copy writes a minister's portfolio
    after ``for`` (``Minister for Maritime Affairs Ada Marsh said``,
    ``Secretary for Health``), as other copy writes it after ``of``: ``for``
    right after a capitalised title word (``a spokesman for the port`` is
    no title).
    """
    if "for" not in lows:
        return False
    at = lows.index("for")
    return 0 < at < len(lows) - 1 and words[at - 1][:1].isupper() and lows[at - 1] in _TITLE_WORDS


#: Titles that copy writes after ``the`` before a name: ``the Rev. Ada
#: Marsh``, ``the Very Rev. Tom Hale``, ``the Hon. Ada Marsh``.
_TITLES_AFTER_THE = frozenset(
    ("rev", "reverend", "very", "most", "right", "rt", "hon", "honourable", "honorable")
)

#: A pupil by a grade, in a school story: ``fifth-grader``, ``12th-graders``
#: (a capitalised one opens a sentence before the name).
_GRADER_RE = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\d{1,2}(?:st|nd|rd|th))-graders?"
)

#: Abbreviated titles of an elected office (``Sen.``, ``Rep.``, ``Gov.``):
#: named once in the lead, the holder is the one ``the senator`` calls back.
_OFFICE_TITLES = lexicon.words("en", "office_titles")

#: Title words that are also common given names: before a surname alone that
#: the article gives in no fuller form, the given name (``Dean Johnson, a
#: salesman, said``).
_GIVEN_NAME_TITLES = frozenset(("Dean", "Major"))
#: Titles that are also given names only after a noun of a person's calling
#: in lower case: ``grain elevator manager King Oduya`` is King Oduya (a
#: king's title follows no such noun: ``the late King Hussein``).
_CALLING_GIVEN_NAME_TITLES = _GIVEN_NAME_TITLES | frozenset(("King",))


def _given_name_title(title: Sequence[str]) -> bool:
    """Whether the last word of *title*, before a lone surname, may be a given name.

    A word of :data:`_GIVEN_NAME_TITLES` alone (``Major Tillman``), or one
    of :data:`_CALLING_GIVEN_NAME_TITLES` after a noun of a calling in
    lower case (``farmer Major Tillman``, ``manager King Oduya``): AP copy
    abbreviates a military title before a name (``Maj.``) and puts no job
    before a king's.
    """
    if len(title) == 1:
        return title[0] in _GIVEN_NAME_TITLES
    if not title or title[-1] not in _CALLING_GIVEN_NAME_TITLES:
        return False
    calling = title[-2]
    return calling.islower() and (calling in _PERSON_NOUNS or _is_agent_noun(calling))


#: Words that are a county office's title only before ``of`` and its
#: records (``Register of Deeds``, ``Recorder of Deeds``, ``Registrar of
#: Voters``): ``Harbor County Register of Deeds Tammy Brunner``.
_OF_TITLES = frozenset(("register", "recorder", "registrar"))
#: Words that make one of :data:`_GIVEN_NAME_TITLES` after them a title still
#: (``Associate Dean Marsh``, ``Assistant Dean Marsh``).
_GIVEN_NAME_TITLE_RANKS = frozenset(("associate", "assistant", "acting", "interim", "vice"))
#: Title words and honorifics: a single word in either is not a surname.
_TITLE_OR_HONORIFIC = cues.TITLE_WORDS | cues.HONORIFICS
#: Words that make a capitalised word before a name part of a title.
_TITLE_LIKE = cues.TITLE_WORDS | cues.PERSON_NOUNS | cues.HONORIFICS


#: The gender each gendered word tells; a word in both lists would be male,
#: as the male list is read first (the male entries are added last).
_GENDERS = dict.fromkeys(cues.FEMALE_WORDS, "female") | dict.fromkeys(cues.MALE_WORDS, "male")
#: The gender each common given name tells (the lists share no name); a
#: name both men and women bear is a given name of no gender (``Pat``).
_GIVEN_NAME_GENDERS: dict[str, str | None] = (
    dict.fromkeys(cues.UNISEX_GIVEN_NAMES)
    | dict.fromkeys(cues.FEMALE_GIVEN_NAMES, "female")
    | dict.fromkeys(cues.MALE_GIVEN_NAMES, "male")
)


def _gender_fits(want: str | None, gender: str | None, name: Sequence[str]) -> bool:
    """Return whether a person of *gender* named *name* can be of gender *want*.

    The person's gender is the one a title told, else the one a common given
    name tells (``Ada Marsh``); either unknown fits.
    """
    if want is None:
        return True
    if gender is None and len(name) > 1:
        gender = _GIVEN_NAME_GENDERS.get(name[0].lower())
    return gender is None or gender == want


def _gender_of(words: Iterable[str]) -> str | None:
    for w in words:
        # A word of letters only is its own core and has no period.
        gender = _GENDERS.get(w.lower() if w.isalpha() else _core(w).lower().rstrip("."))
        if gender is not None:
            return gender
    return None


#: Participles that stand in titles: "acting president", "managing director".
_TITLE_PARTICIPLES = frozenset(
    """acting retired outgoing incoming designated elected appointed ruling founding
    leading governing serving visiting reigning presiding managing commanding
    ranking supervising""".split()
)
#: The words a lower-case modifier may stand before in a title.
_TITLE_OR_ROLE = cues.TITLE_WORDS | cues.PERSON_NOUNS
#: Verbs that issue a document (``Acme Docks issued a statement``, ``said in a
#: statement``, ``put out a report``): its issuer is their subject.
_ISSUING_VERBS = frozenset(
    "issued released published posted sent put said wrote filed gave mailed distributed".split()
)
#: Participles of issuing between a document and ``by`` and its issuer, as
#: wire copy writes them (``a statement issued by the harbour board``).
_ISSUED_BY = tuple(
    f" {verb} by "
    for verb in (
        "issued",
        "released",
        "signed",
        "circulated",
        "sent",
        "distributed",
        "mailed",
        # Who wrote or started it: "a letter written by the tenants", "a
        # petition started by nurses at the clinic".
        "written",
        "drafted",
        "started",
        "launched",
    )
)
#: A politician's bodies, named by the politician's name: ``the Brook
#: campaign``, ``Warrender's campaign``, ``the Ward administration``.
_POLITICAL_BODIES = frozenset(("campaign", "administration"))
#: The nouns of what someone puts on a social network: ``the post``.
_POST_NOUNS = frozenset(("post", "tweet"))
#: An age between commas right after a name, ending at the comma before a
#: role in apposition: ``Lena Voss[, 17],`` a senior.
_AGE_ASIDE = re.compile(r", \d{1,3},\Z")
#: Where a post stands: an owner's account on a network (``a post on the
#: student council's Instagram account``, group 1: the owner).
_ACCOUNT_OWNER = re.compile(
    r" on ((?:[\w.&-]+ ){0,4}?[\w.&-]+)(?:['’]s|(?<=s)['’]) (?:official )?(?:Facebook|Instagram|X"
    r"|Twitter|TikTok|YouTube|LinkedIn|Threads|Bluesky|Telegram) (?:page|account|feed|channel)"
)
#: The nouns of a suit that court copy quotes: ``the lawsuit says``.
_SUIT_NOUNS = frozenset(("suit", "lawsuit", "complaint", "filing"))
#: A verb of suing in the active: ``The Harbor Tenants Union sued the
#: city``, ``filed suit``, ``filed a federal lawsuit``.
_SUED = re.compile(
    # Not the passive: "The company was sued in a court filing" is the defendant.
    r"(?<!was )(?<!were )(?<!been )(?<!be )(?<!is )(?<!are )(?<!being )(?<!got )"
    r"\b(?:sued|filed suit|filed (?:a |an )?(?:[\w-]+ )?(?:lawsuit|suit|complaint))(?![\w-])"
)
#: A verb of posting and the network it posts on, up to six words between:
#: ``Ada Marsh posted on Facebook``, ``wrote on X``, ``shared a video on
#: Instagram``, ``tweeted``.
_POSTED_ON = re.compile(
    r"\b(?:(?:posted|wrote|shared|published|put up)(?: [\w'’-]+){0,6}? on (?:Facebook|X|Twitter"
    r"|Instagram|TikTok|Truth Social|Threads|Bluesky|LinkedIn|YouTube|Telegram|Snapchat)"
    r"|tweeted)(?![\w-])"
)
#: Words that are no modifier of a title: "toward rival Bernie Sanders".
_NOT_MODIFIERS = (
    _PP_HEADS
    | _PREPOSITIONS
    | cues.DETERMINERS
    | frozenset(
        """toward towards among between under via per like than as to upon within
        without across along around behind beyond onto off out up down""".split()
    )
)


def _object_antecedent(flat: str, lo: int, comma: int) -> Mention | None:
    """Return the name right before *comma* that a ``who`` clause after it reports.

    A name that ends the main clause as its object takes a relative clause
    of speech: ``The only no vote came from Commissioner Alice Yoder, who
    said the price was too high.``  The name (two capitalised words or more,
    a title before it left in) is the source of the clause's verb.
    """
    words = chain_before(flat, comma)
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    start = comma - len(" ".join(words))
    if start < lo or flat[start:comma] != " ".join(words):
        return None
    return Mention(start, comma, tuple(words), "mention.relative_antecedent")


def chain_before(flat: str, pos: int) -> list[str]:
    """Return the words of the name or title that runs up to offset *pos*.

    Reads back over capitalised words, initials, name particles, ``of`` and
    ``the`` inside titles, and lower-case role nouns before a name (``press
    secretary Stephanie Grisham``), stopping at punctuation and sentence
    openers.
    """
    lo = max(0, pos - 90)
    tokens = flat[lo:pos].split(" ")
    out: list[str] = []
    lowers = 0
    # An empty last token (the space before *pos*) is skipped; any other
    # empty token stops the walk.
    top = len(tokens) - 1 if tokens[-1] else len(tokens) - 2
    for idx in range(top, -1, -1):
        tok = tokens[idx]
        plain = tok.isalpha()  # the common case: nothing to strip, nothing to stop at
        if plain:
            core = tok
            low = tok.lower()
        else:
            if not tok:
                break
            if (
                MASK in tok
                or _ends_clause(tok)
                or tok[-1:] in _APOSTROPHES
                or tok[-2:] in _POSSESSIVE_ENDINGS
                # A qualifier in brackets ends the name read back: "Deputy
                # Commissioner of Police (East) Priyanka Chauhan".
                or (tok[:1] == "(" and tok[-1:] == ")")
            ):
                break
            core = tok.strip(_EDGE)
            low = core.lower().rstrip(".")
            if not core:
                break
            if out and idx and rank_grade(tokens[idx - 1], tok, tokens[idx + 1]):
                # A rank's grade: "Petty Officer 2nd Class Wren Oakley".
                out.append(core)
                continue
        if core[0].isupper():
            if low in _SENTENCE_OPENERS:
                break
            out.append(core)
        elif (out and low in ("of", "the")) or (low in _NAME_PARTICLES and (out or idx == top)):
            # Particles inside a name, or right before its surname
            # ("Rosa de la Cruz" read back from "Cruz").
            out.append(core)
        elif (
            out
            and lowers < 3
            and (
                low in _PERSON_NOUNS
                or low in _TITLE_WORDS
                or (
                    lowers
                    and _is_word(core)
                    and low not in _BOUNDARY_WORDS
                    # A verb or participle ends the title ("fans cheered
                    # president ...", "a man named ..."), unless it makes one.
                    and (not low.endswith(("ed", "ing")) or low in _TITLE_PARTICIPLES)
                )
            )
        ):
            out.append(core)
            lowers += 1
        else:
            break
        # (The walk also ends after tokens[0], which may be cut by the window.)
        if not plain and _starts_clause(tok):
            break
    while out and out[-1].lower() in ("of", "the"):
        out.pop()
    # Lower-case words at the start count when they are role nouns, or one
    # word right before a title or role noun ("harbor master", "press
    # secretary", "legal analyst"), unless a verb or participle ("cheered
    # president ...").
    while out and not out[-1][0].isupper() and out[-1].lower() not in _PERSON_NOUNS:
        low = out[-1].lower()
        if (
            len(out) >= 2
            and out[-2].lower() in _TITLE_OR_ROLE
            and out[-1].isalpha()
            and (not low.endswith(("ed", "ing")) or low in _TITLE_PARTICIPLES)
            and low not in _NOT_MODIFIERS
            and (len(out) < 3 or out[-3][0].isupper())
        ):
            break
        out.pop()
    out.reverse()
    return out


@attrs.define(slots=True)
class _Entity:
    """A source being resolved (mutable while an analysis runs)."""

    name: str
    kind: SourceKind
    index: int = -1
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    scanned: set[str] = attrs.Factory(set)
    voted: bool = False
    #: The two people of a source named by coordinated names (``Varga and Reyes``).
    members: tuple[_Entity, ...] = ()
    #: Whether the source is one of such a pair (a one-word name is then a
    #: given name: ``Ada Marsh and her husband, Tom``).
    paired: bool = False

    def freeze(self, made: dict[tuple[int, int], Span] | None = None) -> Person:
        """Return the person, with a span for each mention, in order.

        :param made: Spans already made, by ``(start, end)``: a mention that
            has one (a speaker's, :meth:`Resolver.speaker`) shares it, an
            equal immutable object, rather than making another.
        """
        mentions = sorted(set(self.mentions))
        return Person(  # the fields in order
            self.name,
            self.kind,
            self.title,
            self.role,
            tuple([made[m] if m in made else span(*m) for m in mentions])
            if made
            else tuple(itertools.starmap(span, mentions)),
        )


Entity = _Entity


class _Form(NamedTuple):
    """A form of a name as the article writes it, with the title before it."""

    name: list[str]
    title: list[str]
    gender: str | None


#: What may come before a name: a space, a bracket, a quote, or the start of
#: the text (the empty string: ``flat[pos - 1 : pos]`` is empty only at 0).
_BEFORE_NAME = frozenset(("", " ", "(", '"', "“", "‘"))
_NAME_LEADS = cues.PERSON_NOUNS | cues.TITLE_WORDS | cues.NAME_PARTICLES | frozenset(("of", "the"))


#: A gendered pronoun that refers back to a person: ``Varga said his crews``.
#: It is ``\b(he|his|him|she|her|hers)\b`` written to open with its first
#: letter, ``h`` or ``s``, and look back past it for the word boundary: ``re``
#: then skips ahead to those letters instead of trying every position.
_PRONOUN_RE = re.compile(r"(h(?<!\wh)(?:e(?:rs?)?|i[sm])|s(?<!\ws)he)\b")
#: Where a clause ends for a backward walk: a stop, a semicolon, a colon or a
#: masked quotation (``Varga left; Roe said`` starts again at ``Roe``).
_CLAUSE_END_RE = re.compile(r"[.;:\x01]")


def _pronoun_vote(flat: str, pos: int) -> int:
    """Return +1 if a masculine pronoun follows *pos* in its clause, -1 if feminine.

    The pronoun starts within 50 characters, before any ``.``, ``;``, ``:`` or
    quotation, and ends within 60.
    """
    m = _PRONOUN_RE.search(flat, pos, pos + 60)
    if m is None or m.start() - pos > 50:
        return 0
    if _CLAUSE_END_RE.search(flat, pos, m.start()) is not None:
        return 0
    return 1 if m.group(1) in ("he", "his", "him") else -1


def _name_words(name: Sequence[str]) -> list[str]:
    """Return the words of a name, clean: commas dropped, a final possessive dropped.

    Letters after the name for an office or an honour (``Tom Hale MP``,
    the list ``post_nominals``) are dropped.

    A generational suffix keeps its period (``Tom Reyes Jr.``, ``Ada Marsh
    Sr.``): it is part of the name as written, not the end of a sentence.
    """
    # _trim_right and _core return a word that ends in a letter or digit, or
    # (for _core) is all letters, as it is: the common case skips the call.
    out = [w if w[-1:].isalnum() else _trim_right(w) for w in name]
    while len(out) > 2 and out[-1] in cues.POST_NOMINALS:
        out.pop()  # "Tom Hale MP": letters after the name are none of it
    while len(out) > 2 and _is_place_modifier(out[0]):
        del out[0]  # "Sydney-based Jovy Gill": the place's compound is none of it
    if out:
        last = out[-1]
        if not last.isalpha() and not (len(out) > 1 and last[-1:] == "." and _is_suffix(last)):
            out[-1] = _core(last)
        if "" in out:
            return [w for w in out if w]
    return out


#: The lower-case ends of a compound of a place, a body or a party set before a
#: name: ``Sydney-based Jovy Gill``, ``Dublin-born``, ``Kremlin-backed``,
#: ``Labour-led``; the compound describes the person and is no word of the name.
_MODIFIER_TAILS = frozenset(
    ("based", "born", "bred", "raised", "backed", "owned", "run", "led", "funded", "appointed")
)


def _is_place_modifier(word: str) -> bool:
    """Return whether *word* is a compound such as ``Perth-based`` (:data:`_MODIFIER_TAILS`)."""
    cut = word.rfind("-")
    return cut > 0 and word[:1].isupper() and word[cut + 1 :] in _MODIFIER_TAILS


#: Generational suffixes written with a period after a name: ``Tom Reyes Jr.``.
_SUFFIXES = frozenset(("jr", "sr"))
#: Generational suffixes in roman numerals: ``Tom Reyes III``.
_NUMERAL_SUFFIXES = frozenset(("II", "III", "IV"))
#: A description's name given only in part, right after it: ``who gave his
#: name only as Frank``, ``, identified only as Maria,``, ``, who gave only
#: her first name, Lena,``, ``, known by his nom de guerre Abu Karim,``,
#: ``, who would only be identified by her first name, Lou,``
#: (group 1: the name, one or two capitalised words);
#: a place of up to five words may stand between (``a man at the counter
#: who gave his name only as Frank``), or a relative clause of up to eight
#: words before a second one (``said a ferryman who ran the last crossing,
#: who asked to be identified by his first name, Anselm``: Anselm).
_NAMED_ONLY_AS_RE = re.compile(
    r"(?: (?:at|from|in|on|near|outside|inside|behind|by) (?:[\w'’.-]+ ){0,4}?[\w'’.-]+"
    r"| who (?:[\w'’.-]+ ){0,7}?[\w'’.-]+(?=, who ))?"
    r",? (?:who |and )?(?:"
    r"(?:gave|would give|provided|offered|shared) (?:only )?(?:his|her|their) "
    r"(?:first |last )?name(?: only)?(?: as|,)"
    r"|(?:was |is |asked to be |wanted to be )?identified only as"
    r"|(?:would |wanted to |asked to |agreed to )?(?:only )?be identified (?:only )?"
    r"by (?:his|her|their) (?:first |last )?name(?: only)?,?(?: as)?"
    r"|(?:gave|would give|provided) only (?:his|her|their) (?:first |last )?name,?(?: as)?"
    r"|(?:who is |also |better |widely )?known (?:only )?(?:as|by (?:his|her|the) "
    r"(?:nom de guerre|nickname|alias|pseudonym|first name|name))"
    r") ([A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30})?)(?![\w'’-])"
)
#: A generational suffix right after a surname in the text: `` Jr.``, ``, Sr.``, `` III``.
_SUFFIX_AFTER_RE = re.compile(r",? (?:[JS]r\.|III?|IV)(?![\w.-])")


#: The letters a generational suffix opens with (``Jr.``, ``Sr.``, ``III``,
#: ``IV``, in either case for the first two): any other first letter rules a
#: word out at once.
_SUFFIX_INITIALS = frozenset("JjSsI")


def _is_suffix(word: str) -> bool:
    """Return whether *word* is a generational suffix: ``Jr.``, ``Sr.``, ``III``."""
    if word[:1] not in _SUFFIX_INITIALS:
        return False  # most words: "Reyes", "Marsh"
    return word in _NUMERAL_SUFFIXES or word.rstrip(".,").lower() in _SUFFIXES


def _drop_suffix(words: Sequence[str]) -> Sequence[str]:
    """Return a name without its generational suffix: ``Tom Reyes`` for ``Tom Reyes Jr.``.

    The convention: a suffix follows the surname (``said Tom Reyes Jr.``) and
    later references give the surname alone (``Reyes said``), so a name is
    compared, and known, by the word before its suffix.
    """
    if len(words) > 1 and _is_suffix(words[-1]):
        return words[:-1]
    return words


def _is_name(text: str) -> bool:
    """Return whether a source's name is a full name (``Ed Brookover``).

    A description (``the Republican nominee``) is none, nor is one word, which
    may be a common word that opens a sentence (``Results``), nor words that
    open with an abbreviation (``U.S. Banks``).  A particle inside is part of
    a name (``Amara de Souza``, ``Jan van der Berg``).
    """
    words = text.split()
    return (
        len(words) > 1
        and words[0].replace("-", "").isalpha()  # no "U.S. Banks"
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[1:-1])
    )


def _compatible(short: Sequence[str], full: Sequence[str]) -> bool:
    """Return whether the name *short* can be a form of the name *full*."""
    if not short or not full:
        return False
    bare_short, bare_full = _drop_suffix(short), _drop_suffix(full)
    if (
        bare_short is not short
        and bare_full is not full
        and short[-1].rstrip(".,").lower() != full[-1].rstrip(".,").lower()
    ):
        return False  # "Reyes Jr." is not "Tom Reyes Sr."
    short, full = bare_short, bare_full
    a, b = short[-1], full[-1]
    if a != b and _core(a).lower() != _core(b).lower():
        return False
    if len(short) == 1:
        return True
    a, b = short[0], full[0]
    if a.lower() in _NAME_PARTICLES:
        # A surname with its particles, "de la Cruz" (or "De la Cruz" opening
        # a clause), ends "Rosa de la Cruz".
        n = len(short)
        return len(full) > n and [w.lower() for w in full[-n:]] == [w.lower() for w in short]
    return a == b or _core(a).lower() == _core(b).lower()


def _titled_surname_first(forms: Sequence[_Form]) -> bool:
    """Return whether the article first gives a surname alone after a title.

    Copy names a well-known person at the first reference by a title and the
    surname alone (``President Harlow said on Monday ...``); a full name of the
    surname that the article gives later without the title (``Mira Harlow, the
    first lady,``) is a relative, and the surname alone (``Harlow said``,
    ``President Harlow said``) stays the titled person.  *forms* are the
    article's forms of the surname in the order of the text.
    """
    for form in forms:
        if len(form.name) > 1:
            return False  # a full name first: it is the surname's person
        if form.name and form.title:
            return True
    return False


def _compound_surname(short: Sequence[str], full: Sequence[str], *, titled: bool) -> bool:
    """Return whether the two words *short* are the compound surname that ends *full*.

    Copy calls a person with a compound surname back by both its words:
    ``Ana Garcia Lopez ... "...," Garcia Lopez said``, ``Parish President
    Cynthia Lee Sheng ... Lee Sheng said`` (invented).  The first word is
    no known given name (``Ann Roe`` is not ``Mary Ann Roe``), and the full
    form is a person's: a known given name opens it or a title stands before
    it (*titled*), not an adjective (``French Paris Match``).
    """
    return (
        len(short) == 2
        and len(full) >= 3
        and short[0].lower() not in _GIVEN_NAME_GENDERS
        and (titled or full[0].lower() in _GIVEN_NAME_GENDERS)
        and _core(short[0]).lower() == _core(full[-2]).lower()
        and _core(short[1]).lower() == _core(full[-1]).lower()
    )


def _key(text: str) -> str:
    words = text.lower().split()
    if words and words[0] in cues.DETERMINERS:
        words = words[1:]
    if "'" not in text and "’" not in text:
        return " ".join(words)  # no possessive to strip
    return " ".join([_strip_possessive(w) for w in words])


def _as_written(words: Sequence[str]) -> str:
    """Return a phrase with a leading article in lower case: ``the White House``."""
    text = " ".join(words).rstrip("'’")
    if "," in text and "and" not in words[2:]:  # else no word has a comma to strip
        # A list keeps its commas: "Students, parents and staff".
        text = " ".join([w.rstrip(",") for w in words])
    if words and words[0].lower() in cues.DETERMINERS:
        text = words[0].lower() + text[len(words[0]) :]
    return text


class Resolver:
    """Resolve mentions to sources within one article.

    :param flat: The flat text (see the module docstring).
    :param body: ``(start, end)`` of each body paragraph, in order.
    """

    __slots__ = (
        "_acronyms",
        "_ages",
        "_body_range",
        "_by_key",
        "_companies",
        "_holders",
        "_lead_end",
        "_lower",
        "_name_rules",
        "_names",
        "_near",
        "_only",
        "_role_hits",
        "_scans",
        "_spans",
        "_splits",
        "_starts",
        "_surnames",
        "flat",
        "rule",
        "used",
    )

    def __init__(self, flat: str, body: Sequence[tuple[int, int]]) -> None:
        self.flat = flat
        self._lower: str | None = None
        self.used: list[_Entity] = []
        self._by_key: dict[str, _Entity] = {}
        self._surnames: dict[str, _Entity] = {}
        self._scans: dict[str, tuple[list[tuple[int, int]], list[_Form]]] = {}
        #: The full name each single name opens, or [] (:meth:`_first_word_holder`).
        self._holders: dict[str, list[str]] = {}
        #: The business each single name opens, or None (:meth:`_first_word_company`).
        self._companies: dict[str, str | None] = {}
        #: The person each age is given to (:meth:`_age_holder`), or None.
        self._ages: dict[str, _Entity | None] = {}
        #: The name each acronym spells out before a place (:meth:`_acronym_expansion`).
        self._acronyms: dict[tuple[str, int], list[str] | None] = {}
        self._body_range = (body[0][0], body[-1][1]) if body else (0, 0)
        #: Where the lead, the body's first paragraph, ends.
        self._lead_end = body[0][1] if body else 0
        #: The one organisation each name pattern finds (:meth:`_one_named`), or None.
        self._only: dict[re.Pattern[str], _Entity | None] = {}
        #: Where the body's paragraphs start.
        self._starts = frozenset(start for start, _ in body)
        self._names: dict[tuple[str, ...], _Entity] = {}
        self._name_rules: dict[tuple[str, ...], str] = {}
        #: The name of the rule of :data:`~wireparse.quotations.rules.RESOLVE_RULES`
        #: that decided the last call of ``resolve``.
        self.rule = ""
        self._role_hits: dict[str, list[int]] = {}
        self._near: dict[tuple[int, int], tuple[list[str], str | None] | None] = {}
        self._splits: dict[tuple[str, ...], tuple[list[str], list[str], list[str]]] = {}
        #: The span of each speaker's mention, by ``(start, end)`` (:meth:`speaker`),
        #: which the person's mentions share (:meth:`people`).
        self._spans: dict[tuple[int, int], Span] = {}

    @property
    def lower(self) -> str:
        """The flat text in lower case (made when first asked for: few articles need it)."""
        if self._lower is None:
            low = self.flat.lower()
            if len(low) != len(self.flat):
                # A character whose lower case is longer ("İ" gives "i" and a
                # combining dot) would shift every offset after it: such a
                # character is kept as it is, so offsets into the flat text
                # hold in its lower-case copy.
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.flat)
            self._lower = low
        return self._lower

    def people(self) -> tuple[Person, ...]:
        """Return the sources of speakers so far, in the order first used."""
        made = self._spans
        return tuple([e.freeze(made) for e in self.used])

    def gender_of(self, speaker: Speaker) -> str | None:
        """Return the gender of the person *speaker* names (``None`` if unknown or no person)."""
        index = speaker.person
        if index is None or not 0 <= index < len(self.used):
            return None
        ent = self.used[index]
        return self._gender(ent) if ent.kind is SourceKind.PERSON else None

    def speaker(self, ent: _Entity, mention: Mention, source: str) -> Speaker:
        """Build the speaker for *ent* at *mention*, recording the mention."""
        if ent.index < 0:
            ent.index = len(self.used)
            self.used.append(ent)
        start, end = mention.start, mention.end
        key = (start, end)
        ent.mentions.append(key)
        made = self._spans.get(key)
        if made is None:
            made = self._spans[key] = span(start, end)
        return Speaker(  # the fields in order
            ent.name,
            source[start:end],
            made,
            ent.kind,
            ent.index,
        )

    def _split(self, words: list[str]) -> tuple[list[str], list[str], list[str]]:
        """Return :func:`split_title` of *words* (memoised: an article repeats its names).

        The lists returned are shared: the resolver only reads them.
        """
        key = tuple(words)
        found = self._splits.get(key)
        if found is None:
            found = self._splits[key] = split_title(words)
        return found

    def _entity(self, key: str, name: str, kind: SourceKind) -> _Entity:
        ent = self._by_key.get(key)
        if ent is None:
            ent = _Entity(name=name, kind=kind)
            self._by_key[key] = ent
        return ent

    # -- resolution -----------------------------------------------------

    def resolve(
        self, mention: Mention, antecedents: Iterable[_Entity | None] = ()
    ) -> _Entity | None:
        """Return the source that *mention* names, recording it when new.

        :param antecedents: Candidates for a pronoun, nearest first.
        """
        words = list(mention.words)
        author = _document_author(words) if "from" in words or "by" in words else None
        if author is not None:
            ent = self.resolve(mention._replace(words=tuple(author)), antecedents)
            self.rule = "resolve.document_author"
            return ent
        first = words[0].lower()
        if len(words) == 1 and first in cues.PRONOUNS:
            self.rule = "resolve.pronoun_antecedent"
            return self._pronoun(first, antecedents)
        rest = words[1:] if first in cues.DETERMINERS else words
        if (
            len(words) > 2
            and (
                first in _COUNT_WORDS
                or first in _SHARE_WORDS
                or first == "one"
                or first in _NUMBER_WORDS
            )
            and words[1]
            in (
                "of",
                "the",
            )
        ):
            return self._described(mention, words)  # "Half of the dockers said"
        if mention.rule in _EMPLOYER_RULES and employed(words):
            return self._described(mention, words)  # "analysts at Acme Bank"
        cut = _employer_hop(words) if len(words) > 3 else 0
        if cut:
            # "Sgt Tom Hale of Wexcombe roads policing unit said": the officer.
            words = words[:cut]
        n, hop = _title_after_name([_core(w).lower() for w in words]) if len(words) > 2 else (0, 0)
        if n and all(w[:1].isupper() for w in words[:hop]):
            # "Petra Holm CEO of Harbour Builders Guild": the CEO Petra Holm.
            words = words[n:hop] + words[:n]
            rest = words[1:] if first in cues.DETERMINERS else words
        if not _POSTMODIFIERS.isdisjoint(words) and head_noun(words) in _SOURCE_NOUNS:
            return self._described(mention, words)  # "a source close to Marsh"
        if (
            first in _PARTY_LEADS or (first not in cues.DETERMINERS and not first[:1].isupper())
        ) and head_noun(words) in _PARTY_MEMBERS:
            # "a senior Ohio Republican said", "one Republican with ties to
            # Marsh": one member of a party, described (not a name).
            return self._described(mention, words)
        if _described_by_complement(words) or (len(words) == 1 and first == "another"):
            return self._described(mention, words)  # "the envoy to Norway said"; "Another said"
        if len(rest) == 1 and 2 <= len(rest[0]) <= 6 and _is_acronym(rest[0]):
            spelled = self._acronym_expansion(rest[0], mention.start)
            if spelled is not None:
                # "The National Weather Service warned ... the NWS said".
                text = " ".join(spelled)
                self.rule = "resolve.acronym"
                return self._entity(_key(text), text, SourceKind.ORGANISATION)
        for w in rest:
            if w.isalpha():
                if w[0].isupper():
                    return self._named(mention, words)
            elif _core(w)[:1].isupper() or _is_particle_name(w):
                return self._named(mention, words)
        return self._described(mention, words)

    def _pronoun(self, pronoun: str, antecedents: Iterable[_Entity | None]) -> _Entity | None:
        want = cues.PRONOUNS[pronoun]
        fallback: _Entity | None = None
        looked = 0
        for ent in antecedents:
            if ent is None:
                continue
            if want in ("male", "female"):
                if ent.members:
                    # "Tom Reyes and Jane Roe toured the dock. ... he said":
                    # the one of the pair whose gender is the pronoun's.
                    genders = [self._gender(m) for m in ent.members]
                    fits = [m for m, g in zip(ent.members, genders, strict=True) if g == want]
                    if len(fits) == 1:
                        return fits[0]
                    if not fits and genders.count(None) == 1:
                        # "Dana Reyes and Ben Shah ... she said": the one of
                        # the pair whose gender is not known, when every
                        # other is of the other gender.
                        return self._told(ent.members[genders.index(None)], want)
                    continue
                if ent.kind is not SourceKind.PERSON:
                    continue
                gender = self._gender(ent)
                if gender not in (None, want):
                    continue
                if gender == want or (fallback is None and _is_name(ent.name)):
                    return self._told(ent, want)  # one known to fit, or the nearest name
                # A described antecedent of unknown gender wins unless a nearby
                # one is known to fit ("Mrs Clinton" over "the Republican nominee").
                fallback = fallback or ent
                looked += 1
                if looked >= 3:
                    return self._told(fallback, want)
            elif want == "plural":
                if ent.kind in (SourceKind.GROUP, SourceKind.ORGANISATION):
                    return ent
            elif want == "thing":
                if ent.kind in (SourceKind.ORGANISATION, SourceKind.DOCUMENT):
                    return ent
            else:
                return None
        if fallback is not None and want in ("male", "female"):
            return self._told(fallback, want)
        return fallback

    def _told(self, ent: _Entity, want: str) -> _Entity:
        """Return *ent*, which a ``he`` or ``she`` (*want*) resolved to, its gender now told.

        ``Dana Reyes and Ben Shah voted yes. ¶ "...," she said. ¶ "...," he
        said.``: once a ``she`` is Dana Reyes, a later ``he`` is not.
        """
        if ent.gender is None and ent.kind is SourceKind.PERSON:
            ent.gender = want
            ent.voted = True
        return ent

    def note_gender(self, ent: _Entity, role: Sequence[str]) -> None:
        """Give *ent* the gender its role tells, unless one is known: ``his mother``."""
        if ent.kind is SourceKind.PERSON and ent.gender is None:
            ent.gender = _gender_of(role)

    def gender(self, ent: Entity) -> str | None:
        """Return the gender of a person, if a title, a given name or a pronoun tells it."""
        return self._gender(ent)

    def _gender(self, ent: _Entity) -> str | None:
        """Return the gender of a person.

        It is told by a title or honorific (set when the person is found),
        else by a common given name (``Richard Stickler``), else by the
        pronouns after the person's mentions.
        """
        if ent.gender is None and not ent.voted:
            ent.voted = True
            first, _, rest = ent.name.partition(" ")
            # A one-word name is a given name only in a pair ("Ada Marsh and
            # her husband, Tom"); alone it may be a surname ("Thomas said").
            if rest or ent.paired:
                ent.gender = _GIVEN_NAME_GENDERS.get(first.lower())
                if ent.gender is not None:
                    return ent.gender
            votes = sum([_pronoun_vote(self.flat, end) for _, end in ent.mentions[:12]])
            if votes:
                ent.gender = "male" if votes > 0 else "female"
        return ent.gender

    def _named(self, mention: Mention, words: list[str]) -> _Entity | None:
        """Resolve a mention with capitalised words: a name, a titled name, an organisation."""
        key = tuple(words)
        cached = self._names.get(key)
        if cached is not None:
            self.rule = self._name_rules[key]
            return cached
        ent = self._name_of(mention, words)
        if (
            len(words) == 1
            and ent.kind is SourceKind.PERSON
            and " " not in ent.name
            and self._capital_by_position(words[0])
        ):
            return None  # "Negotiations continued ...", "Snow fell ...": no one's name
        if ent.kind is not SourceKind.PERSON or ent.title is None or ent.name.split()[-1] in key:
            self._names[key] = ent
            self._name_rules[key] = self.rule
        return ent

    def _acronym_expansion(self, acronym: str, before: int) -> list[str] | None:
        """Return the name an acronym abbreviates, spelled out before *before*, if any.

        Copy spells a body's name out at its first mention and may then use
        its initials without having given them in brackets: ``The National
        Weather Service issued a warning. ¶ "...," the NWS said.`` is the
        National Weather Service.  The name is a run of capitalised words
        (``of``, ``and``, ``for``, ``on``, ``the`` between them allowed)
        whose capitals' first letters are the acronym's, the nearest before;
        a run that opens with a known given name is a person's, never
        expanded (``AP`` is not ``Ada Pell``).  Memoised per acronym.
        """
        key = (acronym, before)
        if key in self._acronyms:
            return self._acronyms[key]
        found: list[str] | None = None
        n = len(acronym)
        lo = self._body_range[0]
        for m in _CAPITAL_RUN.finditer(self.flat, lo, before):
            words = m.group().split()
            caps = [k for k, w in enumerate(words) if w[:1].isupper()]
            for first in range(len(caps) - n + 1):
                run = caps[first : first + n]
                if "".join(words[k][0] for k in run) != acronym:
                    continue
                name = words[run[0] : run[-1] + 1]
                if name[0].lower() not in _GIVEN_NAME_GENDERS:
                    found = name
        self._acronyms[key] = found
        return found

    def _given_surname(self, word: str, *, titled: bool = True) -> bool:
        """Whether the article gives *word* as a person's surname: ``Grace Park``.

        The fuller form opens with a known given name or, when *titled*,
        follows a title (``Coun. Lee Park``).
        """
        core = _core(word)
        return core.isalpha() and any(
            len(f.name) > 1
            and (
                (titled and bool(f.title))
                or f.name[0].lower() in _GIVEN_NAME_GENDERS
                or (len(f.name) == 2 and self._described_as_person(f.name))
            )
            for f in self._occurrences(core)[1]
        )

    def _described_as_person(self, name: Sequence[str]) -> bool:
        """Whether the article sets a person's description after *name*, between commas.

        A name whose last word is a place's (``Park``, ``Hill``, ``Field``)
        and whose given name no list holds is a person's when the copy
        describes it as one in apposition: ``Jolene Park, a mother of two
        pupils, said``, ``Quill Hill, 43, said``, ``Tamsin Field, the
        school's cook,``: an age, or an article and a person's noun among
        the next three words.
        """
        flat = self.flat
        lo, hi = self._body_range
        text = " ".join(_core(w) for w in name) + ", "
        pos = flat.find(text, lo, hi)
        while pos >= 0:
            rest = flat[pos + len(text) : pos + len(text) + 60].split(",", 1)[0].split()
            if rest and rest[0].isdigit() and len(rest) == 1 and len(rest[0]) <= 3:
                return True  # an age: "Quill Hill, 43,"
            if (
                rest
                and rest[0].lower() in ("a", "an", "the")
                and any(w.lower() in _PERSON_NOUNS for w in rest[1:4])
            ):
                return True
            pos = flat.find(text, pos + 1, hi)
        return False

    def _surname_written_first(self, word: str) -> bool:
        """Whether the article gives *word* as a surname written first after a title.

        Korean, Chinese and Japanese names in English wire copy (Yonhap,
        Xinhua, Kyodo) put the surname first, and some of those surnames
        are a place's word too: ``Trade Minister Park Sung-ho held talks
        ... "...," Park said`` is Park Sung-ho, not a park.  The full name
        must follow a title where the article writes it
        (:meth:`_first_word_holder` gives it).
        """
        core = _core(word)
        holder = self._first_word_holder(core) if core.isalpha() else None
        return holder is not None and any(
            bool(f.title) and f.name[:1] == [core] for f in self._occurrences(holder[-1])[1]
        )

    def named_in_full(self, word: str) -> bool:
        """Whether the article gives *word* as the surname of a fuller name (``Ada Marsh``)."""
        core = _core(word)
        return core.isalpha() and any(len(f.name) > 1 for f in self._occurrences(core)[1])

    def _capital_by_position(self, word: str) -> bool:
        """Whether *word* is capitalised only because it opens its sentences.

        A word shaped as a plural or a participle (``Negotiations``,
        ``Showers``, ``Recovered``, ``Having``) that the article writes
        capitalised only at the start of a sentence (or of a paragraph),
        never after a lower-case word or a comma, that is no known given
        name, not an acronym, and that the article never gives in a fuller
        form, is a common word (``Negotiations continued``, ``Showers
        continued``), not a person; so is a capital letter alone.  A
        surname of that shape (``Jones``) is named in full somewhere.
        """
        core = _core(word)
        if len(core) == 1:
            return core.isupper()  # a lone initial: "R", "D"
        if (
            not core.isalpha()
            or _is_acronym(core)
            or core.lower() in _GIVEN_NAME_GENDERS
            or not core[:1].isupper()
            or not (
                core.endswith(("ed", "ing"))
                or (core.endswith("s") and not core.endswith(("ss", "us", "is")))
            )
        ):
            return False  # only a plural or a participle is read so
        spans, forms = self._occurrences(core)
        if forms or not spans:
            return False
        flat = self.flat
        for pos, _ in spans:
            if pos in self._starts:
                continue  # a paragraph opens with it
            k = pos - 1
            while k >= 0 and flat[k] == " ":
                k -= 1
            if k >= 0 and flat[k] not in ".!?:":
                return False  # mid-sentence, or after a quotation: a name
        return True

    def _name_of(self, mention: Mention, words: list[str]) -> _Entity:
        """Resolve a named mention that :meth:`_named` has not seen."""
        if "and" in words:
            k = words.index("and")
            if 0 < k < len(words) - 2 and words[k + 1].islower() and words[k - 1][:1].isupper():
                # "Roe and board chair Tom Hale said": a name and a titled name.
                group = self._coordinated(words)
                if group is not None:
                    self.rule = "resolve.coordinated_names"
                    return group
        det = words[0].lower() in cues.DETERMINERS
        if det and len(words) == 3 and words[1].lower() in _GENERATIONS:
            kin = self._of_generation(words[1].lower(), _core(words[2]))
            if kin is not None:
                self.rule = "resolve.name_form"
                return kin
        tail = words[-1]
        last = (tail if tail.isalpha() else _core(tail)).lower()
        honorifics, title, name = self._split(words)
        # A place and a force or club in capitals is an organisation, never a
        # person: "Ottawa RCMP", "Miami PD", "Prince Albert RCMP" (not a
        # person's letters after the name, "Ada Marsh MP", nor "Tom Hale III").
        acronym = (
            len(words) > 1
            and _is_acronym(tail)
            and tail not in cues.POST_NOMINALS
            and tail not in _NUMERAL_SUFFIXES
        )
        organisation = (
            det
            or acronym
            or last in cues.ORG_TAIL_WORDS
            # "Cedar Park", "Grove Hill": a place by its last word, unless a
            # given name opens it as a person's name ("June Park", "Grace
            # Hill", after a calling in capitals: "Librarian June Park").
            or (
                last in cues.PLACE_TAIL_WORDS
                and not (
                    not det
                    and last not in cues.ORG_TAIL_WORDS
                    and len(name) == 2
                    and name[0].lower() in _GIVEN_NAME_GENDERS
                )
            )
            # "Kestrel Mining", "Brightwater Energy": a business by its last
            # word, unless a given name or a title opens it ("Samantha Power").
            # In lower case the word is no name's: "Federal Reserve Bank of
            # Dallas research".
            or (
                last in _COMPANY_TAILS
                and tail[:1].isupper()
                and len(words) > 1
                and not title
                and not honorifics
                and words[0].lower() not in _GIVEN_NAME_GENDERS
            )
        )
        # "Pemberton's said", "Harrow's Department Stores": a business by its
        # founder's name in the possessive, no person's the article names.
        founder = (
            not det
            and not honorifics
            and words[0][:1].isupper()
            and words[0][-2:] in ("'s", "’s")
            and _is_possessive_word(words[0])
            and not self.named_in_full(words[0])
        )
        if founder and (len(words) == 1 or (last in _COMPANY_TAILS and tail[:1].isupper())):
            organisation = True
        if (
            organisation
            and not det
            and not acronym
            and not title
            and not honorifics
            and last in cues.PLACE_TAIL_WORDS
            and last not in cues.ORG_TAIL_WORDS
            and len(name) == 2
            and self._described_as_person(name)
        ):
            # "Jolene Park, a mother of two, said": a place's word ends a
            # name that the article describes as a person's.
            organisation = False
        if (
            organisation
            and len(words) == 1
            and not det
            and not acronym
            and (
                self._given_surname(words[0], titled=last not in cues.ORG_TAIL_WORDS)
                or self._surname_written_first(words[0])
            )
        ):
            # "Coun. Lee Park ... Park said", "Grace Hill ... Hill said", "Dana
            # Fox ... Fox said": a surname that is also a place's or a
            # company's last word, given with a first name (or, a place's
            # word, after a title).
            organisation = False
        # A name of one institution noun is no person's: "British Transport
        # Police", "the U.S. Attorney's Office", "People's Daily".
        # A single name word that ends an organisation's name is no surname
        # after a title either: "General Motors", "General Dynamics".
        institution = len(name) == 1 and (
            last in cues.ORG_NOUNS or last in cues.GROUP_NOUNS or last in cues.ORG_TAIL_WORDS
        )
        if det and len(words) > 3 and words[1] == "No." and words[2].isdigit():
            # "the No. 2 Democrat", "the No. 3 official": a rank by its
            # number before a role or a party's member describes a person;
            # the one the story named with the rank before is that person.
            ranked = self._ranked_holder(" ".join(words[1:]).lower(), mention.start)
            if ranked is not None:
                self.rule = "resolve.role_noun"
                return ranked
            return self._described(mention, words)
        if (
            det
            and 3 <= len(words) <= 4
            and last in _PARTY_MEMBERS
            and tail[:1].isupper()
            and words[1].isalpha()
            and words[1].islower()
            and all(w.isalpha() for w in words[2:-1])
        ):
            # "the top Republican in the chamber said", "the senior Democrat
            # said": a party's member after an adjective of rank is a
            # description, not a surname "Republican"; the one the story
            # named with it before is that person.
            ranked = self._ranked_holder(" ".join(words[1:]).lower(), mention.start)
            if ranked is not None:
                self.rule = "resolve.role_noun"
                return ranked
            return self._described(mention, words)
        if organisation and name and title and not institution and not acronym:
            # A title word inside an organisation's name is no title: "the
            # Ministry of Foreign Affairs", "the Governor's Office of
            # Emergency Services" (an organisation noun before "of"), "the
            # Portvale Health Services NHS Trust" (a name that ends in an
            # organisation's last word and opens with no given name).
            institution = (
                _org_before_of(words)
                or (founder and len(title) == 1 and last in _COMPANY_TAILS)
                or (
                    det
                    and not honorifics
                    # all one proper name ("the port newspaper Tidewater Gazette"
                    # is a description, then the name)
                    and all(w[:1].isupper() for w in title)
                    and last in cues.ORG_TAIL_WORDS
                    and _core(name[0]).lower() not in _GIVEN_NAME_GENDERS
                    and not _is_initial(name[0])
                )
            )
        if organisation and (institution or acronym or not (name and title)):
            if (
                last in cues.PERSON_NOUNS
                or _party_epithet(words)
                # "the Green candidate for the Nov. 3 vote": a person noun
                # with its complement.
                or (det and "for" in words and head_noun(words) in cues.PERSON_NOUNS)
            ) and not any(_core(w).lower() in cues.ORG_NOUNS for w in words):
                return self._described(mention, words)
            if acronym and len(words) == 2 and words[0] == "the" and last in cues.ORG_NOUNS:
                # "Forward Iowa PAC ran the ads. ¶ "...," the PAC said": an
                # organisation's noun in capitals calls back its name.
                ent = self._organisation_named(last, mention.start)
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.ORGANISATION
            if last in cues.GROUP_NOUNS:
                kind = SourceKind.GROUP
            elif last in cues.DOCUMENT_NOUNS:
                kind = SourceKind.DOCUMENT
            text = _as_written(words)
            self.rule = "resolve.organisation_name"
            return self._entity(_key(text), text, kind)
        if last in cues.GROUP_NOUNS and not honorifics:
            # "Analysts said", "Senate Democrats said": a group, not a person
            # (no one's surname is "Democrats" or "Officials").
            return self._described(mention, words)
        if not name:
            if "and" in words:
                group = self._coordinated(words)
                if group is not None:
                    self.rule = "resolve.coordinated_names"
                    return group
            return self._described(mention, words)
        if title and _core(title[-1]).lower() in cues.ORG_NOUNS:
            # "the regional broadcaster Radio Delta": a named organisation.
            text = " ".join(_name_words(name))
            self.rule = "resolve.organisation_name"
            return self._entity(_key(text), text, SourceKind.ORGANISATION)
        if (
            len(name) == 1
            and not honorifics
            and _given_name_title(title)
            and all(
                # (A form the scan read with the given name counts as none.)
                len(form.name) <= 1 or form.name[0] in _CALLING_GIVEN_NAME_TITLES
                for form in self._occurrences(name[0])[1]
            )
        ):
            # A title stands before a full name ("Dean Ada Marsh"); before a
            # surname alone that the article gives in no fuller form, a title
            # that is also a common given name is the given name: "Dean
            # Johnson, a salesman, said" is Dean Johnson; so is "Major
            # Tillman, a farmer," and "elevator manager King Oduya".
            title, name = title[:-1], [title[-1], *name]
        plain = _name_words(name)
        ent = self._fullest(
            plain,
            _gender_of(honorifics) if honorifics else None,
            compound=not title and mention.rule in _CALLBACK_MENTIONS,
        )
        self.rule = (
            "resolve.organisation_name"
            if ent.kind is not SourceKind.PERSON
            else "resolve.name_form"
            if len(ent.name.split()) > len(plain)
            else "resolve.name_as_written"
        )
        if title and ent.title is None:
            _set_title(ent, title)
        if ent.gender is None and (honorifics or title):  # _gender_of([]) is None
            ent.gender = _gender_of(honorifics + title)
        return ent

    def _of_generation(self, word: str, surname: str) -> _Entity | None:
        """Return which of two people sharing *surname* ``the younger`` or ``the elder`` is.

        ``Town Supervisor Arne Brekke spoke first. His son, Lars Brekke, said
        ... "...," the younger Brekke said.`` (invented): copy tells apart
        two of a family by age.  The younger is the one the article
        introduces by a noun of a younger kin (``his son, Lars Brekke,``;
        ``daughter``, ``grandson``...) or with ``Jr.``, or the one given the
        lower age (``Lars Brekke, 41,``); the elder the other.  Two full
        names of the surname, and one told apart, are needed; else ``None``.
        """
        if not surname.isalpha():
            return None
        names: list[str] = []
        for form in self._occurrences(surname)[1]:
            full = " ".join(_name_words(form.name))
            if len(form.name) > 1 and full.endswith(" " + surname) and full not in names:
                names.append(full)
        if len(names) != 2:
            return None
        flat = self.flat
        lo, hi = self._body_range
        ranks: list[float] = []
        for full in names:
            pos = flat.find(full, lo, hi)
            if pos < 0:
                return None
            kin = _KIN_BEFORE_RE.search(flat, max(lo, pos - 24), pos)
            age = _AGE_AFTER_RE.match(flat, pos + len(full))
            if flat.startswith((" Jr.", ", Jr."), pos + len(full)):
                ranks.append(0.0)
            elif kin is not None:
                ranks.append(0.0 if kin.group(1).lower() in _YOUNGER_KIN else 999.0)
            elif age is not None:
                ranks.append(float(age.group(1)))
            else:
                ranks.append(-1.0)
        if -1.0 in ranks and not (0.0 in ranks or 999.0 in ranks):
            return None
        if ranks[0] == ranks[1]:
            return None
        if -1.0 in ranks:
            # One told apart by kin: the other is of the other generation.
            known = 0 if ranks[0] != -1.0 else 1
            young = known if ranks[known] == 0.0 else 1 - known
        else:
            young = 0 if ranks[0] < ranks[1] else 1
        pick = names[young] if word == "younger" else names[1 - young]
        return self._fullest(pick.split(" "), None)

    def _coordinated(self, words: list[str]) -> _Entity | None:
        """Resolve two names joined by ``and``: ``Varga and Reyes said``.

        Each side must end in a name (a title may stand before it, and a
        plural title before both: ``Presidents Barack Obama and Raul
        Castro``) that resolves to a person; the source is then a group
        named after both, in their fullest forms (``Ilse Varga and Tobias
        Reyes``).  Otherwise ``None``.
        """
        k = words.index("and")
        left = words[:k]
        if len(left) > 1 and left[0].lower()[:-1] in _TITLE_LIKE and left[0].endswith("s"):
            left = left[1:]  # a plural title for both: "Presidents Barack Obama and ..."
        names: list[list[str]] = []
        for part in (left, words[k + 1 :]):
            if not part or not part[-1][:1].isupper():
                return None
            name = self._split(part)[2]
            if not name:
                return None
            names.append(_name_words(name))
        first, second = (self._fullest(name) for name in names)
        if first.kind is not SourceKind.PERSON or second.kind is not SourceKind.PERSON:
            return None
        text = f"{first.name} and {second.name}"
        group = self._entity(_key(text), text, SourceKind.GROUP)
        group.members = (first, second)
        first.paired = second.paired = True
        return group

    def _pair_before(self, at: int) -> _Entity | None:
        """Return the two people the story last named together before *at*.

        ``Jane Roe and Tom Hale lost their home ... "...," the couple said``:
        ``the couple`` (``the pair``, ``the duo``) is the pair of names joined
        by ``and`` nearest before it, when both are people.
        """
        lo = max(self._body_range[0], at - 1500)
        pairs = list(_PAIR_RE.finditer(self.flat, lo, at))
        if not pairs:
            return None
        return self._coordinated(pairs[-1].group().split(" "))

    def _occurrences(self, surname: str) -> tuple[list[tuple[int, int]], list[_Form]]:
        """Return the body occurrences of *surname* and the forms of the name (memoised).

        The forms are read, with their titles, from the first occurrences that
        have capitalised words or a role noun before them: an article gives
        the full name at the first references.
        """
        found = self._scans.get(surname)
        if found is not None:
            return found
        spans: list[tuple[int, int]] = []
        forms: list[_Form] = []
        flat = self.flat
        lo, hi = self._body_range
        n = len(surname)
        room = _CHAINS  # forms still to read: _CHAINS - len(forms)
        pos = flat.find(surname, lo, hi)
        while pos >= 0:
            after = pos + n
            # A whole word: no letter, digit or hyphen after it (the end of
            # the text counts as a space), a space, bracket or quote before.
            nxt = flat[after : after + 1]  # empty at the end of the text
            if not (nxt.isalnum() or nxt == "-") and flat[pos - 1 : pos] in _BEFORE_NAME:
                spans.append((pos, after))
                before = flat[pos - 2] if room and pos > 1 and flat[pos - 1] == " " else ""
                if before.isalpha() or before == ".":
                    prev = word_before(flat, 0, pos - 1)
                    # A capitalised word or a title, role noun or particle
                    # before the surname; after a period only a middle
                    # initial ("Tom J. Marsh"), never an honorific.
                    if (
                        _is_initial(prev)
                        if before == "."
                        else prev[:1].isupper() or prev.lower() in _NAME_LEADS
                    ):
                        hon, title, full = self._split([*chain_before(flat, pos), surname])
                        suffix = _SUFFIX_AFTER_RE.match(flat, after)
                        if suffix is not None and full:
                            # "Tom Reyes Jr. runs the team": the suffix is part of the name.
                            full = [*full, suffix.group().lstrip(", ")]
                        gender = _gender_of(hon + title) if hon or title else None
                        forms.append(_Form(full, title, gender))
                        room -= 1
                if len(spans) == _LOOKUPS:
                    break  # spans grows by one at a time: the old loop test
            pos = flat.find(surname, after, hi)
        if forms and all(len(form.name) <= 1 for form in forms):
            # A surname the article gives in no fuller form: a title before it
            # that is also a given name is the given name ("Major Tillman, a
            # farmer,", "manager King Oduya"), as :meth:`resolve` reads it.
            forms = [
                _Form([form.title[-1], *form.name], form.title[:-1], form.gender)
                if form.name and _given_name_title(form.title)
                else form
                for form in forms
            ]
        self._scans[surname] = (spans, forms)
        return spans, forms

    def _first_word_holder(self, word: str) -> list[str] | None:
        """Return the article's one full name that opens with *word*, if there is one.

        A name written alone that the article gives nowhere as a surname
        but as the first word of one full name is that person: ``Michael
        said`` after ``Michael Stone runs the dock`` (a first name), ``Li
        said`` after ``Li Wei runs the dock`` (a surname written first).
        The word after must be a capitalised name, not a title or the noun
        of an organisation or a place (``Clinton Foundation``, ``Stone
        Bridge``); two different full names (``Michael Stone``, ``Michael
        Hale``) give none.  A surname written first may lead two given
        names (Singaporean, Malaysian and Hong Kong copy): ``Tan said``
        after ``Manpower Minister Tan See Leng`` is Tan See Leng.
        """
        found = self._holders.get(word)
        if found is not None:
            return found or None
        flat = self.flat
        seconds: set[str] = set()
        thirds: set[str] = set()
        n = len(word)
        for pos in self._word_starts(word):
            nxt = flat[pos + n + 1 : pos + n + 60].split(" ", 2)
            core = _core(nxt[0])
            if _holder_word(core):
                seconds.add(core)
                if len(seconds) > 1:
                    break
                # "Tan See Leng": a third word after a second that ends
                # no clause, the same wherever the name is written.
                third = _core(nxt[1]) if len(nxt) > 1 and nxt[0] == core else ""
                thirds.add(third if _holder_word(third) else "")
        holder = [word, *seconds] if len(seconds) == 1 else []
        if holder and len(thirds) == 1 and "" not in thirds:
            holder.extend(thirds)
        self._holders[word] = holder
        return holder or None

    def _word_starts(self, word: str) -> Iterator[int]:
        """Yield where *word* and a space open a word of the body.

        At most :data:`_LOOKUPS` places where they stand are looked at.
        """
        flat = self.flat
        lo, hi = self._body_range
        step = len(word) + 1
        pos = flat.find(word + " ", lo, hi)
        looked = 0
        while pos >= 0 and looked < _LOOKUPS:
            looked += 1
            if pos == lo or not flat[pos - 1].isalnum():
                yield pos
            pos = flat.find(word + " ", pos + step, hi)

    def _first_word_company(self, word: str) -> str | None:
        """Return the article's one business whose name opens with *word*, if any.

        Business copy calls a company back by the first word of its name:
        ``Brightwater said`` after ``Brightwater Energy cut 300 jobs`` is
        Brightwater Energy, not a person.  The name is *word* and one
        capitalised word of the list ``company_tail_words`` (``Energy``,
        ``Airlines``, ``Mining``); two such names (``Brightwater Energy``,
        ``Brightwater Airlines``) give none, and so does a common given name
        (``Grace said``).
        """
        if word in self._companies:
            return self._companies[word]
        self._companies[word] = None
        if word.lower() in _GIVEN_NAME_GENDERS:
            return None
        flat = self.flat
        tails: set[str] = set()
        n = len(word)
        for pos in self._word_starts(word):
            core = _core(flat[pos + n + 1 : pos + n + 40].split(" ", 1)[0])
            if core[:1].isupper() and core.lower() in _COMPANY_TAILS:
                tails.add(core)
                if len(tails) > 1:
                    break
        found = self._companies[word] = f"{word} {tails.pop()}" if len(tails) == 1 else None
        return found

    def _plain_full_name(self, holder: list[str]) -> bool:
        """Whether the article writes *holder* (``Li Wei``) as a name of its own.

        Asked when the article also writes the first word after a title
        (``Vice-Premier Li``): the full name must not end in an acronym
        (``IndiGrid BSE``) and must stand somewhere with no capitalised word
        after it (``Clinton Drops Support for ...`` is a headline in title
        case, not a person).
        """
        if _is_acronym(holder[-1]):
            return False
        flat = self.flat
        lo, hi = self._body_range
        needle = " ".join(holder)
        pos = flat.find(needle, lo, hi)
        while pos >= 0:
            after = flat[pos + len(needle) : pos + len(needle) + 6].lstrip(" ")
            if not after[:1].isupper() and not (
                # Three capitalised words before "for" or "to" read as a
                # headline in title case: "Clinton Drops Support for ...".
                len(holder) > 2 and after.split(" ", 1)[0] in _TITLE_CASE_SMALL_WORDS
            ):
                return True
            pos = flat.find(needle, pos + 1, hi)
        return False

    def _fullest(
        self, name: list[str], want: str | None = None, *, compound: bool = False
    ) -> _Entity:
        """Return the source with the fullest form of *name* that the article gives.

        :param want: The gender an honorific before the name tells
            (``resolve.name_form``): ``Mr. Marsh`` is never the article's
            ``Ada Marsh`` when it also names ``Tom Marsh``, nor ``Mrs.
            Marsh`` its ``Tom Marsh``.
        :param compound: Whether *name*, two words, may be the compound
            surname of a fuller name (:func:`_compound_surname`): a cue's
            subject written alone, not a name introduced after a role.
        """
        surname = _drop_suffix(name)[-1]
        skey = surname.lower()
        known = self._surnames.get(skey)
        if (
            known is not None
            and _compatible(name, known.name.split())
            and (want is None or _gender_fits(want, self._gender(known), known.name.split()))
        ):
            return known
        best: list[str] = list(name)
        best_title: list[str] = []
        gender: str | None = None
        first: list[str] | None = None  # the first full form the article gives
        spans, forms = self._occurrences(surname)
        # The family's full names: with two (``Edna Farrow``, ``Daniel
        # Farrow``), a surname after an honorific alone (``Mrs Farrow``) may
        # be either, and its gender and honorific go to neither.
        family = {tuple(occ.name) for occ in forms if len(occ.name) > 1}
        titled_first = len(name) == 1 and want is None and _titled_surname_first(forms)
        for occ in forms:
            full = occ.name
            if not full:
                continue
            if len(full) == 1 and len(family) > 1 and (occ.title or occ.gender):
                continue
            if titled_first and len(full) > 1 and not occ.title:
                continue  # "President Harlow ... Mira Harlow": a relative, not the president
            if want is not None:
                seen = self._by_key.get(_key(" ".join(_name_words(full))))
                told = occ.gender or (self._gender(seen) if seen is not None else None)
                if not _gender_fits(want, told, full):
                    continue  # "Mr. Marsh" is not the "Ada Marsh" quoted before
            if first is None and len(full) > 1:
                first = full
            fits = _compatible(name, full) or (
                compound and _compound_surname(name, full, titled=bool(occ.title))
            )
            if fits or _compatible(full, name):
                # A fuller form of the same person, never another person of
                # the surname: "Hale" after "Tom Hale ... his daughter-in-law,
                # Ann Hale" stays the Tom Hale the article introduced first.
                if (
                    len(full) > len(best)
                    and fits
                    and (
                        best is name
                        or _compatible(best, full)
                        or (compound and _compound_surname(best, full, titled=bool(occ.title)))
                    )
                ):
                    best = _name_words(full)
                if occ.title and not best_title:
                    best_title = occ.title
                gender = gender or occ.gender
        if (
            len(best) == 1
            and all(len(occ.name) <= 1 for occ in forms)
            and name[0][:1].isupper()
            and not _is_acronym(name[0])
        ):
            # (An acronym is an organisation's name, never a first name:
            # "GM said" is not the "GM Recalls ..." of a release's title.)
            # A title before the word gives no fuller form: "Vice-Premier Li
            # Wei ... Li said" is Li Wei.
            holder = self._first_word_holder(name[0])
            if holder is not None and forms and not self._plain_full_name(holder):
                # "Clinton Drops Support for ..." is a headline: the two
                # words are tried alone (and fail too: a capital follows).
                two = holder[:2]
                holder = two if len(holder) > 2 and self._plain_full_name(two) else None
            if holder is not None:
                self.rule = "resolve.name_form"
                return self._fullest(holder, want)
            if want is None and not forms:
                company = self._first_word_company(name[0])
                if company is not None:
                    self.rule = "resolve.organisation_name"
                    return self._entity(_key(company), company, SourceKind.ORGANISATION)
        text = " ".join(best)
        kind = SourceKind.PERSON
        if len(best) == 1 and (
            (best[0].isupper() and len(best[0]) > 1) or best[0].lower() in _COUNTRIES
        ):
            kind = SourceKind.ORGANISATION
        elif len(best) == 1 and (
            _is_plural_noun(best[0].lower()) or best[0].lower() in _NUMBER_WORDS
        ):
            kind = SourceKind.GROUP  # "Ministries said", "Twelve said": no one's name
        elif not best_title and self._plural_body(best):
            kind = SourceKind.ORGANISATION  # "Velvet Lantern have denied it"
        ent = self._entity(_key(text), text, kind)
        if surname not in ent.scanned:
            ent.scanned.add(surname)
            ent.mentions.extend(spans)
        if best_title and ent.title is None:
            _set_title(ent, best_title)
        ent.gender = ent.gender or gender
        if (
            kind is SourceKind.PERSON
            and skey not in self._surnames
            and (first is None or _compatible(first, best) or _compatible(best, first))
            and (len(best) == 1 or not _titled_surname_first(forms))
        ):
            # The surname alone stands for the person the article gave it to
            # first (news style names a relative of the same surname by the
            # first name): only that person is its shortcut.
            self._surnames[skey] = ent
        return ent

    def _plural_body(self, name: Sequence[str]) -> bool:
        """Whether the article gives *name* a verb of plural agreement: a body's name.

        British copy gives a company, a band or a club a plural verb, which
        no one person takes: ``Velvet Lantern have denied blocking the
        songs. ¶ "...," they said.`` (invented) is a body, and the ``they``
        after it stands for it.  The name, two capitalised words or more and
        no known given name or initial opening it, stands right before
        ``have``, ``are`` or ``were`` somewhere in the article, opening its
        sentence or its clause, ``the`` perhaps before it; not after another
        word (``Ada Roe and Moth Harbour have`` are two, ``the 2014 soccer
        World Cup have`` is a longer subject's).
        """
        if len(name) < 2 or _core(name[0]).lower() in _GIVEN_NAME_GENDERS:
            return False
        if _is_initial(name[0]) or not all(w[:1].isupper() for w in name):
            return False
        flat = self.flat
        text = " ".join(name)
        for verb in _PLURAL_VERBS:
            at = flat.find(text + verb)
            while at >= 0:
                word = flat[max(0, at - 30) : at].rstrip(" ").rpartition(" ")[2]
                if not word or not word[-1].isalnum() or word.lower() == "the":
                    return True  # "Velvet Lantern have", "Clubs: The Rovers are"
                at = flat.find(text + verb, at + 1)
        return False

    def _described(self, mention: Mention, words: list[str]) -> _Entity:
        """Resolve a described source: ``the secretary of state``, ``police``."""
        if words[0].lower() in cues.INDEFINITES or words[0].lower() == "the":
            named = self._named_only_as(mention)
            if named is not None:
                self.rule = "resolve.named_only_as"
                return named
        text = _as_written(words)
        head = head_noun(words)
        content = [
            (w if w.isalpha() else _core(w)).lower()
            for w in words
            if w.lower() not in cues.DETERMINERS
        ]
        if content == ["carrier"] and words[0].lower() == "the":
            # Aviation copy calls an airline "the carrier": "Cascade Airlines
            # praised its crew. "...," the carrier said." is the airline.
            head, content = "airline", ["airline"]
        if _is_union_local(words):
            # "Local 14 said": a union's local by its number is a body.
            self.rule = "resolve.organisation_name"
            return self._entity(_key(text), text, SourceKind.ORGANISATION)
        if content == ["local"] and words[0].lower() == "the":
            local = self._union_local_before(mention.start)
            if local is not None:
                self.rule = "resolve.role_noun"
                return local
        if (
            head in cues.PERSON_NOUNS
            or (
                # "the sergeant major", "the major": a rank that is no noun of the
                # lists ("Major" also opens "Major sticking points").
                head in cues.RANK_ABBREVIATIONS and words[0].lower() == "the"
            )
            or (
                # "Eighth-grader Ada Roe ... the eighth-grader said": a pupil by
                # the grade the story gave before the name.
                _GRADER_RE.fullmatch(head) is not None
                and not head.endswith("s")
                and words[0].lower() == "the"
            )
        ):
            named = self._own_appositive(mention)
            if named is not None:
                self.rule = "resolve.role_noun"
                return named
            if words[0].lower() not in cues.INDEFINITES:
                qualified = any(w[:1].isupper() for w in words[1:-1])
                ent = self._by_role(content, mention.start, qualified=qualified)
                if words[0].lower() == "the" and len(content) == 1:
                    # "An official of the commission, who asked not to be
                    # named, rejected the claims. "...," the official said.":
                    # the source just introduced, when it is nearer than the
                    # last mention of a named holder of the role.
                    since = -1 if ent is None else self._last_named(ent, mention.start)
                    near = self._introduced(
                        head, mention.start, reach=min(_INTRODUCED_REACH, mention.start - since)
                    )
                    ent = near or ent
                if ent is None and words[0].lower() == "the" and len(content) == 1:
                    ent = self._introduced(head, mention.start)
                if ent is None and len(words) == 2 and head in _SPOUSES.get(words[0].lower(), ()):
                    # "Dale and Annie Greer ... "...," her husband said."
                    ent = self._spouse_in_couple(head, mention.start)
                if ent is None and words[0].lower() == "the" and is_age(content[0]):
                    # "the 45-year-old mother of three": the one holder of the age.
                    ent = self._age_holder(content[0].partition("-")[0])
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.PERSON
        elif head == "another" and len(words) == 1:
            kind = SourceKind.PERSON  # "Another said": one more of the people just quoted
        elif _GRADER_RE.fullmatch(head) is not None and head.endswith("s"):
            kind = SourceKind.GROUP  # "the 12th-graders wrote": pupils by their grade
        elif head in _PARTY_MEMBERS:
            # "the Chicago Democrat said": a legislator by party and place;
            # "one Republican with ties to the board": a person too.
            if words[0].lower() == "the" and len(content) <= 3:
                ent = self._party_holder(head, " ".join(content[:-1]) or None)
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.PERSON
        elif head in cues.GROUP_NOUNS:
            if head in _PAIR_NOUNS and content == [head] and words[0].lower() == "the":
                pair = self._pair_before(mention.start)
                if pair is not None:
                    self.rule = "resolve.role_noun"
                    return pair
            kind = SourceKind.GROUP
        elif head in cues.ORG_NOUNS or content == ["paper"]:
            if content == [head] and words[0].lower() == "the" and head in _NEWSPAPER_NOUNS:
                ent = self._masthead_before(mention.start)
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            if content == [head] and words[0].lower() == "the":
                ent = self._organisation_named(head, mention.start)
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
                if head in cues.DOCUMENT_NOUNS:
                    # A newspaper's noun that is a document's too: "Police
                    # said in a Facebook post ... "...," the post said."
                    ent = self._document_issuer(head, mention.start)
                    if ent is not None:
                        self.rule = "resolve.document_author"
                        return ent
            elif (
                words[0].lower() == "the"
                and 3 <= len(words) <= _TAIL_CALLBACK_WORDS + 1
                and words[-1].lower() == head
                and all(w.islower() for w in words[1:])
            ):
                ent = self._organisation_by_tail(" ".join(words[1:]), mention.start)
                if ent is None and head == "group":
                    ent = self._association_before(mention.start)  # "the trade group"
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.ORGANISATION
        elif head in cues.DOCUMENT_NOUNS:
            if "to" in content[1:]:
                content = content[: content.index("to", 1)]  # "the memo to staff"
            if content == [head] and words[0].lower() in ("the", "that", "this"):
                ent = self._document_issuer(head, mention.start)
                if ent is not None:
                    self.rule = "resolve.document_author"
                    return ent
            ent = self._document_owner(mention)
            if ent is not None:
                self.rule = "resolve.document_author"
                return ent
            kind = SourceKind.DOCUMENT
        elif content[:2] and content[0] == "one" and "of" in content:
            kind = SourceKind.PERSON  # "One of the passengers said": one person
        elif _is_plural_noun(head):
            kind = SourceKind.GROUP  # "the owners said"
        elif content and (
            content[0] in _COUNT_WORDS or content[0] in _SHARE_WORDS or content[0].endswith("%")
        ):
            kind = SourceKind.GROUP  # "most dockers said", "31% of dockers said"
        elif head in _AGE_NOUN_RANGES:
            if words[0].lower() == "the" and len(content) == 1:
                # "Leila, 16, lost a leg ... "...," the teenager said.": the
                # one person the article gives an age of that span.
                ent = self._age_span_holder(*_AGE_NOUN_RANGES[head])
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.PERSON
        elif is_age(head):
            if words[0].lower() == "the" and len(content) == 1:
                ent = self._age_holder(head.partition("-")[0])
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.PERSON  # "the 34-year-old"
        elif (head.endswith(_AGENT_ENDINGS) and words[0].lower() in ("the", "a", "an", "one")) or (
            (words[0].lower() in cues.INDEFINITES or words[0].lower() == "the")
            and _is_agent_noun(head)
        ):
            # A noun of a person's trade or calling that no list holds: "the
            # meteorologist", "a retired neurosurgeon", "the boatman"; the
            # name in commas after it is the person ("a trucker, Ned Hall,").
            named = self._own_appositive(mention)
            if named is not None:
                self.rule = "resolve.role_noun"
                return named
            if words[0].lower() == "the":
                ent = self._by_role(content, mention.start)
                if ent is None and len(content) == 1:
                    ent = self._introduced(head, mention.start)
                if ent is not None:
                    self.rule = "resolve.role_noun"
                    return ent
            kind = SourceKind.PERSON
        else:
            kind = SourceKind.UNKNOWN
        # Each "Another" (and "another official") is one more person: never
        # the same source twice, nor the official quoted before.
        key = (
            _key(text)
            if head != "another" and words[0].lower() != "another"
            else f"another@{mention.start}"
        )
        ent = self._entity(key, text, kind)
        self.rule = "resolve.description"
        if kind is SourceKind.PERSON:
            ent.gender = ent.gender or _gender_of(words)
        return ent

    def _union_local_before(self, at: int) -> _Entity | None:
        """Return the union local named nearest before *at*, for ``the local``.

        Labour copy names a union's branch by its union's name in capitals
        and ``local`` (``The Harbor Workers local that represents the crews
        said ...``) or by ``Local`` and its number (``Local 14``), then calls
        it ``the local``: ``"...," the local said.`` is that local.
        """
        lo, _ = self._body_range
        found = None
        for m in _NAMED_LOCAL_RE.finditer(self.flat, lo, at):
            found = m
        if found is None:
            return None
        words = found.group().split()
        if words[0] == "The":
            words = ["the", *words[1:]]
        elif words[-1] == "local":
            words = ["the", *words]
        text = " ".join(words)
        return self._entity(_key(text), text, SourceKind.ORGANISATION)

    def _last_named(self, ent: _Entity, at: int) -> int:
        """Return where the article last names *ent* (its last word) before *at*, or -1."""
        last = ent.name.rsplit(" ", 1)[-1].lower()
        lo, _ = self._body_range
        return self.lower.rfind(last, lo, at) if len(last) > 1 else -1

    def _introduced(self, noun: str, at: int, reach: int | None = None) -> _Entity | None:
        """Return the unnamed source that ``the`` *noun* calls back, if one was introduced.

        Copy introduces an unnamed source with an indefinite article and
        then calls it by its noun with ``the``: ``An official of the power
        company said the lines were old. "...," the official said.``; ``A
        representative of the firm declined ... "...," the representative
        said.``  The description nearest before *at* whose noun is *noun*
        is that source (when no named person holds the role).  A person
        introduced by whose they are counts too: ``His lawyer said he would
        appeal. "...," the lawyer said.``, ``Her doctor, who asked not to be
        named, ... "...," the doctor said.`` (not ``His lawyer, Tom Reyes,``:
        the named holder is the source).

        :param reach: When given, the introduction must stand at most this
            many characters before *at* (it is then tried before the named
            holders of the role: the source just introduced is the nearer).
        """
        flat = self.flat
        best = -1
        for article in ("a ", "an "):
            for pos in self._hits(article + noun):
                if pos < at and pos > best:
                    best = pos
        for pos in self._hits(noun):
            if pos >= at:
                break
            if pos > best + 2 + len(noun):
                # "A senior administration official ... the official said":
                # words of rank and office may stand between the article
                # and the noun.
                best = max(best, _article_before(self.lower, pos))
        owned, owned_end = -1, -1
        for owner in _POSSESSIVE_INTRODUCERS:
            for pos in self._hits(owner + noun):
                end = pos + len(owner) + len(noun)
                if (
                    best < pos < at
                    and pos > owned
                    # "His lawyer, Tom Reyes, said": the named holder instead.
                    and not (flat[end : end + 2] == ", " and flat[end + 2 : end + 3].isupper())
                ):
                    owned, owned_end = pos, end
        if owned > best and (reach is None or at - owned <= reach):
            # "His lawyer said he would appeal. "...," the lawyer said.": the
            # person the story introduced by whose they are.
            words = self.lower[owned:owned_end].split()
            return self._described(
                Mention(owned, owned_end, tuple(words), "mention.phrase_after"), words
            )
        if best < 0 or (
            reach is not None
            # Within reach, and no appositive of a name ("Tom Reyes, a
            # sophomore, won": the sophomore is Tom Reyes, a holder); a
            # comma after a common noun ends a clause ("left after a
            # dispute over the budget, a White House official said").
            and (at - best > reach or _after_name_comma(flat, best))
        ):
            return None
        found, _ = phrase_after(flat, best, min(len(flat), best + 120))
        if found is None or found.words[0].lower() not in cues.INDEFINITES:
            return None
        words = list(found.words)
        if head_noun(words) != noun:
            return None
        return self._described(found, words)

    def _placed_holder(
        self, content: Sequence[str], synonyms: Sequence[str], at: int
    ) -> _Entity | None:
        """Return the holder of an abbreviated title whom the article places in a role's state.

        US copy names a legislator or governor with an abbreviated title and
        the home state (``Sen. Harold Wexler of Vermont``, ``Sen. Ada Marsh,
        D-Vt.,``) and calls them back by the state and the role: ``"...,"
        the Vermont senator said.`` is Harold Wexler.  The title's one
        holder counts only when the words right after the first full mention
        of the name give that state (``of Vermont``, or a party tag with its
        name or AP abbreviation).

        :param content: The role's words in lower case, the state first
            (``["vermont", "senator"]``).
        :param synonyms: The role's synonyms (``sen``, ``senator``).
        """
        place = " ".join(content[:-1])
        forms = _STATE_FORMS.get(place)
        if forms is None:
            return None
        tags = [place, *(f.lower() for f in forms.split())]
        lower = self.lower
        for abbreviation in synonyms:
            if abbreviation not in cues.ABBREVIATIONS:
                continue
            held = self._role_search(abbreviation, at)
            if held is None or " " not in held.name:
                continue
            pos = self.flat.find(held.name)
            if pos < 0:
                continue
            after = lower[pos + len(held.name) : pos + len(held.name) + 40]
            if after.startswith(f" of {place}") or any(
                after.startswith((f", {p}-{t}", f" ({p}-{t}")) for p in "dri" for t in tags
            ):
                return held
        return None

    def _party_holder(self, party: str, place: str | None) -> _Entity | None:
        """Return the legislator a party-and-place epithet stands for.

        US copy tags a legislator with party and home town or state
        (``Sen. Ada Marsh, D-Chicago,``, ``Rep. Tom Hale (R-Ohio)``) and then
        calls them by it: ``the Chicago Democrat said``.  The one person
        tagged with that party and that place is the source; two, or none,
        give none (``the Democrat`` alone may be anyone of the party).

        :param party: ``democrat``, ``republican`` or ``independent``.
        :param place: The epithet's place in lower case, or ``None``.
        """
        if place is None:
            return None
        letter = party[0].upper() + "-"
        flat = self.flat
        lower = self.lower
        lo, hi = self._body_range
        # The tag may abbreviate the state the epithet spells out: "D-Ore."
        # or "D-OR" for "the Oregon Democrat".
        forms = (place, *(f.lower() for f in _STATE_FORMS.get(place, "").split()))
        placed: dict[str, list[str]] = {}
        pos = flat.find(letter, lo, hi)
        while pos > lo:
            before = flat[pos - 2 : pos]
            if (before == ", " or before.endswith("(")) and any(
                lower.startswith(form, pos + 2)
                and not lower[pos + 2 + len(form) : pos + 3 + len(form)].isalpha()
                for form in forms
            ):
                at = pos - 2 if before == ", " else pos - (2 if before == " (" else 1)
                _, _, name = self._split(chain_before(flat, at))
                if len(name) >= 2:
                    placed[name[-1]] = name
            pos = flat.find(letter, pos + 2, hi)
        if len(placed) != 1:
            return None
        return self._fullest(_name_words(next(iter(placed.values()))))

    def _own_appositive(self, mention: Mention) -> _Entity | None:
        """Return the person a described mention names in apposition right after it.

        ``said the ambassador at the time, Tom Hale.``, ``said a spokesman
        for the board, Ada Marsh, in an email``, ``said the bill's sponsor,
        Rep. Gil Tovar, R-Midland``: a role followed by a comma and a full
        name (two words or more, a title before it allowed, nothing else)
        is that person.  After a description that ends in a capitalised name
        (a place's: ``said a man from Albany, New York``) the words after the
        comma are a person's only when a title or a known given name opens
        them.
        """
        flat = self.flat
        end = mention.end
        if not flat.startswith(", ", end):
            return None
        start = end + 2
        if (
            flat.startswith("the ", start)
            and _core(flat[start + 4 : start + 20].split(" ", 1)[0]).lower().rstrip(".")
            in _TITLES_AFTER_THE
        ):
            # "said the pastor of the church, the Rev. Ada Marsh,": a
            # clergy's or a peer's title keeps its article before the name.
            start += 4
        nxt, _ = phrase_after(flat, start, min(len(flat), start + 60))
        if nxt is None:
            return None
        honorifics, title, name = self._split(list(nxt.words))
        if len(honorifics) + len(title) + len(name) != len(nxt.words):
            return None  # "Rep. Gil Tovar" is a titled name; "Acme Bank's Tom Hale" is not one
        if len(name) < 2 and not (
            # "added his wife, Tina": kin are named by the given name alone.
            len(name) == 1
            and not honorifics
            and not title
            and _core(mention.words[-1]).lower() in KIN_NOUNS
            and _core(name[0]).lower() in _GIVEN_NAME_GENDERS
        ):
            return None
        last = _core(name[-1]).lower()
        if last in cues.ORG_TAIL_WORDS or last in _COMPANY_TAILS or last in cues.ORG_NOUNS:
            return None  # "a representative of Acme, Kestrel Mining,": a business
        tail = _core(mention.words[-1])
        if (
            tail[:1].isupper()
            and len(mention.words) > 2
            and not honorifics
            and not title
            and _core(name[0]).lower() not in _GIVEN_NAME_GENDERS
        ):
            # "said a man from Albany, New York": a description that ends in a
            # place's name goes on with its state, no person's name.
            return None
        if (
            tail.islower()
            and (tail in cues.ORG_NOUNS or tail in _COMPANY_NOUNS)
            and not honorifics
            and not title
            and _core(name[0]).lower() not in _GIVEN_NAME_GENDERS
        ):
            # "A representative of the tower company, Summit Wireless,": the
            # name is the company's, unless it reads as a person's (a named
            # organisation takes no name after it: "the Foreign Ministry,
            # Oleg Voloshyn,").
            return None
        ent = self._fullest(_name_words(name))
        return ent if ent.kind is SourceKind.PERSON else None

    def _named_only_as(self, mention: Mention) -> _Entity | None:
        """Return the person a description names only in part right after it.

        Copy describes a passer-by and then gives the part of the name the
        person would give: ``said a man at the counter who gave his name
        only as Frank``, ``a nurse, who was identified only as Maria,``,
        ``one shopper, who gave only her first name, Lena,``; ``the rebels'
        leader, known by his nom de guerre Abu Karim,``.  That name is the
        source (``resolve.named_only_as``).
        """
        flat = self.flat
        end = mention.end
        window = flat[end : end + 70]
        if "only" not in window and "known" not in window and "identified" not in window:
            return None
        found = _NAMED_ONLY_AS_RE.match(flat, end, min(len(flat), end + 120))
        if found is None:
            return None
        words = found.group(1).split()
        if _core(words[0]).lower() in cues.SENTENCE_OPENERS:
            return None
        ent = self._fullest([_core(w) for w in words])
        return ent if ent.kind is SourceKind.PERSON else None

    def _age_span_holder(self, youngest: int, oldest: int) -> _Entity | None:
        """Return the one person the article gives an age from *youngest* to *oldest*.

        Copy gives an age in commas after a name and may then call the
        person by a noun of that age: ``Leila Osei, 16, ... "...," the
        teenager said.``, ``the octogenarian``.  Two people of such ages
        (or one age given to two) give none.
        """
        holders: list[_Entity] = []
        for age in range(youngest, oldest + 1):
            if self.age_given(str(age)):
                ent = self._age_holder(str(age))
                if ent is None:
                    return None  # the age of two people
                if ent not in holders:
                    holders.append(ent)
        return holders[0] if len(holders) == 1 else None

    def age_given(self, age: str) -> bool:
        """Return whether the article gives the age *age* after a name: ``Tom Reyes, 34,``."""
        lo, hi = self._body_range
        return self.flat.find(f", {age},", lo, hi) >= 0

    def _spouse_in_couple(self, noun: str, at: int) -> _Entity | None:
        """Return the spouse that ``his wife`` or ``her husband`` at *at* names in a couple.

        Local and disaster copy names a married couple by their two given
        names and one surname (``Dale and Annie Greer spent the night in
        their car``) and then calls one of them by kin: ``her husband``
        is the man of the couple, ``his wife`` the woman.  The couple is
        the one named nearest before *at*, in the body; each given name
        must be a common one of its gender (the lists ``given_names_male``
        and ``given_names_female``), so the two may not be of one gender.
        """
        want = "male" if noun == "husband" else "female"
        lo, _ = self._body_range
        if " and " not in self.flat[lo:at]:
            return None
        couple = None
        for found in _COUPLE_RE.finditer(self.flat, lo, at):
            couple = found  # the last couple before the noun
        if couple is None:
            return None
        first, second, surname = couple.group(1, 2, 3)
        genders = (_GIVEN_NAME_GENDERS.get(first.lower()), _GIVEN_NAME_GENDERS.get(second.lower()))
        if set(genders) != {"male", "female"}:
            return None
        given = first if genders[0] == want else second
        ent = self._fullest([given, surname])
        return ent if ent.kind is SourceKind.PERSON else None

    def _age_holder(self, age: str) -> _Entity | None:
        """Return the one person the article gives the age *age* after the name (memoised).

        News copy gives an age between commas after a name (``Tom Reyes,
        34, lost his home``) and then calls the person by it: ``the
        34-year-old said`` is Tom Reyes.  Two people of that age give none.
        """
        if age in self._ages:
            return self._ages[age]
        flat = self.flat
        lo, hi = self._body_range
        needle = f", {age},"
        holders: set[tuple[str, ...]] = set()
        holder: list[str] = []
        pos = flat.find(needle, lo, hi)
        looked = 0
        while pos >= 0 and looked < 4:
            looked += 1
            name = _name_words(self._split(chain_before(flat, pos))[2])
            if name and all(w[:1].isupper() for w in name):
                holders.add(tuple(name))
                holder = name
            pos = flat.find(needle, pos + 1, hi)
        ent = self._fullest(holder) if len(holders) == 1 else None
        if ent is not None and ent.kind is not SourceKind.PERSON:
            ent = None
        self._ages[age] = ent
        return ent

    def _by_role(self, content: list[str], at: int, *, qualified: bool = False) -> _Entity | None:
        """Find the named person that a role phrase describes.

        Tries the whole phrase (``secretary of state``), then its last two words
        (``russian president``), then its head noun and the head's synonyms
        (``diplomat`` -> ``secretary``), each as a title before a name or an
        appositive beside one; the occurrence nearest before the mention wins.
        """
        head = content[-1]
        phrases = [" ".join(content)]
        if head not in cues.PERSON_NOUNS:
            role = head_noun(content)
            if role != head and role in cues.PERSON_NOUNS:
                # A role with its complement: "the envoy to Norway" is held by
                # "Tom Hale, the envoy to Norway," or else by the article's
                # envoy; no shorter form of the role is tried.
                phrases.append(" ".join(content[: content.index(role) + 1]))
                for phrase in phrases:
                    found = self._role_search(phrase, at)
                    if found is not None:
                        return found
                return None
        if len(content) > 2:
            phrases.append(" ".join(content[-2:]))
        ranked = _abbreviated_rank(content)
        if ranked is not None:
            phrases.append(ranked)
        synonyms = sorted(cues.ROLE_SYNONYMS.get(head, ()))
        if len(content) > 1:
            # "the New Jersey governor" is "New Jersey Gov. Ada Marsh".
            phrases.extend(" ".join([*content[:-1], s]) for s in synonyms if s != head)
            if head not in ("president", "minister"):
                phrases.append(head)
        # An abbreviated title alone ("Sen. Ada Marsh") is no holder of a role
        # qualified by a name ("the Vermont senator"): its place may differ,
        # unless the article places its holder in that state.
        if qualified and len(content) > 1:
            placed = self._placed_holder(content, synonyms, at)
            if placed is not None:
                return placed
        phrases.extend(s for s in synonyms if not (qualified and s in cues.ABBREVIATIONS))
        seen: set[str] = set()
        # A gendered role ("the congresswoman") picks its holder of that gender.
        want = _GENDERS.get(head)
        for phrase in phrases:
            if phrase in seen:
                continue
            seen.add(phrase)
            # A calling's title that is also a noun of kin ("Sister Ada Marsh
            # ... the nun said") counts only as the title, capitalised before
            # the name, never as kin ("her younger sister, Clodagh,").
            titled = phrase in KIN_NOUNS and head not in KIN_NOUNS
            found = self._role_search(phrase, at, want, titled=titled)
            if found is not None:
                return found
        return None

    def _document_owner(self, mention: Mention) -> _Entity | None:
        """Find the issuer a possessive names before a document: ``the board's statement``.

        ``The harbour board's statement read: "..."``, ``Acme Docks'
        statement said``: the possessor of a document is its issuer, a
        person or an organisation, and the source of what it says.
        """
        text = self.flat[mention.start : mention.end]
        cut = max(text.rfind("'s "), text.rfind("’s "))
        if cut < 0:
            cut = max(text.rfind("s' "), text.rfind("s’ "))
            if cut < 0:
                return None
            cut += 1  # "Acme Docks' statement": the owner keeps its "s"
        owner = text[:cut].split()
        if not owner or owner[0].lower() in cues.PRONOUNS:
            return None
        ent = self.resolve(Mention(mention.start, mention.start + cut, tuple(owner), mention.rule))
        if ent is None or ent.kind not in (SourceKind.ORGANISATION, SourceKind.PERSON):
            return None
        return ent

    def _document_issuer(self, noun: str, at: int) -> _Entity | None:
        """Find who issued the document that ``the`` *noun* stands for (``the statement``).

        A document is a channel: copy names its issuer where it first
        mentions it, then quotes it by the noun alone.  The nearest earlier
        mention of the noun tells the issuer when it reads ``Acme Docks
        issued a statement`` (a verb of issuing, :data:`_ISSUING_VERBS`,
        then ``a``, ``an`` or ``its``; the subject before the verb), ``a
        statement from Acme Docks`` (or ``by``; or, as wire copy writes it,
        ``a statement issued by Acme Docks``, :data:`_ISSUED_BY`) or ``In a statement, Acme
        Docks said`` (also with whom it went to: ``In an email to families,
        the district said``, or when: ``In a statement issued on Friday, the
        district said``), also with a modifier before the noun (``Police
        said in a news release``).  ``"...," the statement said`` is then Acme
        Docks'; ``the release said`` is then police's.
        """
        flat = self.flat
        lo, _ = self._body_range
        hits = self._hits(noun)
        k = bisect.bisect_left(hits, at)
        if k == 0:
            return self._poster(noun, at)
        pos = hits[k - 1]
        end = pos + len(noun)
        if pos <= at < end:
            return None
        found: Mention | None = None
        if flat.startswith((" from ", " by "), end):
            found, _ = phrase_after(flat, flat.index(" ", end + 1) + 1, min(len(flat), end + 160))
        elif flat.startswith(_ISSUED_BY, end):
            # "a statement issued by the port board": the issuer after "by".
            by = flat.index(" by ", end) + 4
            found, _ = phrase_after(flat, by, min(len(flat), by + 160))
        else:
            # The three words before the noun: "[Docks] issued a", "said in a",
            # "put out a", "[.] In a"; one modifier may stand between the
            # article and the noun ("said in a news release").
            before = (" " + flat[max(lo, pos - 60) : pos]).split(" ")[-5:-1]
            if (
                len(before) == 4
                and before[3].isalpha()
                and before[3].lower() not in ("a", "an", "its")
            ):
                # "said in a news release", "said in a Facebook post"
                before = before[:3]
            else:
                before = before[-3:]
            if len(before) == 3 and before[2].lower() in ("a", "an", "its"):
                verb = before[0] if before[1] in ("in", "out", "on") else before[1]
                if verb == "In":
                    comma = end + 2 if flat.startswith(", ", end) else -1
                    if comma < 0:
                        # "In an email to families, the district said": whom
                        # the document went to stands before the comma.
                        addressed = _DOCUMENT_ADDRESSEE.match(
                            flat, end
                        ) or _DOCUMENT_ISSUED_WHEN.match(flat, end)
                        comma = addressed.end() if addressed is not None else -1
                    if comma > 0:  # "In a statement, Acme Docks said"
                        found, _ = phrase_after(flat, comma, min(len(flat), comma + 160))
                elif verb in _ISSUING_VERBS:
                    vpos = flat.rfind(" " + verb + " ", max(lo, pos - 48), pos)
                    if vpos > lo:
                        found, _ = subject_before(flat, max(lo, vpos - 200), vpos)
                elif before[1] == "in":
                    found = self._acting_in_document(pos)
        if found is None or found.words[0].lower() in cues.PRONOUNS:
            if noun in _POST_NOUNS:
                owner = _ACCOUNT_OWNER.match(flat, end)
                if owner is not None:
                    # "A post on the student council's Instagram account":
                    # the account's owner.
                    found, _ = phrase_after(flat, owner.start(1), owner.end(1))
            if found is None or found.words[0].lower() in cues.PRONOUNS:
                # "Ada Marsh wrote on X. ... She deleted the post. "...," the
                # post said.": the post the story brought in first.
                return self._poster(noun, end)
        return self._issuer(found)

    def _issuer(self, found: Mention) -> _Entity | None:
        """Return the source *found* names when it can issue a document, else None.

        A person, an organisation or a group (``Police said in a release``,
        ``Lawyers for two families filed suit``) issues one; a place or a
        document does not.
        """
        ent = self.resolve(found)
        if ent is None or ent.kind not in (
            SourceKind.ORGANISATION,
            SourceKind.PERSON,
            SourceKind.GROUP,
        ):
            return None
        return ent

    def _poster(self, noun: str, at: int) -> _Entity | None:
        """Return who put up the post that ``the post`` at *at* stands for, if a sentence tells.

        Copy says that someone posted on a social network, then quotes the
        post by its noun: ``Councilman Tom Hale posted on Facebook on
        Saturday. The post read: "..."``, ``Ada Marsh wrote on X. "...,"
        the post said.``  The subject of the nearest verb of posting on a
        network (``posted``, ``wrote``, ``shared``, ``published`` or ``put
        up`` and ``on`` and the network, or ``tweeted``), within about three
        sentences before, is the post's author.  Court copy does the same
        with a suit: ``The Harbor Tenants Union sued the city on Wednesday.
        "...," the lawsuit says.`` (``sued``, ``filed suit``, ``filed a
        lawsuit``; ``the suit``, ``the lawsuit``, ``the complaint``, ``the
        filing``) is the plaintiff's.
        """
        if noun in _POST_NOUNS:
            verbs = _POSTED_ON
        elif noun in _SUIT_NOUNS:
            verbs = _SUED
        else:
            return None
        flat = self.flat
        lo, _ = self._body_range
        start = max(lo, at - 400)
        starts = [found.start() for found in verbs.finditer(flat, start, at)]
        if not starts:
            return None
        vpos = starts[-1]
        sent = max(flat.rfind(". ", start, vpos), flat.rfind(MASK + " ", start, vpos))
        found, _ = subject_before(flat, max(start, sent + 2), vpos - 1)
        if found is None or found.words[0].lower() in cues.PRONOUNS:
            return None
        return self._issuer(found)

    def _acting_in_document(self, pos: int) -> Mention | None:
        """Return the subject of the sentence that acts in the document at *pos*, if any.

        Copy says what a party did in a document before quoting the
        document by its noun: ``Prosecutors laid out the charges in a filing
        in federal court. ¶ "...," the filing said.`` is the prosecutors'
        (the phrase opening the sentence, then a verb in the past tense; no
        comma between, and no passive: ``The company was sued in a filing``
        is no filing of the company's).
        """
        flat = self.flat
        lo, _ = self._body_range
        # The sentence opens after a period or a dateline's dash.
        start = max(flat.rfind(". ", max(lo, pos - 160), pos), flat.rfind(" — ", lo, pos))
        if start < 0 and pos - lo > 160:
            return None
        start = lo if start < 0 else start + 2
        if "," in flat[start:pos] or MASK in flat[start:pos]:
            return None
        found, _ = phrase_after(flat, start, pos)
        if found is None:
            return None
        rest = flat[found.end : pos].split(" ", 2)
        verb = rest[1] if len(rest) > 1 and rest[0] == "" else ""
        if not (
            verb.isalpha()
            and verb.islower()
            and verb not in _COPULAS
            and (verb.endswith("ed") or verb in cues.IRREGULAR_PAST)
        ):
            return None
        return found

    def _organisation_named(self, noun: str, at: int) -> _Entity | None:
        """Find the organisation that ``the`` *noun* stands for (``the company``).

        The article names it with the noun, nearest before *at* (else
        after): a name that ends in the noun (``the Harbour Commission``
        ... ``the commission said``), one named before that opens with it
        and ``of`` (``the Bureau of Meteorology`` ... ``the bureau said``) or
        a name beside it between commas
        (``The company, Acme Docks,`` or ``Acme Docks, a shipping
        company,``), also a union local by its number (``The union, Local
        14, said``).
        """
        flat = self.flat
        lead = flat.rfind(". ", max(0, at - 200), at)
        if _NAME_PAIR_RE.search(flat, max(0, at - 200, lead + 2), at) is not None:
            # "Harbor Mart and Delta Foods clashed after the company said":
            # one of the pair its own sentence names; the noun tells not which.
            return None
        hits = self._hits(noun)
        k = bisect.bisect_left(hits, at)
        nearest = hits[k - 1] if k else -1
        for pos in [*reversed(hits[:k]), *hits[k:]][:_LOOKUPS]:
            end = pos + len(noun)
            if pos <= at < end:
                continue
            if flat[pos].isupper():
                words = chain_before(flat, pos)
                if words:
                    text = self._name_with_article(words, pos, end)
                    return self._entity(_key(text), text, SourceKind.ORGANISATION)
                if pos < at and flat.startswith(" of ", end):
                    # A name that opens with the noun, named before: "the
                    # Bureau of Meteorology", "the Office of the Inspector
                    # General" (after the cue, a name ending in the noun is
                    # the likelier: "Duke University", not "the University
                    # of Oklahoma" a story compares it with).
                    at = end + 4 + (4 if flat.startswith("the ", end + 4) else 0)
                    run = _cap_run(flat, at)
                    if run:
                        text = flat[pos:at] + " ".join(_name_words(run))
                        if flat[max(0, pos - 4) : pos] in ("the ", "The "):
                            text = "the " + text
                        return self._entity(_key(text), text, SourceKind.ORGANISATION)
                continue
            if pos < at and flat.startswith(" of ", end) and flat[pos - 4 : pos].lower() == "the ":
                # "The city of Harborton will pay ... "...," the city said": a
                # local government named in lower case by its kind and place.
                run = _cap_run(flat, end + 4)
                if run:
                    text = flat[pos - 4 : end + 4] + " ".join(_name_words(run))
                    text = "the" + text[3:]
                    return self._entity(_key(text), text, SourceKind.ORGANISATION)
            body = self._named_body(pos, end) if pos == nearest else None
            if body is not None:
                return body  # the noun's nearest mention before: "the Brook campaign"
            named = _cap_run(flat, end + 1) if flat.startswith(" ", end) else []
            if named and _core(named[-1]).lower() in cues.ORG_TAIL_WORDS:
                # "e-mail firm Email Systems": a business name after the noun.
                text = " ".join(_name_words(named))
                return self._entity(_key(text), text, SourceKind.ORGANISATION)
            local = _UNION_LOCAL_RE.match(flat, end)
            if local is not None:
                # "The union, Local 14, said": a local by its number.
                text = local.group(1)
                return self._entity(_key(text), text, SourceKind.ORGANISATION)
            near = self._near_at(pos, end)
            if near is not None and near[0]:
                text = " ".join(near[0])
                known = self._by_key.get(_key(text))
                if known is not None and known.kind is SourceKind.PERSON:
                    continue
                return self._entity(_key(text), text, SourceKind.ORGANISATION)
        if noun in _COMPANY_NOUNS:
            return (
                self._incorporated()
                or self._one_business()
                or self._one_by_trade()
                or self._closing_company()
                or self._lead_company()
                or self._subject_company(at)
            )
        if noun == "group":
            return self._association_before(at)
        if noun == "club":
            # "Portvale Rovers sacked their manager. ... "...," the club said":
            # sports copy calls the one club it names back as "the club".
            return self._one_named(_CLUB_RE, trim=True)
        if noun == "agency":
            return self._one_agency()
        if noun == "district":
            # "Portvale City Schools sent students home. ... "...," the
            # district said": the one school district named without the noun.
            return self._one_named(_SCHOOL_DISTRICT_RE, trim=True)
        if noun == "union":
            # "The Harbor Pilots Guild voted to strike. ... "...," the union
            # said": the one union the story names by another word.
            return self._one_named(_UNION_RE, trim=True)
        if noun == "hospital":
            # "St. Brendan Medical Center treated six people. ... "...," the
            # hospital said": the one hospital named without the noun.
            return self._one_named(_HOSPITAL_RE, trim=True)
        if noun == "charity":
            # "The Moorcroft Foundation funds six shelters. ... "...," the
            # charity said": the one charity named by its kind's word.
            return self._one_named(_CHARITY_RE, trim=True)
        return None

    def _association_before(self, at: int) -> _Entity | None:
        """Return the association named nearest before *at*, for ``the group``.

        ``Sales missed the forecast of the National Retail Federation. "...,"
        the trade group said.`` (invented): copy calls a body of members
        back as ``the group``, with its kind in lower case or not (``the
        trade group``, ``the industry group``, ``the advocacy group``): the
        name nearest before, within about six sentences, of one to five
        capitalised words ending in ``Association``, ``Federation``,
        ``Coalition``, ``Alliance``, ``League`` or ``Society``, unless a group
        introduced with ``a group`` stands between (``A group of residents
        marched.``).  Asked when no name ends in ``Group``.
        """
        lo = self._body_range[0]
        last = None
        for m in _ASSOCIATION_RE.finditer(self.flat, max(lo, at - _ASSOCIATION_REACH), at):
            last = m
        if last is None or self.lower.find("a group ", last.end(), at) >= 0:
            return None  # "A group of residents marched ... the group said": theirs
        flat = self.flat
        words = last.group().split(" ")
        while len(words) > 1 and words[0].lower() in _OPENING_WORDS:
            words.pop(0)  # "In the Harbor Growers Association's view"
        text = " ".join(words)
        start = last.end() - len(text)
        if flat[max(0, start - 4) : start] in ("the ", "The "):
            text = "the " + text
        return self._entity(_key(text), text, SourceKind.ORGANISATION)

    def _named_body(self, pos: int, end: int) -> _Entity | None:
        """Return the body that ``the``, a name and the noun at ``[pos, end)`` name.

        US political copy names a campaign or an administration by its
        politician's name and the noun in lower case, then calls it back by
        the noun: ``The Brook campaign responded. "...," the campaign
        said.``, ``the Ward administration``.  The name is one to three
        capitalised words of letters (no title) right after ``the``, or
        before ``'s`` (``Warrender's campaign answered. "...," the campaign
        said.``).
        """
        flat = self.flat
        if pos < 6 or flat[pos - 1] != " ":
            return None
        if flat[pos - 3 : pos - 1] in ("'s", "’s") and flat[pos:end].lower() in _POLITICAL_BODIES:
            # "Warrender's campaign answered. "...," the campaign said.": a
            # politician's body named by the possessive of the name.
            words = chain_before(flat, pos - 3)
            if not 1 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
                return None
            text = flat[pos - 3 - len(" ".join(words)) : end]
            return self._entity(_key(text), text, SourceKind.ORGANISATION)
        if not flat[pos - 2 : pos - 1].isalpha():
            return None
        words = chain_before(flat, pos)
        if not 1 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
            return None
        start = pos - 1 - len(" ".join(words))
        if flat[max(0, start - 4) : start] not in ("the ", "The "):
            return None
        text = self._name_with_article(words, pos, end)
        return self._entity(_key(text), text, SourceKind.ORGANISATION)

    def _organisation_by_tail(self, phrase: str, at: int) -> _Entity | None:
        """Find the organisation whose name ends in *phrase*, called back in lower case.

        Convention: copy names a body in full once and then calls it back by
        the last words of its name in lower case: ``the Millbrook Fire
        Department`` ... ``"Stay away," the fire department said.``; ``the
        Grand County Sheriff's Office`` ... ``the sheriff's office``; ``the
        Portvale Harbor Authority`` ... ``the harbor authority`` (all
        invented).  The name is the one nearest before *at* (else after)
        that writes *phrase* with a capital to each word; with none, the
        words stay a description.

        :param phrase: the words after ``the``, in lower case, ending in an
            organisation's noun (``fire department``).
        :param at: where the mention stands.
        :returns: the organisation, or ``None``.
        """
        flat = self.flat
        hits = self._hits(phrase)
        k = bisect.bisect_left(hits, at)
        for pos in [*reversed(hits[:k]), *hits[k:]][:_LOOKUPS]:
            end = pos + len(phrase)
            if pos <= at < end or not all(w[:1].isupper() for w in flat[pos:end].split(" ")):
                continue
            text = self._name_with_article(chain_before(flat, pos), pos, end)
            return self._entity(_key(text), text, SourceKind.ORGANISATION)
        return None

    def _masthead_before(self, at: int) -> _Entity | None:
        """Return the newspaper that ``the newspaper`` at *at* calls back, if named before.

        Copy that quotes a newspaper names it once and then calls it ``the
        newspaper``, ``the paper`` or ``the daily``: ``The Harbor Times said
        the mayor would quit. "...," the newspaper said.`` (invented).  The
        newspaper is the name nearest before *at* that ends in a masthead's
        word (``_MASTHEAD_RE``), with its ``the`` in lower case, within
        about six sentences; a study brought in between (``a study``, ``a
        paper``, ``published in``) may be ``the paper`` and gives none.
        """
        lo = max(self._body_range[0], at - _MASTHEAD_REACH)
        last = None
        for m in _MASTHEAD_RE.finditer(self.flat, lo, at):
            last = m
        if last is None or _STUDY_RE.search(self.flat, last.end(), at) is not None:
            return None
        words = last.group().split(" ")
        while len(words) > 2 and words[0].lower() in _OPENING_WORDS and words[0].lower() != "the":
            words.pop(0)  # "But the Harbor Times": the name after the opener
        if words[0] in ("The", "the"):
            words[0] = "the"
        text = " ".join(words)
        return self._entity(_key(text), text, SourceKind.ORGANISATION)

    def _name_with_article(self, words: Sequence[str], pos: int, end: int) -> str:
        """The name of a body: *words* read back from *pos*, then the text up to *end*.

        ``the`` opening it, or standing before it, is written in lower case
        (``The Harbour Commission met.`` gives ``the Harbour Commission``).
        """
        flat = self.flat
        text = " ".join([*words, flat[pos:end]])
        start = end - len(text)
        if words and words[0].lower() == "the":
            return "the" + text[3:]
        if flat[max(0, start - 4) : start] in ("the ", "The "):
            return "the " + text
        return text

    def _one_agency(self) -> _Entity | None:
        """Return the story's one public body named by its kind, for ``the agency``.

        ``The National Weather Service issued a warning ... "...," the agency
        said``: the one capitalised name the story gives that ends in
        ``Service``, ``Administration``, ``Bureau``, ``Agency`` or
        ``Authority``; two such names give none.
        """
        return self._one_named(_AGENCY_RE, definite=True)

    def _incorporated(self) -> _Entity | None:
        """Return the article's one company named with a corporate suffix, if there is one.

        ``Acme Docks Inc. was fined ... "...," the company said``: business
        copy names a company in full once, with its suffix (``Inc.``,
        ``Corp.``, ``Ltd``, ``PLC``, ``AG``...), and calls it ``the company``
        or ``the firm`` after; two such companies give none.
        """
        return self._one_named(_INCORPORATED_RE)

    def _one_business(self) -> _Entity | None:
        """Return the article's one business named without a suffix, when none has one.

        ``Kestrel Mining shut its pier. ... "...," the company said``:
        business copy may name a company by its name alone (a name ending in
        a word of the list ``company_tail_words``, written without ``the``)
        and call it back by its kind.  A company named with its suffix
        anywhere in the article (``Acme Docks Inc.``) leaves this to
        :meth:`_incorporated`; two business names give none.
        """
        lo = self._tail_start(_INCORPORATED_TAILS)
        if lo >= 0 and _INCORPORATED_RE.search(self.flat, lo, self._body_range[1]) is not None:
            return None
        return self._one_named(_BUSINESS_RE, trim=True)

    def _one_by_trade(self) -> _Entity | None:
        """Return the article's one business introduced by its trade, when no other is named.

        ``Ferry operator NorthLink cancelled all sailings. ... "...," the
        company said``: business copy introduces a company by a noun of its
        trade (the list ``trade_nouns``: ``operator``, ``chipmaker``,
        ``retailer``; capitalised when it opens a sentence; or ``the`` and
        the noun before the name between commas: ``The processor, Hudson
        Valley Creamery, said``), or by the market's
        words for its stock (``Shares in Pellman Group fell``), and calls it
        back by its kind.  Asked only when no company has a suffix and no
        business name ends in a business word (:meth:`_incorporated`,
        :meth:`_one_business`); two such names give none.  Each noun is
        looked for as a word in the lower-case text, its name read after it
        (memoised).
        """
        if _TRADE_NAME_RE in self._only:
            return self._only[_TRADE_NAME_RE]
        self._only[_TRADE_NAME_RE] = None
        flat, lower = self.flat, self.lower
        lo, hi = self._body_range
        found: dict[str, str] = {}
        needles = [noun + " " for noun in (*_TRADE_NOUNS, *_SHARE_LEADS)]
        # "The processor, Hudson Valley Creamery, said": the noun and the
        # name between commas after it.
        needles += ["the " + noun + ", " for noun in _TRADE_NOUNS]
        for needle in needles:
            pos = lower.find(needle, lo, hi)
            while pos >= 0:
                if pos == lo or not lower[pos - 1].isalnum():
                    m = _TRADE_NAME_RE.match(flat, pos + len(needle), hi)
                    if m is not None and needle[-2] == "," and not flat.startswith(",", m.end()):
                        m = None  # the name's closing comma: "The processor, Ada Roe said"
                    if m is not None:
                        text = m.group().rstrip(",.")  # "... ferry operator NorthLink."
                        found.setdefault(_key(text), text)
                        if len(found) > 1:
                            return None
                pos = lower.find(needle, pos + len(needle), hi)
        if not found:
            return None
        text = next(iter(found.values()))
        ent = self._only[_TRADE_NAME_RE] = self._entity(_key(text), text, SourceKind.ORGANISATION)
        return ent

    def _closing_company(self) -> _Entity | None:
        """Return the business whose sentence ends ``the company said``, when no other is named.

        ``SkyWest Regional will add two daily flights to Denver, the company
        said Tuesday. ... "...," it said.`` (invented): business copy names
        a company as the subject of a sentence and closes it with the
        company's noun and a verb of telling, whatever the name's last word.
        The first such sentence in the body gives the capitalised words that
        open it (after a dateline's dash) and stand before a word in lower
        case, when they are no person's name (a known given name, a title),
        no possessive and no sentence opener.  Asked only when no company
        has a suffix, a business word or a trade noun before its name
        (:meth:`_one_by_trade`).  Memoised.
        """
        if _COMPANY_CLOSING_RE in self._only:
            return self._only[_COMPANY_CLOSING_RE]
        self._only[_COMPANY_CLOSING_RE] = None
        flat = self.flat
        lo, hi = self._body_range
        m = _COMPANY_CLOSING_RE.search(flat, lo, hi)
        if m is None:
            return None
        pos = m.start()
        para = max([s for s in self._starts if s <= pos], default=lo)
        start = max(para, flat.rfind("? ", para, pos) + 2, flat.rfind("! ", para, pos) + 2)
        stop = flat.rfind(". ", start, pos)
        while stop > start and _is_abbreviation(flat[flat.rfind(" ", start, stop) + 1 : stop + 1]):
            stop = flat.rfind(". ", start, stop)  # "between St. George and Denver"
        start = max(start, stop + 2)
        for dash in _LEAD_DASHES:
            at = flat.rfind(dash, para, pos)
            if at >= 0:
                start = max(start, at + len(dash))
        text = self._business_opening(start)
        if text is None:
            return None
        ent = self._only[_COMPANY_CLOSING_RE] = self._entity(
            _key(text), text, SourceKind.ORGANISATION
        )
        return ent

    def _lead_company(self) -> _Entity | None:
        """Return the business the lead names as a subject that owns something (``its``).

        ``Trinity Towers will close its Newton plant in April. ¶ The company
        said ... "...," it said.`` (invented): a business story opens with
        the company's name as the subject of its first sentence, and
        ``its`` later in that sentence tells a body, not a person.  The
        name is read as :meth:`_closing_company` reads one, after the
        dateline, and must not end in a word of a public body or a place
        (lists ``org_nouns``, ``org_tail_words``, ``place_tail_words``:
        ``Newton City Council``).  Asked only when no other company is
        found.  Memoised.
        """
        if _LEAD_DATELINE_RE in self._only:
            return self._only[_LEAD_DATELINE_RE]
        self._only[_LEAD_DATELINE_RE] = None
        flat = self.flat
        lo, hi = self._body_range
        dateline = _LEAD_DATELINE_RE.match(flat, lo, hi)
        start = dateline.end() if dateline is not None else lo
        text = self._business_opening(start)
        if text is None:
            return None
        last = text.rsplit(" ", 1)[-1].lower()
        if last in cues.ORG_TAIL_WORDS or last in cues.PLACE_TAIL_WORDS:
            return None
        stop = flat.find(". ", start, min(hi, start + 400))
        while stop > 0 and _is_abbreviation(flat[flat.rfind(" ", start, stop) + 1 : stop + 1]):
            stop = flat.find(". ", stop + 2, min(hi, start + 400))
        if stop < 0 or flat.find(" its ", start + len(text), stop) < 0:
            return None
        ent = self._only[_LEAD_DATELINE_RE] = self._entity(
            _key(text), text, SourceKind.ORGANISATION
        )
        return ent

    def _subject_company(self, at: int) -> _Entity | None:
        """Return the business named nearest before *at* as a sentence's subject.

        ``Kestrel Financial, which reported results on Monday, fell 4%. The
        bank said ...``; ``Greenvale Disposal, which runs the landfill, said
        it would appeal. "...," the company said.`` (invented): when a story
        names several businesses, or names one by no business word, its noun
        (``the company``, ``the bank``: the list ``company_nouns``) calls
        back the business that last opened a sentence as its subject.  The
        name is read as :meth:`_business_opening` reads one (two to five
        capitalised words before the verb, no person's name), or after a noun
        of its trade (:meth:`_trade_opening`: ``Discount chain ValuMart
        said``), or before a
        comma and ``which``, the relative of a body, not of a person, in a
        sentence that names no other business (``Kestrel Mining sold its
        pier to Northwind Shipping.`` gives none, and so does a pair: ``Carmaker
        Ostrava and chipmaker Velora signed``); it
        ends in a business word (the list ``company_tail_words``), else
        must stand before ``, which``, and ends in no word of a public body
        or a place (lists ``org_tail_words``, ``place_tail_words``).  Asked
        last, when no other company is found; up to twelve sentences back,
        in the body.
        """
        flat = self.flat
        lo = self._body_range[0]
        starts = sorted(s for s in self._starts if s < at)
        seen = 0
        stop = at
        for para in reversed(starts):
            begin = para
            if para == lo:
                # The lead's dateline: "DETROIT (Wire) — Acme Motors on Tuesday ..."
                for dash in _LEAD_DASHES:
                    cut = flat.find(dash, para, min(stop, para + 80))
                    if cut >= 0:
                        begin = cut + len(dash)
            opens = [begin]
            pos = flat.find(" ", begin, stop)
            while pos >= 0:
                mark = flat[pos - 1 : pos]
                if mark in ('"', "”"):
                    mark = flat[pos - 2 : pos - 1]  # 'Margins come first." Shares fell.'
                if mark in ("?", "!") or (
                    mark == "."
                    and not _is_abbreviation(flat[flat.rfind(" ", begin, pos - 1) + 1 : pos])
                ):
                    opens.append(pos + 1)
                pos = flat.find(" ", pos + 1, stop)
            ends = [*opens[1:], stop]
            stop = para
            for start, end in zip(reversed(opens), reversed(ends), strict=True):
                seen += 1
                if seen > 12:
                    return None
                text = self._company_subject(start)
                if text is not None:
                    rest = start + len(text)
                    if (
                        _BUSINESS_RE.search(flat, rest, end) is not None
                        or _INCORPORATED_RE.search(flat, rest, end) is not None
                    ):
                        # "Kestrel Mining sold its pier to Northwind Shipping.":
                        # two businesses; the noun tells not which.
                        return None
                    return self._entity(_key(text), text, SourceKind.ORGANISATION)
        return None

    def _company_subject(self, start: int) -> str | None:
        """Return the business whose name opens a sentence at *start* (:meth:`_subject_company`)."""
        flat = self.flat
        traded = self._trade_opening(start)
        if traded is not None:
            return traded
        words = _cap_run(flat, start)
        if not 2 <= len(words) <= 5:
            return None
        end = start + len(" ".join(words))
        which = flat.startswith(", which ", end)
        last = words[-1].lower()
        low = words[0].lower()
        if (
            not (which or (flat[end : end + 1] == " " and flat[end + 1 : end + 2].islower()))
            or flat.startswith(_PAIR_JOINS, end)
            or not (which or last in _COMPANY_TAILS)
            or (last not in _COMPANY_TAILS and last in cues.ORG_TAIL_WORDS)
            or last in cues.PLACE_TAIL_WORDS
            or low in _OPENING_WORDS
            or any(w.lower() in _GIVEN_NAME_GENDERS for w in words)
            or any(w.lower().rstrip(".") in _TITLE_OR_HONORIFIC for w in words)
            or not all(w.replace("&", "").isalnum() for w in words)
        ):
            return None
        text = " ".join(words)
        known = self._by_key.get(_key(text))
        if known is not None and known.kind is SourceKind.PERSON:
            return None
        return text

    def _trade_opening(self, start: int) -> str | None:
        """Return the business a noun of its trade introduces at a sentence's start.

        ``Discount chain ValuMart said it had a record season.``,
        ``Chipmaker Velora Semiconductor fell 3%.`` (invented): a noun of the
        list ``trade_nouns`` among the sentence's first three words, right
        before one to three capitalised words and the verb in lower case.
        """
        flat = self.flat
        head = flat[start : start + 40].lower().split(" ", 3)[:3]
        at = start
        for word in head:
            if word in _TRADE_NOUN_SET:
                m = _TRADE_NAME_RE.match(flat, at + len(word) + 1)
                if m is None:
                    return None
                after = flat[m.end() : m.end() + 5]
                if after[:1] != " " or not after[1:2].islower() or after.startswith(_PAIR_JOINS):
                    return None  # "Carmaker Ostrava and chipmaker Velora signed": two
                return m.group()
            if not word.isalpha():
                return None
            at += len(word) + 1
        return None

    def _business_opening(self, start: int) -> str | None:
        """Return the name of a business that opens a sentence at *start*, or ``None``.

        One to five capitalised words before a word in lower case (the
        verb), no person's name (a known given name, a title), no
        possessive and no sentence opener: ``SkyWest Regional will``; not
        before the noun of a group or a person (``Dairy farmers poured``).
        """
        flat = self.flat
        words = _cap_run(flat, start)
        if not 1 <= len(words) <= 5:
            return None
        end = start + len(" ".join(words))
        low = words[0].lower()
        if (
            flat[end : end + 1] != " "
            or not flat[end + 1 : end + 2].islower()
            or low in _OPENING_WORDS
            or low in _GIVEN_NAME_GENDERS
            or low.rstrip(".") in _TITLE_OR_HONORIFIC
            or not all(w.replace("&", "").isalnum() for w in words)
        ):
            return None
        noun = flat[end + 1 : end + 30].split(" ", 1)[0].rstrip(",;:.").lower()
        if noun in cues.GROUP_NOUNS or noun in _PERSON_NOUNS or noun[:-1] in _PERSON_NOUNS:
            # A capitalised word before the noun of a group or a person
            # opens the subject, no business's name: "Dairy farmers in
            # Harbor County poured their milk away."
            return None
        return " ".join(words)

    def _one_named(
        self, pattern: re.Pattern[str], *, definite: bool = False, trim: bool = False
    ) -> _Entity | None:
        """Return the organisation behind the one name *pattern* finds in the body (memoised).

        Two different names give none.  With *definite*, the name is written
        after ``the`` (``the National Weather Service``).  With *trim*, the
        words a sentence may open with before the name (``In``, ``But``,
        ``The``: the lists ``sentence_openers`` and ``determiners``) are not
        part of it: ``In Kestrel Mining's case`` names ``Kestrel Mining``.
        """
        if pattern in self._only:
            return self._only[pattern]
        self._only[pattern] = None
        lo, hi = self._body_range
        tails = _NAME_TAILS.get(pattern)
        if tails is not None:
            lo = self._tail_start(tails)
            if lo < 0:
                return None
        found: dict[str, str] = {}
        for m in pattern.finditer(self.flat, lo, hi):
            text = m.group().rstrip(",")
            if ". " in text:
                # "Ferries stopped on Monday. Kestrel Mining shut its pier":
                # the name opens after the sentence's end.
                text = " ".join(_after_sentence_end(text.split(" ")))
            if trim:
                words = text.split(" ")
                while len(words) > 1 and words[0].lower() in _OPENING_WORDS:
                    words.pop(0)
                if len(words) < 2:
                    continue
                text = " ".join(words)
            found.setdefault(_key(text), text)
            if len(found) > 1:
                return None
        if not found:
            return None
        text = next(iter(found.values()))
        if definite:
            first, _, rest = text.partition(" ")
            text = "the " + (rest if first in ("The", "the") else text)
        ent = self._only[pattern] = self._entity(_key(text), text, SourceKind.ORGANISATION)
        return ent

    def _tail_start(self, tails: tuple[str, ...]) -> int:
        """Return where in the body a search for a name ending in one of *tails* may start.

        A pattern that reads capitalised words up to a last word of its own
        (``Acme Docks Inc.``, ``Kestrel Mining``) tries every capital of the
        body, and most bodies hold none of its last words: each of *tails*
        (the word after its space) is looked for with :meth:`str.find`, kept
        where no letter, digit, ``_`` or hyphen follows it, as the pattern
        asks after it.  The first one found, less :data:`_NAME_REACH`,
        is where the pattern's first name can start at the earliest; -1 when
        none is found (no name at all).
        """
        flat = self.flat
        lo, hi = self._body_range
        first = hi
        for tail in tails:
            # Only a place before the first one found so far can lower it.
            stop = min(hi, first - 1 + len(tail))
            pos = flat.find(tail, lo, stop)
            while pos >= 0:
                after = pos + len(tail)
                if after >= hi or not (flat[after].isalnum() or flat[after] in "_-"):
                    first = pos
                    break
                pos = flat.find(tail, pos + 1, stop)
        return max(lo, first - _NAME_REACH) if first < hi else -1

    def _hits(self, phrase: str) -> list[int]:
        """Return where *phrase* stands as whole words in the body (memoised)."""
        hits = self._role_hits.get(phrase)
        if hits is None:
            hits = []
            lower = self.lower
            size = len(lower)
            lo, hi = self._body_range
            pos = lower.find(phrase, lo, hi)
            while pos >= 0 and len(hits) < _LOOKUPS:
                end = pos + len(phrase)
                if (pos == 0 or not lower[pos - 1].isalpha()) and (
                    end >= size or not lower[end].isalpha()
                ):
                    hits.append(pos)
                pos = lower.find(phrase, end, hi)
            self._role_hits[phrase] = hits
        return hits

    def _ranked_holder(self, phrase: str, at: int) -> _Entity | None:
        """Return the person named beside the rank *phrase* before *at*, if any.

        Copy gives a leader's rank by its number beside the name and then
        calls the leader by the rank: ``Sen. Ada Marsh, the No. 2 Democrat in
        the Senate, pushed for a vote. "...," the No. 2 Democrat said.`` is
        Ada Marsh (the occurrence nearest before *at* with a name tied to
        it); so is a rank by an adjective: ``Rep. Carl Dunning, the top
        Republican on the panel, ... "...," the top Republican said.``
        """
        hits = self._hits(phrase)
        for pos in reversed(hits[: bisect.bisect_left(hits, at)]):
            end = pos + len(phrase)
            if self.flat.startswith((" in ", " on "), end):
                # The rank's body up to the appositive's comma: "the No. 2
                # Democrat in the Senate,".
                found = _COMPLEMENT_END.search(self.flat, end, end + 40)
                if found is not None and MASK not in self.flat[end : found.start()]:
                    end = found.start()
            near = self._near_at(pos, end)
            if near is not None:
                return self._tie(near)
        return None

    def _role_search(
        self, phrase: str, at: int, want: str | None = None, *, titled: bool = False
    ) -> _Entity | None:
        """Find the name tied to the occurrence of *phrase* nearest before *at* (else after).

        :param want: The gender a gendered role noun tells (``congresswoman``):
            of a bare title's holders, only those who may be of it count.
        :param titled: Whether only the capitalised occurrences count (a
            title before a name: ``Sister Ada Marsh``).
        """
        hits = self._hits(phrase)
        if titled:
            flat = self.flat
            hits = [pos for pos in hits if flat[pos : pos + 1].isupper()]
        k = bisect.bisect_left(hits, at)
        order = [
            pos
            for pos in [*reversed(hits[:k]), *hits[k:]][:_LOOKUPS]
            if not pos <= at < pos + len(phrase)
        ]
        if " " not in phrase:
            chosen = self._plain_holder(phrase, order, want, at)
            if chosen is not None:
                return self._tie(chosen)
            if phrase in cues.ABBREVIATIONS:
                return None  # an abbreviated title alone: its one holder or none
        for pos in order:
            near = self._near_at(pos, pos + len(phrase))
            if near is not None:
                return self._tie(near)
        return None

    def _near_at(self, pos: int, end: int) -> tuple[list[str], str | None] | None:
        """:meth:`_name_near`, memoised per span."""
        key = (pos, end)
        if key in self._near:
            return self._near[key]
        near = self._near[key] = self._name_near(pos, end)
        return near

    def _tie(self, near: tuple[list[str], str | None]) -> _Entity:
        """Return the source named by *near*, with the role it was found in."""
        ent = self._fullest(near[0])
        if near[1] and ent.role is None:
            ent.role = near[1]
        return ent

    def _plain_holder(
        self, word: str, order: Sequence[int], want: str | None = None, at: int = -1
    ) -> tuple[list[str], str | None] | None:
        """Return the name of the article's holder of the bare title *word*.

        A bare role (``the president``) is the person who holds the bare
        title (``President Ada Marsh``), not one whose title is led by a
        name (``World Bank President Tom Reyes``, ``the French
        president``); when the story gives the bare title to several
        people (``President Marsh`` and, in passing, ``President Hale``),
        it is the one the story names most often; on a tie, the nearest.
        *order* holds the occurrences of *word*, nearest first; *at* is
        where the role noun stands (-1: nowhere in particular).
        """
        found: dict[str, tuple[list[str], str | None]] = {}
        in_lead: set[str] = set()
        here: set[str] = set()
        for pos in order:
            if self._led_by_name(pos):
                continue
            near = self._near_at(pos, pos + len(word))
            if near is not None and near[0] and _gender_fits(want, None, near[0]):
                # ("Rep. Ann Pike ... Rep. Tom Hale ... the congresswoman":
                # only Ann Pike may be a congresswoman.)
                # Keyed by the surname, not a generational suffix after it:
                # "Gen. Tom Hale Jr. ... Hale said ... the general said".
                name = near[0]
                surname = name[-2] if len(name) > 2 and _is_suffix(name[-1]) else name[-1]
                found.setdefault(surname, near)
                if pos < self._lead_end and word in _OFFICE_TITLES:
                    in_lead.add(surname)
                if self._opens_sentence_before(pos, at):
                    here.add(surname)
        if word in cues.ABBREVIATIONS:
            # An abbreviated title ("Sen.", "Gov.") gives the role only to the
            # story's one holder of it, named again: "the senator" is not the
            # one it names once in passing ("Sen. Rand Hale (Ky.) has a
            # video"), nor either of two senators it names.
            if len(found) != 1:
                return None
            # Named once, the holder counts when already quoted: ""...,"
            # Adm. Lena Varga told the committee. ... "...," the admiral
            # replied."
            # Named once in the lead with an office's title, the holder is the
            # story's subject: "Rep. Alma Reyes wants answers. ¶ "...," the
            # congresswoman said."
            # Named once by the title that opens a sentence of the role
            # noun's own paragraph, the holder is the person that paragraph
            # brings in: "Gov. Ada Marsh urged calm. "...," the governor said."
            found = {
                s: n
                for s, n in found.items()
                if len(self._occurrences(s)[0]) >= 2
                or self._quoted(n[0])
                or s in in_lead
                or s in here
            }
        if len(found) < 2:
            return next(iter(found.values()), None)
        counts = {surname: len(self._occurrences(surname)[0]) for surname in found}
        top = max(counts.values())
        return next(near for surname, near in found.items() if counts[surname] == top)

    def _opens_sentence_before(self, pos: int, at: int) -> bool:
        """Whether *pos* opens a sentence of the paragraph that holds *at*, before *at*.

        The title may follow ``The`` (``The Rev. Ada Marsh``).  A sentence
        opens a paragraph or follows a word that ends one (a
        period, not an abbreviation's: ``Gov.``, ``St.``; a question or
        exclamation mark; either before a closing quotation mark).
        """
        if not 0 <= pos < at or any(pos < start <= at for start in self._starts):
            return False
        if self.flat[pos - 4 : pos] == "The ":
            pos -= 4  # "The Rev. Ada Marsh": the article opens the sentence
        if pos in self._starts:
            return True
        prev = word_before(self.flat, 0, pos - 1).rstrip("\"”’'")
        return prev.endswith(("!", "?")) or (
            prev.endswith(".")
            and len(prev) > 2
            and "." not in prev[:-1]
            and prev[:-1].lower() not in cues.ABBREVIATIONS
        )

    def _quoted(self, name: list[str]) -> bool:
        """Whether the person of *name* is already a speaker of the article."""
        ent = self._by_key.get(_key(" ".join(_name_words(name))))
        return ent is not None and ent.index >= 0

    def _led_by_name(self, pos: int) -> bool:
        """Whether the role word at *pos* is led by a capitalised word of a name.

        ``World Bank President``, ``French president``: the word before is
        capitalised and no sentence ends with it (``U.S.``, ``said.`` and
        an initial end with a period and lead no title of their own here).
        """
        flat = self.flat
        if pos < 2 or flat[pos - 1] != " ":
            return False
        prev = word_before(flat, 0, pos - 1)
        # "The Rev. Ada Marsh": an article opening a sentence leads no title.
        return prev[:1].isupper() and prev[-1:].isalpha() and prev != "The"

    def _name_near(self, pos: int, end: int) -> tuple[list[str], str | None] | None:
        """Return the name tied to the role words at ``[pos, end)``, and the role.

        ``Harbor Minister Ilse Varga`` (a name follows the title),
        ``Peskov, Putin's spokesman,`` (the role in apposition after a name)
        or ``Putin's spokesman, Dmitry Peskov,`` (before it).
        """
        flat = self.flat
        if flat.startswith(". ", end):
            last = flat[pos:end].rsplit(" ", 1)[-1]
            if last.lower() in cues.ABBREVIATIONS:
                end += 1  # an abbreviated title: "New Jersey Gov. Ada Marsh"
        if flat.startswith(" ", end):
            end = _past_grade(flat, pos, end)
            words = _cap_run(flat, end + 1)
            if words:
                _, _, name = self._split(words)
                if name and (
                    _core(name[-1]).lower() not in cues.ORG_TAIL_WORDS
                    # "Premier Grace Fox": a given name before a company's word.
                    or (len(name) == 2 and name[0].lower() in _GIVEN_NAME_GENDERS)
                ):
                    return _name_words(name), None
        if flat.startswith(" of ", end) and flat[pos : pos + 1].isupper():
            # A title with its complement before the name: "Speaker of the
            # House Ann Pike", "Deputy Secretary of State Ann Pike".
            at = end + 4 + (4 if flat.startswith("the ", end + 4) else 0)
            run = _cap_run(flat, at)
            if len(run) >= 3 and all(w.isalpha() for w in run):
                cut = next(
                    (k for k in range(1, len(run) - 1) if run[k].lower() in _GIVEN_NAME_GENDERS),
                    len(run) - 2,
                )
                return run[cut:], None
        # Letters after a name (British and Commonwealth copy): "Luke
        # Harrington MP welcomed the decision" holds the role "the MP".
        if (
            flat[pos:end].isupper()
            and flat[pos:end] in cues.POST_NOMINALS
            and flat[pos - 1 : pos] == " "
            and flat[pos - 2 : pos - 1].isalpha()
        ):
            _, _, name = self._split(chain_before(flat, pos - 1))
            if len(name) >= 2:
                return _name_words(name), flat[pos:end]
        # Apposition after a name: "Peskov, Putin's spokesman,", also with
        # the role's complement: "Tom Hale, the envoy to Norway,", or a
        # relative clause: "Bremner Group, the company that makes the bar,".
        comma = flat.rfind(",", max(0, pos - 50), pos)
        close = end
        if flat.startswith(_APPOSITION_COMPLEMENTS, end) or flat.startswith(_ROLE_RELATIVES, end):
            # The complement ends at a comma, or with the sentence ("said
            # Tom Hale, an official with the weather service.").
            found = _COMPLEMENT_END.search(flat, end, end + 60)
            stop = found.start() if found is not None else -1
            if stop > 0 and MASK not in flat[end:stop] and "." not in flat[end:stop]:
                close = stop
        if (
            comma > 0
            and flat.startswith((",", ".", ";"), close)
            and MASK not in flat[comma:pos]
            and "." not in flat[comma:pos]
            and len(between := flat[comma + 1 : pos].split()) <= 4
            # "His wife, Ann Roe, is a lawyer with the clinic.": a copula
            # after the comma gives the role to no name (:meth:`_copula_holder`).
            and not (close != end and between and between[0] in _COPULAS)
        ):
            named_at = comma
            age = _AGE_ASIDE.search(flat, max(0, comma - 8), comma + 1)
            if age is not None:
                named_at = age.start()  # "Lena Voss, 17, a senior,": past the age
            _, _, name = self._split(chain_before(flat, named_at))
            if name:
                stop = flat.find(",", end, end + 60)
                role = flat[comma + 1 : stop if stop > 0 else end].strip()
                return _name_words(name), role
        # Apposition before a name: "Putin's spokesman, Dmitry Peskov,", also
        # after the role's complement when that is a place's or body's name:
        # "the prime minister of Canada, Louise Tremblay," (not "A
        # representative of the tower company, Summit Wireless,").
        if close != end and not flat[flat.find(" ", end + 1) + 1 : close][:1].isupper():
            close = end
        if flat.startswith(", ", close):
            nxt, _ = phrase_after(flat, close + 2, min(len(flat), close + 60))
            if nxt is not None:
                honorifics, _, name = self._split(list(nxt.words))
                # Kin are named by the given name alone: "his wife, Tina,".
                kin = (
                    len(name) == 1
                    and flat[pos:end].lower() in KIN_NOUNS
                    and _core(name[0]).lower() in _GIVEN_NAME_GENDERS
                )
                # An honorific may lead the name: "the Minister of Trade, Mr
                # Kofi Mensah," (West African and South Asian copy).
                if (len(name) >= 2 or kin) and len(honorifics) + len(name) == len(nxt.words):
                    begin = max(flat.rfind(" ", max(0, pos - 40), pos) + 1, pos - 40, 0)
                    return _name_words(name), flat[begin:close].strip()
        return self._copula_holder(pos, end)

    def _copula_holder(self, pos: int, end: int) -> tuple[list[str], str | None] | None:
        """Return the name a copula gives the role words at ``[pos, end)``.

        ``Tom Hale is the county sheriff.``, ``Ada Marsh, who was the
        harbor master, ...``: the name before ``is``, ``was`` or ``became``
        (or before the comma of ``, who is``) holds the role, which may have
        up to three words before its noun (``the county``, ``the new
        deputy``).  The role must end a clause or take a complement
        (``the sheriff of Millbrook``).
        """
        flat = self.flat
        ends = flat.startswith((".", ",", ";", " of ", " at ", " for "), end) or end == len(flat)
        if not ends and not flat.startswith(_APPOINTED_ENDS, end):
            return None
        window = flat[max(0, pos - 60) : pos]
        words = window.split(" ")
        # words[-1] is "" (the space before the role); read back over the
        # article and its modifiers to the verb.
        k = len(words) - 2
        modifiers = 0
        while k >= 1 and words[k].lower() not in _DETERMINERS:
            if not words[k].isalpha() or modifiers == 3:
                return None
            modifiers += 1
            k -= 1
        if k >= 1 and words[k - 1] not in ("is", "was", "became"):
            return self._appointed_holder(pos - sum(len(w) + 1 for w in words[k:]))
        if k < 1 or not ends:
            return None
        at = pos - sum(len(w) + 1 for w in words[k - 1 :])  # the space before the verb
        if flat.endswith(", who", 0, at):
            at -= 5
        name = chain_before(flat, at)
        if not name or MASK in flat[at - 2 : pos]:
            return None
        _, _, name = self._split(name)
        if len(name) < 2:
            return None
        return _name_words(name), None

    def _appointed_holder(self, at: int) -> tuple[list[str], None] | None:
        """Return the person an appointing verb gives the role that starts after *at*.

        ``Delaware Hayes named Mike Ross its new football coach.``, ``The
        board hired Ann Vale as its superintendent`` (invented): the name of
        two words or more between a verb of the list ``appointing_verbs``
        and the role's article (``as`` between them or not) holds the role.
        *at* is the space before the article.
        """
        flat = self.flat
        if flat.endswith(" as", 0, at):
            at -= 3
        name = chain_before(flat, at)
        if len(name) < 2 or MASK in name[0]:
            return None
        start = at - len(" ".join(name))
        verb = flat[max(0, start - 20) : start - 1].rsplit(" ", 1)[-1]
        if verb not in _APPOINTING_VERBS:
            return None
        _, _, plain = self._split(name)
        if len(plain) < 2 or len(plain) != len(name):
            return None
        return _name_words(plain), None


_COUNTRIES = frozenset(
    """
    russia china america britain france germany japan india iran iraq israel syria
    ukraine turkey egypt mexico canada brazil australia pakistan afghanistan korea
    italy spain poland greece cuba venezuela qatar nato opec washington moscow
    beijing london paris berlin tokyo kremlin pentagon tehran kiev kyiv
    """.split()
)
