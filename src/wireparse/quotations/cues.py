"""Lexicons and patterns for attribution in news copy.

Each constant below is a piece of newsroom grammar, written from style-guide
conventions (AP, Reuters, BBC, CNN) rather than learnt from data: the verbs
that introduce reported speech, the titles that stand before a name, the nouns
that name a role, a group, an organisation or a document, the pronouns that
refer back to a source.  All patterns are compiled once, on first use (the
two cue patterns cost several milliseconds, which ``import wireparse`` does
not pay), and are bounded:
no nested unbounded quantifiers, so every search is linear in its input.  They
use the standard library's :mod:`re`, which runs these literal-led patterns
several times faster than :mod:`regex`.

The words are kept in lower case; the matching code folds case where a rule
says so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wireparse import lexicon
from wireparse.reading.patterns import lazy_compile_re

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ABBREVIATIONS",
    "ADJUNCT_WORDS",
    "BOUNDARY_WORDS",
    "CUE_AT_START_RE",
    "CUE_RE",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "DOCUMENT_VERBS",
    "ELISIONS",
    "END_ABBREVIATIONS",
    "FEMALE_GIVEN_NAMES",
    "FEMALE_WORDS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "INDEFINITES",
    "INVERTIBLE_VERBS",
    "MALE_GIVEN_NAMES",
    "MALE_WORDS",
    "MULTIWORD_CUES",
    "NAME_PARTICLES",
    "NICKNAME_WORDS",
    "OPENING_CUES",
    "ORG_NOUNS",
    "ORG_TAIL_WORDS",
    "PERSON_NOUNS",
    "PLACE_TAIL_WORDS",
    "POLL_NOUNS",
    "PRONOUNS",
    "RANK_ABBREVIATIONS",
    "ROLE_SYNONYMS",
    "SENTENCE_OPENERS",
    "SLOGAN_WORDS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "TITLE_WORDS",
    "UNISEX_GIVEN_NAMES",
    "VERB_PARTICLES",
    "WEAK_VERBS",
    "WORK_NOUNS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs (and verb forms) that introduce reported speech or a sourced claim:
#: ``"...," Varga said``; ``Varga told the council she was "delighted"``.  The
#: past tense dominates wire copy; AP's present tense ("says") is used in
#: running stories and ``The Latest`` digests.
SPEECH_VERBS = lexicon.words("en", "cue_verbs")

#: Verbs that a reporter uses for the writer's own hedging, not a source's
#: words; they count only when a named source is their subject.
WEAK_VERBS = lexicon.words("en", "weak_verbs")

#: Cue verbs that report a document's words only, right after its noun:
#: ``"...," the complaint states``; ``officials in several states said`` has
#: no cue at ``states``.
DOCUMENT_VERBS = lexicon.words("en", "document_verbs")

#: Nouns of an opinion poll: a share of respondents quoted in a sentence
#: whose poll ``found`` it gives the poll's words (``Forty-eight percent
#: said it would "hurt," the poll found``).
POLL_NOUNS = lexicon.words("en", "poll_nouns")

#: Adverb particles that make a weak verb a phrasal verb, not a cue:
#: ``called off the vote``, ``read out the names``, ``thought up a plan``.
VERB_PARTICLES = lexicon.words("en", "verb_particles")

#: Letters after a name for an office or an honour (``Tom Hale MP``): no
#: part of the name.  Written in capitals, compared as written.
POST_NOMINALS = lexicon.words("en", "post_nominals")

#: Irregular past tenses (``met``, ``spoke``, ``took``): after a name, the
#: sentence's verb, as a word in ``-ed`` is.
IRREGULAR_PAST = lexicon.words("en", "irregular_past")

#: Cues of more than one word.
MULTIWORD_CUES = (
    "according to",
    "According to",
    "is quoted as saying",
    "was quoted as saying",
    "were quoted as saying",
    "has been quoted as saying",
    "quoted as saying",
    "in the words of",
    "In the words of",
    "pointed out",
    "points out",
    "went on to say",
    "went on",
    "goes on",
    "shot back",
    "fired back",
    "hit back",
)

#: Adjuncts that belong to a cue as written: ``said in a statement``,
#: ``wrote on Twitter``.
_CUE_ADJUNCT = (
    r"(?: in (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?"
    r"(?:statement|interview|letter|e-?mail|tweet|post|release|speech|address"
    r"|news conference|press conference|briefing|memo|note|op-ed|column|blog post|report"
    r"|filing|post on (?:Twitter|Facebook|Instagram|X))(?![\w-])"
    r"| on (?:Twitter|Facebook|Instagram|X|Truth Social)(?![\w-]))?"
)


#: Letters by how often English words start with them, for :func:`_trie`.
_FIRST_LETTERS = "tasowichpfbdmrlegnuvyjkqzTASOWICHPFBDMRLEGNUVYJKQZ"


def _trie(words: Iterable[str]) -> str:
    """Return a pattern matching any of *words*, factored on common prefixes.

    Python's ``re`` tries the branches of a plain alternation one by one; a
    prefix tree lets it reject most positions after one character.  The
    branches of a node start with different characters, so their order does
    not change what matches: the first level is ordered by how often words
    start with a letter, so that ``re`` finds the branch of a common word soon.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def order(ch: str) -> tuple[int, str]:
        rank = _FIRST_LETTERS.find(ch)
        return (rank if rank >= 0 else len(_FIRST_LETTERS), ch)

    def emit(node: dict[str, dict[str, Any]], top: bool) -> str:
        chars = sorted((ch for ch in node if ch), key=order if top else None)
        branches = [re.escape(ch) + emit(node[ch], False) for ch in chars]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return emit(root, True)


