"""Credit lines: who reported, wrote, edited and helped with a story.

The spellings read by :func:`parse_credit`::

    (Reporting by Jonas Pell; editing by Leonie Farrow)      Reuters
    (Additional reporting by Jane Doe in Paris; Writing by John Roe)
    Associated Press writers Jane Doe and John Roe contributed to this report.
    CNN's Piet Ostrander contributed to this report.
    NBC News' Jane Doe, The Associated Press and Reuters contributed to this report.
    APTN contributor Jane Doe in Lima helped with this story.
    --With assistance from Jane Doe and John Roe.                 Bloomberg
    To contact the reporter on this story: Jane Doe in Oslo at jdoe@bloomberg.net
    Contributing: Jane Doe, The Associated Press                  USA Today
    - Reporting by: Jane Doe                                      dpa
"""

from __future__ import annotations

from typing import Final

import regex

from wireparse.metadata.agencies import canonical_agency, find_agency
from wireparse.metadata.bylines import JOB_TITLE_WORDS, ORG_WORDS, is_person_name
from wireparse.model.metadata import Credit, CreditRole
from wireparse.reading.patterns import lazy_compile

__all__ = ["parse_credit"]

#: The longest text read as a credit, in characters.
CREDIT_MAX_CHARS: Final = 700

# --------------------------------------------------------------------------
# Grammar fragments
# --------------------------------------------------------------------------

#: A role clause: ``Reporting by``, ``editing by``, ``Additional reporting by``,
#: ``Writing by``, ``Compiled by``, dpa's ``Reporting by:``, ``With assistance from``.
ROLE_CLAUSE: Final = lazy_compile(
    r"(?i)[\s\-–—•*]{0,4}(?P<role>additional\s{1,2}reporting|reporting|reported|writing|written"
    r"|editing|edited|compiled|compiling|produced|production|photos?|graphics?"
    r"|(?:with\s{1,2})?(?:additional\s{1,2})?(?:assistance|reporting|contributions?)"
    r"(?=\s{1,2}from)|contributing(?=\s{0,2}:))\s{0,2}(?P<by>by|from)?\s{0,2}(?P<colon>:)?\s{0,2}"
)
#: Where one role clause ends and the next starts inside a list.
#: For example ``Reporting by Ada Finch; editing by Ola Brenner`` and ``..., writing by Ola
#: Brenner``.
CLAUSE_SPLIT: Final = lazy_compile(
    r"\s{0,2};\s{0,2}|,\s{1,2}(?=(?i:additional\s|reporting\s|writing\s|editing\s|compiled\s"
    r"|compiling\s|produced\s|with\sassistance\s)(?i:by|from|reporting))"
)
#: The contributor-line verbs: ``contributed to this report``, ``helped with this story``.
CONTRIBUTED: Final = lazy_compile(
    r"(?i)\s(?:also\s)?(?:contributed|contribute)(?:\s(?:to\s)?(?:this|the)\s"
    r"(?:report|story|article|piece)|\sreporting|\sto\sthis)?\b(?!['’])|\s(?:helped|assisted)\s"
    r"(?:with|in)\s(?:this|the)\s(?:story|report|reporting|article)\b(?!['’])"
)
#: Bloomberg's contact lines.
#: For example ``To contact the reporter on this story: Ada Finch in Oslo at afinch@example.net``.
CONTACT: Final = lazy_compile(
    r"(?i)To\scontact\sthe\s(?P<who>reporters?|editors?)\s(?:on|responsible\sfor)\sthis\s"
    r"(?:story|article)\s?:\s?"
)
#: A credit set in brackets, its inside kept (``(Reporting by Ada Finch)``, ``[Editing by Ola
#: Brenner]``).
_PARENS = lazy_compile(r"^\s{0,4}[(\[]\s?(?P<inner>.*?)\s?[)\]]\s{0,2}\.?\s*$", regex.DOTALL)
#: Dashes and bullets before a credit (``--With assistance from Ada Finch``, ``- Reporting by:
#: ...``).
_LEAD_DASH = lazy_compile(r"^[\s\-–—•*]+")
#: A run of white space, one space in the read credit (``Reporting  by\nAda Finch``).
_SPACE = lazy_compile(r"\s+")
#: Where a list of people splits (``Ada Finch, Ola Brenner and Tomas Weil``, ``Ada Finch & Ola
#: Brenner``).
_LIST_SPLIT = lazy_compile(r"\s{0,2}(?:,\s{1,2}(?:and\s{1,2}|&\s{1,2})?|\s(?:and|&)\s|/)\s{0,2}")
#: A place after a name: ``in Sofia``, ``in Antakya, Turkey``, ``from Lima``.
_PLACE_TAIL = lazy_compile(
    r"\s(?:in|from|at)\s\p{Lu}[\p{L}\p{M}.'’\-]{0,30}(?:\s\p{Lu}[\p{L}\p{M}.'’\-]{0,30}){0,3}"
    r"(?:,\s\p{Lu}[\p{L}\p{M}.'’\-]{1,30}(?=\s*(?:$|;|\)|\sand\s|,)))?"
)
#: An e-mail address after a contact's name, left out of it (``Ada Finch at afinch@example.net``).
_EMAIL = lazy_compile(r"\s?(?:at\s)?\S{1,60}@\S{1,60}")
#: An outlet's possessive before its people (``Examplia News' Ada Finch``, ``CNN's Ada Finch``).
_POSSESSIVE = lazy_compile(r"^(?P<org>.{2,40}?)['’]s?\s")
#: An outlet and its staff noun before the names (``Associated Press writers Ada Finch and Ola
#: Brenner``).
_STAFF_PREFIX = lazy_compile(
    r"^(?P<org>.{2,40}?)\s(?:staff\s)?(?:writers?|reporters?|correspondents?|contributors?"
    r"|producers?|photographers?|journalists?|staff)\s"
)
#: Lower-case words of a title before a contributor's name (``contributor Ada Finch``, ``staff
#: photographer Ada Finch``).
_TITLE_LEAD = lazy_compile(r"^(?:[\p{Ll}][\p{L}.\-]*\s){1,4}")

