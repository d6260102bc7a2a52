"""Lexicons and patterns for attribution in news copy.

Each constant below is a piece of newsroom grammar, written from style-guide
conventions (AP, Reuters, BBC, CNN) rather than learnt from data: the verbs
that introduce reported speech, the titles that stand before a name, the nouns
that name a role, a group, an organisation or a document, the pronouns that
refer back to a source.  All patterns are compiled once, here, and are bounded:
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
    "PRONOUNS",
    "ROLE_SYNONYMS",
    "SENTENCE_OPENERS",
    "SLOGAN_WORDS",
    "SPEECH_VERBS",
    "TITLE_WORDS",
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
WEAK_VERBS = _words(
    """
    believe believes believed think thinks thought hoped feared expect expects
    expected doubted called calling calls dubbed dubbing branded branding labeled
    labelled labeling read reads reading charged agree agrees agreed described
    describes describing thanked thanking praised praising continued indicated
    signaled signalled proposed pledged pledges demanded demands referred
    referring hailed hailing cheered promises vows boasted boasting boasts
    """
)

#: Adverb particles that make a weak verb a phrasal verb, not a cue:
#: ``called off the vote``, ``read out the names``, ``thought up a plan``.
VERB_PARTICLES = _words("off up out down away back over around aside through")

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
OPENING_CUES = frozenset(
    w.capitalize()
    for w in _words(
        """
        said says added adds stated continued continues wrote writes explained
        noted recalled replied quipped countered insisted warned concluded
        tweeted
        """
    )
)

_CUE_WORDS = _trie(SPEECH_VERBS | frozenset(MULTIWORD_CUES) | OPENING_CUES)
#: The characters that a cue can start with: a lookahead on them rejects
#: most words before the prefix tree is entered.
_CUE_FIRST = "".join(
    sorted({w[0] for w in SPEECH_VERBS | frozenset(MULTIWORD_CUES) | OPENING_CUES})
)

#: One pass over the flat text finds every cue: a speech verb or a multi-word
#: cue after a space, with the adjunct that belongs to it (group 1 is the cue).
#: The leading space is a literal prefix, which lets ``re`` skip ahead fast.
CUE_RE = re.compile(
    r" (?=[" + re.escape(_CUE_FIRST) + r"])(" + _CUE_WORDS + r"(?![\w’'-])" + _CUE_ADJUNCT + ")"
)
#: The same, at the very start of the text.
CUE_AT_START_RE = re.compile(r"(" + _CUE_WORDS + r"(?![\w’'-])" + _CUE_ADJUNCT + ")")

#: Cues that may stand before their source after a quotation or a comma:
#: ``"...," said Varga``; ``..., said Kofi Brandt, an economist.``
INVERTIBLE_VERBS = _words(
    """
    said says added adds asked asks wrote writes continued continues explained
    explains noted notes recalled recalls replied replies declared insisted
    insists argued argues warned warns concluded countered tweeted posted told
    according stated stressed stresses conceded concedes observed remarked
    responded retorted shouted cried exclaimed whispered joked mused muttered
    quipped quips beamed boomed barked snapped interjected confided pleaded
    """
)

#: Titles and honorifics that stand before a name, capitalised
#: (``Harbor Minister Ilse Varga``, ``Sen. Odile Marsh``), compared in
#: lower case without a final period.
TITLE_WORDS = _words(
    """
    president vice secretary minister prime chancellor senator sen sens rep reps
    representative gov governor lt mayor judge justice commissioner general gen
    col colonel capt captain sgt sergeant lieutenant maj major adm admiral cmdr
    commander officer chief director ambassador pope king queen prince princess
    sheikh emir ceo chairman chairwoman chair professor prof attorney speaker
    leader deputy rev reverend father rabbi imam bishop cardinal archbishop
    detective det sheriff trooper coach premier president-elect spokesman
    spokeswoman spokesperson secretary-general treasurer superintendent inspector
    constable dean provost congressman congresswoman assemblyman assemblywoman
    councilman councilwoman alderman delegate del chancellor sultan ayatollah
    grand crown foreign defense defence interior finance justice home state
    economy trade health education labor labour energy transport
    cfo coo cto founder co-founder owner analyst economist strategist
    manager editor correspondent host anchor executive chief-executive marshal
    assistant asst supt councillor cllr
    """
)

#: Honorifics: part of a mention, not of a person's title.
HONORIFICS = _words("mr mrs ms miss dr sir dame lord lady mx messrs mme mlle herr")

#: Words that tell a person's gender, for pronoun agreement.
MALE_WORDS = _words(
    """mr sir lord king prince father spokesman chairman congressman assemblyman
    councilman alderman brother son husband man boy herr emir sultan sheikh"""
)
FEMALE_WORDS = _words(
    """mrs ms miss dame lady queen princess spokeswoman chairwoman congresswoman
    assemblywoman councilwoman sister daughter wife woman girl mother mme mlle"""
)

#: Common given names of men: they tell a person's gender for pronoun
#: agreement when no title or honorific does (``Richard Stickler`` ... ``he
#: said``).  Names that both men and women bear (``Jordan``, ``Lindsey``,
#: ``Jean``, ``Andrea``, ``Chris``) are in neither this list nor
#: :data:`FEMALE_GIVEN_NAMES`.
MALE_GIVEN_NAMES = _words(
    """
    aaron abdullah adam adrian ahmed ahmad alan albert alberto alejandro alexander
    alexei alfred ali alistair andre andrei andrew andres angelo anthony antonio
    arnold arthur barack barry ben benjamin bernard bernie bill billy bob
    bobby boris brad bradley brandon brett brian bruce bryan carl carlos charles
    charlie christopher clarence colin craig dale dan daniel danny darren dave
    david dennis derek dick dmitry donald doug douglas duncan dwight eddie edward
    emmanuel enrique eric ernest eugene francis francisco frank franklin fred
    frederick gary gavin geoffrey george gerald gordon graham greg gregory gustavo
    hans harold harry hassan henry herbert howard hugh hugo ian igor ivan jack
    jacob jake james jason jeff jeffrey jeremy jerry jesse jim jimmy joe joel john
    johnny jonathan jorge jose josé joseph juan justin karl keith ken kenneth kevin
    kurt larry lawrence leonard louis luis marco marcus mario mark martin matthew
    michael miguel mike mitch mitt mohamed mohammad mohammed muhammad nathan neil
    nicholas nick nigel oliver omar oscar patrick paul pedro peter philip phillip
    rafael ralph randy raymond richard rick robert roberto roger ron ronald roy
    russell ryan samuel scott sean sergei sergey seth simon stanley stephen steve
    steven stuart thomas tim timothy todd tom tony victor vincent vladimir walter
    wayne william willie wolfgang xavier yuri
    """
)
#: Common given names of women, read as :data:`MALE_GIVEN_NAMES` is.
FEMALE_GIVEN_NAMES = _words(
    """
    abigail aisha alice alicia alison amanda amber amy angela angelina ann
    anna anne annie barbara betty beverly brenda carmen carol caroline carolyn
    catherine cheryl christina christine cindy claire clara connie cynthia
    deborah debbie denise diana diane donna doris dorothy edith eileen elaine
    eleanor elena elizabeth ellen emily emma erica evelyn fatima fiona frances
    gloria grace greta hannah heather helen hillary ingrid irene irina ivanka
    jacqueline jane janet janice jennifer jessica jill joan joanne joyce judith
    judy julia julie karen kate katherine kathleen kathryn kathy katie kimberly
    laura lauren linda lisa lois lori louise lucy margaret maria marie marilyn
    martha mary megan melania melissa michelle monica nadia nancy natalia natalie
    nicole nikki nina olga pamela patricia paula peggy rachel rebecca rose ruth
    sandra sarah sharon shirley sophie stephanie susan svetlana sylvia tatiana
    teresa theresa tina ursula valerie victoria virginia wendy yvonne
    """
)

#: Nouns that name a person by role: ``the secretary of state``, ``a
#: spokesman``, ``the top American diplomat``.
PERSON_NOUNS = _words(
    """
    spokesman spokeswoman spokesperson secretary minister president diplomat
    official officer director chairman chairwoman chair chief executive ceo
    commissioner governor senator lawmaker congressman congresswoman
    representative mayor judge justice prosecutor attorney lawyer analyst
    economist strategist expert professor researcher scientist doctor physician
    author writer leader candidate nominee chancellor ambassador envoy general
    commander colonel captain sergeant lieutenant manager owner founder partner
    head aide adviser advisor counsel coach player witness resident victim
    mother father son daughter wife husband brother sister friend neighbor
    neighbour teacher student king queen prince princess pope premier speaker
    treasurer deputy correspondent reporter editor host publisher man woman boy
    girl source member activist organizer organiser trooper sheriff detective
    inspector investigator administrator superintendent principal pastor priest
    rabbi imam bishop cardinal archbishop salesman farmer worker employee
    consultant pollster historian dean provost cfo founder co-founder
    president-elect front-runner frontrunner challenger incumbent rival
    politician billionaire businessman businesswoman actor actress singer star
    engineer architect planner auditor accountant banker trader broker dealer
    investor analyst surgeon nurse paramedic firefighter soldier officer pilot
    driver passenger resident villager mayor councillor councilor commissioner
    chairperson president-elect secretary-general director-general minister
    negotiator mediator observer monitor inspector regulator prosecutor defender
    attorney-general solicitor barrister magistrate juror plaintiff defendant
    suspect survivor relative spokesperson representative delegate ambassador
    official administrator executive manager supervisor foreman worker farmer
    fisherman miner teacher principal professor lecturer scientist researcher
    economist historian expert consultant adviser advisor strategist campaigner
    activist protester organiser organizer volunteer owner founder chef coach
    player captain referee umpire fan voter citizen neighbour neighbor master
    """
)

#: Plural and collective nouns that name a group as a source: ``police said``,
#: ``US intelligence agencies concluded``.
GROUP_NOUNS = _words(
    """
    officials police authorities prosecutors investigators analysts experts
    sources lawmakers officers residents witnesses democrats republicans
    agencies leaders critics supporters opponents economists scientists
    researchers doctors aides advisers advisors organizers organisers protesters
    activists members people troopers workers voters observers diplomats
    regulators traders dealers bankers forecasters strategists executives
    ministers senators legislators representatives spokesmen officers staff
    firefighters rescuers medics paramedics militants rebels insurgents
    family families audience crowd crowds fans parents students teachers
    pollsters americans citizens customers consumers auditors engineers
    inspectors planners negotiators monitors judges jurors doctors nurses
    relatives survivors residents villagers farmers fishermen miners unions
    others everyone everybody
    """
)

#: Head nouns of organisations: ``the White House``, ``the Cabinet Office``.
ORG_NOUNS = _words(
    """
    government ministry department office agency administration house company
    firm group bank council committee commission court campaign party union
    association organization organisation institute foundation university
    board service force army military navy team club league network newspaper
    station embassy consulate parliament congress senate cabinet kremlin
    pentagon bureau corporation corp inc ltd co plc airline exchange fund
    regulator secretariat junta regime coalition alliance federation
    intelligence media press channel broadcaster daily times post journal
    magazine tabloid outlet
    """
)

#: Last words of a capitalised chain that make it an organisation.
ORG_TAIL_WORDS = ORG_NOUNS | _words(
    """
    news today herald tribune guardian telegraph reuters ap afp cnn bbc nbc cbs
    abc fox msnbc npr pbs gazette inquirer chronicle globe mail express monitor
    review weekly magazine radio television tv agencies association authority
    authorities police department ministry office center centre institute
    museum hospital school college academy church council commission
    """
)

#: Last words of a capitalised chain that make it a place.
PLACE_TAIL_WORDS = _words(
    """
    states kingdom carolina dakota jersey york hampshire mexico virginia island
    islands korea africa arabia zealand street avenue road square city county
    valley river lake mountains mountain coast bay beach park airport bridge
    east west north south ocean sea gulf republic emirates union rica lanka
    """
)

#: Nouns that name a written or recorded source: ``the plea agreement said``.
DOCUMENT_NOUNS = _words(
    """
    statement report letter agreement deal summary document filing complaint
    indictment lawsuit suit memo study survey poll release affidavit ruling order
    tweet post email e-mail message note sign website article editorial
    announcement transcript text decision judgment judgement opinion ad
    advertisement bill law constitution policy guidelines plea motion brief
    petition warrant verdict analysis assessment forecast sheet account blog
    """
)

#: Pronouns that can be a source, with what they refer to.
PRONOUNS = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "thing",
    "i": "self",
    "we": "self",
    "who": "relative",
}

#: Determiners and possessives that open a noun phrase.
DETERMINERS = _words("the a an his her its their our my your another")

#: Determiners that introduce someone new: ``a federal official`` is not
#: resolved to a person named earlier.
INDEFINITES = _words("a an another one some")

#: Lower-case words that may stand inside a capitalised name.
NAME_PARTICLES = _words("de van von da der den del della di du la le al el bin ben ibn y dos das")

#: Words that end a noun phrase when scanning for a cue's subject.
BOUNDARY_WORDS = _words(
    """
    that which who whom whose and but or nor because as while when whereas if
    than then so to in on at by from into after before during with without about
    over under since until for against between through via per amid among
    not also is was were are be been being has have had will would could should
    may might can must do does did there here where why how what whether
    although though though even yet still however meanwhile instead
    said says say told tells added adds
    """
)

#: Adverbs and auxiliaries that may stand between a subject and its cue
#: (``Varga also said``, ``he has said``, ``Reyes later told``).
ADJUNCT_WORDS = _words(
    """
    also later then previously earlier again further repeatedly has had have
    was is were are would will had already recently once often quickly
    separately publicly privately subsequently initially originally first
    finally simply flatly firmly bluntly angrily quietly proudly never
    reportedly allegedly apparently still since just however though
    """
)

#: Capitalised words that open a sentence without being a name.
SENTENCE_OPENERS = _words(
    """
    the a an but and or so yet still then now later earlier meanwhile however
    also in on at after before during while when if as since though although
    despite because with without for from by to of this that these those there
    here it its his her their our we i you they he she one some many most few
    several all both each every any no not more less another other such what which
    who whose where why how instead speaking asked according
    monday tuesday wednesday thursday friday saturday sunday
    like unlike among amid amidst besides beside over under until across through
    throughout within beyond against around along toward towards upon into onto
    about above below between except via nobody none nothing everything something
    says added adds stated continued continues wrote writes explained noted
    recalled replied quipped countered insisted warned concluded tweeted
    """
)

#: Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = _words(
    """
    mr mrs ms dr sen sens rep reps gov lt gen col capt sgt st prof rev maj cpl
    adm cmdr pres supt det insp no nos jan feb mar apr jun jul aug sep sept oct
    nov dec vs v mt ft fr sr jr messrs mme mlle gens hon
    """
)

#: Abbreviations that may also end a sentence (``U.S.`` is handled alike):
#: they end one only before a word that usually opens a sentence.
END_ABBREVIATIONS = _words("inc corp co ltd jr sr plc bros llc llp")

#: Words just before a quotation that make it a nickname or a term, not
#: speech: ``the so-called "Bad Newz Kennels"``, ``dubbed the "Hanoi Hilton"``.
NICKNAME_WORDS = _words(
    """
    so-called nicknamed dubbed codenamed code-named renamed aka a.k.a. known named
    termed billed christened titled entitled word term phrase
    """
)

#: Nouns just before a quotation that make it the title of a work.
WORK_NOUNS = _words(
    """
    film movie book novel song album show series program programme play episode
    documentary article column op-ed opera musical poem painting exhibition
    video podcast newspaper magazine track single memoir biography report
    """
)

#: Words around a quotation that make it a slogan, a chant or a motto.
SLOGAN_WORDS = _words(
    """
    slogan slogans motto mottos mottoes banner banners placard placards
    hashtag t-shirt t-shirts shirt shirts cap caps hat hats sticker stickers
    """
)

#: Words elided with a leading apostrophe: ``'em``, ``'til``, ``rock 'n' roll``.
ELISIONS = _words("em til till cause tis twas n nuff bout round cept s")

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
    "chief": _words("chief ceo director head commissioner"),
}