#: Cue verbs that open a sentence, inverted, before their source and the
#: quotation: ``Said Ilse Varga, who chairs the board: "We will build."``;
#: ``Continued Varga: "..."``.  (``Asked`` is left out: ``Asked about the
#: barrier, Varga said`` opens a clause whose subject comes later.)
OPENING_CUES = frozenset(w.capitalize() for w in lexicon.words("en", "opening_cues"))

_CUE_WORDS = _trie(SPEECH_VERBS | frozenset(MULTIWORD_CUES) | OPENING_CUES)

#: One pass over the flat text finds every cue: a speech verb or a multi-word
#: cue after a space, with the adjunct that belongs to it (group 1 is the cue).
#: The leading space is a literal prefix, which lets ``re`` skip ahead fast;
#: the prefix tree rejects a word at its first letter or two, so no lookahead
#: on the first letter goes before it (one measured about 6% more work).
CUE_RE = lazy_compile_re(r" (" + _CUE_WORDS + r"(?![\w’'-])" + _CUE_ADJUNCT + ")")
#: The same, at the very start of the text: a fragment that opens with its cue
#: (``said Varga on Monday``, ``according to the harbour board``).
CUE_AT_START_RE = lazy_compile_re(r"(" + _CUE_WORDS + r"(?![\w’'-])" + _CUE_ADJUNCT + ")")

#: Cues that may stand before their source after a quotation or a comma:
#: ``"...," said Varga``; ``..., said Kofi Brandt, an economist.``
INVERTIBLE_VERBS = lexicon.words("en", "invertible_verbs")

#: Titles and honorifics that stand before a name, capitalised
#: (``Harbor Minister Ilse Varga``, ``Sen. Odile Marsh``), compared in
#: lower case without a final period.
TITLE_WORDS = lexicon.words("en", "titles")

#: Honorifics: part of a mention, not of a person's title.
HONORIFICS = lexicon.words("en", "honorifics")

#: Words that tell a person's gender, for pronoun agreement.
MALE_WORDS = lexicon.words("en", "male_words")
FEMALE_WORDS = lexicon.words("en", "female_words")