#: What is left of a possessive once the outlet is cut off (``'s Ada Finch``).
_LEADING_POSSESSIVE = lazy_compile(r"^(?:['’]s?)?\s?")
#: Words before the role proper (``with assistance``, ``additional contributions``).
_ROLE_PREFIX = lazy_compile(r"^with |^additional (?=assistance|contribution)")

_ROLE_NAMES: Final = {
    "additional reporting": "additional reporting",
    "reporting": "reporting",
    "reported": "reporting",
    "writing": "writing",
    "written": "writing",
    "editing": "editing",
    "edited": "editing",
    "compiled": "compiling",
    "compiling": "compiling",
    "produced": "production",
    "production": "production",
    "photo": "production",
    "photos": "production",
    "graphic": "production",
    "graphics": "production",
    "assistance": "assistance",
    "contribution": "contributing",
    "contributions": "contributing",
    "contributing": "contributing",
}


def _clean_item(item: str) -> str:
    item = _EMAIL.sub("", item)
    item = _PLACE_TAIL.sub("", item)
    return item.strip(" .,;:()[]-–—")


def _split_people(text: str) -> tuple[list[str], list[str], str | None]:
    """Split a list into (names, organisations, staff agency)."""
    names: list[str] = []
    orgs: list[str] = []
    staff: str | None = None
    text = _PLACE_TAIL.sub("", _EMAIL.sub(",", text))
    for raw in _LIST_SPLIT.split(text):
        item = _clean_item(raw)
        if not item:
            continue
        agency = canonical_agency(item)
        if agency is not None:
            orgs.append(item)
            continue
        words = item.split()
        if not words:
            continue  # only characters that str.strip keeps and split drops ("\x1f")
        if (
            any(p in ORG_WORDS for w in words[1:] for p in w.casefold().split("-"))
            and all(w[:1].isupper() or w in {"of", "and", "&"} for w in words[1:])
            and not is_person_name(item)
        ):
            orgs.append(item)
            continue
        if words[0].casefold() == "the":
            continue
        found = find_agency(item)
        if found is not None and found.start == 0:
            staff = staff or found.agency
            item = item[found.end :]
            item = _LEADING_POSSESSIVE.sub("", item)
        item = _TITLE_LEAD.sub("", item + " ").strip()
        words = item.split()
        while len(words) > 2 and words[0].casefold() in JOB_TITLE_WORDS:
            words.pop(0)
        item = " ".join(words)
        if is_person_name(item):
            names.append(item)
    return names, orgs, staff