#: Common given names of men: they tell a person's gender for pronoun
#: agreement when no title or honorific does (``Richard Stickler`` ... ``he
#: said``).  Names that both men and women bear (``Jordan``, ``Lindsey``,
#: ``Jean``, ``Andrea``, ``Chris``) are in neither this list nor
#: :data:`FEMALE_GIVEN_NAMES` (some are in :data:`UNISEX_GIVEN_NAMES`).
MALE_GIVEN_NAMES = lexicon.words("en", "given_names_male")
#: Common given names of women, read as :data:`MALE_GIVEN_NAMES` is.
FEMALE_GIVEN_NAMES = lexicon.words("en", "given_names_female")
#: Common given names that both men and women bear (``Pat``, ``Chris``):
#: a person's name, of no gender.
UNISEX_GIVEN_NAMES = lexicon.words("en", "given_names_unisex")

#: Nouns that name a person by role: ``the secretary of state``, ``a
#: spokesman``, ``the top American diplomat``.
PERSON_NOUNS = lexicon.words("en", "role_nouns")

#: Plural and collective nouns that name a group as a source: ``police said``,
#: ``US intelligence agencies concluded``.
GROUP_NOUNS = lexicon.words("en", "group_nouns")

#: Head nouns of organisations: ``the White House``, ``the Cabinet Office``.
ORG_NOUNS = lexicon.words("en", "org_nouns")

#: Last words of a capitalised chain that make it an organisation.
ORG_TAIL_WORDS = ORG_NOUNS | lexicon.words("en", "org_tail_words")

#: Last words of a capitalised chain that make it a place.
PLACE_TAIL_WORDS = lexicon.words("en", "place_tail_words")

#: Nouns that name a written or recorded source: ``the plea agreement said``.
DOCUMENT_NOUNS = lexicon.words("en", "document_nouns")

#: Nouns of a recording or an account of someone speaking, before ``of`` and
#: the speaker of a participle: ``Footage of Tom Reyes calling the plan "a
#: disgrace" spread.``
RECORDING_NOUNS = lexicon.words("en", "recording_nouns")

#: Nouns for something said, after the sayer's possessive: ``Varga's pledge
#: to "keep the ferries running"``.
SPEECH_NOUNS = lexicon.words("en", "speech_nouns")

#: Pronouns that can be a source, with what they refer to.
PRONOUNS: dict[str, str] = dict(lexicon.mapping("en", "pronouns"))

#: Determiners and possessives that open a noun phrase.
DETERMINERS = lexicon.words("en", "determiners")

#: Determiners that introduce someone new: ``a federal official`` is not
#: resolved to a person named earlier.
INDEFINITES = lexicon.words("en", "indefinites")

#: Lower-case words that may stand inside a capitalised name.
NAME_PARTICLES = lexicon.words("en", "name_particles")

#: Words that end a noun phrase when scanning for a cue's subject.
BOUNDARY_WORDS = lexicon.words("en", "boundary_words")

#: Adverbs and auxiliaries that may stand between a subject and its cue
#: (``Varga also said``, ``he has said``, ``Reyes later told``).
ADJUNCT_WORDS = lexicon.words("en", "adjunct_words")

#: Capitalised words that open a sentence without being a name.
SENTENCE_OPENERS = lexicon.words("en", "sentence_openers")

#: Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = lexicon.words("en", "abbreviations")

#: Abbreviations that may also end a sentence (``U.S.`` is handled alike):
#: they end one only before a word that usually opens a sentence.
END_ABBREVIATIONS = lexicon.words("en", "end_abbreviations")

#: Words just before a quotation that make it a nickname or a term, not
#: speech: ``the so-called "Bad Newz Kennels"``, ``dubbed the "Hanoi Hilton"``.
NICKNAME_WORDS = lexicon.words("en", "nickname_words")

#: Nouns just before a quotation that make it the title of a work.
WORK_NOUNS = lexicon.words("en", "work_nouns")

#: Words around a quotation that make it a slogan, a chant or a motto.
SLOGAN_WORDS = lexicon.words("en", "slogan_words")

#: Words elided with a leading apostrophe: ``'em``, ``'til``, ``rock 'n' roll``.
ELISIONS = lexicon.words("en", "elisions")

#: Head nouns that a role-noun mention may match in a person's title
#: (``the top American diplomat`` -> ``Harbor Minister Ilse Varga``).
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "diplomat": frozenset(
        ("secretary of state", "foreign minister", "foreign secretary", "ambassador", "envoy")
    ),
    "leader": _words("president minister premier chancellor leader king queen"),
    "lawmaker": _words("sen senator rep representative congressman congresswoman mp"),
    "senator": _words("sen senator"),
    "governor": _words("gov governor"),
    "congressman": _words("rep representative congressman"),
    "congresswoman": _words("rep representative congresswoman"),
    "executive": _words("ceo executive chairman president chief"),
    "boss": _words("ceo executive chairman president chief director"),
    "official": _words("secretary minister official director commissioner spokesman spokeswoman"),
    "candidate": _words("candidate nominee"),
    "nominee": _words("candidate nominee"),
    "commander": _words("gen general commander col colonel adm admiral"),
    "general": _words("gen general"),
    # Flag and field ranks of defence briefings: "Adm. Ada Marsh told the
    # committee. ... "...," the admiral replied."; "Col. Tom Hale ... the
    # colonel said"; a weather office's "meteorologist" is its "forecaster".
    "admiral": _words("adm admiral"),
    "colonel": _words("col colonel"),
    "forecaster": _words("forecaster meteorologist"),
    "chief": _words("chief ceo director head commissioner"),
    # Ranks and callings written abbreviated before a name: "Sgt. Tom Hale
    # ... the sergeant said", "the Rev. Ada Marsh ... the pastor said".
    "doctor": _words("dr doctor"),
    "professor": _words("prof professor"),
    "sergeant": _words("sgt sergeant"),
    "corporal": _words("cpl corporal"),
    "lieutenant": _words("lt lieutenant"),
    "captain": _words("capt captain"),
    "detective": _words("det detective"),
    "pastor": _words("rev reverend pastor"),
    # "The Rev. Ada Marsh, the cathedral's rector, ... the priest said";
    # "Msgr. Tom Hale", "Fr. Tom Hale".
    "priest": _words("rev reverend msgr fr priest"),
    # Religious orders call their members by their calling before the name:
    # "Sister Ada Marsh ... the nun said", "Brother Tom Hale ... the monk
    # said" (or "the friar").
    "nun": _words("sister sr nun"),
    "monk": _words("brother br monk"),
    "friar": _words("brother br fr friar"),
    # A calling's short form: "Mireille Dancourt, a veterinarian, ... the vet
    # said".
    "vet": _words("vet veterinarian"),
    # Local titles: "Justice Ada Marsh ... the judge said", "Coun. Tom Hale
    # ... the councillor said", "Cst. Ada Marsh ... the constable said".
    "judge": _words("judge justice magistrate"),
    "councillor": _words("coun cllr cr councillor councilor"),
    "councilor": _words("coun cllr cr councillor councilor"),
    "constable": _words("const cst pc constable"),
    "alderman": _words("ald alderman"),
    "trooper": _words("tpr trooper"),
    # "Spc. Tom Hale ... the specialist said": the Army's enlisted rank;
    # "Maj. Ada Marsh ... the major said".
    "specialist": _words("spc specialist"),
    "major": _words("maj major"),
}

#: The AP abbreviation of each word of a rank written in two or more words
#: before a name: "Command Sgt. Maj. Ada Marsh" is "the command sergeant
#: major" and "the sergeant major"; "Lt. Col. Tom Hale", "the lieutenant
#: colonel".
RANK_ABBREVIATIONS: dict[str, str] = {
    "sergeant": "sgt",
    "major": "maj",
    "lieutenant": "lt",
    "colonel": "col",
    "general": "gen",
    "corporal": "cpl",
    "commander": "cmdr",
    "admiral": "adm",
    "captain": "capt",
}