def _role_list(s: str) -> tuple[list[CreditRole], str | None] | None:
    """``Reporting by X; Editing by Y``: the roles, and the house style."""
    clauses = [c for c in CLAUSE_SPLIT.split(s) if c.strip()]
    roles: list[CreditRole] = []
    colon = False
    for clause in clauses:
        m = ROLE_CLAUSE.match(clause)
        if m is None or (m.group("by") is None and m.group("colon") is None):
            if roles:
                names, _, _ = _split_people(clause)
                if names:
                    last = roles[-1]
                    roles[-1] = CreditRole(last.role, last.names + tuple(names), last.text)
                continue
            return None
        colon = colon or m.group("colon") is not None
        key = _SPACE.sub(" ", m.group("role").casefold())
        key = _ROLE_PREFIX.sub("", key)
        role = _ROLE_NAMES.get(key, key)
        names, _, _ = _split_people(clause[m.end() :])
        # The clause as the flat text reads it: str.split's white space (the
        # unit separator "\x1f" too) made one space.
        roles.append(CreditRole(role, tuple(names), " ".join(clause.split())))
    if not roles or not any(r.names for r in roles):
        return None
    kinds = {r.role for r in roles}
    style: str | None = None
    if colon:
        style = "dpa"
    elif kinds == {"assistance"}:
        style = "Bloomberg"
    elif kinds & {"editing", "writing"} or s.lstrip().startswith("("):
        style = "Reuters"
    return roles, style


def parse_credit(text: str) -> Credit | None:
    """Parse a contributor or production credit line.

    :param text: The credit block, possibly in brackets and over several lines.
    :returns: The :class:`~wireparse.Credit`, or ``None`` when *text* is not a credit line
        or names nobody.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > CREDIT_MAX_CHARS:
        return None
    s = _SPACE.sub(" ", text).strip()
    m = _PARENS.match(s)
    bracketed = m is not None
    if m is not None:
        s = m.group("inner")
    s = _LEAD_DASH.sub("", s).rstrip(" .")
    if not s:
        return None
    c = CONTACT.match(s)
    if c is not None:
        who = (
            "reporter contact"
            if c.group("who").casefold().startswith("reporter")
            else ("editor contact")
        )
        names, _, _ = _split_people(s[c.end() :])
        if not names:
            return None
        agency = "Bloomberg" if "@bloomberg" in s.casefold() else None
        return Credit(
            text=text,
            roles=(CreditRole(who, tuple(names), s),),
            agency=agency,
            house_style="Bloomberg",
        )
    if s[:13].casefold().startswith("contributing") and s[12:].lstrip()[:1] == ":":
        names, orgs, listed_staff = _split_people(s[s.index(":") + 1 :])
        if not names and not orgs:
            return None
        return Credit(
            text=text,
            roles=(CreditRole("contributing", tuple(names), s),) if names else (),
            agency=listed_staff if names else None,
            organisations=tuple(orgs),
        )
    listed = _role_list(s)
    if listed is not None:
        roles, style = listed
        if bracketed and style is None:
            style = "Reuters"
        return Credit(text=text, roles=tuple(roles), house_style=style)
    v = CONTRIBUTED.search(s)
    if v is None:
        return None
    who = s[: v.start()].strip(" ,")
    if not who or len(who) > 400:
        return None
    staff: str | None = None
    p = _POSSESSIVE.match(who)
    if p is not None:
        agency = canonical_agency(p.group("org"))
        if agency is not None:
            staff = agency
            who = who[p.end() :]
    if staff is None:
        sp = _STAFF_PREFIX.match(who)
        if sp is not None:
            agency = canonical_agency(sp.group("org"))
            if agency is None:
                found = find_agency(sp.group("org"))
                agency = found.agency if found is not None and found.start == 0 else None
            if agency is not None:
                staff = agency
                who = who[sp.end() :]
    names, orgs, inner_staff = _split_people(who)
    staff = staff or inner_staff
    if not names and not orgs:
        return None
    role = "contributing"
    return Credit(
        text=text,
        roles=(CreditRole(role, tuple(names), s),) if names else (),
        agency=staff if names else None,
        organisations=tuple(orgs),
    )
