"""Speakers of German, French and Spanish quotations.

The English speaker engine (:mod:`wireparse.quotations.quotes`) finds and
pairs the quotation marks of every language; for an article in another
language it hands its quotations to :func:`attribute`, which gives each its
speaker with the conventions and the word lists of that language
(``wireparse/lexicon/<language>/``: ``cue_verbs``, ``source_phrases``,
``pronouns``, ``titles``, ``honorifics``, ``name_particles``,
``determiners``, ``prepositions``, ``ranks`` ...).  The lists are read on the first
article of the language, never at import.

Each quotation takes its speaker from the first of these conventions that
applies (the rule names are those of :mod:`wireparse.quotations.rules`):

1. ``cue.after_tag``: a speech tag right after the closing mark, verb
   first (``„…“, sagte die Ministerin.``; ``« … », a-t-il ajouté.``;
   ``«…» —dijo el alcalde—``), a source phrase (``„…“, so Berger.``), a
   clause of comparison (``„…“, wie Berger sagte.``) or an impersonal tag
   naming its source after a preposition (``„…“, hieß es aus
   Regierungskreisen.``);
2. ``cue.inside_tag``: a speech tag set inside the marks between two
   sentences of the quotation (``« Nous tiendrons, glisse-t-elle. Il le
   faut. »``);
   ``cue.back_reference``: the sentence after a quotation that ends its
   own points back at it before the cue verb (``„Wir bauen weiter.“ Das
   sagte Ilse Varga.``; ``« … » C'est ce qu'a déclaré le maire.``;
   ``«…». Así lo ha asegurado el alcalde.``);
3. ``cue.lead_in``: a cue or a source phrase earlier in the quotation's
   sentence (``Berger sagte: „…“``; ``Selon la maire, « … »``;
   ``El alcalde explicó que «…»``), a clause of comparison opening it
   (``Wie ein Sprecher mitteilte, …``) or a stance opener (``Pour la
   maire, « … »``; ``Para Ortega, …``);
4. ``partial.sentence_subject``: with no cue in its sentence, a quotation
   in a sentence whose subject is a named source (``La diputada Ana Ruiz
   calificó el plan de "ilegal"``);
5. ``carry.paragraph``, ``carry.previous_paragraph`` and
   ``carry.recent_speaker``: the speaker of the quotation before it in the
   paragraph (unless a cue in unquoted text after that quotation's sentence
   names another: ``carry.reported_speech``), the last speaker when the
   quotation opens its paragraph, or the speaker of the paragraph before
   (reported speech goes on);
6. ``carry.reported_speech`` and ``carry.lead_subject``: before any
   speaker, the named source of the last cue in unquoted text of its
   paragraph or the two before (``Der Damm halte, sagte Ilse Varga.``),
   after a speaker that of a cue earlier in the quotation's own paragraph
   (before ``carry.recent_speaker``), or, after a topic and a colon, the
   person the lead's first sentence names; ``carry.subjunctive_subject``
   (German): a quotation in indirect speech in the subjunctive with no cue
   is the full name that opened the report (``Ina Roth verteidigte den
   Streik. Es sei „höchste Zeit“.``);
   ``cue.colon_subject``: a person's pronoun, a full name, or a role with
   its article given to a person named before, opening a short clause that
   leads in with a colon (``Er bleibt skeptisch: „…“``; ``Carmen Ruiz fue
   tajante: «…»``; ``Der Coach bleibt gelassen: „…“``).

The source phrase is read by ``mention.lang_phrase`` (a pronoun, a name with
its titles and honorifics left out, a role with its article) and resolved by
``resolve.lang_name`` (a surname to the fullest form of the name in the
article), ``resolve.lang_pronoun`` (``er``, ``elle``, ``él``, and the Spanish
verb without a subject: the last full name before it in its paragraph, else
the last speaker) or ``resolve.lang_role`` (``el senador``: the person the
article named with that title, also a compound title in German, ``der
Kanzler`` for ``Bundeskanzler Jan Kamp``; an epithet, ``die 34-Jährige``,
``el mandatario``, the last full name before it; else the role as written).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from wireparse import lexicon
from wireparse.metadata.agencies import canonical_agency
from wireparse.model import Span, Speaker
from wireparse.model.quotations import Quote, QuoteKind, SourceKind
from wireparse.reading.patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from wireparse.model import Paragraph

__all__ = ["SUPPORTED", "attribute"]

#: The languages whose speakers this module reads.
SUPPORTED = frozenset({"de", "fr", "es"})

#: One word of a phrase: letters with inner hyphens or apostrophes, or a
#: lone punctuation mark that ends a phrase; an elided article or ``qu’`` is a
#: word of its own (``l’`` ``équipe``, ``Saint-Malo``, ``a-t-il``, ``,``).
_TOKEN_RE = lazy_compile(
    r"(?:[lLdD]|[qQ]u)['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[,;:!?().—–\-]"
)
#: A sentence end inside reported text: a stop and a capital after it, not after
#: an initial or a title (``Die Brücke hält. Weber sagte``, but not ``Dr. Weber``).
_SENTENCE_END_RE = lazy_compile(
    r"(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Sr|Sra|Mme|Mgr|Prof))[.!?]\s+(?=[\p{Lu}«»„“\"])"
)
#: The end of a dateline run into the paragraph: ``(EFE).-``, ``(dpa) –``,
#: ``CIUDAD.-``.
_DATELINE_END_RE = lazy_compile(r"(?:\)\s{0,2}\.?\s{0,2}[-–—]{1,2}|\.-)\s*")
#: A capitalised word after a lower-case word or a comma: inside a sentence
#: (``Weber`` in ``sagte die Ministerin Weber``), a line's wrap between them
#: too; never after a blank line: the first word of a paragraph opens it,
#: though the block before (a link, a heading) ends with no stop (``Lire
#: aussi : Le port rouvre`` ¶ ``Dans l'opposition, …``).
_MID_CAPITAL_RE = lazy_compile(
    r"(?<=\p{Ll}(?:[ \t]{1,3}|[ \t]?\r?\n[ \t]{0,3}))\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*"
)
#: An acronym: a capital after the first letter (``AStA``, ``AWI``).
_ACRONYM_RE = lazy_compile(r"^.[\p{L}]*\p{Lu}")
#: A capitalised word (a name, a German noun, an acronym): ``Weber``,
#: ``Hafen``, ``EU``.
_CAPITAL_RE = lazy_compile(r"\p{Lu}")
#: The French inverted pronoun of a speech tag: ``a-t-il``, ``dit-elle``.
_INVERTED_FR_RE = lazy_compile(r"-(?:t-)?(il|elle|ils|elles)$")
#: A speech tag inside a French or Spanish quotation: a comma, a verb and
#: its inverted pronoun or a name, then a stop or a comma
#: (``, a-t-elle ajouté, ``, ``, dijo el alcalde. ``); the verb may be the
#: one-letter auxiliary of a compound tense (``, a déclaré Paul Renard. ``).
_INSIDE_TAG_RE = lazy_compile(
    r",\s+([\p{Ll}][\p{L}’'-]{0,30}(?:-t-(?:il|elle))?(?:\s+[\p{L}’'.-]{1,30}){0,4}?)\s*[.,;]\s",
)
#: A Spanish gerund or a French present participle, with clitics
#: (``comparándola``, ``soulignant``): no finite cue verb.
_GERUND_RE = lazy_compile(r"(?:ando|iendo|ándo|iéndo|ant)(?:la|lo|las|los|le|les|se|me|nos)?$")
#: An inverted French tag inside a quotation, whatever follows it, with the
#: participle of a compound tense: ``« Je reste, glisse-t-il en souriant. »``,
#: ``« Je reste, a-t-il déclaré. Voilà. »``.
_INSIDE_INVERTED_RE = lazy_compile(
    r",\s+([\p{Ll}][\p{L}’'-]{0,30}-t-(?:il|elle|ils|elles)(?:\s+\p{Ll}[\p{L}’'-]{1,30})?)\b"
)
#: A name after the comma that ends a speech tag inside a quotation, then
#: the stop of the tag: the apposition of a role (``, explique la maire,
#: Anne Roux. ``; ``, dijo el alcalde, Juan Mora. ``).
_INSIDE_APPOSITION_RE = lazy_compile(
    r"\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|del|de la|von|van|le|la)\s+)?\p{Lu}[\p{L}’'-]+){1,2}[.;]\s"
)
#: A Spanish speech tag set between dashes inside a quotation, the
#: dialogue convention: ``«No hay recortes —dijo la ministra—. Lo
#: garantizo»``, a role's holder in apposition too (``—dijo el alcalde,
#: Juan Mora—``).
_INSIDE_DASH_RE = lazy_compile(
    r"\s?[—–]\s?(\p{Ll}[\p{L}’'-]{1,30}(?:,?\s+[\p{L}’'.-]{1,30}){0,9}?)\s?[—–]"
)
#: A word written in capitals (``AFP``, ``EL``): two such words in a row
#: are one name (``a EL DIARIO``), not an agency and a subject.
_AGENCY_ACRONYM_RE = lazy_compile(r"\p{Lu}{2,8}")
#: Auxiliaries of the compound tenses of a cue verb (``a déclaré``,
#: ``avait affirmé``, ``ha dicho``, ``había señalado``).
_AUXILIARIES = frozenset(
    {"a", "ont", "avait", "avaient", "aurait", "ha", "han", "había", "habían", "hat", "hatte"}
)
#: The words that call back a source just named by its noun (``estas
#: fuentes``, ``las mismas fuentes``, ``dicho portavoz``; ``ces sources``,
#: ``ce même porte-parole``), by language: the words alone, and the words
#: after a definite article.
_CALLBACK_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "es": (
        frozenset({"este", "esta", "estos", "estas", "dicho", "dicha", "dichos", "dichas"}),
        frozenset({"mismo", "misma", "mismos", "mismas", "citado", "citada", "citados", "citadas"}),
    ),
    "fr": (frozenset({"ce", "cet", "cette", "ces"}), frozenset({"même", "mêmes"})),
}
#: The endings of French feminine nouns with the masculine's they replace
#: (``Italienne``/``Italien``, ``chercheuse``/``chercheur``, ``élue``/``élu``).
_FEMININE_ENDINGS_FR: tuple[tuple[str, str], ...] = (
    ("enne", "en"),
    ("onne", "on"),
    ("elle", "el"),
    ("euse", "eur"),
    ("trice", "teur"),
    ("ière", "ier"),
    ("e", ""),
)
#: The words that join a management's noun to the body's name (``la
#: direction de la SNCF``, ``du groupe``, ``la dirección del Hospital``).
_OF_WORDS = frozenset({"de", "du", "del", "d'", "d’"})
#: The Spanish participles that copy sets as a demonstrative before a noun
#: (``dichas fuentes``, ``dicho portavoz``).
_PARTICIPLE_DEMONSTRATIVES = frozenset({"dicho", "dicha", "dichos", "dichas"})
#: The French and Spanish definite articles of a singular subject opening a
#: sentence (``La SNCF a indiqué …``).
_DEFINITE_SINGULAR = frozenset({"la", "le", "l'", "l’", "el"})
#: The reflexive pronouns that open a French reflexive cue (``s'est
#: félicité``, ``se réjouit``): a cue only with a participle or a verb of
#: the list ``cue_verbs`` after it, never a cue verb on its own.
_REFLEXIVES = frozenset({"se", "s'est"})
#: The second word of a French compound preposition (``auprès de``, ``lors
#: d'``, ``près du``): the phrase goes on after it, and the article after it
#: opens no subject (``a réagi auprès de l'AFP Anne Roux``).
_PREPOSITION_LINKS = frozenset({"de", "d'", "du", "des"})
#: The conjunctions before the last field of a department's list (``y``, ``et``).
_FIELD_CONJUNCTIONS = frozenset({"y", "e", "et"})
#: Prepositions inside a public body's name (``Gestión de Riesgos ante
#: Desastres``; ``Commission pour l'Égalité``).
_BODY_LINKS = frozenset({"ante", "contra", "para", "pour", "sur", "en"})
#: The prepositions that introduce the source of an impersonal tag
#: (``hieß es aus Regierungskreisen``, ``a-t-on appris auprès du ministère``).
_IMPERSONAL_PREPOSITIONS = frozenset(
    {"aus", "von", "vom", "bei", "beim", "in", "im", "seitens"}
    | {"de", "d", "du", "des", "auprès", "au", "aux", "à", "dans"}
)
#: The words that open a clause of comparison crediting a quotation
#: (``wie Anna Berg sagte``, ``como dijo Ruiz``, ``comme l'a dit Renard``).
_AS_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"wie"}),
    "es": frozenset({"como", "tal"}),
    "fr": frozenset({"comme"}),
}
#: The object pronouns set before the verb of a speech tag (``lui a
#: répondu``, ``nous a confié``; ``le dijo``, ``les advirtió``).
_OBJECT_CLITICS: dict[str, frozenset[str]] = {
    "fr": frozenset({"lui", "leur", "nous", "vous", "m'", "me"}),
    "es": frozenset({"le", "les", "me", "nos"}),
}
#: Numbers before a plural noun (``Les deux hommes``): no noun themselves.
_NUMBER_WORDS = frozenset(
    {"deux", "trois", "quatre", "cinq", "six", "dos", "tres", "cuatro", "cinco", "seis"}
)
#: The words that count an unnamed group of people before its noun (the
#: French indefinite ``des`` too): like an article, they open a source
#: phrase after a plural verb of a tag. Convention: wire copy quotes people
#: it does not name by their number and what they are: „…“, sagten zwei
#: Fischer am Hafen. / « … », ont raconté des habitants du quartier. /
#: «…», explicaron varios comerciantes (all invented).
_QUANTIFIERS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"zwei", "drei", "vier", "fünf", "sechs", "mehrere", "einige", "viele", "zahlreiche"}
    ),
    "fr": frozenset({"deux", "trois", "quatre", "cinq", "six", "plusieurs", "des"}),
    "es": frozenset(
        {"dos", "tres", "cuatro", "cinco", "seis", "varios", "varias", "algunos", "algunas"}
    ),
}
#: German numbers and quantities before a noun: a run of capitals they open
#: is a counted group, never a person's name (``Elf Verdächtige wurden
#: festgenommen.``; ``Laut Lenz fehlen Hunderte Pflegekräfte.``, invented).
_COUNTS_DE = _QUANTIFIERS["de"] | {
    "sieben", "acht", "neun", "zehn", "elf", "zwölf", "hundert",
    "dutzende", "hunderte", "tausende", "dutzenden", "hunderten", "tausenden",
}  # fmt: skip
#: The numbers and quantities that open a sentence before the noun they
#: count (``Cinco personas murieron …``, ``Plusieurs centaines
#: de manifestants …``, invented): never a body's or a person's name.
_COUNT_WORDS: dict[str, frozenset[str]] = {
    "de": _COUNTS_DE,
    "fr": _QUANTIFIERS["fr"]
    | {"sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt", "trente", "cent"},
    "es": _QUANTIFIERS["es"]
    | {"siete", "ocho", "nueve", "diez", "once", "doce", "quince", "veinte", "treinta", "cien"},
}
#: German relative pronouns of an oblique case: after the comma of a
#: speaker's role they open a clause about the speaker, no apposition
#: (``sagte der 61-Jährige, den Klubchef Udo Brenner holte``, invented).
_OBLIQUE_RELATIVES_DE = frozenset({"den", "dem", "dessen", "deren", "denen"})
#: German prepositions fused with the definite article: the capital after
#: one is a noun, never a given name (``Am Landesgericht Kelbach begann der
#: Prozess.``, invented).
_FUSED_ARTICLES_DE = frozenset(
    {"am", "im", "beim", "vom", "zum", "zur", "ins", "ans", "aufs", "ums", "vorm", "unterm"}
)
#: The endings of French and Spanish adjectives of a body's name, set in
#: lower case after its capitalised noun (invented): « … », a indiqué
#: l'Agence régionale de santé / «…», informó la Fiscalía provincial.
#: Participles (``jointe``, ``consultada``) do not end so.
_ADJECTIVE_SUFFIX_FR_ES = (
    "al",
    "ale",
    "ales",
    "aux",
    "ique",
    "iques",
    "aire",
    "aires",
    "elle",
    "ienne",
    "éenne",
    "ico",
    "ica",
    "icos",
    "icas",
    "ar",
    "ares",
    "ense",
    # French adjectives of a people or a calling, feminine after the body's
    # noun: « … », a dénoncé la Confédération paysanne / la Police québécoise.
    "anne",
    "aise",
    "oise",
    "aine",
)
#: French and Spanish nouns of a body: copy names many bodies by them in one
#: article (``l'agence Health Canada`` … ``l'agence`` may be another), so
#: the one named first is not the one meant later; see
#: :meth:`_Reader._given_as_role`.
_BODY_NOUNS = frozenset(
    {"agence", "organisation", "organisme", "société", "groupe", "entreprise", "compagnie"}
    | {"association", "fondation", "institution", "banque", "chaîne", "syndicat", "parti"}
    | {"agencia", "organización", "organismo", "sociedad", "grupo", "empresa", "compañía"}
    | {"asociación", "fundación", "institución", "banco", "cadena", "sindicato", "partido"}
)
#: A capitalised word right before an offset: a second given name before the
#: first (``Juan`` before ``Martín de la Sierra``).
_GIVEN_BEFORE_RE = lazy_compile(r"(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)\s+$")
#: The prepositions that open an aside in commas naming a person's party or
#: employer (``Ana Gil, del Frente Verde,``; ``Paul Roux, de la CGT,``).
_ASIDE_PREPOSITIONS = frozenset({"del", "de", "du", "des", "d'", "d’", "von", "vom", "bei", "beim"})
#: The label of an answer in an interview printed as question and answer
#: (``Antwort: „…“``, ``Réponse : « … »``, ``R: "…"``).
_ANSWER_LABEL_RE = lazy_compile(r"(?:Antwort|A|Réponse|R|Respuesta)\s*:")
#: The indefinite articles: a role with one is a new source, no epithet.
#: The age a German epithet gives in figures (``der 52-Jährige``: ``52``).
_AGE_IN_EPITHET = lazy_compile(r"[0-9]{1,3}(?=-[Jj]ährige)")
_INDEFINITES = frozenset({"ein", "eine", "einer", "un", "une", "uno", "una", "unos", "unas"})
#: The definite articles of a body's noun called back (see
#: :meth:`_Reader.named_body`): ``das Unternehmen``, ``la société``,
#: ``el ministerio``.
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "le", "la", "l'", "l’", "el"})
#: The words between a body's noun and the capital of its name.
_NOUN_NAME_LINKS = frozenset({"de", "du", "des", "del", "d'", "d’", "la", "l'", "l’"})
#: A dateline that ends with its agency in brackets and no dash:
#: ``BILBAO, 24 (EUROPA PRESS) Velder Energía ganó …``.
_DATELINE_BRACKET_RE = lazy_compile(r"[^()\n]{1,60}\([^()\n]{1,30}\)\s*(?=\p{Lu})")
#: The words that mark a club's or a company's name: a club's abbreviation
#: before it, a legal form after it (``1. FC Kelbach``, ``VfL Ostdorf``,
#: ``Velder Systems GmbH``, ``Navarra Cementos SA``).  Such a name is never
#: the person an epithet stands for.
_BODY_NAME_MARKS = frozenset(
    {
        "FC", "SV", "SC", "TSV", "VfL", "VfB", "VfR", "TSG", "SpVgg", "FSV", "SSV",
        "GmbH", "AG", "SE", "KG", "KGaA", "OHG", "SA", "SAS", "SARL", "SL", "CF", "CD", "UD",
    }
)  # fmt: skip
#: A dateline on a line of its own that opens the lead's paragraph, its agency
#: in brackets and no dash: ``VALDORA, 17 (EUROPA PRESS)`` then the lead on
#: the next line; its place (``VALDORA``, ``SAN TELMO DEL MAR``) is no name.
_DATELINE_LINE_RE = lazy_compile(r"[^()\n]{1,60}\([^()\n]{1,30}\)[ \t]*\n\s*(?=\S)")
#: The French and Spanish nouns of years after an age (``de 24 ans``, ``de
#: 80 años``).
_AGE_NOUNS = frozenset({"ans", "años"})
#: The German adjective of an age in words (``der 47 Jahre alte Trainer``).
_GERMAN_AGE_ADJECTIVES = frozenset({"alte", "alter", "alten"})
#: The relative pronouns that open a clause in commas after a name.
_RELATIVES = frozenset({"que", "quien", "quienes", "qui", "der", "die", "das"})
#: The plural subject pronouns of French and Spanish tags, and the French
#: stressed form after a source phrase (``selon eux``).
_PLURAL_PRONOUNS = frozenset({"ils", "elles", "eux", "ellos", "ellas"})
#: A plural subject with its article opening a sentence or a clause after a
#: comma: ``Les syndicats``, ``Los vecinos del barrio``.
_GROUP_SUBJECT_RE = lazy_compile(
    r"(?:^|[.!?]\s+|,\s+)((?:Les|Los|Las|les|los|las)\s+"
    r"(?:(?:deux|trois|quatre|cinq|six|dos|tres|cuatro|cinco|seis)\s+)?"
    r"(\p{Ll}[\p{L}’'-]{1,30}[sx])"
    r"(?:\s+(?:de la|de|del|des|du)\s+\p{L}[\p{L}’'-]{1,30})?)(?=\s+\p{Ll})"
)
#: Unnamed sources as a plural without an article opening a sentence, with
#: an adjective or a complement: ``Fuentes municipales``, ``Fuentes del
#: Ministerio``, ``Sources diplomatiques`` (the noun is checked against the
#: list ``bare_sources``).
_BARE_GROUP_RE = lazy_compile(
    r"(?:^|[.!?]\s+)((\p{Lu}\p{Ll}+)\s+(?:\p{Ll}[\p{L}-]{2,30}"
    r"|(?:de la|de l'|del|de|des|du)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))(?=\s+\p{Ll})"
)
#: A German plural subject opening a sentence: ``Die``, a noun (an adjective
#: before it) and a verb in the plural, past or present (``Die Eltern
#: zogen``, ``Die betroffenen Anwohner fordern``).
_GROUP_SUBJECT_DE_RE = lazy_compile(
    r"(?:^|[.!?]\s+)(Die\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]+)(?=\s+\p{Ll}+(?:en|ten|rn)\b)"
)
#: French contracted prepositions and the article they hold (``du`` = de le).
_FR_CONTRACTED = {"du": "le ", "des": "les ", "au": "le ", "aux": "les "}
#: How many characters at the end of a paragraph :meth:`_Reader.reported`
#: reads back for a cue: a few sentences of reported speech.
_REPORTED_WINDOW = 800
#: The prepositions that open a person's affiliation between her name and
#: the cue verb: ``Eva Lind vom Hafenverband sagt``, ``Ana Ruiz, de la
#: asociación`` is read elsewhere (with its commas).
_AFFILIATION_PREPOSITIONS = frozenset(("vom", "von", "aus", "beim", "bei", "der", "des"))


def _affiliation_between(toks: Sequence[_Token], end: int, v: int) -> bool:
    """Whether a name ending at offset *end* runs on with its affiliation up to the cue ``toks[v]``.

    Convention: German copy names a source with the body she speaks for
    between the name and the verb, with no commas (``Eva Lind vom
    Hafenverband Kiel sagt, ...``; ``Jan Ott von der Tafel in Lübeck
    sagte``; invented).  The affiliation opens with a preposition of
    :data:`_AFFILIATION_PREPOSITIONS` and runs up to the verb (at most
    eight words) without a comma.
    """
    j = next((m for m in range(v) if toks[m].end == end), -1)
    return (
        0 <= j < v - 1
        and v - j <= 9
        and toks[j + 1].low in _AFFILIATION_PREPOSITIONS
        and all(t.text != "," for t in toks[j + 1 : v])
    )


#: The German auxiliaries of a tag in the perfect: ``…, hat Jan Ott gesagt``.
_PERFECT_AUXILIARIES = frozenset(("hat", "haben", "hatte", "hatten"))
#: The quotation marks of every language read here: a sentence holding one
#: quotes someone (``carry.sentence_subject`` reads only one that does not).
_QUOTE_MARK_CHARS = frozenset('"“”„‟«»‹›')
#: German verbs in the subjunctive of indirect speech (third person, and the
#: forms of the second subjunctive that stand in for it): a sentence holding
#: one with no cue reports the words of the subject that opened the report
#: (``Die Beschäftigten hätten lange gewartet. Es sei „Zeit“.``, invented).
_SUBJUNCTIVE_DE = frozenset(
    {
        "sei", "seien", "habe", "hätten", "werde", "müsse", "könne", "solle",
        "wolle", "dürfe", "gebe", "liege", "stehe", "gehe", "komme", "bleibe",
        "fehle", "brauche", "wisse", "trage", "zeige",
    }
)  # fmt: skip
#: The last parts of German compound nouns of sports copy that are callings
#: only inside a compound (``Doppeltorschütze``, ``Skispringerin``,
#: ``Ersatzkapitän``, ``Langläufer``, ``Rennfahrerin``): a capitalised word
#: ending so, longer than the part by three letters or more, is a role, not
#: a name (``Springer`` alone is a surname).
#: German nouns of a judge or a court: a sentence naming one with the
#: participle ``verurteilt`` is the judge's verdict, its name no convicted
#: (see :meth:`_Reader._convicted_at`).
_JUDGES_DE = frozenset(
    {
        "richter",
        "richterin",
        "vorsitzende",
        "vorsitzender",
        "amtsrichter",
        "amtsrichterin",
        "strafrichter",
        "strafrichterin",
        "jugendrichter",
        "jugendrichterin",
        "einzelrichter",
        "einzelrichterin",
        "schöffin",
        "schöffe",
    }
)
#: German prepositions that open the grounds or the sentence of a verdict
#: (``wegen Betrugs zu drei Jahren Haft verurteilt``): the convicted is
#: named before them (see :meth:`_Reader._convicted_at`).
_SENTENCE_WORDS_DE = frozenset({"wegen", "zu", "zur", "zum", "auf"})
#: First parts of a German compound role that make it another office than
#: its last part alone (``Vizepräsident``, ``Bundeskanzler``): no later
#: compound of these is the holder of the bare role named before (see
#: :meth:`_Reader._compound_head_holder`).
_OTHER_OFFICE_PREFIXES_DE = (
    "vize",
    "ex",
    "ehren",
    "alt",
    "ko",
    "co",
    "unter",
    "ober",
    "bundes",
    "landes",
    "staats",
    "minister",
    "regierungs",
    "gegen",
    "mit",
    "neben",
    "stellvertret",
    "interims",
    "ehemalig",
    "vor",
    "nach",
    "erz",
)
_COMPOUND_ROLE_SUFFIX_DE = (
    "schütze",
    "schützin",
    "springer",
    "springerin",
    "kapitän",
    "kapitänin",
    "läufer",
    "läuferin",
    "fahrer",
    "fahrerin",
)
#: The role suffixes of German compound nouns (``Regierungssprecherin``,
#: ``DAI-Chefin``): a capitalised word ending so is a role, not a name.
_ROLE_SUFFIX_DE = (
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "präsident",
    "präsidentin",
    "leiter",
    "leiterin",
    "profi",
    "kabarettist",
    "kabarettistin",
    "journalist",
    "journalistin",
    "aktivist",
    "aktivistin",
    "politiker",
    "politikerin",
    "senator",
    "senatorin",
    "direktor",
    "direktorin",
    "kommissar",
    "kommissarin",
    "kommandant",
    "kommandantin",
    "botschafter",
    "botschafterin",
    "abgeordnete",
    "abgeordneter",
    "führer",
    "führerin",
    "bischof",
    "bischöfin",
    "rätin",
    "obmann",
    "obfrau",
    "landeshauptmann",
    "landeshauptfrau",
    # Sports, stage and court copy: "Stürmer Tim Adler", "Mittelfeldspieler
    # Jan Ott", "Intendantin Mia Wolff", "Staatsanwältin Eva Roth".
    "spieler",
    "spielerin",
    "stürmer",
    "stürmerin",
    "hüter",
    "hüterin",
    "intendant",
    "intendantin",
    "anwalt",
    "anwältin",
    "verteidiger",
    "verteidigerin",
    "kämmerer",
    "kämmerin",
    "pfarrer",
    "pfarrerin",
    "dirigent",
    "dirigentin",
    "sänger",
    "sängerin",
    "meisterin",
    # Offices of a board, a party or a team: "Betriebsratsvorsitzende Ralf
    # Maurer", "SPD-Fraktionsvize Dirk Kramer", "Finanzvorstand Klaus Ebert",
    # "Bürgermeister-Stellvertreterin Eva Roth", "Bundestrainer Karl Möller".
    "vorsitzende",
    "vorsitzender",
    "vize",
    "vorstand",
    "stellvertreter",
    "stellvertreterin",
    "trainer",
    "trainerin",
    # Councils and offices of a town or a state: "Verkehrslandesrat René
    # Roth", "Sozialdezernentin Birgit Ohm"; scholars: "Historiker Jan Ott".
    "rat",
    "dezernent",
    "iker",
    "ikerin",
    "coach",
    "sekretär",
    "sekretärin",
    # Stage, sport and team: "Hauptdarsteller Emil Kranz", "Biathlet Tom
    # Lenz", "Teamkollege Jan Ott", "Radsportler Ole Berg".
    "darsteller",
    "athlet",
    "kollege",
    "sportler",
    "künstler",
    # Authors, managers and administrators: "Hauptautor Prof. Jan Ott",
    # "Manager Ole Berg", "Insolvenzverwalter Tim Roth".
    "autor",
    "autorin",
    "manager",
    "managerin",
    "verwalter",
    "verwalterin",
    # Fire brigade ranks: "Kreisbrandmeister Stefan Ott".
    "brandmeister",
    # Markets, science and rescue copy: "Marktanalyst Jan Ott", "Kurator
    # Tim Lenz", "Bergretter Ole Berg", "Mediziner Jan Roth".
    "analyst",
    "analystin",
    "kurator",
    "kuratorin",
    "retter",
    "retterin",
    "mediziner",
    "forscher",
    # Hospital copy: "Chefarzt Jan Roth", "Oberärztin Eva Lind"; scholars
    # named by their science: "Zoologe Timo Roth", "Soziologin Eva Lind".
    "arzt",
    "ärztin",
    "loge",
    "login",
)
#: The endings of German feminine nouns of a calling (``Schäferin``,
#: ``Kunsthistorikerin``, ``Polizistin``, ``Studentin``, ``Direktorin``):
#: before a name, a word of nine letters or more so ending is a role,
#: never a given name (``Valentin`` and ``Christin`` are shorter; ``-antin``
#: is left out for ``Konstantin``).
_CALLING_SUFFIX_DE_FEMININE = ("erin", "istin", "entin", "orin")
#: The endings of the long German given names and surnames that end in
#: ``-in`` (``Konstantin``, ``Florentin``, ``Augustin``; ``Hallstein``,
#: ``Bernstein``, ``Lichtenstein``: no noun of a person ends in ``-stein``,
#: so ``Laut Hallstein sei …`` names a person): every other word of nine
#: letters or more ending in ``-in`` before a name is the feminine of a
#: calling (``Biathletin``, ``Teamkollegin``, ``Regisseurin``,
#: ``Soziologin``), as every German feminine noun of a person is; the French
#: loan ending ``-eur`` is a calling too (``Regisseur``, ``Redakteur``).
#: Convention: German copy sets the calling without an article right before
#: the name: „…“, sagte Biathletin Carla Roth (invented).
_NAME_ENDINGS_DE = ("ntin", "stin", "stein")
#: The endings of German nouns for a newspaper, an agency or a broadcaster:
#: ``der`` before such a noun after a role is a dative, the medium spoken to
#: (``sagte ein Sprecher der Deutschen Presse-Agentur``), not a genitive.
_MEDIA_SUFFIX_DE = ("zeitung", "agentur", "blatt", "welle", "rundschau", "zeitschrift")
#: The endings of German adjectives formed with ``-lich``, ``-isch``,
#: ``-ig``: a capital so ending opens a noun phrase at the start of a
#: sentence (``Gesundheitliche Gründe``, ``Politische Beobachter``), never
#: a person's name.
_ADJECTIVE_SUFFIX_DE = ("liche", "lichen", "ische", "ischen", "ige", "igen")


@attrs.frozen(slots=True)
class _Words:
    """The word lists of one language, lower-cased where they are matched."""

    cue_first: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    particles: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    bare_sources: frozenset[str]
    time_demonstratives: frozenset[str]
    time_nouns: frozenset[str]
    function_words: frozenset[str]
    title_phrases: tuple[tuple[str, ...], ...]
    participles: frozenset[str]
    persons: frozenset[str]
    months: frozenset[str]
    impersonal: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    #: Common given names of women and of men, lower-cased (lists
    #: ``given_names_female`` and ``given_names_male``): the first word of a
    #: full name tells the person's gender when nothing else does.
    given_female: frozenset[str]
    given_male: frozenset[str]
    #: Both lists: a given name of either sex.
    given_names: frozenset[str]
    epithets: tuple[str, ...]
    back_tags: tuple[tuple[str, ...], ...]
    stance: frozenset[str]
    #: The back-reference tags that name the words themselves and take any
    #: verb (``mit diesen Worten``: ``= any verb`` in the list).
    any_verb_tags: frozenset[tuple[str, ...]]
    #: The words that open a clause with a second speaker after a comma
    #: (``worauf``; ``avant que``; ``a lo que``), from ``clause_links``.
    clause_links: tuple[tuple[str, ...], ...]
    #: Role nouns of a later mention and the title they stand for
    #: (``técnico``: ``entrenador``), from the list ``role_synonyms``.
    synonyms: dict[str, str]
    #: Capitalised nouns of nationality (``le Slovène``), from the list
    #: ``nationalities``: a role before a name, an epithet alone.
    nationalities: frozenset[str]
    #: ``kin_nouns``: a relative's noun, before a given name alone in commas.
    kin: frozenset[str]
    #: ``defendant_nouns``: the noun court copy calls the defendant by
    #: (``prévenu``; ``acusado``).
    defendants: frozenset[str]
    #: ``trial_words``: the words that name the person before them as the
    #: one tried (``jugé``; ``juzgado``).
    trials: frozenset[str]
    #: ``body_nouns``: the nouns a later mention calls a named body by, each
    #: with whether it is a firm's (``Unternehmen``; ``société``; ``compañía``).
    bodies: dict[str, bool]
    #: ``parties``: parties named before a person's name that are no
    #: acronym (``Ecolo``; ``Vox``).
    parties: frozenset[str]
    #: ``naming_verbs`` (German): verbs of naming that quote one noun after
    #: ``von`` or ``als`` (``sprach``, ``würdigte``).
    naming_verbs: frozenset[str]
    #: ``ranks`` (French, Spanish): ranks written without an article before
    #: the name in commas after a role (``colonel``; ``coronel``).
    ranks: frozenset[str]
    #: ``post_nouns``: a generic noun of a post, for the person just named
    #: with a title of the same gender (``funcionaria``).
    posts: frozenset[str]
    #: ``name_nouns`` (German): nouns (and compounds' endings) a quoted name
    #: follows (``verein``, ``initiative``).
    name_nouns: tuple[str, ...]
    #: ``body_aliases`` (Spanish): other names of a body, each with the name
    #: copy gives it first (``instituto armado = Guardia Civil``).
    aliases: dict[str, str]
    #: ``management_nouns`` (French, Spanish): nouns of a body's management
    #: that speak for the body named after them (``direction``; ``dirección``).
    managements: frozenset[str]
    #: ``kind_nouns`` (French, Spanish): nouns of a kind of thing a single
    #: capitalised name follows, no person's (``tempête``; ``bacteria``).
    kinds: frozenset[str]


#: The definite articles before the body a connector names (``Desde el
#: Gobierno,``, ``Desde la CGT,``).
_SIDE_ARTICLES = frozenset({"el", "la", "los", "las", "le", "les", "l'", "l’"})


def _connector_end(toks: Sequence[_Token]) -> int:
    """The index after a connector that opens a sentence with its comma, else 0.

    Convention: Spanish and French copy open a sentence that turns to
    another speaker with a short connector and a comma before the subject
    (``Por su parte, la portavoz, Elena Ríos, acusó …``; ``Asimismo,``,
    ``Por otro lado,``; ``De son côté, le maire, Luc Faure, a dénoncé
    …``; ``Pour sa part,``): one to three words, the first capitalised and
    the others in lower case, then the comma.  The side a speaker stands
    on may end the connector, a body's name after its article (``Desde el
    Gobierno, el jefe de Gabinete, Luis Mora, replicó …``, invented).
    """
    for n in range(1, 4):
        if n >= len(toks):
            return 0
        tok = toks[n]
        if tok.text == ",":
            first = toks[0]
            if first.capital and not first.mark and n + 1 < len(toks):
                return n + 1
            return 0
        if tok.mark or (
            tok.capital
            and not (
                n == 2
                and toks[1].low in _SIDE_ARTICLES
                and n + 1 < len(toks)
                and toks[n + 1].text == ","
            )
        ):
            return 0
    return 0


def _optional(language: str, name: str) -> frozenset[str]:
    """A list that only the languages whose grammar needs it have, lower-cased."""
    if name not in lexicon.list_names(language):
        return frozenset()
    return frozenset(w.casefold() for w in lexicon.words(language, name))


def _plural_preterites(language: str, cues: Iterable[str]) -> frozenset[str]:
    """The German plural of each cue verb of the list in the preterite.

    Convention: a German weak verb adds ``-n`` to its preterite for a plural
    subject, and wire copy tags a group's words so: „Wir bleiben“,
    berichteten zwei Anwohner (invented). The list ``cue_verbs`` gives the
    singular (``berichtete``); its plural (``berichteten``) is a cue too.

    :param language: the language code; only German has the form.
    :param cues: the lines of the list ``cue_verbs``.
    :returns: the plural forms of the verbs of the list ending in ``-te``.
    """
    if language != "de":
        return frozenset()
    return frozenset(
        c.split()[0].casefold() + "n" for c in cues if c.split()[0].casefold().endswith("te")
    )


@functools.cache
def _shared_participles(language: str) -> frozenset[str]:
    """The participles of the cue verbs in the passé composé or the pretérito perfecto.

    The list ``cue_verbs`` gives them after their auxiliary (``a dénoncé``,
    ``ha denunciado``); see :func:`_shares_auxiliary`.
    """
    out: set[str] = set()
    for c in lexicon.words(language, "cue_verbs"):
        parts = c.casefold().split()
        if len(parts) == 2 and parts[0] in ("a", "ha"):
            out.add(parts[1])
    return frozenset(out)


def _shares_auxiliary(text: str, language: str) -> bool:
    """Whether ``text``, between two quotations, coordinates a cue's participle with the cue before.

    Convention: French and Spanish copy give a speaker two partial
    quotations in one sentence with one auxiliary for both verbs (``Le
    maire a réclamé « un vrai plan » et dénoncé « des années d'abandon ».``;
    ``El alcalde ha pedido «un plan» y denunciado «años de abandono».``,
    invented): the participle after ``et`` or ``y`` is a cue of the second,
    whose speaker is the first one's.
    """
    if language not in ("fr", "es"):
        return False
    toks = _tokens(text, 0)
    return (
        len(toks) == 2
        and toks[0].low in ("et", "y", "puis")
        and toks[1].low in _shared_participles(language)
    )


@functools.cache
def _words(language: str) -> _Words:
    cues = lexicon.words(language, "cue_verbs")
    # The role word without its article, an elided one too ("l'avocat": avocat).
    titles = {
        t.split()[-1].casefold().rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        for t in lexicon.words(language, "titles")
    }
    return _Words(
        cue_first=frozenset(
            c.split()[0].casefold()
            for c in cues
            if c.split()[0].casefold().replace("’", "'") not in _REFLEXIVES
        )
        | _plural_preterites(language, cues),
        source_phrases=tuple(
            sorted(
                (
                    tuple(t.low for t in _tokens(p, 0))
                    for p in lexicon.words(language, "source_phrases")
                ),
                key=len,
                reverse=True,
            )
        ),
        pronouns=frozenset(p.casefold() for p in lexicon.words(language, "pronouns")),
        titles=frozenset(titles),
        honorifics=frozenset(h.casefold() for h in lexicon.words(language, "honorifics")),
        particles=frozenset(p.casefold() for p in lexicon.words(language, "name_particles")),
        determiners=frozenset(d.casefold() for d in lexicon.words(language, "determiners")),
        prepositions=frozenset(p.casefold() for p in lexicon.words(language, "prepositions")),
        adverbs=frozenset(a.casefold() for a in lexicon.words(language, "adverbs")),
        bare_sources=_optional(language, "bare_sources"),
        time_demonstratives=_optional(language, "time_demonstratives"),
        time_nouns=_optional(language, "time_nouns"),
        function_words=frozenset(w.casefold() for w in lexicon.words(language, "function_words")),
        months=frozenset(m.casefold() for m in lexicon.mapping(language, "months")),
        persons=frozenset(
            p.casefold()
            for p, gender in lexicon.mapping(language, "pronouns").items()
            if gender in ("male", "female")
        ),
        participles=frozenset(
            c.split()[-1].casefold()
            for c in cues
            if c.split()[0].casefold() in _AUXILIARIES | _REFLEXIVES
        ),
        title_phrases=tuple(
            sorted(
                {tuple(t.low for t in _tokens(x, 0)) for x in lexicon.words(language, "titles")},
                key=len,
                reverse=True,
            )
        ),
        impersonal=tuple(
            sorted(
                (
                    tuple(t.low for t in _tokens(p, 0))
                    for p in _optional(language, "impersonal_cues")
                ),
                key=len,
                reverse=True,
            )
        ),
        document_nouns=_optional(language, "document_nouns"),
        given_female=_optional(language, "given_names_female"),
        given_male=_optional(language, "given_names_male"),
        given_names=_optional(language, "given_names_female")
        | _optional(language, "given_names_male"),
        epithets=tuple(sorted(_optional(language, "epithets"))),
        back_tags=tuple(
            sorted(
                (
                    tuple(t.low.rstrip("'") for t in _tokens(p, 0))
                    for p in _optional(language, "back_reference_tags")
                ),
                key=len,
                reverse=True,
            )
        ),
        stance=_optional(language, "stance_openers"),
        any_verb_tags=frozenset(
            tuple(t.low.rstrip("'") for t in _tokens(e.partition(" = ")[0], 0))
            for e in (
                lexicon.entries(language, "back_reference_tags")
                if "back_reference_tags" in lexicon.list_names(language)
                else ()
            )
            if e.partition(" = ")[2] == "any verb"
        ),
        clause_links=tuple(
            sorted(
                (tuple(t.low for t in _tokens(p, 0)) for p in _optional(language, "clause_links")),
                key=len,
                reverse=True,
            )
        ),
        synonyms=(
            {
                k.casefold(): v.casefold()
                for k, v in lexicon.mapping(language, "role_synonyms").items()
            }
            if "role_synonyms" in lexicon.list_names(language)
            else {}
        ),
        nationalities=_optional(language, "nationalities"),
        kin=_optional(language, "kin_nouns"),
        defendants=_optional(language, "defendant_nouns"),
        trials=_optional(language, "trial_words"),
        parties=_optional(language, "parties"),
        ranks=_optional(language, "ranks"),
        name_nouns=tuple(sorted(_optional(language, "name_nouns"))),
        posts=_optional(language, "post_nouns"),
        kinds=_optional(language, "kind_nouns"),
        managements=_optional(language, "management_nouns"),
        aliases=(
            {k.casefold(): v for k, v in lexicon.mapping(language, "body_aliases").items()}
            if "body_aliases" in lexicon.list_names(language)
            else {}
        ),
        naming_verbs=_optional(language, "naming_verbs"),
        bodies={
            key.strip().casefold(): value.strip() == "firm"
            for key, _, value in (
                e.partition(" = ")
                for e in (
                    lexicon.entries(language, "body_nouns")
                    if "body_nouns" in lexicon.list_names(language)
                    else ()
                )
            )
        },
    )


@functools.cache
def _genders(language: str) -> dict[str, str]:
    """The gender a pronoun, an article or an honorific tells (``elle``: female)."""
    genders = {k.casefold(): v for k, v in lexicon.mapping(language, "pronouns").items()}
    if "gender_words" in lexicon.list_names(language):
        genders.update(
            {k.casefold(): v for k, v in lexicon.mapping(language, "gender_words").items()}
        )
    return genders


@functools.cache
def _first_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the source phrases and of the impersonal tags of a language."""
    words = _words(language)
    return (
        frozenset(p[0] for p in words.source_phrases if p),
        frozenset(p[0] for p in words.impersonal if p),
    )


@functools.cache
def _titles_by_first(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The titles of several words (``premier ministre``), by their first word.

    Each word's titles keep the order of :attr:`_Words.title_phrases` (the
    longest first); a title of one word is not listed.
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for title in _words(language).title_phrases:
        if len(title) > 1:
            out.setdefault(title[0], []).append(title)
    return {first: tuple(titles) for first, titles in out.items()}


@functools.cache
def _long_cues(language: str) -> frozenset[tuple[str, ...]]:
    """The cues of three words that open with an auxiliary (``a fait savoir``)."""
    out = set()
    for c in lexicon.words(language, "cue_verbs"):
        parts = tuple(c.casefold().split())
        if len(parts) == 3 and parts[0] in _AUXILIARIES:
            out.add(parts)
    return frozenset(out)


@functools.cache
def _joined_cues(language: str) -> tuple[str, ...]:
    """German past-tense cue verbs a separable prefix may join (``teilte`` in ``mitteilte``)."""
    return tuple(sorted(c for c in _words(language).cue_first if len(c) >= 5 and c.endswith("te")))


class _Token:
    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.low = text.casefold().replace("’", "'")

    @property
    def capital(self) -> bool:
        return _CAPITAL_RE.match(self.text) is not None

    @property
    def mark(self) -> bool:
        return not self.text[0].isalnum()


def _tokens(text: str, offset: int) -> list[_Token]:
    return [_Token(m.group(), offset + m.start()) for m in _TOKEN_RE.finditer(text)]


@attrs.frozen(slots=True)
class _Found:
    """A source read from a phrase: a name, a pronoun or a role as written."""

    name: str
    mention: str
    span: Span
    kind: str  # "name", "pronoun", "role", "group"


class _Reader:
    """Reads and resolves the speaker phrases of one article."""

    def __init__(self, source: str, paragraphs: Sequence[Paragraph], language: str) -> None:
        self.source = source
        self.language = language
        self.words = _words(language)
        self.body = [(p.span.start, p.span.end) for p in paragraphs]
        self.last: Speaker | None = None
        self.last_named: Speaker | None = None
        self._full: dict[str, str] = {}
        self._mid: frozenset[str] | None = None
        #: Whether the article writes a word in lower case, per word asked.
        self._lower: dict[str, bool] = {}
        #: The text of the paragraph before the quotation being read, with
        #: its offset: where a pronoun's antecedent is looked for first.
        self.context: tuple[str, int] = ("", 0)
        #: The previous paragraph's text, with its offset.
        self.prev_context: tuple[str, int] = ("", 0)
        #: The quotation's paragraph up to its opening mark, and its offset.
        self.para_context: tuple[str, int] = ("", 0)
        #: Whether the quotation being read has a tag whose pronoun is of the
        #: other gender than the last speaker: no carry gives it that speaker.
        self.other_gender = False
        #: The tokens of each text read so far, by text and offset: the tag
        #: after a quotation is read by two rules, a context by several.
        self._token_lists: dict[tuple[str, int], list[_Token]] = {}

    def tokens(self, text: str, offset: int) -> list[_Token]:
        """Return the tokens of *text*, which starts at *offset* (memoised; never changed)."""
        key = (text, offset)
        found = self._token_lists.get(key)
        if found is None:
            found = self._token_lists[key] = _tokens(text, offset)
        return found

    # ---------------------------------------------------------------- names

    def _is_role_word(self, tok: _Token) -> bool:
        low = tok.low.rstrip(".")
        words = self.words
        if (
            low in words.titles
            or low + "." in words.titles  # "Herr Dr. Ederle", "Prof. Lind"
            or low in words.honorifics
            or low + "." in words.honorifics
            or low in words.synonyms
        ):
            return True
        if tok.capital and low in words.nationalities:
            return True  # "le Français Paul Roux"
        if self.language == "de":
            if "-" in low and not low.endswith("-"):
                # "Hertha-Coach", "Union-Trainerin": a compound whose last
                # part is a role; "Lawinendienst-Leiter": one whose last
                # part ends as a role does.
                low = low.rsplit("-", 1)[1]
                if low in words.titles or low in words.synonyms or low.endswith(_ROLE_SUFFIX_DE):
                    return True
            if low.endswith("en") and (
                low[:-2] in words.titles or low[:-2].endswith(_ROLE_SUFFIX_DE)
            ):
                # A weak masculine title declined after an article or a
                # possessive: "verabschiedete ihren Stadtpräsidenten Urs
                # Keller", "traf den Präsidenten Jan Roth" (invented).
                return True
            return (
                (low.endswith(_ROLE_SUFFIX_DE) and len(low) > 6)
                or (low.endswith(_CALLING_SUFFIX_DE_FEMININE) and len(low) >= 9)
                or (low.endswith("in") and len(low) >= 9 and not low.endswith(_NAME_ENDINGS_DE))
                or (low.endswith("eur") and len(low) >= 8)
                or (
                    low.endswith(_COMPOUND_ROLE_SUFFIX_DE)
                    and any(
                        low.endswith(part) and len(low) >= len(part) + 3
                        for part in _COMPOUND_ROLE_SUFFIX_DE
                    )
                )
            )
        return False

    def name_like(self, tok: _Token) -> bool:
        """Whether a capitalised word is written so inside a sentence somewhere.

        A capital that opens a sentence says nothing (``Posteriormente``,
        ``Aber``); a name keeps its capital in mid-sentence too.
        """
        if self._mid is None:
            mid: set[str] = set()
            for lo, hi in self.body:
                for m in _MID_CAPITAL_RE.finditer(self.source, lo, hi):
                    mid.add(m.group())
            self._mid = frozenset(mid)
        return tok.text in self._mid

    def _name_run(self, toks: Sequence[_Token], i: int) -> int:
        """The end index of a run of capitalised words and particles from ``i``.

        ``i`` may be past the last token (a source phrase cut short at the
        end of the text, ``laut der``): the run is then empty.
        """
        if i >= len(toks):
            return i
        j = i
        words = self.words
        # Capitalised words of the name so far, titles and roles left out.
        given = 0
        # Capitalised words before a particle: Spanish names give two given
        # names and a surname before it ("María José Martín de la Peña").
        most = {"de": 1, "es": 3}.get(self.language, 2)
        if (
            self.language == "de"
            and i > 0
            and (
                toks[i - 1].low in words.determiners
                or (
                    i > 1
                    and toks[i - 2].low in words.determiners
                    and not toks[i - 1].capital
                    and not toks[i - 1].mark
                )
            )
            and not self._is_role_word(toks[i])
        ):
            # A German noun after its article (and an adjective) is no given
            # name: its "von" is the preposition ("dank eines späten Treffers
            # von Lea Roth", "die Mutter von Tim Ott"), not a particle.
            most = 0
        if (
            i + 1 < len(toks)
            and toks[i].low in words.determiners
            and toks[i + 1].capital
            and self._is_role_word(toks[i + 1])
        ):
            # The article opening a sentence before a title is the title's,
            # no given name: "Die Ministerin Ulrike von der Hagen kam."; the
            # "de" after a title in capitals opens its complement, no
            # surname: "Le PDG de la SNCF, Jean Roux," names Jean Roux.
            given = -1
        while j < len(toks):
            t = toks[j]
            if j == i and (capital_particle := self._capital_particle_end(toks, j)):
                # "Van den Berg selbst gab sich …", "De la Serna detalló …".
                given += 1
                j = capital_particle
            elif t.capital and not t.mark:
                if not self._is_role_word(t):
                    given += 1
                j += 1
            elif (
                (
                    t.low in words.particles
                    or (j + 1 < len(toks) and f"{t.low} {toks[j + 1].low}" in words.particles)
                )
                and (
                    0 < given <= most
                    # "Frau von der Schulenburg", "Mme de La Tour": the
                    # particle right after an honorific.
                    or (given == 0 and j > i and toks[j - 1].low.rstrip(".") in words.honorifics)
                    or (given == 0 and j > i and toks[j - 1].low + "." in words.honorifics)
                )
                and t.low not in ("vom", "zu", "zur", "zum")
            ):
                # A particle, or two ("von der", "de la"), before the surname.
                k = j + 1
                if (
                    k < len(toks)
                    and not toks[k].capital
                    and (
                        toks[k].low in words.particles
                        or f"{t.low} {toks[k].low}" in words.particles
                    )
                ):
                    k += 1
                if (
                    t.low in _FIELD_CONJUNCTIONS
                    and k + 1 < len(toks)
                    and toks[k].low in words.given_names
                    and toks[k + 1].capital
                    and not toks[k + 1].mark
                ):
                    # A given name and a surname after "y": two people, not a
                    # surname joined by its "y" ("Luis Gil y Ana Pardo" are
                    # two; "José Ortega y Gasset" is one).
                    break
                if k < len(toks) and toks[k].capital and not toks[k].mark:
                    j = k
                else:
                    break
            elif (
                t.text == "."
                and j > i
                and j + 1 < len(toks)
                and toks[j + 1].capital
                and (
                    len(toks[j - 1].text) == 1
                    or toks[j - 1].low + "." in words.honorifics
                    or toks[j - 1].low + "." in words.titles
                )
            ):
                j += 1  # "M. Lenoir", "Dr. Berger", "Ana M. Ruiz"
            else:
                break
        while j > i and toks[j - 1].low in words.particles:
            j -= 1
        return j

    def _party(self, tok: _Token) -> bool:
        """Whether ``tok`` names a party or a union before a French or Spanish name.

        Convention: copy sets the party after the role and before the name,
        in capitals (``le député LFI Paul Roux``, ``la delegada UGT Ana
        Gil``) or by a name of its own that is no acronym (list ``parties``:
        ``le député Ecolo Paul Roux``, ``el diputado Vox Luis Gil``, all
        invented).
        """
        return _AGENCY_ACRONYM_RE.fullmatch(tok.text) is not None or tok.low in self.words.parties

    def _capital_particle_end(self, toks: Sequence[_Token], j: int) -> int:
        """The end of a surname opening with a capitalised particle at ``toks[j]``, else 0.

        Convention: a surname with a particle, opening a sentence, writes the
        particle with a capital (``Jan van Dijk`` … ``Van Dijk selbst gab
        sich gelassen``; ``Juan de la Sierra`` … ``De la Sierra detalló
        …``, invented); it is a name only when the article writes it in
        full with a given name (:meth:`_particle_full`), as a preposition
        opening a sentence (``Von den Einnahmen …``) never is.
        """
        words = self.words
        t = toks[j]
        if not t.capital or t.mark or j + 1 >= len(toks):
            return 0
        if t.low not in words.particles and f"{t.low} {toks[j + 1].low}" not in words.particles:
            return 0
        k = j + 1
        if not toks[k].capital and not toks[k].mark:
            k += 1  # "Van den", "De la"
        if k >= len(toks) or not toks[k].capital or toks[k].mark:
            return 0
        name = " ".join(x.text for x in toks[j : k + 1])
        return k + 1 if self._particle_full(name) != name else 0

    def _after_title(self, before: str) -> bool:
        """Whether ``before`` ends with an abbreviated title or honorific (``Dr.``)."""
        last = before.rsplit(None, 1)[-1] if before.strip() else ""
        low = last.casefold()
        return bool(last) and (low in self.words.titles or low in self.words.honorifics)

    def given_at_opening(self, tok: _Token) -> bool:
        """Whether a capital opening a sentence before a known surname is a given name.

        Convention: the first mention of a person often opens its paragraph
        (``Anna Berg ist Sprecherin der Stadt.`` ... ``sagte Frau Berg``;
        ``Paul Renard est ministre.`` ... ``a déclaré M. Renard``).  The
        capital is a given name unless it is a function word, an article, a
        preposition, an adverb, a role or the first word of a source phrase
        (``Laut``), or the article writes it in lower case somewhere
        (``Aber``, ``Ensuite``).
        """
        low = tok.low
        words = self.words
        if (
            len(low) < 2
            or not tok.capital
            or self._is_role_word(tok)
            or low in words.function_words
            or low in words.determiners
            or low in words.prepositions
            or low in words.adverbs
            or low in words.pronouns
            or low in words.cue_first
            or low in _first_words(self.language)[0]
        ):
            return False
        seen = self._lower.get(low)
        if seen is None:
            pattern = regex.compile(r"(?<![\p{L}\p{N}-])" + regex.escape(low) + r"(?![\p{L}\p{N}])")
            seen = any(pattern.search(self.source, lo, hi) is not None for lo, hi in self.body)
            self._lower[low] = seen
        return not seen

    def full_name(self, name: str) -> str:
        """The fullest form of ``name`` in the article (``Berger`` -> ``Ilse Berger``).

        Convention: a surname at a cue stands for the person the article
        named in full, usually earlier (``Ilse Berger ... Berger sagte``).
        """
        if " " in name:
            return self._particle_full(name)
        if len(name) < 3:
            return name
        cached = self._full.get(name)
        if cached is not None:
            return cached
        best = name
        pattern = regex.compile(
            r"((?:\p{Lu}[\p{L}’'-]+\s+){1,2})((?:von der|von|van|de la|del|de)\s+)?"
            + regex.escape(name)
            + r"((?:\s+(?:del|de la|de los|de)\s+\p{Lu}[\p{L}’'-]+)?)\b"
            # Spanish names carry two surnames; a later mention uses the
            # first alone ("Luis Ortega Sánchez" ... "añadió Ortega").
            + (r"((?:\s+\p{Lu}\p{Ll}[\p{L}’'-]+)?)\b" if self.language == "es" else r"()")
        )
        for lo, hi in self.body:
            m = pattern.search(self.source, lo, hi)
            if m is None:
                continue
            toks = _tokens(m.group(1), 0)
            before = self.source[lo : m.start()].rstrip()
            # A capital that opens a sentence may be any word ("Wenn Berger"),
            # but the stop of a title is no sentence end ("Dr. Jonas Wendler",
            # "M. Paul Renard").
            opens = before[-1:] in ".!?:" and not self._after_title(before)
            if self.language == "de" and not opens:
                # Inside a German sentence a capital may be any noun: only
                # after a comma (an apposition) is it read as a given name.
                opens = self.source[lo : m.start()].rstrip()[-1:] != ","
            prior = _tokens(before[-40:], 0)[-2:]
            if (
                self.language == "de"
                and len(toks) > 1
                and len(prior) == 2
                and prior[0].low in self.words.determiners
                and not prior[1].capital
                and not prior[1].mark
            ):
                # An article and an adjective make the capital after them a
                # noun: "der vorsitzende Richter Harald Vos" names Harald Vos.
                toks = toks[1:]
            keep = [
                t
                for t in toks
                if not self._is_role_word(t)
                and (
                    self.name_like(t)
                    or not opens
                    or t is not toks[0]
                    or (self.language != "de" and len(toks) > 1)
                    or self.given_at_opening(t)
                )
                and t.low not in self.words.function_words
                and t.low not in self.words.determiners
                # A noun in lower case after an elided article is a role:
                # "L'échevine Ans Roels" names Ans Roels.
                and t.capital
                # A party in capitals is no given name: "le député LFI Paul
                # Roux … Roux a maintenu" names Paul Roux.
                and (t is toks[-1] or not self._party(t))
                # A German noun after an article is a role ("die Schülerin Lea").
                and not (
                    self.language == "de"
                    and t is not toks[0]
                    and toks[toks.index(t) - 1].low in self.words.determiners
                )
            ]
            # Only given names left, counted from the surname back.
            while keep and keep[0] is not toks[len(toks) - len(keep)]:
                keep = keep[1:]
            if keep:
                second = m.group(4)
                low = second.strip().casefold()
                if (
                    not second
                    or low in self.words.function_words
                    or low in self.words.determiners
                    or low in self.words.titles
                    or not self.name_like(_tokens(second, 0)[0])
                ):
                    second = ""
                # A particle between the given name and the surname stays:
                # "Jean de la Tour" ... "Tour".
                particle = m.group(2) or ""
                best = " ".join([*(t.text for t in keep), particle + name]) + m.group(3) + second
                break
        if best == name:
            best = self._given_to_full(name)
        self._full[name] = best
        return best

    def _particle_full(self, name: str) -> str:
        """The full name of a surname that opens with a particle (``Del Valle``).

        Convention: a surname with a particle, written alone, capitalises the
        particle (``Elena del Valle`` ... ``añadió Del Valle``; ``Anne Le
        Guen`` ... ``Mme Le Guen``): it stands for the full name written
        before, whatever the particle's case there.
        """
        first, _, rest = name.partition(" ")
        if first.casefold() not in self.words.particles and first not in ("Le", "La"):
            return self._inner_particle_full(name)
        cached = self._full.get(name)
        if cached is not None:
            return cached
        pattern = regex.compile(
            r"(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)\s+((?i:"
            + regex.escape(first)
            + r")\s+"
            + regex.escape(rest)
            + r")(?![\p{L}’'-])"
        )
        best = name
        for lo, hi in self.body:
            for m in pattern.finditer(self.source, lo, hi):
                given = m.group(1)
                if not self._given_before(given, lo, m.start(), m.group(2) == name):
                    continue
                second = _GIVEN_BEFORE_RE.search(self.source, max(lo, m.start() - 40), m.start())
                if second is not None and self._given_before(
                    second.group(1), lo, second.start(), False
                ):
                    # Two given names: "Juan Martín de la Serna".
                    given = f"{second.group(1)} {given}"
                best = f"{given} {m.group(2)}"
                break
            if best != name:
                break
        self._full[name] = best
        return best

    def _given_before(self, given: str, lo: int, at: int, same_case: bool) -> bool:
        """Whether the capitalised word ``given``, at ``at``, is a given name before a surname.

        It is no function word, article, honorific, preposition, adverb or
        role; a German capital after an article is a noun (``Die Familie von
        der Heide``, invented); with ``same_case`` (the particle written as
        in the mention), the word must keep its capital inside a sentence.

        :param given: the word.
        :param lo: the start of its paragraph.
        :param at: its offset in the source.
        :param same_case: whether the particle after it is written as in the mention.
        """
        words = self.words
        low = given.casefold()
        tok = _tokens(given, 0)[0]
        if (
            low in words.function_words
            or low in words.determiners
            or low in words.honorifics
            or low in words.prepositions
            or low in words.adverbs
            or self._is_role_word(tok)
            or (
                same_case
                and not self.name_like(tok)
                # A name in apposition after a comma: "…, Anne de La Tour".
                and self.source[max(lo, at - 2) : at] != ", "
            )
        ):
            return False
        before = _tokens(self.source[max(lo, at - 12) : at], 0)[-1:]
        return not (self.language == "de" and before and before[0].low in words.determiners)

    def _inner_particle_full(self, name: str) -> str:
        """The full name of a surname with a particle inside (``Verhelst de Moranvaux``).

        Convention: a compound surname joined by a particle (``Ruiz de la
        Peña``, ``Verhelst de Moranvaux``, ``Abel de Vries``), written without
        the given names on a later mention (``dijo Ruiz de la Peña``, ``a
        ajouté M. Verhelst de Moranvaux``), stands for the person the article
        named in full before (``Luis Ruiz de la Peña``, invented).

        :param name: the surname as written, of two words or more.
        :returns: the fullest form before, or ``name`` itself.
        """
        parts = name.split()
        words = self.words
        if (
            self.language not in ("fr", "es")
            or len(parts) < 3
            or not any(p.casefold() in words.particles for p in parts[1:-1])
        ):
            return name
        cached = self._full.get(name)
        if cached is not None:
            return cached
        pattern = regex.compile(
            r"(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]+\s+){1,2})"
            + regex.escape(name)
            + r"(?![\p{L}’'-])"
        )
        best = name
        for lo, hi in self.body:
            m = pattern.search(self.source, lo, hi)
            if m is None:
                continue
            toks = _tokens(m.group(1), 0)
            given = [
                t
                for t in toks
                if t.capital
                and t.low not in words.function_words
                and t.low not in words.determiners
                and t.low not in words.honorifics
                and t.low + "." not in words.honorifics
                and t.low not in words.prepositions
                and not self._is_role_word(t)
            ]
            # Only the given names right before the surname count.
            while given and given[0] is not toks[len(toks) - len(given)]:
                given = given[1:]
            if given:
                best = " ".join([*(t.text for t in given), name])
                break
        self._full[name] = best
        return best

    def _given_to_full(self, name: str) -> str:
        """The full name a given name alone stands for, when it is written so first.

        Convention: regional and web copy calls a private person (a pupil, a
        resident) by the given name after naming them in full (``Die
        Schülerin Lea Brandt (16) ist begeistert. „…“, sagt Lea.``;
        ``Marie Duval, 34 ans, ... raconte Marie``).  The word after the
        given name is a surname written with a capital in mid-sentence; in
        German, where every noun has a capital, only before a bracket or a
        comma (``Lea Brandt (16)``, ``Lea Brandt, Schülerin``).
        """
        pattern = regex.compile(
            r"(?<![\p{L}\p{N}’'-])"
            + regex.escape(name)
            + r"\s+(\p{Lu}\p{Ll}[\p{L}’'-]{1,30})(?![\p{L}’'-])(\s*[(,])?"
        )
        words = self.words
        for lo, hi in self.body:
            for m in pattern.finditer(self.source, lo, hi):
                surname = m.group(1)
                low = surname.casefold()
                if (
                    low in words.function_words
                    or low in words.determiners
                    or low in words.titles
                    or low in words.honorifics
                    or low in words.prepositions
                    or low in words.adverbs
                    or (self.language == "de" and m.group(2) is None)
                    or not self.name_like(_tokens(surname, 0)[0])
                ):
                    continue
                return f"{name} {surname}"
        return name

    def _adjective_at(self, toks: Sequence[_Token], k: int) -> bool:
        """Whether ``toks[k]``, not the last token, is a body's adjective in lower case.

        French and Spanish write a body's adjective after its noun in lower
        case, with one of their endings (``régionale``, ``paysanne``,
        ``estatal``): ``la Fiscalía estatal``, ``la Confédération paysanne``.
        """
        words = self.words
        return (
            k + 1 < len(toks)
            and not toks[k].capital
            and not toks[k].mark
            and toks[k].low.endswith(_ADJECTIVE_SUFFIX_FR_ES)
            and toks[k].low not in words.adverbs
            and toks[k].low not in words.function_words
        )

    def read(self, toks: Sequence[_Token], i: int) -> _Found | None:
        """Read the source phrase starting at ``toks[i]`` (``mention.lang_phrase``)."""
        words = self.words
        if i >= len(toks):
            return None
        first = toks[i]
        counted = (
            first.low in _QUANTIFIERS[self.language]
            and i + 1 < len(toks)
            and not toks[i + 1].mark
            # The noun after the number: capitalised in German, in lower case
            # in French and Spanish ("zwei Fischer", "des habitants").
            and toks[i + 1].capital == (self.language == "de")
            and toks[i + 1].low not in words.determiners
            and toks[i + 1].low not in words.prepositions
        )
        if first.low in words.prepositions and not counted:
            return None
        if first.low in words.pronouns and not (
            first.low in words.determiners
            and i + 1 < len(toks)
            and toks[i + 1].capital
            and not toks[i + 1].mark
        ):
            # A word that is a pronoun and a possessive is the possessive
            # before a noun: "Ihr Stellvertreter Max Ott ergänzte: „…“".
            return _Found(first.text, first.text, Span(first.start, first.end), "pronoun")
        if (
            first.low in words.particles
            and not first.capital
            and first.low not in words.determiners
            and first.low not in words.prepositions
            and i + 1 < len(toks)
        ):
            # "„…“, sagte van den Berg.", "dijo de la Sierra": a surname
            # opening with its particle, for the person named in full before.
            k = i + 1
            if not toks[k].capital and not toks[k].mark and k + 1 < len(toks):
                k += 1  # "van den", "de la"
            if toks[k].capital and not toks[k].mark:
                written = " ".join(x.text for x in toks[i : k + 1])
                full = self._particle_full(written)
                if full != written:
                    span = Span(first.start, toks[k].end)
                    return _Found(full, self.source[span.start : span.end], span, "name")
        if (
            first.low in words.honorifics
            and not first.capital
            and i + 1 < len(toks)
            and toks[i + 1].capital
        ):
            # "dijo doña Ana Ruiz": an honorific in lower case before the name.
            named = self.read(toks, i + 1)
            return named if named is not None and named.kind == "name" else None
        j = i
        det = False
        if counted:
            # "sagten zwei Fischer", "ont raconté des habitants": the number
            # stands as the article of an unnamed group.
            det = True
            j = i + 1
        # Only the titles that open with this word can match here.
        for title in _titles_by_first(self.language).get(first.low, ()):
            n = len(title)
            if tuple(t.low for t in toks[i : i + n]) == title:
                # "le Premier ministre Paul Lenoir": a title of several words.
                if (
                    i + n < len(toks)
                    and toks[i + n].capital
                    and not (
                        self.language != "de" and _AGENCY_ACRONYM_RE.fullmatch(toks[i + n].text)
                    )
                ):
                    named = self.read(toks, i + n)
                    if named is not None and named.kind == "name":
                        return named
                m = i + n
                while (
                    m < len(toks)
                    and m - (i + n) < 2
                    and not toks[m].capital
                    and not toks[m].mark
                    and toks[m].low not in words.particles
                    and toks[m].low not in words.prepositions
                ):
                    m += 1  # adjectives after the title: "le Premier ministre belge"
                if any(t.capital for t in toks[i + 1 : i + n]) and (m >= len(toks) or toks[m].mark):
                    # "a déclaré le Premier ministre.": the title alone is a
                    # role, its capital is no name; so with an adjective
                    # ("le Premier ministre belge, Hugo Vidal" gives the name
                    # in apposition).
                    end = toks[m - 1].end
                    phrase = self.source[first.start : end]
                    return _Found(phrase, phrase, Span(first.start, end), "role")
                break
        while j < len(toks) and (
            toks[j].low in words.determiners
            or toks[j].low in ("l", "d")
            # A source phrase whose "de" is joined to the article: "a juicio
            # del fiscal" (see source_phrase_at).
            or (j == i and toks[j].low == "del" and self.language == "es")
            # "dichas fuentes": a participle as the demonstrative.
            or (j == i and self._callback_determiner(toks, j))
        ):
            det = True
            j += 1
            if j < len(toks) and toks[j].low == "también" and self.language == "es":
                # "el también portavoz del partido, Luis Ortega": Spanish
                # copy sets "también" between the article and a second role.
                j += 1
        if (
            j + 1 < len(toks)
            and toks[j].low in ("des", "de")
            and toks[j + 1].low in words.bare_sources
            and self.language == "fr"
        ):
            det = True  # "des sources diplomatiques"
            j += 1
        if (
            j < len(toks)
            and toks[j].low in words.bare_sources
            and (
                not toks[j].capital
                or (
                    # "Fuentes sanitarias indicaron …" opening a sentence (not
                    # the surname: "Fuentes aseguró").
                    j == i
                    and j + 1 < len(toks)
                    and not toks[j + 1].capital
                    and not toks[j + 1].mark
                    and toks[j + 1].low not in words.cue_first
                    and toks[j + 1].low not in _AUXILIARIES
                    and self.full_name(toks[j].text) == toks[j].text
                )
            )
        ):
            # "indicaron fuentes del Ministerio": wire copy names unnamed
            # sources by a plural without an article; it reads as a role.
            det = True
            if toks[j].capital:
                j += 1  # the capital of the sentence is no name
        if det and self._german_age_at(toks, j):
            j += 3  # "der 47 Jahre alte Trainer": the age before the noun
        # Words before the noun: lower-case adjectives ("der deutsche Radprofi").
        limit = 3 if self.language == "de" else 2
        while det and j < len(toks) and not toks[j].capital and not toks[j].mark and j - i <= limit:
            if (
                toks[j].low in words.prepositions
                # A role noun that is a verb too ("la juge", "il juge") is the noun here.
                or (toks[j].low in words.cue_first and toks[j].low not in words.titles)
                or toks[j].low in words.particles
                or toks[j].low in words.function_words
                # A day or an adverb after the noun ends the phrase: "a
                # annoncé le groupe mercredi", "dijo el club hoy".
                or (j > i + 1 and toks[j].low in words.adverbs)
            ):
                break
            j += 1
        if (
            det
            and self.language != "de"
            and j - i == limit + 1
            and j + 1 < len(toks)
            and not toks[j].capital
            and not toks[j].mark
            and toks[j].low not in words.prepositions
            and toks[j].low not in words.particles
            and toks[j].low not in words.function_words
            and toks[j + 1].capital
            and not toks[j + 1].mark
        ):
            # A noun and two adjectives right before the name: "la
            # conseillère municipale écologiste Julie Moreau".
            j += 1
        if (
            det
            and self.language != "de"
            and j > i + 1
            and j < len(toks)
            and not toks[j - 1].capital
            and not toks[j - 1].mark
            and _AGENCY_ACRONYM_RE.fullmatch(toks[j].text)
        ):
            # A party or union in capitals after a role noun belongs to the
            # role: "le maire PS de Brestou, Paul Renard", "la diputada
            # PSOE Ana Gil".
            j += 1
        start = j
        end = self._name_run(toks, start)
        while (
            end > start
            and start == i
            and not det
            and not self.name_like(toks[start])
            and (end - start == 1 or toks[start].low in words.function_words)
        ):
            start += 1  # a capital that only opens the sentence
            end = self._name_run(toks, start) if start < end else start
            if end == start:
                return None
        if end == start or (
            start > i + 1
            and start < len(toks)
            and toks[start - 1].low in words.particles
            and toks[start - 1].low not in words.determiners
        ):
            # A role without a capital: "le ministre", "el portavoz", with
            # its complement: "le ministre de la Santé".
            k = start
            if k < len(toks) and toks[k].low in words.particles and k + 1 < len(toks):
                k += 1
                if toks[k].low in words.determiners and k + 1 < len(toks):
                    k += 1
                c0 = k
                k = max(self._name_run(toks, k), k + (not toks[k].mark))
                if (
                    det
                    and toks[c0].capital
                    and k - c0 >= 3
                    and toks[c0 + 1].capital
                    and toks[k - 1].capital
                    and self.name_like(toks[c0 + 1])
                    and not any(self._is_role_word(t) for t in toks[c0 + 1 : k])
                    # A name in commas after the run: the run is the body's
                    # ("del Servicio Nacional de Salud, Ana Gil").
                    and self._long_body_end(toks, c0) is None
                ):
                    # The holder's name right after a complement of one word,
                    # no comma between: "le ministre de l'Intérieur Paul
                    # Renard", "el ministro del Interior Luis Ortega".
                    name = self.source[toks[c0 + 1].start : toks[k - 1].end]
                    mention = self.source[toks[i].start : toks[k - 1].end]
                    return _Found(name, mention, Span(toks[i].start, toks[k - 1].end), "name")
                # An adjective after the complement's noun: "de la central
                # obrera Héctor Sosa".
                c1 = c0 + 1
                if (
                    c1 + 1 < len(toks)
                    and toks[c0 - 1].low in words.determiners
                    and not toks[c1].capital
                    and not toks[c1].mark
                    and toks[c1].text.isalpha()
                    and toks[c1].low not in words.particles
                    and toks[c1].low not in words.prepositions
                    and toks[c1].low not in words.function_words
                ):
                    c1 += 1
                if (
                    det
                    and self.language != "de"
                    and not toks[c0].capital
                    and not toks[c0].mark
                    and toks[c0].low not in words.determiners
                    and (
                        toks[c0 - 1].low in words.particles
                        or (
                            toks[c0 - 1].low in words.determiners
                            and toks[c0 - 2].low in words.particles
                        )
                    )
                    and c1 + 1 < len(toks)
                    and toks[c1].capital
                    and toks[c1].low not in words.determiners
                    and not toks[c1].mark
                    and self.name_like(toks[c1])
                    and not self._is_role_word(toks[c1])
                ):
                    # A complement of one word in lower case, then the
                    # holder's name: "la médica de familia Paula Roca", "la
                    # juge d'instruction Anne Roux" (invented); with its
                    # article and an adjective: "el secretario de la central
                    # obrera Héctor Sosa".
                    stop = self._name_run(toks, c1)
                    if stop - c1 >= 2 and all(t.capital for t in toks[c1:stop]):
                        name = self.source[toks[c1].start : toks[stop - 1].end]
                        mention = self.source[toks[i].start : toks[stop - 1].end]
                        span = Span(toks[i].start, toks[stop - 1].end)
                        return _Found(name, mention, span, "name")
            if det and k - i > 7 and k > start:
                body_end = self._long_body_end(toks, start + 1)
                if body_end is not None:
                    # "el director del Servicio Nacional de Gestión de
                    # Riesgos ante Desastres, Juan Gil": the role with its
                    # body, the name in commas after it (see apposition).
                    stop = toks[body_end - 1].end
                    phrase = self.source[toks[i].start : stop]
                    return _Found(phrase, phrase, Span(toks[i].start, stop), "role")
            if k == i or not det or k - i > 7:
                return None
            if (k == len(toks) or toks[k].mark) and all(
                t.mark or t.low in words.determiners for t in toks[i:k]
            ):
                # An article right before a quotation mark is no role: "laut
                # der »Chronik«" names a paper in marks, not a "der".
                return None
            if self.language != "de" and k > start:
                k = self._complement_chain(toks, k, i + 12)
            phrase = self.source[toks[i].start : toks[k - 1].end]
            if toks[i].low == "del":
                phrase = "el " + self.source[toks[i + 1].start : toks[k - 1].end]
            return _Found(phrase, phrase, Span(toks[i].start, toks[k - 1].end), "role")
        run = [t for t in toks[start:end] if not t.mark]
        while (
            self.language == "de"
            and len(run) > 2
            and run[0].low.endswith("s")
            and self._is_role_word(run[1])
        ):
            # A place in the genitive before a title: "Kelbachs
            # Bürgermeisterin Ilse Varga" names Ilse Varga.
            run.pop(0)
        # Titles, honorifics and role nouns before the name are left out.
        while len(run) > 1 and self._is_role_word(run[0]):
            run.pop(0)
        if (
            self.language != "de"
            and len(run) > 2
            and self._party(run[0])
            and run[1].capital
            and run[2].capital
            and self.name_like(run[-1])
        ):
            # A party or a union in capitals before a person's name is no
            # part of it: "le sénateur LR Paul Renard a salué …", "la
            # diputada del PP Ana Gil" (invented) name Paul Renard, Ana Gil.
            run.pop(0)
        if self.language == "de" and det and start == j:
            if len(run) > 1:
                run.pop(0)  # "der Radprofi Simon Geschke": the noun after the article
                while len(run) > 1 and self._is_role_word(run[0]):
                    # "der frühere Hamburger Bürgermeister Tom Ederle"
                    run.pop(0)
            elif run[0] is toks[start] and not _ACRONYM_RE.search(run[0].text):
                # "das Staatsoberhaupt": a German noun after an article is a
                # role ("der Däne Gidsel", "der Sprecher Roth": the role was
                # left out above, the surname after it is a name).
                stop = run[0].end
                k = end
                if k + 1 < len(toks) and (
                    toks[k].low in ("des", "eines", "von", "vom")
                    or (toks[k].low == "der" and self._genitive_der(toks, k + 1))
                ):
                    # With its genitive: "ein Sprecher des Hamburger Senats",
                    # "eine Sprecherin der Polizei", or "von" before a name:
                    # "ein Sprecher von Lotto Hessen" ("der" before a medium
                    # is left alone: "sagte die Ministerin der Zeitung" is
                    # dative, the paper she spoke to).
                    k += 1
                    while k < len(toks) and toks[k].capital and not toks[k].mark and k - end < 4:
                        stop = toks[k].end
                        k += 1
                        if (
                            k + 1 < len(toks)
                            and toks[k].low == "für"
                            and toks[k + 1].capital
                            and not toks[k + 1].mark
                        ):
                            # "des Bundesamts für Strassen": an office named
                            # by its field is one body.
                            stop = toks[k + 1].end
                            k += 2
                phrase = self.source[toks[i].start : stop]
                return _Found(phrase, phrase, Span(toks[i].start, stop), "role")
        if sum(t.capital for t in run) > (4 if self.language == "es" else 3):
            # The last three capitalised words (four in Spanish, two given
            # names and two surnames), with the particles between them:
            # "Jean de La Fontaine" keeps "Jean".
            capitals = [n for n, t in enumerate(run) if t.capital]
            run = run[capitals[-4 if self.language == "es" else -3] :]
        if (
            self.language in ("fr", "es")
            and det
            and len(run) == 1
            and self._adjective_at(toks, end)
        ):
            # A body capitalises only its first noun, its adjective in lower
            # case: "l'Agence régionale de santé", "la Fiscalía estatal";
            # a second adjective may follow the first: "la Fédération
            # syndicale unitaire".
            end += 1
            if self._adjective_at(toks, end):
                end += 1
            if (
                self.language == "es"
                or end + 1 >= len(toks)
                or toks[end].low not in ("des", "du", "de", "d'")
            ):
                phrase = self.source[toks[i].start : toks[end - 1].end]
                return _Found(phrase, phrase, Span(toks[i].start, toks[end - 1].end), "role")
        if (
            self.language == "fr"
            and det
            and len(run) == 1
            and end + 1 < len(toks)
            and toks[end].low in ("des", "du", "de", "d'")
        ):
            # A French body capitalises only its first noun, its complement
            # in lower case: "l'Observatoire des prisons", "la Ligue de
            # défense des oiseaux", "le Conseil d'orientation": all one source.
            k = end + 1
            if toks[end].low == "de" and toks[k].low in ("la", "l'") and k + 1 < len(toks):
                k += 1
            if (
                not toks[k].capital
                and not toks[k].mark
                and len(toks[k].low) > 2
                and toks[k].low not in words.determiners
                and toks[k].low not in words.cue_first
            ):
                stop = toks[k].end
                phrase = self.source[toks[i].start : stop]
                return _Found(phrase, phrase, Span(toks[i].start, stop), "role")
        mention = self.source[toks[i].start : toks[end - 1].end]
        if len(run) == 1 and self._is_role_word(run[0]):
            if not det:
                return None
            return _Found(mention, mention, Span(toks[i].start, toks[end - 1].end), "role")
        name = self._with_initial_stop(run)
        if len(run) == 1 or run[0].low in words.particles:
            # "Kowalski", "del Valle", "Van den Berg": the name given in full.
            name = self.full_name(name)
        elif any(t.low in words.particles for t in run[1:-1]):
            # "a ajouté M. Verhelst de Moranvaux": a surname with a particle
            # inside, the given names left out (see _inner_particle_full).
            name = self._inner_particle_full(name)
        return _Found(name, mention, Span(toks[i].start, toks[end - 1].end), "name")

    def _german_age_at(self, toks: Sequence[_Token], j: int) -> bool:
        """Whether a German age in words opens at ``toks[j]``, before a noun.

        Convention: dpa copy gives a person's age between the article and
        the noun in words as well as in one adjective (``der 47 Jahre alte
        Trainer Olaf Berg``, ``sagte die 29 Jahre alte Schwedin``, as
        ``der 47-jährige Trainer``, invented): the age is no part of a name
        or of the role.
        """
        return (
            self.language == "de"
            and j + 3 < len(toks)
            and toks[j].text.isdigit()
            and toks[j + 1].low == "jahre"
            and toks[j + 2].low in _GERMAN_AGE_ADJECTIVES
            and toks[j + 3].capital
            and not toks[j + 3].mark
        )

    def _with_initial_stop(self, run: Sequence[_Token]) -> str:
        """The name a run of words writes, with the stop of a surname cut to its initial.

        Convention: court and police copy shorten the surname of a defendant
        or a victim to its initial with a stop (``Die Angeklagte Ingrid P.
        schwieg.``; ``Karim B., 34 ans``; ``Luis G.``, invented): the stop
        belongs to the name.
        """
        name = self.source[run[0].start : run[-1].end]
        if (
            len(run) > 1
            and len(run[-1].text) == 1
            and run[-1].capital
            and self.source[run[-1].end : run[-1].end + 1] == "."
        ):
            name += "."
        return name

    def _long_body_end(self, toks: Sequence[_Token], c0: int) -> int | None:
        """The end of a body's long name after a role, when the holder's name follows in commas.

        Convention: French and Spanish copy give a public body its full
        name, however long, after the role, then the holder's name in
        commas (``el director del Servicio Nacional de Gestión de Riesgos
        ante Desastres, Juan Gil, dijo``; ``le directeur de l'Office
        National des Forêts et du Bois, Paul Roux``, invented): the
        capitalised words and the small words that join them (``de``,
        ``y``, ``ante``) up to the comma are the role's complement.

        :param toks: the tokens of the tag.
        :param c0: the index of the body's first word, after ``de``.
        :returns: the index of the comma after the body's name, or ``None``
            if no comma and name follow it within a body's length.
        """
        if self.language not in ("fr", "es") or c0 >= len(toks):
            return None
        words = self.words
        k = c0
        if toks[k].low in words.determiners:
            k += 1
        if k >= len(toks) or not toks[k].capital or toks[k].mark:
            return None
        while k < len(toks) and toks[k].text != "," and k - c0 <= 14:
            t = toks[k]
            if t.mark or not (
                t.capital
                or t.low in words.particles
                or t.low in words.determiners
                or t.low in _FIELD_CONJUNCTIONS
                or t.low in _BODY_LINKS
                or (t.low in words.prepositions and not toks[k - 1].capital)
            ):
                return None
            k += 1
        if k + 1 >= len(toks) or toks[k].text != "," or not toks[k - 1].capital:
            return None
        named = self.read(toks, k + 1)
        if named is None or named.kind != "name":
            return None
        return k

    def _complement_chain(self, toks: Sequence[_Token], k: int, limit: int) -> int:
        """The end of the complements that follow the first of an unnamed source.

        Convention: French and Spanish copy describe a source it does not
        name by a chain of complements, and the last may be a place's name
        of one word or opening with its article (all invented): « … », a
        raconté une infirmière de l'hôpital Saint-Louis / ont dit des
        habitants d'un village du Cantal / «…», contó un vecino de la aldea
        El Souto / dijo el dueño de una tienda del barrio. A name of two
        words after a complement is a person's (``de la mairie Anne Roux``)
        and is left out.

        :param toks: the tokens of the tag.
        :param k: the index just after the first complement.
        :param limit: the index the phrase may not reach.
        :returns: the index just after the last complement.
        """
        words = self.words
        while k < min(len(toks), limit):
            t = toks[k]
            if t.low in _AGE_NOUNS and toks[k - 1].low.isdigit():
                k += 1  # an age: "le joueur de 24 ans"
                continue
            if t.capital and not t.mark and not toks[k - 1].capital:
                # A place's name right after the noun of the complement:
                # "l'hôpital Saint-Louis", "la aldea El Souto".
                end = self._name_run(toks, k)
                if end == k + 1 or (end == k + 2 and t.low in words.determiners):
                    k = end
                    continue
                break
            if toks[k - 1].capital and self._adjective_at(toks, k):
                # A body capitalises only its first noun: "le directeur de
                # l'Agence régionale de santé", "el jefe de la Policía
                # autonómica"; its complement in lower case follows.
                k += 2 if self._adjective_at(toks, k + 1) else 1
                continue
            if t.low not in _PREPOSITION_LINKS | {"del", "d'"} or k + 1 >= len(toks):
                break
            m = k + 1
            if toks[m].low in words.determiners and m + 1 < len(toks):
                m += 1
            nxt = toks[m]
            if nxt.mark or nxt.low in words.determiners:
                break
            if nxt.capital:
                end = self._name_run(toks, m)
                if end - m > 1 and toks[m - 1].low not in words.determiners:
                    break  # "de Paul Renard": a person, no complement
                k = end
            elif (
                nxt.low in words.adverbs
                or nxt.low in words.time_nouns
                or nxt.low in words.function_words
                or nxt.low in words.cue_first
            ):
                break
            else:
                k = m + 1
        return k

    def _genitive_der(self, toks: Sequence[_Token], k: int) -> bool:
        """Whether German ``der`` before ``toks[k]``, after a role, is a genitive.

        Convention: ``der`` after a role is the genitive of a body (``eine
        Sprecherin der Polizei``, ``ein Sprecher der Staatsanwaltschaft
        Kiel``), but the dative of the medium spoken to before a newspaper
        or an agency (``sagte der Sprecher der Zeitung``, ``der Deutschen
        Presse-Agentur``) or a title in quotation marks (``der „Post“``).
        """
        n = k
        while n < len(toks) and toks[n].capital and not toks[n].mark and n - k < 3:
            if toks[n].low.endswith(_MEDIA_SUFFIX_DE):
                return False
            n += 1
        return n > k

    def _gender_at(self, toks: Sequence[_Token], i: int, end: int) -> str | None:
        """The gender the words before a name (or its German title) tell, if any.

        Convention: an article or an honorific before a name or before the
        role in front of it tells the person's gender (``la maire Anne
        Roux``, ``el concejal Pedro Gil``, ``Mme Roux``; list
        ``gender_words``), also the article of a role with its complement
        before a name in apposition (``la ministra de Igualdad, Rocío
        Lara``); a German title tells it by its ending
        (``Bürgermeisterin`` female, ``Stadtrat`` male).
        """
        genders = _genders(self.language)
        if self.language == "de":
            for t in toks[max(0, i - 1) : end]:
                if t.low in genders and t.capital:
                    return genders[t.low]
                if self._is_role_word(t) and t.capital and t.low not in genders:
                    if t.low.endswith("e") and not t.low.endswith("ee"):
                        # A noun made of an adjective tells its gender only by
                        # its article (or the given name after it):
                        # "Vorstandsvorsitzende Lina Ott".
                        return self._given_name_gender(toks, i, end)
                    return "female" if t.low.endswith("in") else "male"
            return self._given_name_gender(toks, i, end)
        # After a comma only the noun right before it tells the gender ("su
        # marido, Iñaki Goñi"); the article of a role's complement tells
        # nothing ("le président de la fondation, Paul Roux"): the
        # apposition is read below.
        apposed = i > 1 and toks[i - 1].text == ","
        for t in reversed(toks[max(0, i - 4) : i]):
            if t.text in ".!?;:" or (apposed and t.start < toks[i - 2].start):
                break
            gender = genders.get(t.low) or genders.get(t.low + ".")
            if gender in ("male", "female"):
                return gender
        if i and toks[i - 1].text == ",":
            # A name in apposition after a role with its complement: the
            # role's article tells the gender ("La ministra de Igualdad,
            # Rocío Lara, y el ministro de Trabajo, Ángel Cruz").
            # (The role may open the text: its article is the first token.)
            for k in range(i - 2, max(-1, i - 8), -1):
                t = toks[k]
                if t.text in ".!?;:,":
                    break
                gender = genders.get(t.low)
                if gender in ("male", "female") and any(
                    # A title of two words: "el secretario general de CCOO, Unai Sordo".
                    self._is_role_word(x)
                    for x in toks[k + 1 : min(k + 3, i - 1)]
                ):
                    return gender
        return self._given_name_gender(toks, i, end)

    def _given_name_gender(self, toks: Sequence[_Token], i: int, end: int) -> str | None:
        """The gender the given name of a full name at ``toks[i:end]`` tells, if any.

        Convention: when no article, honorific or title tells a person's
        gender, a common given name does, as in English copy: „…“, sagte er
        after ``Jan Ott`` and ``Ilse Brandt`` is Jan Ott; « … », a-t-elle dit
        after ``Paul Roux`` and ``Odile Martin`` is Odile Martin (lists
        ``given_names_female`` and ``given_names_male``; names given to both
        sexes are in neither).  Only the first word of a name of two words or
        more is read: a surname alone (``Otto``, ``Martín``) tells nothing.
        """
        words = self.words
        run = [
            t
            for t in toks[i:end]
            if not t.mark
            and t.low not in words.determiners
            # A word opening the sentence before the name: "Auch Ilse Varga kam."
            and t.low not in words.function_words
            and t.low not in words.prepositions
            and t.low not in words.honorifics
            and t.low + "." not in words.honorifics
            and not self._is_role_word(t)
        ]
        if len(run) < 2 or not run[0].capital or not run[1].capital:
            return None
        first = run[0].low
        if first in words.given_female:
            return "female"
        if first in words.given_male:
            return "male"
        return None

    def mention_gender(self, mention: str) -> str | None:
        """The gender a speaker's mention tells, if any (``eine Sprecherin``: female).

        Convention: the first article, honorific or pronoun of the mention
        tells it (``la porte-parole``, ``M. Roux``, ``elle``; not the
        complement's: ``le ministre de la Santé`` is a man); in German, as
        :meth:`_gender_at` reads it, also a title by its ending
        (``Sprecherin``).
        """
        toks = self.tokens(mention, 0)
        if self.language == "de":
            if len(toks) == 1 and toks[0].low in ("er", "sie", "dieser", "diese"):
                # "„…“, sagte sie.": the pronoun of the tag tells it (or the
                # demonstrative standing for it: "sagte diese").
                return _genders(self.language)[toks[0].low]
            return self._gender_at(toks, 0, len(toks)) if toks else None
        genders = _genders(self.language)
        if self.language == "fr" and len(toks) >= 2 and toks[0].low in ("l'", "l’"):
            # The elided article tells no gender; the noun's form may.
            return self._elided_noun_gender(toks[1].low)
        for t in toks:
            # The first word that tells: "le ministre de la Santé" is a man.
            gender = genders.get(t.low) or genders.get(t.low + ".")
            if gender in ("male", "female"):
                return gender
        return self._given_name_gender(toks, 0, len(toks))

    def _elided_noun_gender(self, noun: str) -> str | None:
        """The gender a French noun after ``l'`` tells by its form, if the lists hold both forms.

        Convention: the elided article tells no gender, but a noun of
        nationality, an epithet or a title with a feminine form does
        (``a déclaré l'Italienne`` is a woman, ``l'Italien`` a man; ``l'élue``,
        ``l'élu``; ``l'ambassadrice``): the noun is feminine when the lists
        (``nationalities``, ``epithets``, ``titles``) hold its masculine
        form, masculine when they hold its feminine one.  A noun of one
        form for both (``l'édile``, ``l'adjoint`` alone) tells nothing.
        """
        words = self.words
        known = words.nationalities | words.titles | frozenset(words.epithets)
        pairs = _FEMININE_ENDINGS_FR
        for feminine, masculine in pairs:
            if noun.endswith(feminine) and noun[: len(noun) - len(feminine)] + masculine in known:
                return "female"
        for feminine, masculine in pairs:
            if noun.endswith(masculine) and noun[: len(noun) - len(masculine)] + feminine in known:
                return "male"
        return None

    def speaker_gender(self, speaker: Speaker) -> str | None:
        """The gender a speaker's mention tells, or the words before it in the text.

        Convention: a name in apposition after a role tells its gender by
        the role's article (``a réagi le maire de Brestou, Paul Renard``:
        a man), as :meth:`_gender_at` reads it.
        """
        gender = self.mention_gender(speaker.mention)
        start, end = speaker.mention_span.start, speaker.mention_span.end
        if gender is not None or end <= start or start < 80:
            return gender
        toks = _tokens(self.source[start - 80 : end], start - 80)
        at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
        if at == len(toks) or toks[at].start != start:
            return None
        return self._gender_at(toks, at, len(toks))

    def last_name_in(
        self,
        context: tuple[str, int],
        gender: str | None = None,
        strict: bool = False,
        people: bool = False,
        exclusive: bool = False,
    ) -> str | None:
        """The last full name (two capitalised words or more) in ``context``.

        Convention: a pronoun stands for the person named last before it
        (``Le maire Paul Lenoir a répondu. « Non », a-t-il dit.``); a
        pronoun of a gender (``gender``) stands for the last person named
        whose article, honorific or title does not tell the other gender
        (``La maire Anne Roux et le préfet Luc Martin ont visité le port. «
        … », a-t-elle déclaré.``: Anne Roux).  With ``strict``, only a
        person whose article, honorific or title tells ``gender`` is given.
        With ``people``, a club's or a company's name is passed over (see
        :data:`_BODY_NAME_MARKS`).  With ``exclusive``, a person whose words
        tell the other gender is never given, though no one else is named
        (``Kommandant Markus Vogt … „…“, sagte die 52-Jährige.`` gives no
        one).
        """
        text, offset = context
        toks = self.tokens(text, offset)
        words = self.words
        best: str | None = None
        found: list[tuple[str, int, int]] = []
        i = 0
        while i < len(toks):
            end = self._name_run(toks, i) if toks[i].capital and not toks[i].mark else i
            if (
                end - i == 1
                and self.language != "de"
                and i
                and toks[i - 1].text not in (".", "!", "?", ":")
                and toks[i - 1].low not in words.determiners
                and toks[i - 1].low not in words.prepositions
                and toks[i - 1].low not in words.particles
                # "la tempête Ondine", "el virus Nipah": the name of a
                # thing of that kind (list kind_nouns), no person.
                and toks[i - 1].low not in words.kinds
                and self.name_like(toks[i])
                and not self._is_role_word(toks[i])
                and canonical_agency(toks[i].text) is None
            ):
                best = self.full_name(toks[i].text)
                found.append((best, i, end))
                i = end
            elif (
                end - i == 1
                and (not i or toks[i - 1].text in ".!?")
                # The verb after it, or the end of a context cut at its cue.
                and (end == len(toks) or (not toks[end].capital and not toks[end].mark))
                and " " in (full := self.full_name(toks[i].text))
            ):
                # A surname opening a sentence, the person named in full
                # before: "Trainer Jan Kowalski … Kowalski selbst gab sich
                # kämpferisch. „…“, sagte er." / "La ministra Ana Gil Ruiz …
                # Gil ha insistido en ello. «…», ha dicho." (invented).
                best = full
                found.append((best, i, end))
                i = end
            elif end - i >= 2 and canonical_agency(self.source[toks[i].start : toks[end - 1].end]):
                i = end  # "MADRID, 3 ene (EFE)": an agency is no person
            elif end - i >= 2:
                run = [t for t in toks[i:end] if not self._is_role_word(t)]
                while run and (run[0].low in words.determiners or run[0].mark):
                    # The stop of a title left out opens no name: "Die
                    # Forscherin Dr. Eva Lind" names Eva Lind.
                    run.pop(0)
                if (
                    run
                    and run[0] is toks[i]
                    and (not i or toks[i - 1].text in ".!?")
                    and toks[i].low in _first_words(self.language)[0]
                    and toks[i].low not in words.particles
                ):
                    # A source phrase opening the sentence is no given name:
                    # "Laut Wendt fehlen 4.000 Fachkräfte." names Wendt, the
                    # person the article named in full before.
                    run.pop(0)
                    if len(run) == 1 and " " in (full := self.full_name(run[0].text)):
                        best = full
                        found.append((best, i, end))
                        i = end
                        continue
                if (
                    self.language == "de"
                    and toks[i].low in words.determiners
                    and run
                    and run[0] is toks[i + 1]
                ):
                    # An article opening a German sentence: the capital after
                    # it is a noun, never a given name ("Die Stadt Kelbach";
                    # "Der Bauunternehmer Otto Falk" names Otto Falk).
                    run.pop(0)
                if (
                    self.language == "de"
                    and len(run) >= 2
                    and run[0] is toks[i]
                    and toks[i].low in _FUSED_ARTICLES_DE
                    and (not i or toks[i - 1].text in ".!?-–—")
                ):
                    # A preposition fused with the article opening the
                    # sentence holds the article: the capital after it is a
                    # noun too ("Am Landesgericht Kelbach begann der Prozess.",
                    # "Beim Amtsgericht Talberg"; "Im Stadion Jan Roth" still
                    # names Jan Roth).
                    run = run[2:]
                if (
                    self.language == "de"
                    and len(run) > 2
                    and run[0] is toks[i]
                    and run[0].low in words.function_words
                    # (after a stop, or the dash ending a dateline)
                    and (not i or toks[i - 1].text in ".!?-–—")
                ):
                    # "Auch Jonas Feldhaus steht im Finale.": an adverb
                    # opening the sentence before the name; so a conjunction
                    # opening a clause: "Als Jan Roth den Rauch sah, …".
                    run.pop(0)
                if (
                    self.language == "de"
                    and len(run) == 2
                    and run[0] is toks[i]
                    and run[0].low in words.prepositions
                    and (not i or toks[i - 1].text in ".!?-–—")
                ):
                    # "In Kelbach begann der Prozess.", "Vor Gericht
                    # schwieg er.": a preposition opening the sentence before
                    # one capitalised word is no given name.
                    run = []
                if self.language == "de" and run and run[0].low in _COUNTS_DE:
                    # "Elf Verdächtige wurden festgenommen.": a counted group.
                    run = []
                if (
                    self.language == "de"
                    and run
                    and run[0] is toks[i]
                    and i
                    and (
                        toks[i - 1].text.replace(".", "").replace(",", "").isdigit()
                        or toks[i - 1].low in _COUNTS_DE
                    )
                ):
                    # "die Kosten lägen bei 300 Millionen Euro": nouns after
                    # a number are a quantity, no name ("Der 52-jährige Jan
                    # Roth" is a name: the age is no number alone); so after
                    # a number in words: "zu drei Jahren Haft verurteilt".
                    run = []
                if (
                    self.language == "de"
                    and run
                    and run[0].low.endswith(_ADJECTIVE_SUFFIX_DE)
                    and run[0].start == toks[i].start
                ):
                    # "Gesundheitliche Gründe gaben den Ausschlag.": an
                    # adjective opening the sentence, no given name.
                    run = []
                if (
                    self.language == "de"
                    and len(run) > 2
                    and run[0].low.endswith("s")
                    and self._is_role_word(toks[toks.index(run[0]) + 1])
                ):
                    # "Herthas Torwart Tjark Ernst": a place in the genitive
                    # before a title.
                    run.pop(0)
                if (
                    self.language != "de"
                    and len(run) > 2
                    and run[0] is toks[i]
                    and i
                    and not toks[i - 1].capital
                    and not toks[i - 1].mark
                    and toks[i - 1].low not in words.prepositions
                    and toks[i - 1].low not in words.particles
                    and run[1].capital
                    and self._party(run[0])
                ):
                    # "la déléguée FGTB Nadia El Amrani": the union or the
                    # party after a role noun is no part of the name.
                    run.pop(0)
                if (
                    self.language != "de"
                    and len(run) > 2
                    and run[0] is toks[i]
                    and (
                        (i > 1 and toks[i - 1].low in ("du", "del", "al"))
                        # A place of one word: "de Brestou" (not "de Radio
                        # France Luc Martin": which words are the name?).
                        or (i > 1 and toks[i - 1].low == "de" and len(run) == 3)
                        or (
                            i > 2
                            and toks[i - 1].low in ("l'", "l", "la", "el")
                            and toks[i - 2].low == "de"
                        )
                    )
                    and self._is_role_word(
                        toks[i - 2] if toks[i - 1].low in ("du", "del", "al", "de") else toks[i - 3]
                    )
                ):
                    # A title's complement of one word before the name: "le
                    # ministre de l'Intérieur Paul Renard", "el ministro del
                    # Interior Luis Ortega", "le maire de Brestou Luc Martin"
                    # name Paul Renard, Luis Ortega, Luc Martin.
                    run.pop(0)
                    if run and not run[0].capital:
                        # A body's name of several words, no person after it:
                        # "le président de l'Olympique de Marseille".
                        run = []
                before = toks[i - 1].low if i else ""
                if run and run[0] is not toks[i]:
                    # "Die Hafenchefin Ilse Varga": the article is the role's.
                    before = ""
                while run and run[0].mark:
                    run.pop(0)  # "Der Zoologe Dr. Timo Roth": the title's stop
                if (
                    len(run) >= 2
                    and not run[0].capital
                    and run[0].low in words.particles
                    and any(
                        t.low in words.honorifics or t.low + "." in words.honorifics
                        for t in toks[i:end]
                    )
                ):
                    # A particle after an honorific opens the surname: "Selon
                    # M. de Senarclens, …" is the person named in full before.
                    best = self.full_name(self._with_initial_stop(run))
                    found.append((best, i, end))
                    i = end
                    continue
                if (
                    len(run) == 1
                    and self.language == "fr"
                    and (toks[i].low in words.honorifics or toks[i].low + "." in words.honorifics)
                    and " " in (full := self.full_name(run[0].text))
                ):
                    # An honorific before the surname alone, the person named
                    # in full before: "M. Gauthier", "Mgr Tremblay" (French
                    # copy's second reference).
                    found.append((full, i, end))
                    best = full
                    i = end
                    continue
                if (
                    len(run) >= 2
                    and run[0].low not in words.function_words
                    and before not in words.determiners
                    and before not in words.prepositions
                    and (
                        before not in words.particles
                        # "Luis Gil y Ana Pardo": the second of two people
                        # (see _name_run), not a surname after its "y".
                        or (before in _FIELD_CONJUNCTIONS and run[0].low in words.given_names)
                    )
                    and (self.name_like(run[0]) or self.name_like(run[-1]))
                    and not (people and any(t.text in _BODY_NAME_MARKS for t in run))
                    and not (people and self._after_personal_a(toks, i))
                ):
                    best = self._with_initial_stop(run)
                    if run[0].low in words.particles:
                        best = self.full_name(best)  # "De la Serna detalló …"
                    found.append((best, i, end))
                i = end
            else:
                i += 1
        if strict:
            for name, lo, hi in reversed(found):
                if self._gender_at(toks, lo, hi) == gender:
                    return name
            return None
        if gender in ("male", "female") and len(found) > 1:
            told = [(name, self._gender_at(toks, lo, hi)) for name, lo, hi in found]
            # The last person whose article tells the pronoun's gender, before
            # one whose gender is untold: "La ministra, Ana Gil, y el
            # secretario general, Luis Pardo, chocaron. «…», dijo ella."
            for name, told_gender in reversed(told):
                if told_gender == gender and any(g not in (None, gender) for _, g in told):
                    return name
            for name, told_gender in reversed(told):
                if told_gender in (None, gender):
                    return name
        if exclusive and gender in ("male", "female"):
            for name, lo, hi in reversed(found):
                if self._gender_at(toks, lo, hi) in (None, gender):
                    return name
            return None
        return best

    def _after_personal_a(self, toks: Sequence[_Token], i: int) -> bool:
        """Whether the name at ``toks[i]`` is a Spanish object after the personal ``a``.

        Convention: Spanish marks a person as the object with ``a`` (``al``),
        perhaps with a description in lower case before the name (``Ana Gil
        venció al canadiense Luc Roy. «…», ha asegurado la murciana.``: Ana
        Gil, the subject); an epithet stands for the subject, never for
        that object.
        """
        if self.language != "es":
            return False
        for k in range(i - 1, max(i - 4, -1), -1):
            if toks[k].low in ("a", "al"):
                return self._opens_with_name(toks, k)
            if toks[k].capital or toks[k].mark:
                return False
        return False

    def _opens_with_name(self, toks: Sequence[_Token], k: int) -> bool:
        """Whether the sentence holding ``toks[k]`` opens with a name (its subject).

        The object after the personal ``a`` is passed over only for a subject
        named before it (``Ana Gil venció al canadiense Luc Roy``); after a
        body or a phrase (``La Universidad de Salamanca ha rendido homenaje a
        la poeta Ana Martín. … La homenajeada ha agradecido …``, invented) the
        person honoured is the one the epithet stands for.
        """
        s = k
        while s > 0 and toks[s - 1].text not in (".", "!", "?"):
            s -= 1
        while s < k and toks[s].mark:
            s += 1  # the dash after a dateline: "(EFE).- Ana Gil venció ..."
        first = toks[s]
        words = self.words
        return (
            s < k
            and first.capital
            and first.low not in words.determiners
            and first.low not in words.function_words
        )

    def _last_sentence(self, context: tuple[str, int]) -> tuple[int, list[_Token]] | None:
        """The last sentence of *context*: where it starts in the context's text, and its tokens.

        ``None`` for a context of white space only.
        """
        text, offset = context
        if not text.strip():
            return None
        starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text.rstrip()))]
        start = starts[-1]
        return start, self.tokens(text[start:], offset + start)

    def _subject_before_epithet(self, context: tuple[str, int], gender: str | None) -> str | None:
        """The subject of the sentence right before a German epithet's quotation, if named.

        Convention: German copy calls the subject of the sentence before
        the quotation by an age or another epithet, though the sentence
        names a second person after its verb (``Landrat Uwe Gerstner hat
        mit Bürgermeister Paul Wolf gesprochen. „…“, sagte der 58-Jährige.``:
        Uwe Gerstner, invented).  The sentence must open with the name
        (a title before it, a dateline's dash before that), and the
        name's title or article must not tell the other gender.  French
        copy does the same with a sentence that opens with a name and its
        verb (``Le Belge Tom Vandam a battu Luc Perrin. « … », a expliqué le
        coureur de 26 ans.``: Tom Vandam, invented).
        """
        if self.language not in ("de", "fr"):
            return None
        last = self._last_sentence(context)
        if last is None:
            return None
        start, toks = last
        k = 0
        if start == 0:
            # The lead's dateline: "Kelbach (dpa) - Landrat Uwe Gerstner …".
            dash = next((j for j, t in enumerate(toks[:8]) if t.text in ("-", "–", "—")), -1)
            k = dash + 1
        if (
            k >= len(toks)
            or toks[k].low in self.words.prepositions
            or toks[k].low in _first_words(self.language)[0]
        ):
            return None  # "Laut Lenz fehlen …": a source phrase, not a subject
        found = self.read(toks, k)
        if found is None or found.kind != "name" or " " not in found.name:
            return None
        end = next((j for j, t in enumerate(toks) if t.end >= found.span.end), len(toks))
        if any(t.text in _BODY_NAME_MARKS for t in toks[k : end + 1]):
            return None
        if end + 1 >= len(toks) or toks[end + 1].capital or toks[end + 1].mark:
            return None  # the verb must follow the name
        if gender in ("male", "female") and (
            self._gender_at(toks, k, end + 1) not in (None, gender)
            or self.mention_gender(found.mention) not in (None, gender)
        ):
            return None
        return self.full_name(found.name)

    def _unnamed_subject_before_epithet(
        self, context: tuple[str, int], found: _Found
    ) -> str | None:
        """The unnamed person who opens the sentence right before a German epithet's quotation.

        Convention: German local and police copy brings in a witness by an
        indefinite article and a noun of a person, with no name, and calls
        the witness by an age right after (``Ein Anwohner berichtete von
        einem Knall. „Dann war überall Rauch“, sagte der 52-Jährige.``:
        ``Ein Anwohner``, not the fire chief quoted before; invented).  The
        sentence must open with ``ein`` or ``eine`` and the noun, its verb
        after it; the article must fit the epithet's gender (``eine
        Nachbarin`` for ``die 71-Jährige``); and an age epithet is passed
        over when the text before gives that age to someone in brackets or
        commas (``Tom Brandt (52)``), whom it then stands for.
        """
        if self.language != "de":
            return None
        last = self._last_sentence(context)
        if last is None:
            return None
        toks = last[1]
        gender = self.mention_gender(found.mention) or self._adjective_noun_gender(found.mention)
        if (
            toks
            and toks[0].low == {"female": "sie", "male": "er"}.get(gender or "")
            and last[0] > 0
        ):
            # "Als Zeugin sagte eine Pflegerin aus. Sie schilderte den
            # Ablauf. „…“, sagte die 34-Jährige.": the pronoun of that
            # gender carries the person of the sentence before it.
            text, offset = context
            earlier = self._last_sentence((text[: last[0]], offset))
            if earlier is not None:
                last = earlier
                toks = last[1]
        if len(toks) < 3 or toks[0].low not in ("ein", "eine"):
            return self._unnamed_person_later_in(last, gender, found)
        if not toks[1].capital or not self._is_role_word(toks[1]):
            return None
        verb = _after_relative_clause_de(toks, 2)
        if verb >= len(toks) or toks[verb].capital or toks[verb].mark:
            return None  # the verb must follow the noun (or its relative clause)
        told = "female" if toks[0].low == "eine" else "male"
        if gender in ("male", "female") and gender != told:
            return None
        age = _AGE_IN_EPITHET.search(found.mention)
        if age is not None:
            before = self.source[: found.span.start]
            if f"({age.group()})" in before or f", {age.group()}," in before:
                return None
        text, offset = context
        return text[toks[0].start - offset : toks[1].end - offset]

    def _unnamed_person_later_in(
        self, last: tuple[int, list[_Token]], gender: str | None, found: _Found
    ) -> str | None:
        """The unnamed person a German sentence brings in after its verb, for an age epithet.

        Convention: German copy brings in a witness with an indefinite
        article after the verb as well (``Vor dem Haus stand am Morgen eine
        Anwohnerin. „…“, sagte die 52-Jährige.``; ``Nach Angaben einer
        Anwohnerin brannte es im Keller.``, invented): an age epithet of
        that gender in the next quotation's tag is that person, in the
        nominative (``eine Anwohnerin``), when the sentence names no one and
        brings in no other such person.
        """
        if _AGE_IN_EPITHET.search(found.mention) is None or gender not in ("male", "female"):
            return None
        toks = last[1]
        told = {"eine": "female", "einer": "female", "ein": "male"}
        people = []
        for j in range(1, len(toks) - 1):
            # The noun right after the article, or after one adjective in
            # lower case ("eine frühere Pflegerin").
            n = j + 2 if j + 2 < len(toks) and not toks[j + 1].capital else j + 1
            if (
                toks[j].low in told
                and toks[n].capital
                and not toks[n].mark
                and not toks[j + 1].mark
                and self._is_role_word(toks[n])
            ):
                people.append((j, n))
        if len(people) != 1 or told[toks[people[0][0]].low] != gender:
            return None
        j, n = people[0]
        if self.last_name_in((self.source[toks[0].start : toks[-1].end], toks[0].start)):
            return None
        article = "eine " if gender == "female" else "ein "
        return article + self.source[toks[j + 1].start : toks[n].end]

    def earlier_contexts(self, count: int) -> list[tuple[str, int]]:
        """The ``count`` paragraphs before the quotation's, the nearest first, with offsets."""
        at = self.para_context[1]
        before = [(lo, hi) for lo, hi in self.body if hi <= at]
        return [(self.source[lo:hi], lo) for lo, hi in reversed(before[-count:])]

    def role_subject_in(self, context: tuple[str, int], gender: str | None) -> str | None:
        """The holder of the role that opens the sentence just before the quotation.

        Convention: a pronoun right after a sentence whose subject is a
        role, no name in it, stands for that subject, the role's holder
        named earlier in the article (``Le procureur Marc Duval … ¶ Le
        procureur a requis dix ans. « … », a-t-il estimé.``: Marc Duval;
        ``Der Staatsanwalt forderte sechs Jahre Haft. „…“, sagte er.``), not
        for a capitalised noun later in that sentence.  The article must not
        tell the other gender.  In French and Spanish the role may follow a
        source phrase that opens the sentence (list ``source_phrases``:
        ``Selon un analyste de Brivaux Capital, la baisse va durer. « … »,
        a-t-il jugé.``: the analyst, not the speaker before).
        """
        text, offset = context
        last = self._last_sentence(context) if gender in ("male", "female") else None
        if last is None:
            return None
        toks = last[1]
        k = 0
        if self.language in ("fr", "es"):
            k = next(
                (
                    len(p)
                    for p in self.words.source_phrases
                    if p and tuple(t.low for t in toks[: len(p)]) == p
                ),
                0,
            )
            if k and not any(t.text == "," for t in toks[k:]):
                k = -1  # a source phrase opens the sentence, its comma after the role
        defendant = self._defendant_subject(toks, k, gender)
        if defendant is not None:
            return defendant
        reported = self._as_clause_subject(toks, gender)
        if reported is not None:
            return reported
        if (
            k < 0
            or len(toks) < k + 3
            or toks[k].low not in self.words.determiners
            or _genders(self.language).get(toks[k].low) not in (None, gender)
            or not self._is_role_word(toks[k + 1])
            or toks[k + 2].capital
            or toks[k + 2].mark
        ):
            return None
        apposed = self._apposed_subject(toks, k)
        if apposed is not None:
            return apposed
        mention = text[toks[k].start - offset : toks[k + 1].end - offset]
        holder = self.role_holder(
            _Found(mention, mention, Span(toks[k].start, toks[k + 1].end), "role")
        )
        if holder is None:
            # A role the article gives no name is the source as written,
            # with its complement: "Ein Sprecher der Feuerwehr berichtete von
            # der Bergung. „…“, sagte er."
            found = self.read(toks, k)
            if found is not None and found.kind == "role" and self.epithet(found):
                # An epithet opening the sentence is the person just named:
                # "Minister Jan Roth kam. Der Tessiner betonte, … „…“,
                # sagte er." is Jan Roth.
                speaker, _ = self.resolve(found)
                return speaker.name if speaker is not None else None
            if found is not None and found.kind == "role":
                end = next((k for k, t in enumerate(toks) if t.end >= found.span.end), len(toks))
                # "Le président du club, Paul Renard, a reconnu …": the name
                # in apposition.
                found = self.apposition(toks, end + 1, found)
                return found.name if found is not None else None
        return holder

    def _apposed_subject(self, toks: Sequence[_Token], k: int) -> str | None:
        """The name in apposition after the role that opens the sentence at ``toks[k]``.

        Convention: sports and court copy name the second coach, lawyer or
        judge by another noun of the role and the name in commas (``Le
        technicien de Valrose, Bruno Escoffier, ne cachait pas sa déception.
        « … », a-t-il regretté.``, invented): the pronoun after is the person
        the sentence names, not the holder of the title the article named
        first (the other team's ``entraîneur``).
        """
        found = self.read(toks, k)
        if found is None or found.kind != "role":
            return None
        end = next((j for j, t in enumerate(toks) if t.end >= found.span.end), len(toks))
        if (
            end + 4 < len(toks)
            and toks[end + 1].text == "("
            and toks[end + 3].text == ")"
            and toks[end + 2].text.isupper()
        ):
            # The body's short name in brackets before the comma: "Le
            # directeur de l'Agence régionale de santé (ARS), Paul Roux, …".
            end += 3
        if end + 1 >= len(toks) or toks[end + 1].text != ",":
            return None
        named = self.apposition(toks, end + 1, found)
        return named.name if named is not None and named.kind == "name" else None

    def _as_clause_subject(self, toks: Sequence[_Token], gender: str | None) -> str | None:
        """The source of a clause of comparison that opens the sentence, for a pronoun after it.

        Convention: police and court copy open a sentence with the source of
        the news in a clause of comparison (``Wie ein Polizeisprecher
        mitteilte, war die Straße gesperrt. „…“, sagte er.``; ``Comme l'a
        indiqué le parquet, …``; ``Como explicó la portavoz, …``, invented):
        a pronoun right after is that source, not the person named before.
        A pronoun in the clause is passed over (read as before), and the
        source's article must not tell the other gender.
        """
        if (
            len(toks) < 3
            or toks[0].low not in _AS_WORDS.get(self.language, frozenset())
            or any(t.low in self.words.pronouns for t in toks[1:4])
        ):
            return None
        speaker, _, _ = self.as_clause(toks, 0)
        if speaker is None or (
            gender is not None and self.mention_gender(speaker.mention) not in (None, gender)
        ):
            return None
        return speaker.name

    def _defendant_subject(self, toks: Sequence[_Token], k: int, gender: str | None) -> str | None:
        """The defendant, when the defendant's noun opens the sentence at ``toks[k]``.

        Convention: court copy tells what the defendant did in a sentence
        whose subject is the defendant's noun with its article (list
        ``defendant_nouns``), then quotes them with a pronoun (``Le prévenu,
        un maçon de 52 ans, a nié les faits. « … », a-t-il affirmé.``; ``Der
        Angeklagte schwieg lange. „…“, sagte er dann.``; ``El acusado negó
        los hechos. «…», dijo él.``, invented): the pronoun is the
        defendant, not the lawyer or prosecutor quoted before.  The
        defendant is the person the article named as the one tried
        (:meth:`defendant`), else the noun as written, which German and
        Austrian copy often is (no name given).  The article must not tell
        the other gender.
        """
        if (
            k < 0
            or len(toks) < k + 3
            or toks[k].low not in self.words.determiners
            or toks[k].low in _INDEFINITES
            or (
                gender is not None
                and _genders(self.language).get(toks[k].low) not in (None, gender)
            )
            or toks[k + 1].low not in self.words.defendants
            or toks[k + 2].capital
        ):
            return None
        start, end = toks[k].start, toks[k + 1].end
        mention = self.source[start:end]
        named = self.defendant(_Found(mention, mention, Span(start, end), "role"))
        return named if named is not None else mention

    def role_holder(self, found: _Found) -> str | None:
        """The person the article gave this role before, by name.

        Convention: ``El senador Rick Scott ... «…», añadió el senador.`` /
        ``la toxicologue Anne Morel ... précise la toxicologue``; sports and
        court copy name the role again by another noun (the list
        ``role_synonyms``): ``„…“, sagte Trainer Jens Falk. ... „…“, ergänzte
        der Coach.`` / ``el entrenador, Xavi Torres ... añadió el técnico``.
        A role the article gives no name is a source as written.
        """
        toks = self.tokens(found.mention, 0)
        k = 0
        while k < len(toks) and toks[k].low in self.words.determiners:
            k += 1
        # A title of several words ends in the role word: "le Premier ministre".
        if k == len(toks):
            return None
        role = found.mention[toks[k].start :]
        if (
            not (
                self._is_role_word(toks[k])
                or any(self._is_role_word(t) for t in toks[k + 1 : k + 3])
            )
            and not self._given_as_role(toks, k, found)
            # A synonym of several words: "el jefe del Ejecutivo".
            and role.casefold() not in self.words.synonyms
        ):
            return None  # only a title is given to a named person
        rest = toks[k + 1 :]
        if (
            self.language != "de"
            and self._is_role_word(toks[k])
            and 0 < len(rest) <= 2
            and all(
                not t.capital
                and not t.mark
                and t.low not in self.words.particles
                and t.low not in self.words.prepositions
                for t in rest
            )
        ):
            # An adjective after the role word, which copy adds on a later
            # mention: "El presidente de la Junta, Luis Ortega, ... «…», dijo
            # el presidente andaluz." names Luis Ortega.
            role = toks[k].text
        title = self.words.synonyms.get(role.casefold())
        if title is None and self.language != "de" and len(toks) > k + 2:
            title = self._synonym_with_complement(toks, k, found)
        pattern, copula = _holder_patterns(self.language, role, title)
        best: str | None = None
        at = -1
        # The headline may give the role first: "La romancière Hélène Roux
        # publie un polar" ... "a confié la romancière" (invented).
        head = [(0, self.body[0][0])] if self.body and self.body[0][0] > 0 else []
        for lo, hi in [*head, *self.body]:
            if lo >= found.span.start:
                break
            for m in pattern.finditer(self.source, lo, min(hi, found.span.start)):
                if head and lo == head[0][0] and self._headline_verb(m.start(), m.start(1)):
                    continue
                best, at = m.group(1), m.start()
            for m in copula.finditer(self.source, lo, min(hi, found.span.start)):
                if m.start() > at:
                    best, at = m.group(1), m.start()
        if best is None and self.language == "de" and len(toks) == k + 1:
            return self._compound_head_holder(toks[k], found)
        if best is None and self.language in ("fr", "es") and len(toks) > k + 2:
            return self._holder_by_body_word(toks, k, found)
        return best

    def _holder_by_body_word(self, toks: Sequence[_Token], k: int, found: _Found) -> str | None:
        """The one holder of the role whose body's name holds the noun of this complement.

        Convention: French and Spanish copy name a holder first with the
        body's full name and later with the role and a common noun of that
        name in lower case (``el presidente de la Federación de
        Cooperativas, Sergio Llorente`` … ``el presidente de las
        cooperativas``; ``la directrice de l'Agence régionale de santé,
        Muriel Gasc`` … ``la directrice de l'agence``; invented): the holder
        is the one person named with the role whose complement holds that
        noun (singular or plural).  The complement is a preposition, an
        article or none, and one noun in lower case.
        """
        rest = toks[k + 1 :]
        if rest and rest[0].low in ("del", "du", "des"):
            rest = rest[1:]
        elif rest and rest[0].low in ("de", "d'"):
            rest = rest[1:]
            if rest and rest[0].low in self.words.determiners:
                rest = rest[1:]
        else:
            return None
        if len(rest) != 1 or rest[0].capital or rest[0].mark or len(rest[0].low) < 4:
            return None
        stem = rest[0].low.removesuffix("s")
        names: set[str] = set()
        for lo, hi in self.body:
            if lo >= found.span.start:
                break
            pattern = _body_holder_pattern(toks[k].text)
            for m in pattern.finditer(self.source, lo, min(hi, found.span.start)):
                if stem in {w.casefold().removesuffix("s") for w in m.group(1).split()}:
                    names.add(m.group(2))
        return names.pop() if len(names) == 1 else None

    def _compound_head_holder(self, tok: _Token, found: _Found) -> str | None:
        """The one person the article gave the last part of a German compound role, by name.

        Convention: German copy names a person first by the bare role with
        its body in the genitive and in apposition, and later by a compound
        whose first part stands for that body (``der Präsident des
        Winzerverbands, Jörg Kessler, …`` … ``„…“, sagte der
        Weinbaupräsident.``; ``Die Direktorin des Tierparks, Ina Vogt`` …
        ``die Zoodirektorin``, invented): the compound with no holder of its
        own is the one person named with its last part alone.  A first part
        that makes another office (list ``_OTHER_OFFICE_PREFIXES_DE``:
        ``Vizepräsident``, ``Bundespräsident``) is no such compound, and two
        people named with the bare role leave it unresolved.
        """
        low = tok.low
        parts = [
            t
            for t in self.words.titles
            if len(t) >= 4 and low.endswith(t) and len(low) - len(t) >= 3
        ]
        if not parts or low.startswith(_OTHER_OFFICE_PREFIXES_DE):
            return None
        part = max(parts, key=len)
        role = tok.text[-len(part) :]
        role = role[:1].upper() + role[1:]
        pattern, _ = _holder_patterns(self.language, role, None)
        genitive = _genitive_holder_pattern(role)
        names: set[str] = set()
        for lo, hi in self.body:
            if lo >= found.span.start:
                break
            for each in (pattern, genitive):
                for m in each.finditer(self.source, lo, min(hi, found.span.start)):
                    if self.source.startswith(role, m.start()):
                        names.add(m.group(1))
        return names.pop() if len(names) == 1 else None

    def _synonym_with_complement(self, toks: Sequence[_Token], k: int, found: _Found) -> str | None:
        """The titles a synonym of a role with its complement stands for, with that complement.

        Convention: copy names a holder again by another noun of the role
        and keeps the complement of the first mention (``La ministra de
        Trabajo, Ana Gil, … «…», zanjó la titular de Trabajo.``; ``El
        entrenador del Real Lomas, Luis Mora, … dijo el técnico del Real
        Lomas``, invented): the synonym's titles (list ``role_synonyms``),
        each with that complement, give the name.

        :param toks: the tokens of the mention.
        :param k: the index of its noun, after the article.
        :param found: the mention read.
        """
        if toks[k + 1].low not in _PREPOSITION_LINKS | {"del", "du", "des"}:
            return None
        titles = self.words.synonyms.get(toks[k].low)
        if titles is None:
            return None
        complement = found.mention[toks[k].end :]
        return "|".join(t + complement for t in titles.split("|"))

    def _headline_verb(self, start: int, name: int) -> bool:
        """Whether a headline sets a verb between a role and the name after it.

        Convention: a headline is a sentence, its subject a role or an
        epithet and its verb in lower case before the object (``El galo
        gana Roland Garros``; ``La ministra visita Valdemora``, invented):
        the name after the verb is no holder of the role.  Between a role
        and its holder's name a headline sets only adjectives (``La
        escritora chilena Ana Gil publica``): a word of the lists
        ``nationalities`` or ``epithets`` or one of a body's adjective endings.

        :param start: where the match of the role opens, in the headline.
        :param name: where the name after it opens.
        """
        between = _tokens(self.source[start:name], start)[1:]
        words = self.words
        return any(
            not t.capital
            and not t.mark
            and t.low not in words.nationalities
            and t.low not in words.epithets
            and t.low not in words.particles
            and t.low not in words.prepositions
            and t.low not in words.determiners
            and not t.low.endswith(_ADJECTIVE_SUFFIX_FR_ES)
            for t in between
        )

    def _given_as_role(self, toks: Sequence[_Token], k: int, found: _Found) -> bool:
        """Whether the article gave this French or Spanish noun to a name before.

        Convention: a noun of no list is a role when the article set it
        before a name of its own (``La escritora chilena Ana Gil publica una
        novela. … «…», contó la escritora.``; ``le sculpteur Paul Roux …
        a expliqué le sculpteur``, invented): the later mention with the
        article alone, no complement, is that person.

        :param toks: the tokens of the mention.
        :param k: the index of its noun, after the article.
        :param found: the mention read.
        """
        if (
            self.language not in ("fr", "es")
            or k == 0
            or k != len(toks) - 1
            or toks[k].capital
            or toks[k].mark
            or len(toks[k].low) < 4
            or toks[k].low in _BODY_NOUNS
        ):
            return False
        pattern, _ = _holder_patterns(self.language, toks[k].text, None)
        head = [(0, self.body[0][0])] if self.body and self.body[0][0] > 0 else []
        return any(
            pattern.search(self.source, lo, min(hi, found.span.start)) is not None
            for lo, hi in [*head, *self.body]
            if lo < found.span.start
        )

    def shortened_role(self, found: _Found) -> str | None:
        """The last speaker, a role with its complement, named again without it.

        Convention: copy names an unnamed source in full once, then by its
        role alone (``« … », a déclaré la porte-parole du gouvernement. ¶
        « … », a ajouté la porte-parole.``; ``sagte eine Sprecherin der
        Stadt. … sagte die Sprecherin``; German with the compound's head:
        ``sagte ein Polizeisprecher. … sagte der Sprecher``): the same
        source, as first written.
        """
        last = self.last
        if last is None or last.kind is not SourceKind.PERSON:
            return None
        words = self.words
        short = [t.low for t in self.tokens(found.name, 0)]
        full = [t.low for t in self.tokens(last.name, 0)]
        # The articles that open them may differ ("ein Sprecher der Stadt" …
        # "der Sprecher").
        while short and short[0] in words.determiners:
            short.pop(0)
        while full and full[0] in words.determiners:
            full.pop(0)
        if (
            len(short) == 1
            and len(full) > len(short) + 1
            and full[: len(short)] == short
            and full[len(short)] in _PREPOSITION_LINKS | {"del", "der", "des", "von"}
            and self.tokens(last.name, 0)[0].low in words.determiners
        ):
            return last.name
        if (
            self.language == "de"
            and len(short) == 1
            and len(full) == 1
            and len(full[0]) > len(short[0]) + 2
            and full[0].endswith(short[0])
            and self.tokens(last.name, 0)[0].low in words.determiners
        ):
            # German compounds the role's field into its noun, and names the
            # source again by the noun alone: "sagte ein Polizeisprecher. …
            # Der Sprecher fügte hinzu: „…“" (invented).
            return last.name
        return None

    def named_body(self, found: _Found) -> Speaker | None:
        """The body a noun of the list ``body_nouns`` with its definite article stands for.

        Convention: business, science and state copy names a body once, then
        calls it by its noun (all invented): ``Das Max-Planck-Institut für
        Moorkunde warnt. „…“, teilte das Institut mit.``; ``« … », a indiqué
        le ministère`` after ``le ministère de la Mer``; ``«…», señaló el
        ministerio`` after ``el Ministerio de Pesca``: the nearest name
        before that holds the noun (a German compound by its ending).  A
        firm's noun (``das Unternehmen``, ``la société``, ``la compañía``)
        stands for the firm a sentence before has as its subject, named
        after such a noun (``Der Autobauer Velder Motors streicht Stellen.``;
        ``Le groupe Valdrin supprime 300 postes.``) or alone, as the story's
        first subject or in capitals (``Velderia ganó 300 millones.``;
        ``La SNCF a ouvert une enquête.``).  An indefinite article (``ein
        Unternehmen``) is a new source.
        """
        words = self.words
        toks = self.tokens(found.mention, 0)
        if len(toks) != 2 or toks[0].low not in _DEFINITE_ARTICLES or toks[1].mark:
            return None
        noun = toks[1].low
        firm = words.bodies.get(noun)
        if firm is None:
            return None
        if firm:
            # A firm's noun in a compound describes the firm named after it
            # ("Der Chemiekonzern Valtra Chemie"): the subject comes first.
            name = self._firm_subject(found.span.start) or self._body_holding(
                noun, found.span.start
            )
        else:
            name = self._body_holding(noun, found.span.start)
        if name is None:
            return None
        return Speaker(name, found.mention, found.span, SourceKind.ORGANISATION)

    def _body_holding(self, noun: str, before: int) -> str | None:
        """The nearest name before ``before`` that holds ``noun`` (see :meth:`named_body`)."""
        best: str | None = None
        for lo, hi in self.body:
            if lo >= before:
                break
            toks = self.tokens(self.source[lo : min(hi, before)], lo)
            for i, t in enumerate(toks):
                if self.language == "de":
                    if not t.capital or t.mark:
                        continue
                    # The genitive's ending is left out: "des Leibniz-Instituts".
                    cut = next((n for n in (0, 1, 2) if t.low[: len(t.low) - n].endswith(noun)), -1)
                    if cut < 0 or t.low[len(t.low) - cut :] not in ("", "s", "es"):
                        continue
                    stem = t.text[: len(t.text) - cut]
                    start = i
                    while (
                        start
                        and toks[start - 1].capital
                        and not toks[start - 1].mark
                        and toks[start - 1].low not in self.words.determiners
                        and toks[start - 1].low not in self.words.function_words
                        and not self._is_role_word(toks[start - 1])
                    ):
                        start -= 1
                    if start == i and (
                        len(stem) <= len(noun) + 1
                        or (i + 1 < len(toks) and toks[i + 1].capital and not toks[i + 1].mark)
                    ):
                        # The noun alone names no body, nor a compound that
                        # describes the name after it ("Chemiekonzern Valtra").
                        continue
                    best = self.source[toks[start].start : t.start] + stem
                    continue
                if t.low != noun:
                    continue
                k = i + 1
                while k < len(toks) and toks[k].low in _NOUN_NAME_LINKS:
                    k += 1  # "le ministère de la Mer", "el Ministerio de Pesca"
                end = self._name_run(toks, k) if k < len(toks) and toks[k].capital else k
                if end > k and not toks[k].mark and canonical_agency(toks[k].text) is None:
                    best = self.source[t.start : toks[end - 1].end]
        return best

    def _firm_subject(self, before: int) -> str | None:
        """The firm a sentence before ``before`` has as its subject (see :meth:`named_body`)."""
        words = self.words
        paragraphs = [(lo, min(hi, before)) for lo, hi in self.body if lo < before]
        for n, (lo, hi) in reversed(list(enumerate(paragraphs))):
            text = self.source[lo:hi]
            cut = 0
            if n == 0:
                m = _DATELINE_END_RE.search(text) or _DATELINE_BRACKET_RE.match(text)
                cut = m.end() if m is not None else 0
            starts = [cut, *(m.end() for m in _SENTENCE_END_RE.finditer(text, cut))]
            for number, start in reversed(list(enumerate(starts))):
                toks = self.tokens(text[start:], lo + start)
                j = 1 if toks and toks[0].low in _DEFINITE_ARTICLES else 0
                named_after = False
                if (
                    self.language == "de"
                    and j + 1 < len(toks)
                    and toks[j].capital
                    and self._firm_noun(toks[j + 1])
                ):
                    j += 1  # "Der Basler Pharmakonzern Novanta"
                if j < len(toks) and self._firm_noun(toks[j]):
                    named_after = True
                    j += 1
                    skipped = 0
                    while (
                        self.language != "de"
                        and j < len(toks)
                        and skipped < 4
                        and not toks[j].capital
                        and not toks[j].mark
                    ):
                        j += 1  # "la empresa de comercio electrónico Mercado Libre"
                        skipped += 1
                k = j
                while k < len(toks) and k - j < 4 and toks[k].capital and not toks[k].mark:
                    k += 1
                if k == j or k >= len(toks) or toks[k].capital or toks[k].mark:
                    continue
                name = self.source[toks[j].start : toks[k - 1].end]
                if canonical_agency(name) is not None:
                    continue
                alone = (
                    k - j == 1
                    and " " not in self.full_name(name)
                    and toks[j].low not in words.function_words
                    and toks[j].low not in words.determiners
                    and toks[j].low not in words.pronouns
                    and toks[j].low not in words.adverbs
                    # "Cinco personas murieron …": a count opening the lead.
                    and toks[j].low not in _COUNT_WORDS[self.language]
                    and not self._is_role_word(toks[j])
                    and (
                        _AGENCY_ACRONYM_RE.fullmatch(toks[j].text) is not None
                        or (n == 0 and number == 0 and j == 0)
                    )
                )
                if named_after or alone:
                    return name
        return None

    def _firm_noun(self, tok: _Token) -> bool:
        """Whether ``tok`` is a firm's noun of the list ``body_nouns`` (German: by its ending)."""
        if tok.mark:
            return False
        if self.language != "de":
            return self.words.bodies.get(tok.low, False)
        return tok.capital and any(
            firm and tok.low.endswith(noun) for noun, firm in self.words.bodies.items()
        )

    def document_owner(self, found: _Found) -> Speaker | None:
        """The owner of a written statement named as the source.

        Convention: French and Spanish copy cite a statement with its owner
        in a complement (the list ``document_nouns``): ``Selon un communiqué
        de la préfecture, …`` is the prefecture's; ``según un comunicado
        del Ministerio`` the ministry's (``el Ministerio``).
        """
        if self.language not in ("fr", "es"):
            return None
        toks = _tokens(found.mention, 0)
        k = 0
        while k < len(toks) and toks[k].low in self.words.determiners:
            k += 1
        if (
            k + 2 >= len(toks)
            or toks[k].low not in self.words.document_nouns
            or toks[k + 1].low not in ("de", "du", "des", "del", "d'")
        ):
            return None
        article = {"du": "le ", "des": "les ", "del": "el "}.get(toks[k + 1].low, "")
        start = found.span.start + toks[k + 2].start
        name = article + self.source[start : found.span.end]
        return Speaker(name, found.mention, found.span, SourceKind.ORGANISATION)

    def epithet(self, found: _Found) -> bool:
        """Whether a role is an epithet for the person just named.

        Convention: copy calls the person it has just named by an age, a
        party or an office instead of the name (``Mira Stahl kommt. „…“,
        sagte die 34-Jährige.``; ``confie le quinquagénaire``; ``afirmó el
        mandatario``), by a former office (``sagte der Ex-Minister``,
        ``l'ex-ministre``, ``el expresidente``), or by a nationality
        (``a déclaré le Slovène``, ``dijo la estadounidense``; the list
        ``nationalities``, in lower case in Spanish): the role is that
        person, the last full name before it in its paragraph (a quotation
        of the paragraph between them) or in the one before
        (``resolve.lang_role``).  A club's or a company's name is never that
        person (``Der 1. FC Kelbach gewann. Torhüter Jan Roth hielt zwei
        Elfmeter. „…“, sagte der 22-Jährige.``: Jan Roth; see
        :data:`_BODY_NAME_MARKS`).
        """
        ends = self.words.epithets
        toks = self.tokens(found.mention, 0)
        if toks and toks[0].low in _INDEFINITES:
            return False  # "sagte eine Forscherin", "a dit un chercheur": someone new
        if self._post_noun(toks):
            return True  # "aseguró la funcionaria" (see _post_noun)
        if self.language == "es" and len(toks) > 2 and toks[1].low == "también":
            # "el también" before a role gives the person just named a
            # second office: "La portavoz del Gobierno, Ana Gil, … «…», ha
            # asegurado la también ministra de Educación." is Ana Gil.
            return True
        if len(toks) == 2 and toks[1].capital and toks[1].low in self.words.nationalities:
            return True  # "a déclaré le Slovène"
        if (
            self.language == "es"
            and len(toks) == 2
            and not toks[1].capital
            and toks[1].low in self.words.nationalities
        ):
            return True  # "dijo la estadounidense": Spanish writes it in lower case
        if 1 < len(toks) <= 3 and any(
            t.low.startswith("ex-")
            or (self.language == "es" and t.low.startswith("ex") and t.low[2:] in self.words.titles)
            for t in toks[1:]
        ):
            # A former office is no one's now but the person's just named:
            # "Der frühere Minister Jan Roth … sagte der Ex-Minister",
            # "l'ex-ministre", "el expresidente".
            return True
        if (
            len(toks) == 5
            and _genders(self.language).get(toks[0].low) in ("male", "female")
            and toks[0].low not in ("un", "une", "uno", "una")
            and toks[2].low == "de"
            and toks[3].low.isdigit()
            and toks[4].low in _AGE_NOUNS
        ):
            # A noun with the age after it, the article definite: "a lâché
            # le joueur de 24 ans", "dijo la vecina de 80 años" is the
            # person just named ("une femme de 40 ans" is someone new).
            return True
        if len(toks) == 5 and toks[0].low in ("der", "die") and self._german_age_at(toks, 1):
            # The German age in words before the noun, the article definite:
            # "sagte der 47 Jahre alte Schwede" is the person just named, as
            # "der 47-Jährige" is.
            return True
        return bool(ends) and len(toks) <= 3 and any(t.low.endswith(ends) for t in toks[1:])

    def _post_noun(self, toks: Sequence[_Token]) -> bool:
        """Whether a mention is a generic noun of a post with its definite article.

        Convention: Spanish copy calls a person it has just named with a
        title by the generic noun of the post (list ``post_nouns``: ``La
        consejera de Sanidad, Ana Gil, visitó la zona. «…», aseguró la
        funcionaria.``, invented); the same noun calls back an unnamed
        source (``Un alto cargo aclaró que … «…», manifestó el
        funcionario.``).  So the noun is only the person whose article,
        honorific or title tells its gender (:meth:`resolve`), else the
        source as written.
        """
        return (
            len(toks) == 2
            and toks[0].low in self.words.determiners
            and toks[0].low not in _INDEFINITES
            and toks[1].low in self.words.posts
        )

    def defendant(self, found: _Found) -> str | None:
        """The person tried, whom the defendant's noun with its article stands for.

        Convention: court copy names the defendant once as the person tried
        (list ``trial_words``: ``jugé``, ``comparaissait``; ``juzgado``,
        ``acusado de``), then calls them by the noun alone (list
        ``defendant_nouns``), though a lawyer or a prosecutor is named in
        between (``Le notaire Gilles Perrotin comparaissait jeudi. ¶ « … »,
        a plaidé son avocat, Me Paul Roux. « … », a promis le prévenu.``:
        Gilles Perrotin, invented).  The person is the last full name before
        the trial word in its sentence, in the nearest such sentence before
        the mention.
        """
        words = self.words
        toks = self.tokens(found.mention, 0)
        if (
            len(toks) != 2
            or toks[0].low not in words.determiners
            or toks[0].low in ("un", "une", "uno", "una")
            or toks[1].low not in words.defendants
        ):
            return None
        gender = self.mention_gender(found.mention)
        at = found.span.start
        for lo, hi in reversed([(lo, hi) for lo, hi in self.body if lo < at]):
            text = self.source[lo : min(hi, at)]
            starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text))]
            for start in reversed(starts):
                sentence = self.tokens(text[start:], lo + start)
                for j in range(len(sentence) - 1, -1, -1):
                    tok = sentence[j]
                    if tok.start >= at:
                        continue
                    named = self._defendant_before_name(sentence, j, gender)
                    if named is not None:
                        return named
                    convicted = self._convicted_at(sentence, j)
                    if tok.capital or (tok.low not in words.trials and not convicted):
                        continue
                    stop = tok.start
                    if convicted:
                        # The sentence and its grounds after the convicted:
                        # "… wegen Betrugs zu drei Jahren Haft verurteilt".
                        stop = next(
                            (t.start for t in sentence[:j] if t.low in _SENTENCE_WORDS_DE), stop
                        )
                    named = self.last_name_in((self.source[lo + start : stop], lo + start), gender)
                    if named is not None:
                        return named
                # Only the sentence's last words before its end count: a
                # trial word in an earlier sentence of the paragraph is read
                # next.
                text = text[:start]
        return None

    def label(self, start: int, stop: int) -> Speaker | None:
        """The person a label of a name and a colon that opens the paragraph names.

        Convention: election-night and reaction roundups, and interviews
        printed as a transcript, set each quotation after the speaker's
        name and a colon, with no verb (``Jana Brück (CDU): „…“``; ``Marie
        Colin, maire de Brestou : « … »``; ``Ana Gil (PP): «…»``; a
        surname named in full before: ``Wendland: „…“``; invented).  The
        label is the paragraph's text before the quotation: a name of two
        words or more (a title before it left out), or a surname the
        article gave in full, then the party in brackets or a comma and up
        to eight words of role, then the colon.

        :param start: where the paragraph opens.
        :param stop: where the quotation's opening mark stands.
        """
        text = self.source[start:stop].rstrip()
        if not text.endswith(":") or len(text) > 120:
            return None
        toks = self.tokens(text[:-1].rstrip(), start)
        found = self.read(toks, 0) if toks else None
        if found is None or found.kind != "name" or " " not in found.name:
            return None
        end = next((j for j, t in enumerate(toks) if t.start >= found.span.end), len(toks))
        rest = toks[end:]
        if rest and not (
            (rest[0].text == "(" and rest[-1].text == ")" and len(rest) <= 6)
            or (rest[0].text == "," and 1 < len(rest) <= 9 and not rest[-1].mark)
        ):
            return None
        return Speaker(found.name, found.mention, found.span, SourceKind.PERSON)

    def _defendant_before_name(
        self, sentence: Sequence[_Token], j: int, gender: str | None
    ) -> str | None:
        """The name the defendant's noun at ``sentence[j]`` is set before, with its article.

        Convention: court copy names the defendant once by the noun before
        the name, with or without a comma, in any case (``Der Angeklagte
        Rainer Vogl schwieg.``; ``Das Gericht verurteilte den Angeklagten
        Rainer Vogl …``; ``le prévenu, Paul Roux,``; ``el acusado, Juan
        Gil,``; invented), and later by the noun alone: the noun alone is
        that person (see :meth:`defendant`).
        """
        low = sentence[j].low
        if self.language == "de" and sentence[j].text == "verurteilte":
            # The court's verb in the simple past before the convicted:
            # "Das Landgericht verurteilte Rainer Vogl zu drei Jahren Haft."
            k = j + 1
            if k + 1 < len(sentence) and sentence[k].capital and sentence[k + 1].capital:
                end = min(k + 3, len(sentence)) - 1
                return self.last_name_in(
                    (self.source[sentence[k].start : sentence[end].end], sentence[k].start),
                    gender,
                )
            return None
        if (
            j == 0
            # (German declines the noun: "den Angeklagten Rainer Vogl")
            or (low not in self.words.defendants and low[:-1] not in self.words.defendants)
            or sentence[j - 1].low not in self.words.determiners
        ):
            return None
        k = j + 1
        if k < len(sentence) and sentence[k].text == ",":
            k += 1
        if k + 1 >= len(sentence) or not (sentence[k].capital and sentence[k + 1].capital):
            return None
        end = min(k + 3, len(sentence)) - 1
        return self.last_name_in(
            (self.source[sentence[k].start : sentence[end].end], sentence[k].start), gender
        )

    def _convicted_at(self, sentence: Sequence[_Token], j: int) -> bool:
        """Whether the participle ``verurteilt`` at ``sentence[j]`` names the convicted before it.

        Convention: German court copy reports a verdict with the participle
        after the person sentenced (``Das Landgericht hat Rainer Vogl zu
        drei Jahren Haft verurteilt.``; ``Rainer Vogl wurde zu drei Jahren
        verurteilt.``, invented): the last name before it is the convicted,
        whom ``der Verurteilte`` calls back.  A judge named in the sentence
        (list ``_JUDGES_DE``: ``Richterin Eva Roth hat ihn verurteilt.``)
        passes the verdict: the participle then names no one, for the word
        is ambiguous, and not in ``trial_words``.
        """
        if self.language != "de" or sentence[j].low != "verurteilt":
            return False
        return not any(t.low in _JUDGES_DE for t in sentence[:j])

    def _last_speaker_for_epithet(self, found: _Found) -> str | None:
        """The last speaker, named in full, that an epithet with no name before it stands for.

        Convention: an epithet after quotations whose paragraphs name no one
        is the person quoted last, as a pronoun would be (``Le ministre,
        Paul Renard, a salué le projet. ¶ « … », a-t-il ajouté. ¶ « … », a
        souligné l'élu.``: Paul Renard, invented), unless its article tells
        the other gender than that speaker's.
        """
        last = self.last
        if last is None or last.kind is not SourceKind.PERSON or " " not in last.name:
            return None
        gender = self.mention_gender(found.mention) or self._adjective_noun_gender(found.mention)
        if gender in ("male", "female") and self.speaker_gender(last) not in (None, gender):
            return None
        return last.name

    def _adjective_noun_gender(self, mention: str) -> str | None:
        """The gender a German noun made of an adjective tells by its article.

        Convention: such a noun (``die 34-Jährige``, ``der Angeklagte``)
        tells the gender by its article alone in the singular (the plural
        ends in ``-en``): ``„…“, sagte er. ¶ Als Zeugin sagte eine Nachbarin
        aus. „…“, sagte die 71-Jährige.`` is not the man quoted last.  It
        only keeps an epithet from a last speaker of the other gender; the
        names before the epithet are read as before.
        """
        if self.language != "de":
            return None
        toks = self.tokens(mention, 0)
        if (
            len(toks) == 2
            and toks[0].low in ("der", "die")
            and toks[1].text.rsplit("-", 1)[-1][:1].isupper()
            and toks[1].low.endswith("e")
        ):
            return "male" if toks[0].low == "der" else "female"
        return None

    def last_group_in(self, context: tuple[str, int]) -> str | None:
        """The last plural subject that opens a sentence in ``context``.

        Convention: a plural pronoun in a French or Spanish tag stands for
        the group the sentence before named as its subject (``Les syndicats
        ont manifesté. « … », ont-ils prévenu.`` -> ``Les syndicats``; ``Les
        deux hommes``, with its number;
        ``Los vecinos cortaron la calle. «…», dijeron ellos.``); in German,
        ``Die`` and a noun before a plural verb (``Die Eltern zogen vor das
        Rathaus. „…“, sagten sie.``); unnamed sources without an article
        (the list ``bare_sources``: ``Fuentes municipales han indicado …
        «…», han añadido.``) are a group too.
        """
        text, _ = context
        best: str | None = None
        if self.language == "de":
            for m in _GROUP_SUBJECT_DE_RE.finditer(text):
                best = m.group(1)
            return best
        at = -1
        for m in _GROUP_SUBJECT_RE.finditer(text):
            if m.group(2).casefold() in self.words.time_nouns or m.group(2) in _NUMBER_WORDS:
                continue
            best, at = m.group(1), m.start(1)
        for m in _BARE_GROUP_RE.finditer(text):
            # "Fuentes municipales han indicado …. «…», han añadido.": unnamed
            # sources without an article are a group too.
            if m.group(2).casefold() in self.words.bare_sources and m.start(1) > at:
                best, at = m.group(1), m.start(1)
        return best

    def resolve(self, found: _Found) -> tuple[Speaker | None, str]:
        """The speaker a read phrase stands for, and the rule that decided it."""
        if (
            found.kind == "pronoun"
            and self.language in ("fr", "es")
            and found.name.casefold() in _PLURAL_PRONOUNS
        ):
            group = self.last_group_in(self.context) or self.last_group_in(self.prev_context)
            if group is not None:
                return (
                    Speaker(group, found.mention, found.span, SourceKind.GROUP),
                    "resolve.lang_pronoun",
                )
        if found.kind == "pronoun":
            gender = _genders(self.language).get(found.name.casefold())
            subject = self._unnamed_subject_before(gender)
            if subject is not None:
                return (
                    Speaker(subject.name, found.mention, found.span, subject.kind),
                    "resolve.lang_pronoun",
                )
            named = self.role_subject_in(self.context, gender) or self.last_name_in(
                self.context, gender
            )
            if named is None and self.last is not None:
                named = self.subject_closing_paragraph_before(gender)
            if named is not None:
                return (
                    Speaker(named, found.mention, found.span, SourceKind.PERSON),
                    "resolve.lang_pronoun",
                )
            if self.last is None:
                # Before any speaker, a pronoun that opens the tag of a
                # paragraph's quotation stands for the person the paragraph
                # before named last (``La maire, Anne Roux, a visité le port.
                # ¶ « Non », a-t-elle dit.``).
                named = self.last_name_in(self.prev_context, gender)
                if named is None:
                    return None, ""
                return (
                    Speaker(named, found.mention, found.span, SourceKind.PERSON),
                    "resolve.lang_pronoun",
                )
            if gender in ("male", "female") and self.speaker_gender(self.last) not in (
                None,
                gender,
            ):
                # "„…“, sagte eine Sprecherin. ¶ „…“, ließ er erklären.": a
                # pronoun of the other gender is not the last speaker; it is
                # the last person named before whose article or title tells
                # its gender ("La bióloga Ana Gil y el químico Luis Pardo
                # … «…», afirmó ella. «…», añadió él.": Luis Pardo).
                named = self.last_name_in(self.para_context, gender, strict=True)
                for context in self.earlier_contexts(3):
                    if named is not None:
                        break
                    named = self.last_name_in(context, gender, strict=True)
                if named is not None:
                    return (
                        Speaker(named, found.mention, found.span, SourceKind.PERSON),
                        "resolve.lang_pronoun",
                    )
                self.other_gender = True
                return None, ""
            return (
                Speaker(self.last.name, found.mention, found.span, self.last.kind),
                "resolve.lang_pronoun",
            )
        if found.kind in ("role", "name"):
            alias = self._body_alias(found)
            if alias is not None:
                return alias, "resolve.lang_role"
        if found.kind == "role":
            called = self._called_back(found)
            if called is not None:
                return called, "resolve.lang_role"
            managed = self._managed_body(found)
            if managed is not None:
                return managed, "resolve.lang_role"
            owner = self.document_owner(found) or self.named_body(found)
            if owner is not None:
                return owner, "resolve.lang_role"
            named = self.role_holder(found)
            if named is None:
                named = self.defendant(found)
            if named is None and self.epithet(found):
                # The article may tell the gender: "La poeta Ana Gil … el
                # rector, Luis Pardo … «…», dijo la homenajeada" is Ana Gil.
                gender = self.mention_gender(found.mention)
                # A club or a company is never the person: "Der 1. FC Kelbach
                # gewann. Torhüter Jan Roth hielt. „…“, sagte der 22-Jährige."
                # Only the names before the epithet: "L'élu a appelé Paris à «
                # tenir parole »" is the person named before, not Paris.
                context = _cut_at(self.context, found.span.start)
                para_context = _cut_at(self.para_context, found.span.start)
                if self._post_noun(self.tokens(found.mention, 0)):
                    # A generic noun of a post only for a person whose title
                    # tells its gender (see _post_noun).
                    named = (
                        self.last_name_in(context, gender, strict=True, people=True)
                        or self.last_name_in(para_context, gender, strict=True, people=True)
                        or self.last_name_in(self.prev_context, gender, strict=True, people=True)
                    )
                else:
                    # Failing a person whose title tells the epithet's
                    # gender, the last person named whose title does not
                    # tell the other ("Feuerwehrkommandant Markus Vogt … ¶
                    # In der Nachbarschaft war der Schreck groß. „…“, sagte
                    # die 52-Jährige." is not Markus Vogt).
                    told = gender or self._adjective_noun_gender(found.mention)
                    named = (
                        self._subject_before_epithet(para_context, told)
                        or self._unnamed_subject_before_epithet(para_context, found)
                        or self.last_name_in(context, gender, strict=True, people=True)
                        or self.last_name_in(context, told, people=True, exclusive=True)
                        # A quotation earlier in the paragraph: "Pour le leader de
                        # la CGT, Paul Roux, c'est « non ». « … », a estimé le
                        # syndicaliste." is Paul Roux.
                        or self.last_name_in(para_context, gender, strict=True, people=True)
                        or self.last_name_in(para_context, told, people=True, exclusive=True)
                        or self.last_name_in(self.prev_context, gender, strict=True, people=True)
                        or self.last_name_in(self.prev_context, told, people=True, exclusive=True)
                        or self._last_speaker_for_epithet(found)
                    )
            if named is None:
                named = self.shortened_role(found)
            if named is not None:
                return (
                    Speaker(named, found.mention, found.span, SourceKind.PERSON),
                    "resolve.lang_role",
                )
            return (
                Speaker(found.name, found.mention, found.span, SourceKind.PERSON),
                "resolve.lang_role",
            )
        if found.kind == "name":
            spelled = self._acronym_spelled_out(found)
            if spelled is not None:
                return spelled, "resolve.lang_name"
        return (
            Speaker(found.name, found.mention, found.span, SourceKind.PERSON),
            "resolve.lang_name",
        )

    def _acronym_spelled_out(self, found: _Found) -> Speaker | None:
        """The full name a body's short name stands for, where the copy gave it in brackets.

        Convention: copy names a body in full once with its short name in
        brackets (``Der Deutsche Wetterdienst (DWD) warnte …``; ``La
        Agencia Estatal de Meteorología (Aemet) …``; ``l'Office fédéral de
        la santé publique (OFSP)``), then by the short name alone (``„…“,
        teilte der DWD mit.``, invented): the two are one source, named as
        a tag naming the full name would be.  The full name opens with an
        article and a word of the short name's first letter, in the
        sentence before the brackets; the name is its words after the
        article, as written (``Deutsche Wetterdienst``).
        """
        short = found.name
        if " " in short or len(short) < 2 or not short[:1].isupper():
            return None
        at = self.source.find(f"({short})", 0, found.span.start)
        if at < 0:
            return self._acronym_written_out(found)
        lo = max(0, at - 200)
        text = self.source[lo:at]
        starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text))]
        start = lo + starts[-1]
        toks = self.tokens(self.source[start:at], start)
        for k in range(len(toks) - 2, -1, -1):
            if (
                toks[k].low in self.words.determiners
                and toks[k + 1].capital
                and toks[k + 1].text[:1] == short[:1]
            ):
                if len(toks) - k > 9 or any(t.mark for t in toks[k + 1 :]):
                    return None
                name = self.source[toks[k + 1].start : toks[-1].end]
                if self.language == "de":
                    name = _nominative_body_de(name, toks[k].low)
                return Speaker(name, found.mention, found.span, SourceKind.ORGANISATION)
        return None

    def _acronym_written_out(self, found: _Found) -> Speaker | None:
        """The full name an acronym stands for, written out before it with no brackets.

        Convention: copy names a body in full, then by its initials without
        having given them in brackets (``Der Deutsche Wetterdienst warnte
        vor Sturm. … „…“, teilte der DWD mit.``; ``La Confederación
        Sindical Obrera convocó … «…», señaló la CSO.``, invented): the
        nearest name before, after an article, whose capitals' first
        letters are the acronym's (the lower-case words between passed
        over); a German compound gives the first letter of each of its
        parts (``Wetter|dienst``, ``Gewerkschafts|bund``), so a letter of
        the acronym may stand inside the word.  Two to six capitals only.
        """
        short = found.name
        if not 2 <= len(short) <= 6 or not short.isupper() or not short.isalpha():
            return None
        words = self.words
        best: Speaker | None = None
        for lo, hi in self.body:
            if lo >= found.span.start:
                break
            toks = self.tokens(self.source[lo : min(hi, found.span.start)], lo)
            for k, t in enumerate(toks[:-1]):
                if t.low not in words.determiners or not toks[k + 1].capital:
                    continue
                run: list[_Token] = []
                end = k + 1
                while end < len(toks) and len(run) < 6:
                    x = toks[end]
                    if x.capital and not x.mark and x.text.isalpha():
                        run.append(x)
                    elif not (
                        run
                        and not x.capital
                        and (x.low in words.particles or x.low in words.prepositions)
                        and end + 1 < len(toks)
                        and toks[end + 1].capital
                    ):
                        break
                    end += 1
                for n in range(len(run), 0, -1):
                    if _spells(short, [x.text for x in run[:n]], self.language == "de"):
                        span = Span(run[0].start, run[n - 1].end)
                        name = self.source[span.start : span.end]
                        if self.language == "de":
                            name = _nominative_body_de(name, t.low)
                        best = Speaker(name, found.mention, found.span, SourceKind.ORGANISATION)
                        break
        return best

    def _body_alias(self, found: _Found) -> Speaker | None:
        """The body that another of its names stands for, once the copy named it.

        Convention: Spanish copy calls a body it has named by a nickname or
        a description (list ``body_aliases``: ``el instituto armado``, ``la
        Benemérita`` for the Guardia Civil; ``La Guardia Civil rescató a
        diez vecinos. «…», ha relatado el instituto armado.``, invented):
        the alias is that body, as the copy named it, when its name stands
        before the alias.
        """
        if not self.words.aliases:
            return None
        toks = self.tokens(found.mention, 0)
        k = 1 if toks and toks[0].low in self.words.determiners else 0
        key = " ".join(t.low for t in toks[k:])
        name = self.words.aliases.get(key)
        if name is None or self.source.find(name, 0, found.span.start) < 0:
            return None
        return Speaker(name, found.mention, found.span, SourceKind.ORGANISATION)

    def _managed_body(self, found: _Found) -> Speaker | None:
        """The firm or the body whose management a French or Spanish source is.

        Convention: copy reports a firm's word as its management's (list
        ``management_nouns``: ``a indiqué la direction de la SNCF``, ``la
        direction régionale de la Cofralim a annoncé``; ``ha asegurado la
        dirección de Ferralia``, invented): the source is the firm or the
        body named after the noun and ``de``, as ``a indiqué la SNCF``
        names it; up to two adjectives may stand between (``régionale``,
        ``general``).
        """
        if not self.words.managements:
            return None
        toks = self.tokens(found.mention, 0)
        k = 1 if toks and toks[0].low in self.words.determiners else 0
        if k >= len(toks) or toks[k].low not in self.words.managements:
            return None
        k += 1
        while k < len(toks) and k <= 3 and not toks[k].capital and toks[k].low not in _OF_WORDS:
            k += 1  # "régionale", "générale"
        if k >= len(toks) and toks[0].low in _DEFINITE_SINGULAR:
            return self._body_named_before(found)
        if k >= len(toks) or toks[k].low not in _OF_WORDS:
            return None
        k += 1
        if k < len(toks) and toks[k].low in self.words.determiners and not toks[k].capital:
            k += 1  # "de la SNCF"
        if k >= len(toks) or not toks[k].capital or any(t.mark for t in toks[k:]):
            return None
        name = found.mention[toks[k].start :]
        start = found.span.start + toks[k].start
        return Speaker(name, found.mention, Span(start, found.span.end), SourceKind.ORGANISATION)

    def _body_named_before(self, found: _Found) -> Speaker | None:
        """The firm a management noun with no complement stands for: the body named as a source.

        Convention: copy that has named a firm or a body as the source of a
        statement calls it back by its management alone (``Le trafic sera
        réduit jeudi, a annoncé la Cofralim. ¶ « … », a précisé la
        direction.``; ``La Cofralim a démenti. « … », a indiqué la
        direction.``; ``Ferralia ha confirmado el cierre. «…», ha señalado
        la dirección.``, invented): the management is the body the last
        sentence before it, in the paragraph or the three before, gives as
        the subject of its verb, written with its article (``la Cofralim``)
        or alone; a person so named is no body.
        """
        contexts = [_cut_at(self.para_context, found.span.start), *self.earlier_contexts(3)]
        for text, offset in contexts:
            starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text.rstrip()))]
            for start in reversed(starts):
                body = self._sentence_body_source(self.tokens(text[start:], offset + start))
                if body is not None:
                    return body
                text = text[:start]
        return None

    def _sentence_body_source(self, toks: Sequence[_Token]) -> Speaker | None:
        """The body a sentence gives as the subject of its cue, opening it or after the cue.

        ``La Cofralim a démenti …`` / ``…, a annoncé mercredi la Cofralim.``
        (see :meth:`_body_named_before`).
        """
        words = self.words
        while toks and (toks[-1].mark or toks[-1].text in ".!?"):
            toks = toks[:-1]  # the stop, a closing quotation mark
        if len(toks) < 3:
            return None
        # After the cue, the sentence's last words: "a annoncé (mercredi) la SNCF".
        k = len(toks) - 1
        while k > 0 and toks[k].capital and not toks[k].mark:
            k -= 1
        if k < len(toks) - 1 and toks[k].low in _DEFINITE_SINGULAR and k >= 1:
            v = k - 1
            while (
                v > 0 and v >= k - 2 and not toks[v].capital and toks[v].low not in words.cue_first
            ):
                v -= 1  # a day or an adverb: "a annoncé mercredi la SNCF"
            if toks[v].low in words.cue_first and not toks[v].capital:
                return self._body_at(toks, k + 1, len(toks))
        # Opening the sentence, its verb after it: "La SNCF a démenti".
        k = 1 if toks[0].low in _DEFINITE_SINGULAR else 0
        end = k
        while end < len(toks) and toks[end].capital and not toks[end].mark:
            end += 1
        if end == k or end >= len(toks) or toks[end].mark or toks[end].capital:
            return None
        if toks[end].low not in words.cue_first and toks[end].low not in _AUXILIARIES:
            return None
        return self._body_at(toks, k, end)

    def _body_at(self, toks: Sequence[_Token], k: int, end: int) -> Speaker | None:
        """The body ``toks[k:end]`` names, or ``None`` for a person or a role.

        French and Spanish copy set the article before a body's name, never
        before a person's (``la Cofralim``, ``la Guardia Civil``); without
        the article only one word is read, an acronym or a name no person
        named before bears (``Ferralia``, not ``Ortega`` for Luis Ortega).
        """
        run = toks[k:end]
        if not run or any(self._is_role_word(t) for t in run):
            return None
        article = k > 0 and toks[k - 1].low in _DEFINITE_SINGULAR
        if not article and (len(run) > 1 or self.full_name(run[0].text) != run[0].text):
            return None
        name = self.source[run[0].start : run[-1].end]
        return Speaker(name, name, Span(run[0].start, run[-1].end), SourceKind.ORGANISATION)

    def _called_back(self, found: _Found) -> Speaker | None:
        """The source a demonstrative and its noun call back, as first written.

        Convention: Spanish and French copy call a source they have just
        named, often an unnamed one, by its noun after a demonstrative or
        ``mismas``, ``citadas`` (``Fuentes de la consejería explicaron que
        … «…», han asegurado estas fuentes.``; ``las mismas fuentes``,
        ``dicho portavoz``; ``Un porte-parole de la mairie a confirmé … « …
        », a ajouté ce porte-parole.``, invented): the speaker is that
        source as the copy first wrote it, the last phrase the noun opens
        (with its article) in the paragraph or the three before.
        """
        words = _CALLBACK_WORDS.get(self.language)
        if words is None:
            return None
        toks = self.tokens(found.mention, 0)
        alone, after = words
        adjective = ""
        if len(toks) == 2 and toks[0].low in alone:
            noun = toks[1].low
        elif (
            len(toks) == 3
            and toks[0].low in alone
            and toks[1].low not in after
            and toks[2].text.isalpha()
            and not toks[2].capital
        ):
            # "cette source gouvernementale" for "une source
            # gouvernementale": the noun with its adjective.
            noun, adjective = toks[1].low, toks[2].low
        elif len(toks) == 3 and toks[0].low in alone and toks[1].low in after:
            noun = toks[2].low  # "ces mêmes sources"
        elif (
            len(toks) == 3
            and toks[0].low in self.words.determiners
            and toks[0].low not in alone
            and toks[1].low in after
        ):
            noun = toks[2].low  # "las mismas fuentes"
        else:
            return None
        at = found.span.start
        for lo, hi in reversed([(lo, hi) for lo, hi in self.body if lo < at][-4:]):
            body = self.tokens(self.source[lo : min(hi, at)], lo)
            for i in range(len(body) - 1, -1, -1):
                if body[i].low != noun or body[i].start >= at:
                    continue
                if adjective and (i + 1 >= len(body) or body[i + 1].low != adjective):
                    continue
                k = i - 1 if i and body[i - 1].low in self.words.determiners else i
                if k < i and body[k].low in alone:
                    continue  # called back already
                earlier = self.read(body, k)
                if earlier is None or earlier.kind not in ("role", "name"):
                    continue
                if earlier.kind == "role" and body[k].low not in _INDEFINITES:
                    # An epithet stands for the person it stood for there:
                    # "« … », a averti la chercheuse. « … », a ajouté cette
                    # chercheuse." is the researcher named before.
                    resolved, _ = self.resolve(earlier)
                    if (
                        resolved is not None
                        and resolved.name != earlier.name
                        and " " in resolved.name
                        and resolved.name[:1].isupper()
                    ):
                        return Speaker(resolved.name, found.mention, found.span, resolved.kind)
                # Its first word, an article or the noun, as a tag after a
                # quotation writes it: "fuentes del …", "un porte-parole …".
                name = earlier.name[:1].lower() + earlier.name[1:]
                # A plural callback ("estas", "las mismas", "ces") is a group.
                plural = toks[0].low.endswith("s")
                kind = SourceKind.GROUP if plural else SourceKind.PERSON
                return Speaker(name, found.mention, found.span, kind)
        return None

    def _unnamed_subject_before(self, gender: str | None) -> Speaker | None:
        """The source with its article opening the sentence before the quotation with a cue.

        Convention: French and Spanish copy report what a body said in a
        sentence that opens with it as the subject and a cue verb, then
        quote it with a pronoun or no subject in the tag (``La préfecture
        du Valbourg a annoncé la fermeture des routes. « … », a-t-elle
        précisé.``; ``La SNCF a indiqué que … « … », a-t-elle ajouté.``;
        ``La fiscalía ha pedido tres años. «…», ha precisado.``, invented):
        the tag is that subject, as a tag after the quotation naming it
        would be, not the person quoted before.  The subject's article
        must not tell the other gender than the pronoun; a person's role
        opening the sentence is read by :meth:`role_subject_in` and
        :meth:`subjectless`.
        """
        if self.language not in ("fr", "es"):
            return None
        last = self._last_sentence(self.context)
        if last is None:
            return None
        toks = last[1]
        if len(toks) < 3 or toks[0].low not in _DEFINITE_SINGULAR:
            return None
        told = _genders(self.language).get(toks[0].low)
        if gender in ("male", "female") and told not in (None, gender):
            return None
        if toks[1].mark or (not toks[1].capital and self._is_role_word(toks[1])):
            return None
        found = self.read(toks, 0)
        if found is None or found.kind not in ("name", "role"):
            return None
        v = next((n for n, t in enumerate(toks) if t.start >= found.span.end), len(toks))
        end = v
        statement = self._statement_issued(toks, v)
        while (
            not statement
            and v < end + 2
            and v < len(toks)
            and toks[v].low not in self.words.cue_first
            and toks[v].text.isalpha()
            and not toks[v].capital
            and toks[v].low not in self.words.function_words
        ):
            # The last words of a long name in lower case, past the
            # complement read: "L'Office fédéral de la santé publique a
            # indiqué …".
            v += 1
        if v >= len(toks) or toks[v].capital or toks[v].mark:
            return None
        cue = toks[v].low in self.words.cue_first and not (
            toks[v].low in _AUXILIARIES
            and (v + 1 >= len(toks) or toks[v + 1].low not in self.words.participles)
        )
        if (
            not cue
            and not statement
            and (
                self.language != "fr"
                or toks[v].low not in _AUXILIARIES
                or any(t.capital for t in toks[v + 1 :])
            )
        ):
            # Another verb ("La préfecture du Gers a instauré une zone.")
            # only in French, whose pronoun tells the gender, the
            # auxiliary before it and no name after it.
            return None
        speaker, _ = self.resolve(found)
        if speaker is not None and v > end and speaker.name == found.name:
            whole = self.source[toks[0].start : toks[v - 1].end]
            speaker = Speaker(whole, whole, Span(toks[0].start, toks[v - 1].end), speaker.kind)
        article = toks[0].text
        if speaker is not None and speaker.name.startswith(article + " " * article.isalpha()):
            # Written as a tag after the quotation writes it: "la SNCF".
            name = toks[0].low + speaker.name[len(article) :]
            return Speaker(name, speaker.mention, speaker.mention_span, speaker.kind)
        return speaker

    def _statement_issued(self, toks: Sequence[_Token], v: int) -> bool:
        """Whether the verb at ``v`` issues a written statement, its object a document noun.

        Convention: copy reports that a body issued a statement, then quotes
        it with no subject in the tag (``La dirección de Ferralia ha
        difundido un comunicado. «…», ha señalado.``; ``El Ayuntamiento
        emitió una nota. «…», precisó.``, invented): the verb is no cue, but
        its object (an article and a noun of the list ``document_nouns``)
        makes the body the source of the statement quoted.
        """
        if v >= len(toks) or toks[v].capital or toks[v].mark:
            return False
        k = v + 1
        if toks[v].low in _AUXILIARIES and k < len(toks) and not toks[k].capital:
            k += 1  # "ha emitido", "a publié"
        return (
            k + 1 < len(toks)
            and toks[k].low in self.words.determiners
            and toks[k + 1].low in self.words.document_nouns
        )

    def _cue_subject_before(self) -> str | None:
        """The last full name before the last cue verb in the quotation's paragraph.

        Convention: a verb without a subject after a quotation continues the
        person a cue in unquoted text just before it named, not an earlier
        speaker (``«…», dijo Ruiz. ¶ El ministro, Luis Pardo, declaró que
        lo apoyará. «Es clave», afirmó.``: Luis Pardo).
        """
        text, offset = self.context
        toks = self.tokens(text, offset)
        for v in range(len(toks) - 1, 0, -1):
            t = toks[v]
            if t.capital or t.low not in self.words.cue_first:
                continue
            if t.low in _AUXILIARIES and (
                v + 1 >= len(toks) or toks[v + 1].low not in self.words.participles
            ):
                continue  # "Putin ha adquirido": an auxiliary of no cue
            # Only the name right before the verb, or in commas before it,
            # is its subject ("..., Luis Pardo, declaró"; "Luis Pardo
            # declaró"), not a name earlier in the sentence.
            k = v - 1 if toks[v - 1].text != "," else v - 2
            if k < 0 or not toks[k].capital or toks[k].mark:
                return None
            named = self.last_name_in((self.source[offset : toks[k].end], offset))
            # The first of two Spanish surnames stands for the full name:
            # "Díaz ha insistido" for Ana Díaz Pérez.
            return named if named is not None and toks[k].text in named.split() else None
        return None

    def _role_and_name_subject(self, toks: Sequence[_Token]) -> str | None:
        """The name a sentence opens with after its role, or with a clause after it.

        Convention: the subject the next tag leaves out may open the
        sentence before as a role with the name and no comma (``El concejal
        vecinal Luis Pardo votó en contra. «…», criticó.``), as a role in
        commas after a possessive (``Su abogada, la gallega Ana Gil, lo
        niega. «…», dijo.``) or as a name with a relative clause in commas
        (``Ana Gil, que vende pan desde 1990, está contenta. «…», cuenta.``),
        all invented.

        :param toks: the tokens of the sentence before the quotation.
        :returns: the full name, or ``None`` when the sentence opens otherwise.
        """
        if len(toks) < 3:
            return None
        k = 0
        if toks[0].low in self.words.determiners and toks[1].low not in self.words.determiners:
            comma = next((n for n, t in enumerate(toks[:6]) if t.text == ","), -1)
            if (
                comma > 0
                and comma + 1 < len(toks)
                and toks[comma + 1].low in self.words.determiners
            ):
                k = comma + 1  # "Su abogada, la gallega Ana Gil, …"
        if toks[k].low in self.words.determiners:
            found = self.read(toks, k)
            if found is None or found.kind != "name":
                return None
            end = next((n for n, t in enumerate(toks) if t.start >= found.span.end), len(toks))
            if k:
                if end >= len(toks) or toks[end].text != ",":
                    return None
                end += 1
            elif end < len(toks) and toks[end].text == ",":
                # An apposition after the role and the name, in commas: "Son
                # gardien Paul Roux, auteur de trois arrêts, souriait."
                end = next(
                    (
                        n + 1
                        for n in range(end + 2, min(len(toks), end + 10))
                        if toks[n].text == ","
                    ),
                    0,
                )
                if not end:
                    return None
        elif toks[0].capital and not toks[0].mark:
            end = self._name_run(toks, 0)
            if (
                end < 2
                or end + 1 >= len(toks)
                or toks[end].text != ","
                or toks[end + 1].low not in _RELATIVES
            ):
                return None
            first = 0
            while first < end - 2 and self._is_role_word(toks[first]):
                first += 1  # "Torwart Jan Roth, der …": the title is left out
            found = _Found(
                self.source[toks[first].start : toks[end - 1].end],
                "",
                Span(toks[first].start, toks[end - 1].end),
                "name",
            )
            # The relative clause ends at the next comma.
            end = next((n + 1 for n in range(end + 2, len(toks)) if toks[n].text == ","), 0)
            if not end:
                return None
        else:
            return None
        if end >= len(toks) or toks[end].capital or toks[end].mark:
            return None
        return self.full_name(found.name)

    def _subject_of_sentence_before(self, context: tuple[str, int] | None = None) -> str | None:
        """The named subject of the sentence just before the quotation, in its paragraph.

        Convention: Spanish leaves out the subject that the sentence before
        gave, whatever its verb (``Uno de los heridos, Iker Sanz, agradeció
        la ayuda. «Me salvaron», aseguró.``: Iker Sanz): the full name that
        opens that sentence, or stands in commas after a phrase opening it,
        with a lower-case verb after it.

        :param context: the text to read the last sentence of, with its
            offset; the quotation's own paragraph before it when ``None``.
        """
        last = self._last_sentence(self.context if context is None else context)
        if last is None:
            return None
        toks = last[1]
        named = self._subject_of_tokens(toks)
        if named is None and not self.source_phrase_at(toks, 0) and (cut := _connector_end(toks)):
            # "Por su parte, la portavoz del partido, Elena Ríos, acusó al
            # Gobierno. «…», dijo.": the subject after a connector (not
            # after a source phrase: "Según el informe, Luis Pardo ha
            # adquirido dos grúas." is the report's news, no one speaking).
            named = self._subject_of_tokens(toks[cut:])
        return named

    def _subject_of_tokens(self, toks: Sequence[_Token]) -> str | None:
        """The named subject opening a sentence's tokens.

        (The reading of :meth:`_subject_of_sentence_before`.)
        """
        named = self._role_and_name_subject(toks)
        if named is not None:
            return named
        if (
            len(toks) > 1
            and toks[0].capital
            and not toks[0].mark
            and not toks[1].capital
            and not toks[1].mark
            and toks[0].low not in self.words.determiners
            and toks[0].low not in self.words.function_words
            and self._name_run(toks, 0) == 1
            and " " in (full := self.full_name(toks[0].text))
        ):
            # A surname opening the sentence, the person named in full
            # before: "Juan Mora … Mora se defendió. «…», aseguró." (invented).
            return full
        k = 0
        if toks and (toks[0].low in self.words.determiners or self._name_run(toks, 0) < 2):
            # "Uno de los heridos, Iker Sanz, …": the name in commas.
            k = next((n + 1 for n, t in enumerate(toks[:12]) if t.text == ","), 0)
            if k == 0:
                return None
        if k >= len(toks) or not toks[k].capital or toks[k].mark:
            return None
        end = self._name_run(toks, k)
        if end - k < 2:
            return None
        if (
            end + 1 < len(toks)
            and toks[end].text == "."
            and len(toks[end - 1].text) == 1
            and toks[end + 1].text == ","
        ):
            end += 1  # "L'accusé, Franck L., 41 ans, a nié.": a surname's initial
        if end < len(toks) and toks[end].text == ",":
            if k == 0:
                return None
            end += 1
        elif k:
            return None  # "Según el informe, Luis Pardo ha adquirido …": no apposition
        if end >= len(toks) or toks[end].capital or toks[end].mark:
            return None
        name = self.source[toks[k].start : toks[end - 1].end].rstrip(" ,")
        return self.full_name(name)

    def subject_closing_paragraph_before(self, gender: str | None) -> str | None:
        """The named subject of the sentence that closes the paragraph before.

        Convention: a tag with a pronoun or with no subject after a
        quotation that opens its paragraph continues the person the last
        sentence of the paragraph before named as its subject, not the
        speaker quoted earlier (``« … », a dit l'entraîneur Luc Faure. Son
        gardien, Paul Roux, souriait. ¶ « … », a-t-il raconté.``: Paul Roux;
        ``El técnico rival, Luis Mora, lamentó los errores. ¶ «…»,
        afirmó.``: Luis Mora; ``Torwart Jan Roth, der zwei Elfmeter hielt,
        strahlte. ¶ „…“, sagte er.``: Jan Roth; all invented).  That sentence
        holds no quotation, and its article or title does not tell the other
        gender than the pronoun's (``gender``).
        """
        if self.para_context[0].strip():
            return None
        text, offset = self.prev_context
        starts = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text.rstrip()))]
        sentence = text[starts[-1] :]
        if not sentence.strip() or any(
            t.mark and t.text not in ",.;:-–" for t in _tokens(sentence, 0)
        ):
            return None
        named = self._subject_of_sentence_before((sentence, offset + starts[-1]))
        if named is None:
            return None
        words = named.split()
        if self.language == "de" and (
            words[0].casefold() in _COUNTS_DE or not self.name_like(_Token(words[-1], 0))
        ):
            # German writes every noun with a capital: "Elf Verdächtige
            # wurden festgenommen." opens with no name.
            return None
        if gender in ("male", "female"):
            head = (
                sentence[: sentence.find(named.split()[-1])]
                if named.split()[-1] in sentence
                else ""
            )
            told = self.mention_gender(head + named) if head or named else None
            if told not in (None, gender):
                return None
        return named

    def subjectless(self, at: int, plural: bool = False) -> tuple[Speaker | None, str]:
        """A cue verb with no subject continues the last speaker (Spanish pro-drop).

        With no speaker yet, it continues the last full name before it, in its
        paragraph or the one before (``…, dijo el guarda, Luis Prado. ¶ «…»,
        añadió.``).  A plural verb (``plural``) continues the last plural
        subject that opened a sentence (``Los vecinos protestaron. «…»,
        dijeron.``), when there is one.
        """
        if plural:
            group = self.last_group_in(self.context) or self.last_group_in(self.prev_context)
            if group is not None:
                return Speaker(group, group, Span(at, at), SourceKind.GROUP), "resolve.lang_pronoun"
        else:
            # "Como explicó la portavoz, el fuego está controlado. «…»,
            # precisó.": the source of the clause of comparison that opens
            # the sentence before (see _as_clause_subject).
            text, offset = self.context
            start = ([0] + [m.end() for m in _SENTENCE_END_RE.finditer(text.rstrip())])[-1]
            toks = self.tokens(text[start:], offset + start)
            # "El acusado negó los hechos. «…», dijo.": the defendant (see
            # _defendant_subject).
            reported = self._as_clause_subject(toks, None) or self._defendant_subject(toks, 0, None)
            if reported is not None:
                return Speaker(reported, reported, Span(at, at)), "resolve.lang_pronoun"
        if self.last is None:
            named = self.last_name_in(self.context) or self.last_name_in(self.prev_context)
            if named is None:
                return None, ""
            return Speaker(named, named, Span(at, at)), "resolve.lang_pronoun"
        named = self._cue_subject_before()
        if named is None and (subject := self._unnamed_subject_before(None)) is not None:
            # "La fiscalía ha pedido tres años. «…», ha precisado.": the
            # subject with its article (see _unnamed_subject_before).
            return (
                Speaker(subject.name, subject.mention, Span(at, at), subject.kind),
                "resolve.lang_pronoun",
            )
        named = (
            named
            or self._subject_of_sentence_before()
            or self.subject_closing_paragraph_before(None)
        )
        if named is not None:
            return Speaker(named, named, Span(at, at)), "resolve.lang_pronoun"
        return (
            Speaker(self.last.name, self.last.mention, Span(at, at), self.last.kind),
            "resolve.lang_pronoun",
        )

    # ---------------------------------------------------------------- cues

    def source_phrase_at(self, toks: Sequence[_Token], i: int) -> int:
        """How many tokens of a source phrase (``laut``, ``selon``) start at ``i``."""
        if i >= len(toks):
            return 0
        first = toks[i].low
        for phrase in self.words.source_phrases:
            if not phrase:
                return 0
            # The first word alone rules out most phrases at most tokens.
            if phrase[0] != first:
                continue
            n = len(phrase)
            got = tuple(t.low for t in toks[i : i + n])
            if got == phrase:
                return n
            if (
                self.language == "es"
                and phrase[-1] == "de"
                and len(got) == n
                and got[:-1] == phrase[:-1]
                and got[-1] == "del"
            ):
                # "de" and the article in one word: "en palabras del
                # presidente", "a juicio del fiscal"; the phrase ends before
                # "del", read as the article that opens the source.
                return n - 1
        return 0

    def _lead_source_phrase(self, toks: Sequence[_Token], i: int, n: int) -> bool:
        """Whether the source phrase of ``n`` tokens at ``i`` leads in a quotation.

        Conventions: a source phrase opens its sentence or clause (``Selon
        la maire, « … »``; ``…, según Ortega, «…»``).  German ``so`` leads
        in only set between commas (``Der Plan sei, so Ilse Varga, „gut“.``),
        and German ``laut`` anywhere before a full name or a role with its
        article (``Der Plan ist laut Ilse Varga „gut durchdacht“.``; not
        ``laut Manuskript``, a noun).
        """
        t = toks[i]
        after_comma = i == 0 or toks[i - 1].text in (",", "(")
        if t.low == "so":
            if self.language != "de" or i == 0 or toks[i - 1].text != ",":
                return False
            found = self.read(toks, i + n)
            if found is None or found.kind not in ("name", "role"):
                return False
            k = i + n
            while k < len(toks) and toks[k].end <= found.span.end:
                k += 1
            return k < len(toks) and toks[k].text == ","
        if self.language == "de" and t.low == "laut" and n == 1 and not after_comma:
            # Inside the sentence any noun has a capital ("laut Manuskript"):
            # only a full name or a role with its article is a source.
            found = self.read(toks, i + 1)
            return found is not None and (
                (found.kind == "name" and " " in found.name) or found.kind == "role"
            )
        return after_comma

    def _agency_object(self, toks: Sequence[_Token], j: int) -> bool:
        """Whether the words of a prepositional phrase before ``toks[j]`` name an agency.

        Convention: copy names the agency it spoke to between the verb and
        the subject (``a affirmé à l'AFP Anne Roux``, ``aseguró a Europa
        Press Luis Pardo``, ``a indiqué à Belga Anne Roux``); the agency ends
        the phrase and the capitals after it are the subject.  A name in
        capitals that goes on in capitals is one name (``a EL DIARIO``).
        """
        prev = toks[j - 1].text
        if _AGENCY_ACRONYM_RE.fullmatch(prev) and _AGENCY_ACRONYM_RE.fullmatch(toks[j].text):
            return False
        k = j - 1
        while k > 0 and toks[k - 1].capital and not toks[k - 1].mark and j - k < 3:
            k -= 1
        phrase = self.source[toks[k].start : toks[j - 1].end]
        # A compound agency name holds one of its parts (``Keystone-ATS``).
        return any(canonical_agency(part) is not None for part in (phrase, *phrase.split("-")))

    def after_tag(self, text: str, offset: int) -> tuple[Speaker | None, tuple[str, ...], int]:
        """A speech tag right after a closing mark (``cue.after_tag``).

        Convention: in German, French and Spanish the tag after a quotation
        puts the verb first: „Wir bleiben“, sagte Berger. / « Nous
        restons », a-t-elle dit. / «Seguimos» —dijo Ortega—.
        """
        toks = self.tokens(text, offset)
        i = 0
        while i < len(toks) and toks[i].text in (",", "—", "–", "-"):
            i += 1
        if i >= len(toks):
            return None, (), -1
        n = self.source_phrase_at(toks, i)
        if (
            n
            and i + n < len(toks)
            and not toks[i + n].capital
            and (
                toks[i + n].low in self.words.cue_first
                or toks[i + n].low in _AUXILIARIES
                # A Spanish preterite: "según informaron fuentes policiales".
                or (self.language == "es" and toks[i + n].low.endswith(("ó", "aron", "ieron")))
            )
            and toks[i + n].low not in self.words.determiners
        ):
            # A verb after the source phrase: "…», según explicó la ministra",
            # "según ha informado el ministerio": the tag of that verb.
            at = toks[i + n].start
            # Read as a tag after a comma (a verb outside the list is then
            # read too), the offsets kept: the comma stands for the phrase.
            rest = "," + self.source[at - 1 : toks[-1].end]
            return self.after_tag(rest, at - 2)
        if n:
            # A role may take its holder's name in commas after it: "…»,
            # según la ministra de Hacienda, Carmen Ruiz.".
            found = self.apposition(toks, i + n, self.read(toks, i + n))
            if found is None:
                return None, (), -1
            speaker, rule = self.resolve(found)
            return speaker, ("cue.after_tag", "mention.lang_phrase", rule), toks[i].start
        if toks[i].low in _AS_WORDS.get(self.language, ()):
            return self.as_clause(toks, i)
        impersonal = self.impersonal(toks, i)
        if impersonal is not None:
            return (
                impersonal,
                ("cue.after_tag", "mention.lang_phrase", "resolve.lang_role"),
                toks[i].start,
            )
        verb = toks[i]
        if (
            self.language == "de"
            and verb.low in ("wird", "wurde")
            and any(t.low == "zitiert" for t in toks[i + 2 : i + 12])
        ):
            # The passive of quoting: "„…“, wird Lars Grimm in der Zeitung
            # zitiert." - the subject after the auxiliary is the source.
            found = self.read(toks, i + 1)
            if found is None:
                return None, (), -1
            speaker, rule = self.resolve(found)
            return speaker, ("cue.after_tag", "mention.lang_phrase", rule), verb.start
        if (
            verb.low in _OBJECT_CLITICS.get(self.language, ())
            and i + 1 < len(toks)
            and not toks[i + 1].capital
            and not toks[i + 1].mark
        ):
            # An object pronoun before the verb of the tag: "« … », lui a
            # répondu la directrice" / "«…», les advirtió el alcalde".
            i += 1
            verb = toks[i]
        if verb.capital or verb.mark or verb.low in self.words.determiners:
            return None, (), -1
        # A French reflexive cue: "« … », s'est félicité Paul Renard",
        # "« … », se réjouit la maire"; the participle or verb after the
        # pronoun is one of the list, also inverted: "se réjouit-il".
        reflexive = (
            self.language == "fr"
            and verb.low in _REFLEXIVES
            and i + 1 < len(toks)
            and _INVERTED_FR_RE.sub("", toks[i + 1].low) in self.words.participles
        )
        # A German tag in the perfect: "„…“, hat Bürgermeister Jan Ott
        # gesagt." - the auxiliary first, then the subject, the participle of
        # a cue verb last.
        perfect = (
            self.language == "de"
            and verb.low in _PERFECT_AUXILIARIES
            and any(t.low in self.words.cue_first for t in toks[i + 2 :])
        )
        if (
            not reflexive
            and not perfect
            and verb.low not in self.words.cue_first
            and (
                len(verb.low) < 4
                or (i == 0 and _INVERTED_FR_RE.search(verb.low) is None)
                or (self.language == "de" and not verb.low.endswith(("te", "t")))
                or _GERUND_RE.search(verb.low) is not None
            )
        ):
            return None, (), -1
        cue_at = verb.start
        j = i + 1
        if self.language == "fr":
            if reflexive and _INVERTED_FR_RE.search(toks[j].low) is not None:
                verb = toks[j]  # "se réjouit-il": the pronoun after the verb
            inv = _INVERTED_FR_RE.search(verb.low)
            if inv is not None:
                # "a-t-il ajouté", "dit-elle": the pronoun is the subject.
                p = verb.text[inv.start() + 1 :].split("-")[-1]
                found = _Found(p, p, Span(verb.end - len(p), verb.end), "pronoun")
                speaker, rule = self.resolve(found)
                return speaker, ("cue.after_tag", "mention.lang_phrase", rule), cue_at
            if (verb.low in ("a", "ont", "avait") or reflexive) and j < len(toks):
                j += 1  # "a déclaré", "s'est félicité"
                if j < len(toks) and (verb.low, toks[j - 1].low, toks[j].low) in _long_cues(
                    self.language
                ):
                    # A cue of a verb and an infinitive: "« … », a fait
                    # savoir la mairie." - the subject after both.
                    j += 1
        if self.language == "es" and verb.low in ("ha", "han") and j < len(toks):
            j += 1
        # Skip an adverbial or a prepositional phrase before the subject.
        first_after_verb = j
        in_pp = False
        seen = False
        while j < len(toks) and not toks[j].mark:
            t = toks[j]
            if t.low in self.words.prepositions:
                in_pp, seen = True, False
            elif in_pp and not seen and t.low in _PREPOSITION_LINKS:
                pass  # a compound preposition: "auprès de l'AFP", "lors d'un point presse"
            elif in_pp:
                if seen and (t.low in self.words.determiners or t.low in self.words.pronouns):
                    break
                if seen and t.capital and self._agency_object(toks, j):
                    break  # "a affirmé à l'AFP Anne Roux": the agency ends the phrase
                if (
                    seen
                    and t.capital
                    and not toks[j - 1].capital
                    and toks[j - 1].low not in self.words.prepositions
                    and toks[j - 1].low not in _PREPOSITION_LINKS
                    and toks[j - 1].low not in self.words.determiners
                    and toks[j - 1].low not in self.words.particles
                    and t.low not in self.words.determiners
                    and (
                        t.low in self.words.honorifics
                        or t.low + "." in self.words.honorifics
                        or (
                            j + 1 < len(toks)
                            and toks[j + 1].capital
                            and not toks[j + 1].mark
                            and self.name_like(t)
                        )
                    )
                ):
                    # The subject after a phrase of place or time whose noun
                    # is in lower case: "a déclaré à la sortie Me Paul Roux",
                    # "dijo a la salida Luis Mora" (invented).
                    break
                if seen and t.low in self.words.bare_sources:
                    break  # "explicaron a EFE fuentes del Gobierno"
                seen = True
            elif (
                t.low in self.words.time_demonstratives
                and j + 1 < len(toks)
                and toks[j + 1].low != "también"
                and (
                    toks[j + 1].low in self.words.adverbs
                    or toks[j + 1].low in self.words.time_nouns
                )
            ):
                j += 1  # "ha afirmado este lunes la presidenta", "a dit ce matin le maire"
            elif t.capital or t.low in self.words.determiners or t.low in self.words.pronouns:
                break
            elif t.low in self.words.adverbs:
                pass  # "a estimé dimanche le maire", "dijo hoy el alcalde"
            elif self.language == "de" and t.low in ("mit", "hinzu", "an", "ein", "sich"):
                pass
            else:
                break
            j += 1
        found = self.read(toks, j) if j < len(toks) and not toks[j].mark else None
        if (
            found is None
            and self.language == "es"
            and first_after_verb + 1 < len(toks)
            and verb.low.endswith("n")
            and toks[first_after_verb].low == "desde"
            and (
                toks[first_after_verb + 1].low in self.words.determiners
                or (toks[first_after_verb + 1].capital and not toks[first_after_verb + 1].mark)
            )
        ):
            # Spanish copy names an institution as the source with "desde"
            # after a plural verb without a subject: "«…», han señalado
            # desde el Ayuntamiento" is the town hall's, "han explicado desde
            # Aena" the airports' operator (not "dijo desde el balcón", a
            # place).
            named = self.read(toks, first_after_verb + 1)
            found = named if named is not None and named.kind == "name" else None
        found = self.apposition(toks, j, found)
        if (
            found is None
            and self.language == "de"
            and first_after_verb < len(toks)
            and toks[first_after_verb].low == "beide"
            and verb.low.endswith("en")
        ):
            # "beide" with a plural verb is the pair named before: "Die beiden
            # Winzer lachen. „…“, sagten beide."
            group = self.last_group_in(self.context) or self.last_group_in(self.prev_context)
            if group is not None:
                pair = toks[first_after_verb]
                speaker = Speaker(group, pair.text, Span(pair.start, pair.end), SourceKind.GROUP)
                return (
                    speaker,
                    ("cue.after_tag", "mention.lang_phrase", "resolve.lang_pronoun"),
                    cue_at,
                )
        if (
            found is None
            and self.language == "de"
            and verb.low.endswith("ten")
            and verb.low[:-1] in self.words.cue_first
        ):
            # A German plural with no subject read is no singular speaker's:
            # "„Ein Wunder“ nannten Anwohner den Bau" carries no one.
            return None, (), -1
        if found is None:
            if verb.low in self.words.cue_first or self.language == "es":
                opening = self._opening_source()
                if opening is not None:
                    return opening
                plural = self.language == "es" and (
                    verb.low.endswith("ron") or verb.low in ("han", "habían")
                )
                speaker, rule = self.subjectless(cue_at, plural)
                return speaker, ("cue.after_tag", "mention.lang_phrase", rule), cue_at
            return None, (), -1
        if (
            self.language == "de"
            and found.kind == "pronoun"
            and found.name.casefold() in ("sie", "diese")
            and verb.low.endswith("en")
        ):
            # "sie" with a plural verb is a group: "Die Eltern zogen vor das
            # Rathaus. „…“, sagten sie." (so the demonstrative "diese")
            group = self.last_group_in(self.context) or self.last_group_in(self.prev_context)
            if group is not None:
                speaker = Speaker(group, found.mention, found.span, SourceKind.GROUP)
                return (
                    speaker,
                    ("cue.after_tag", "mention.lang_phrase", "resolve.lang_pronoun"),
                    cue_at,
                )
        speaker, rule = self.resolve(found)
        return speaker, ("cue.after_tag", "mention.lang_phrase", rule), cue_at

    def _opening_source(self) -> tuple[Speaker, tuple[str, ...], int] | None:
        """The source of a phrase opening the quotation's sentence, for a tag with no subject.

        Convention: a tag with no subject of its own after a quotation that a
        source phrase leads in adds only its verb: the phrase's source is the
        speaker (``Según un portavoz de la empresa, «…», ha añadido.``: the
        spokesman, not the firm the sentence before named; invented).
        """
        text, offset = self.context
        if not text.rstrip().endswith(","):
            return None
        cut = max((m.end() for m in _SENTENCE_END_RE.finditer(text)), default=0)
        toks = self.tokens(text[cut:], offset + cut)
        if not toks or not self.source_phrase_at(toks, 0):
            return None
        speaker, rules, at = self.lead_in(text, offset)
        if speaker is None or at != toks[0].start:
            return None
        return speaker, rules, at

    def as_clause(
        self, toks: Sequence[_Token], i: int
    ) -> tuple[Speaker | None, tuple[str, ...], int]:
        """The source of an "as X said" clause after the closing mark (``cue.after_tag``).

        Convention: a quoted phrase is credited in a clause of comparison
        after it, the verb last in German (``Die Arbeiten seien „im
        Zeitplan“, wie Anna Berg sagte.``), first in Spanish and French, a
        French clitic pronoun before it (``«sólido», como dijo Carmen
        Ruiz``; ``« solide », comme l'a expliqué Paul Renard``).  Without a
        cue verb in the clause (``wie geplant``) it gives no speaker.
        """
        words = self.words
        j = i + 1
        while j < len(toks) and toks[j].low in ("y", "como"):
            j += 1  # "tal y como dijo"
        end = j
        while end < len(toks) and toks[end].text not in (".", ",", ";", "!", "?", "(", ")"):
            end += 1
        if self.language == "de":
            verbs = [
                k
                for k in range(j + 1, end)
                if not toks[k].capital
                and (
                    toks[k].low in words.cue_first
                    or toks[k].low in words.participles
                    # A separable verb joined at the clause's end: "mitteilte".
                    or any(toks[k].low.endswith(c) for c in _joined_cues(self.language))
                )
            ]
            if not verbs or j >= end or toks[j].low in ("es", "man"):
                return None, (), -1
            found = self.read(toks, j)
            if found is None:
                return None, (), -1
            speaker, rule = self.resolve(found)
            return speaker, ("cue.after_tag", "mention.lang_phrase", rule), toks[verbs[0]].start
        while j < end and toks[j].low in ("le", "l’", "l'", "la", "lo", "se", "nous", "me", "lui"):
            j += 1  # "comme l'a dit", "como lo dijo"
        if j >= end or not (toks[j].low in words.cue_first or toks[j].low in _AUXILIARIES):
            return None, (), -1
        rest = self.source[toks[j].start : toks[end - 1].end]
        return self.after_tag(rest, toks[j].start)

    def _segun_subject(self, toks: Sequence[_Token], i: int) -> _Found | None:
        """The subject after the verb of a Spanish ``según`` clause, if any.

        Convention: Spanish copy credits a statement in a clause of
        ``según`` and a verb of saying, the subject after the verb (``Según
        informó la Audiencia Provincial en un comunicado: «…»``; ``Según ha
        explicado la portavoz, Ana Gil, «…»``, invented): the source is that
        subject (a role's name in commas after it), not the sentence's
        subject nor the last person named.  ``según`` with no verb of saying
        after it is a source phrase, read as before (``según el informe``).
        """
        words = self.words
        j = i + 1
        if j < len(toks) and toks[j].low in _AUXILIARIES:
            j += 1  # "según ha informado"
            if j >= len(toks) or toks[j].low not in words.participles:
                return None
        elif j >= len(toks) or toks[j].low not in words.cue_first:
            return None
        found = self.read(toks, j + 1)
        if found is None or found.kind == "pronoun":
            return None
        end = next((k for k, t in enumerate(toks) if t.end >= found.span.end), len(toks))
        return self.apposition(toks, end + 1, found)

    def impersonal(self, toks: Sequence[_Token], i: int) -> Speaker | None:
        """The source of an impersonal speech tag, named after a preposition.

        Convention: German and French copy give an unnamed or institutional
        source with an impersonal tag, the source in a prepositional phrase
        after it (``„Eine Einigung ist nah“, hieß es aus Regierungskreisen.``
        -> ``Regierungskreisen``; ``hieß es in einer Mitteilung des
        Ministeriums`` -> ``Ministerium``; ``« Un accord est proche »,
        a-t-on appris de source gouvernementale.`` -> ``source
        gouvernementale``; ``indique-t-on auprès du ministère`` -> ``le
        ministère``).  The phrase is the source as written, its preposition
        and article left out; a written statement gives its owner.
        """
        words = self.words
        if toks[i].low not in _first_words(self.language)[1]:
            return None
        n = 0
        for phrase in words.impersonal:
            if tuple(t.low for t in toks[i : i + len(phrase)]) == phrase:
                n = len(phrase)
                break
        if not n:
            return None
        j = i + n
        # Words of time before the source: "hieß es am Montag aus ...".
        while j < len(toks) and j - (i + n) < 4 and not toks[j].mark:
            low = toks[j].low
            if low in words.adverbs or low in ("am", "zuletzt", "weiter", "ce", "cette"):
                j += 1
            elif toks[j].capital and j > i + n and toks[j - 1].low == "am":
                j += 1  # "am Montag"
            else:
                break
        if j >= len(toks) or toks[j].low not in _IMPERSONAL_PREPOSITIONS:
            return None
        article = ""
        if toks[j].low == "auprès" and j + 1 < len(toks) and toks[j + 1].low in ("de", "du", "des"):
            j += 1
        if toks[j].low in _FR_CONTRACTED:
            article = _FR_CONTRACTED[toks[j].low]
        j += 1
        stop = j
        while stop < len(toks) and not toks[stop].mark and stop - j < 7:
            stop += 1
        body = list(toks[j:stop])
        while body and (body[0].low in words.determiners or body[0].low in ("de", "d", "l")):
            if body[0].low in ("la", "les", "l") and not article:
                article = body[0].text.casefold() + (" " if body[0].low != "l" else "’")
            body.pop(0)
        if len(body) > 2 and body[0].low in words.document_nouns and body[1].low in ("des", "der"):
            # "in einer Mitteilung des Ministeriums": the statement's owner.
            owner = body[2:]
            if len(owner) == 1 and body[1].low == "des":
                text = owner[0].text
                text = text[:-2] if text.endswith("es") and len(text) > 6 else text.rstrip("s")
                return Speaker(
                    text, text, Span(owner[0].start, owner[0].end), SourceKind.ORGANISATION
                )
            body = owner
        if not body:
            return None
        name = self.source[body[0].start : body[-1].end]
        if article:
            name = article + name
        return Speaker(name, name, Span(body[0].start, body[-1].end), SourceKind.PERSON)

    def tag_after_aside(
        self, text: str, offset: int
    ) -> tuple[Speaker | None, tuple[str, ...], int]:
        """A speech tag after an aside that follows the closing mark (``cue.after_tag``).

        Convention: a clause may stand between the quotation and its tag,
        which then ends the sentence: „Das hält“, etwa wenn es stürmt, sagte
        Varga. / «Resistirá», incluso con lluvia, dijo Ortega.  So may the
        rest of a sentence that quotes a few words: Les grèves sont une
        «catastrophe» pour le port, a estimé le maire.
        """
        toks = self.tokens(text, offset)
        for i in range(2, len(toks)):
            t = toks[i]
            if toks[i - 1].text == "," and not t.capital and t.low in self.words.cue_first:
                cut = toks[i - 1].start - offset
                return self.after_tag(text[cut:], toks[i - 1].start)
        return None, (), -1

    def apposition(self, toks: Sequence[_Token], j: int, found: _Found | None) -> _Found | None:
        """A role followed by a name between commas gives the name.

        Convention: ``erklärte der Leiter, Paul Hemmer, der Zeitung`` /
        ``El alcalde, Tomás Ortega, dijo``.
        """
        if found is None or found.kind != "role" or j + 1 >= len(toks):
            return found
        k = j
        while (
            k < len(toks)
            and toks[k].text != ","
            # A role with a body's long name is passed over whole.
            and (k - j < 10 or toks[k].start < found.span.end)
        ):
            k += 1
        if k + 1 < len(toks) and toks[k].text == "," and self._opens_relative_de(toks[k + 1]):
            return found
        if k + 1 < len(toks) and toks[k].text == ",":
            fields_end = self._enumerated_fields_end(toks, k)
            if fields_end != k:
                after = self.read(toks, fields_end + 1)
                if after is not None and after.kind == "name":
                    return after
            named = self.read(toks, k + 1)
            if named is not None and named.kind == "name":
                return named
            ranked = self._ranked_name(toks, k + 1)
            if ranked is not None:
                return ranked
            given = toks[k + 1]
            if (
                named is None
                and toks[k - 1].low in self.words.kin
                and given.capital
                and not given.mark
                and len(given.text) > 2
                and given.low not in self.words.determiners
                and (k + 2 == len(toks) or toks[k + 2].text in ".,;")
            ):
                # A relative named by the given name alone: "«…», añade su
                # hija, Lucía." / "« … », raconte son fils, Hugo." (invented).
                span = Span(given.start, given.end)
                return _Found(given.text, given.text, span, "name")
        return found

    def _opens_relative_de(self, tok: _Token) -> bool:
        """Whether a German word after the comma of a role opens a relative clause.

        Convention: a German apposition agrees in case with the role it
        names, and the speaker's role is in the nominative; a comma and an
        oblique relative pronoun open a clause about the speaker, and a name
        in it is someone else (``„…“, sagte der 61-Jährige, den
        Klubchef Udo Brenner im Mai holte.``: the 61-year-old, not Udo
        Brenner, invented).
        """
        return self.language == "de" and tok.low in _OBLIQUE_RELATIVES_DE

    def _ranked_name(self, toks: Sequence[_Token], j: int) -> _Found | None:
        """The name after a rank in lower case that opens an apposition, if any.

        Convention: French and Spanish police and army copy set the holder's
        rank, in lower case and without an article, before the name in
        commas after the role (list ``ranks``: ``la portavoz de la Policía,
        coronel Ana Torres, explicó``; ``le porte-parole de la gendarmerie,
        lieutenant-colonel Marc Lenoir, a précisé``, invented): the rank is
        no part of the name, and the name is the role's holder.

        :param toks: the tokens of the tag.
        :param j: the index of the first word after the apposition's comma.
        """
        ranks = self.words.ranks
        k = j
        while k < len(toks) and k - j < 2 and not toks[k].capital and not toks[k].mark:
            k += 1
        if (
            k == j
            or k >= len(toks)
            or not toks[k].capital
            or " ".join(t.low for t in toks[j:k]) not in ranks
        ):
            return None
        named = self.read(toks, k)
        return named if named is not None and named.kind == "name" else None

    def _enumerated_fields_end(self, toks: Sequence[_Token], k: int) -> int:
        """The comma after a department's list of fields, or ``k`` if none follows it.

        Convention: French and Spanish copy name a department by the fields
        it covers, listed with commas and a conjunction before the last
        (``el consejero de Agricultura, Ganadería y Alimentación, Jorge
        Lacasa``; ``la ministre de l'Économie, des Finances et de
        l'Industrie, Anne Roux``, invented): the name in commas is after the
        list, not its second field.

        :param toks: the tokens of the tag.
        :param k: the index of the comma after the role's first field.
        :returns: the index of the comma that closes the list (a name must
            follow it), or ``k``.
        """
        if self.language not in ("fr", "es") or not toks[k - 1].capital or toks[k - 1].mark:
            return k
        links = _PREPOSITION_LINKS | {"del", "la", "l'", "le", "les", "el", "los", "las"}
        end = k + 1
        while end < len(toks) and toks[end].text != "," and end - k <= 8:
            end += 1
        fields = toks[k + 1 : end]
        if (
            end + 1 >= len(toks)
            or toks[end].text != ","
            or len(fields) < 3
            or not toks[end - 1].capital
            or not any(t.low in _FIELD_CONJUNCTIONS for t in fields)
            or not all(
                (t.capital and not t.mark) or t.low in links or t.low in _FIELD_CONJUNCTIONS
                for t in fields
            )
        ):
            return k
        return end

    def colon_name(self, toks: Sequence[_Token], inner: bool = False) -> Speaker | None:
        """The named subject of a short clause that leads in with a colon.

        Convention: copy states a person's stance with a verb of being or a
        short predicate, then quotes with a colon (``Carmen Ruiz fue
        tajante: «…»``; ``Anna Berg ist sicher: „…“``; ``Paul Renard est
        catégorique : « … »``).  The name opens the clause, a lower-case word
        follows it, and the clause is short; a topic (``Die Bilanz:``) or a
        place (``Kelbach:``) has no verb after it and gives no speaker.  A
        party in brackets may follow the name (``Lea Roth (Grüne) stimmte
        zu: „…“``), and a role may open the clause with the name between
        commas after it (``El capitán, Iván Mora, fue más crítico: «…»``).
        An aside in lower case may stand in commas after the name (``El base
        Iván Mora, elegido mejor jugador, se mostró feliz: «…»``), and a
        descriptive phrase in lower case may open the sentence before a comma
        (``Auteur du but, le capitaine Paul Roux était soulagé : « … »``).
        German copy may stress the subject with ``selbst`` after the name
        (``Lea Roth selbst meldete sich bei Instagram: „…“``), which does not
        count towards the clause's length.

        :param toks: The tokens of the clause, up to its colon.
        :param inner: Whether the clause follows such an opening phrase (it
            may then open with an article in lower case).
        """
        if not toks or toks[0].mark:
            return None
        if not toks[0].capital and not (inner and toks[0].low in self.words.determiners):
            return None
        found = self.read(toks, 0)
        if found is not None and found.span.start != toks[0].start:
            # A title before the name: "Le capitaine Paul Roux était soulagé :".
            lead = [t for t in toks if t.end <= found.span.start]
            if not lead or not all(
                t.low in self.words.determiners or self._is_role_word(t) for t in lead
            ):
                found = None
        if found is None:
            comma = next((k for k, t in enumerate(toks[:6]) if t.text == ","), -1)
            if (
                not inner
                and comma > 0
                and comma + 1 < len(toks)
                and all(not t.capital and not t.mark for t in toks[1:comma])
            ):
                # "Buteur sur penalty, le capitaine Paul Roux était soulagé :"
                return self.colon_name(toks[comma + 1 :], inner=True)
            return None
        end = next((k for k, t in enumerate(toks) if t.end >= found.span.end), len(toks))
        if found.kind == "role" and end + 2 < len(toks) and toks[end + 1].text == ",":
            named = self.read(toks, end + 2)
            if named is None or named.kind != "name":
                return None
            end = _party_tag_end(
                toks, next((k for k, t in enumerate(toks) if t.end >= named.span.end), len(toks))
            )
            if end + 1 >= len(toks) or toks[end + 1].text != ",":
                return None
            found, end = named, end + 1
        if found.kind != "name":
            return None
        end = _party_tag_end(toks, end)
        if end + 1 < len(toks) and toks[end + 1].text == ",":
            # An aside after the name: "Iván Mora, elegido mejor jugador, se
            # mostró feliz:".
            close = next(
                (k for k in range(end + 2, min(end + 10, len(toks))) if toks[k].text == ","), -1
            )
            aside = toks[end + 2 : close]
            if (
                close < 0
                or any(t.mark for t in aside)
                or (
                    any(t.capital for t in aside)
                    # A German relative clause writes its nouns with a
                    # capital: "Jan Roth, der zwei Tore schoss, blieb
                    # gelassen: „…“".
                    and not (self.language == "de" and aside[0].low in _RELATIVES)
                    # The party or the employer after a preposition: "La
                    # diputada Ana Gil, del Frente Verde, fue más allá: «…»".
                    and not (aside and aside[0].low in _ASIDE_PREPOSITIONS)
                )
            ):
                return None
            end = close
        elif end + 1 < len(toks) and toks[end + 1].low in _ASIDE_PREPOSITIONS:
            # The employer right after the name: "Analystin Eva Roth von der
            # Nordbank zeigte sich skeptisch: „…“" (invented).
            m = end + 2
            if m < len(toks) and toks[m].low in self.words.determiners:
                m += 1
            n = m
            while n < len(toks) and n - m < 4 and toks[n].capital and not toks[n].mark:
                n += 1
            if n > m:
                end = n - 1
        if self.language == "de" and end + 1 < len(toks) and toks[end + 1].low == "selbst":
            # The subject stressed: "Atubolu selbst meldete sich bei
            # Instagram: „…“" (the player, after others spoke of him).
            end += 1
        if len(toks) - end > 8:
            return None
        after = toks[end + 1] if end + 1 < len(toks) else None
        if (
            after is None
            or after.capital
            or after.mark
            or " " not in found.name
            or any(t.text in ",;" for t in toks[end + 1 :])
        ):
            return None
        return Speaker(found.name, found.mention, found.span, SourceKind.PERSON)

    def lead_in(self, text: str, offset: int) -> tuple[Speaker | None, tuple[str, ...], int]:
        """A cue or source phrase earlier in the quotation's sentence (``cue.lead_in``).

        Convention: Berger sagte: „…“ / Dazu sagte Berger: „…“ / Selon la
        maire, « … » / El alcalde explicó que «…».
        """
        cut = 0
        if text.rstrip().endswith((".", "!", "?")):
            return None, (), -1  # the quotation opens its own sentence
        for m in _SENTENCE_END_RE.finditer(text):
            cut = m.end()
        for m in _DATELINE_END_RE.finditer(text, cut):
            cut = m.end()
        if not cut and (line := _DATELINE_LINE_RE.match(text)) is not None:
            cut = line.end()
        if text.rstrip().endswith(":") and self.words.clause_links:
            # A second speaker in a clause of its own that leads in with a
            # colon: "„…“, sagte Ole Berg, worauf Stadträtin Ina Sahm
            # konterte: „…“" / "…, avant que la ministre Claire Vidal ne
            # réplique : « … »" / "…, a lo que la alcaldesa respondió: «…»".
            toks = self.tokens(text[cut:], offset + cut)
            for k in range(len(toks) - 2, 0, -1):
                if toks[k - 1].text != ",":
                    continue
                n = next(
                    (
                        len(link)
                        for link in self.words.clause_links
                        if tuple(t.low for t in toks[k : k + len(link)]) == link
                    ),
                    0,
                )
                if n and k + n < len(toks):
                    at = toks[k + n].start - offset
                    speaker, rules, where = self.lead_in(text[at:], offset + at)
                    if speaker is not None:
                        return speaker, rules, where
                    break
        toks = self.tokens(text[cut:], offset + cut)
        if not toks:
            return None, (), -1
        words = self.words
        for i, t in enumerate(toks):
            n = self.source_phrase_at(toks, i)
            if n == 1 and t.low == "zufolge" and i and self.language == "de":
                # A postposition: the source stands before it, from the
                # sentence's start or a comma ("Dem Bürgermeister zufolge
                # ist der Plan „gut durchdacht“.").
                k = max((x for x in range(i) if toks[x].text == ","), default=-1) + 1
                found = self.read(toks, k) if k < i else None
                if found is not None and found.span.end == toks[i - 1].end:
                    speaker, rule = self.resolve(found)
                    if speaker is not None:
                        return speaker, ("cue.lead_in", "mention.lang_phrase", rule), t.start
                continue
            if n == 1 and t.low == "según" and self.language == "es":
                found = self._segun_subject(toks, i)
                if found is not None:
                    speaker, rule = self.resolve(found)
                    if speaker is not None:
                        return speaker, ("cue.lead_in", "mention.lang_phrase", rule), t.start
            if n and self._lead_source_phrase(toks, i, n):
                # A role may take its holder's name in commas after it:
                # "Selon le maire, Paul Renard, « … »".
                found = self.apposition(toks, i + n, self.read(toks, i + n))
                if found is not None:
                    speaker, rule = self.resolve(found)
                    return speaker, ("cue.lead_in", "mention.lang_phrase", rule), t.start
            if i == 0:
                found = self.stance_source(toks)
                if found is not None:
                    speaker, rule = self.resolve(found)
                    return speaker, ("cue.lead_in", "mention.lang_phrase", rule), t.start
        if toks[0].low in _AS_WORDS.get(self.language, ()):
            # A clause of comparison opens the sentence: "Wie ein Sprecher
            # der Polizei mitteilte, war die Lage „sehr angespannt“." /
            # "Comme l'a expliqué Paul Renard, « … »" / "Como dijo Ortega, «…»".
            speaker, rules, at = self.as_clause(toks, 0)
            if speaker is not None:
                return speaker, ("cue.lead_in", *rules[1:]), at
        verb_at = -1
        participle = False
        for i, t in enumerate(toks):
            if t.low in words.cue_first and not t.capital:
                verb_at = i
                break
            if i and t.low in words.participles and toks[i - 1].low in _AUXILIARIES | _REFLEXIVES:
                verb_at = i - 1  # "avait affirmé", "había dicho"
                break
            if self.participle(t.low):
                verb_at, participle = i, True
                break
        colon = toks[-1].text == ":"
        # The subject: the sentence's first phrase before the verb, or the
        # phrase right after the verb when something else opens the sentence.
        if verb_at < 0:
            if colon:
                if toks[0].low in words.persons and toks[0].capital:
                    # "Er bleibt skeptisch: „…“": a person's pronoun opens a
                    # clause that leads in with a colon (cue.colon_subject).
                    found = self.read(toks, 0)
                    if found is not None and found.kind == "pronoun":
                        speaker, rule = self.resolve(found)
                        if speaker is not None:
                            return speaker, ("cue.colon_subject", "mention.lang_phrase", rule), -1
                named = self.colon_name(toks)
                if named is not None:
                    rules = ("cue.colon_subject", "mention.lang_phrase", "resolve.lang_name")
                    return named, rules, -1
                if toks[0].capital and toks[0].low in _DEFINITE_ARTICLES:
                    # "Der Coach will festhalten: „…“" / "La ministre reste
                    # ferme : « … »": a role with its article opening the
                    # clause, given to a person the article named before.
                    found = self.read(toks, 0)
                    if found is not None and found.kind == "role":
                        speaker, rule = self.resolve(found)
                        if speaker is not None and speaker.name != found.name:
                            return speaker, ("cue.colon_subject", "mention.lang_phrase", rule), -1
                return None, (), -1  # a colon alone: the quotation is carried
            return self.sentence_subject(toks)
        candidates: list[int] = []
        if verb_at and toks[verb_at - 1].low in words.pronouns:
            candidates.append(verb_at - 1)  # "como él mismo dijo", "wie er sagte"
        elif verb_at > 1 and toks[verb_at - 2].low in words.pronouns:
            candidates.append(verb_at - 2)
        elif self.language != "de" and verb_at and toks[verb_at - 1].capital:
            # Subject, verb: the name right before the verb ("…, Ana Ruiz
            # avait affirmé que …").
            k = verb_at - 1
            while k > 0 and (toks[k - 1].capital or toks[k - 1].low in words.particles):
                k -= 1
            complement = (
                k > 1
                and toks[0].low in words.determiners
                and not toks[k - 1].capital
                and (toks[k - 1].low in words.determiners or toks[k - 1].low in words.particles)
            )
            # Not the complement of a role that opens the sentence: "Le
            # ministère de la Mer a indiqué : « … »" is the ministry's.
            if self.name_like(toks[verb_at - 1]) and not complement:
                candidates.append(k)
        first = 0
        opener = toks[0]
        # A phrase of time opening the sentence is an adverbial ("Este
        # lunes, el alcalde, Juan Mora, dijo:"; "Ce matin, le maire a dit :").
        time_phrase = (
            len(toks) > 2
            and opener.low in words.time_demonstratives
            and (toks[1].low in words.time_nouns or toks[1].low in words.adverbs)
            and toks[2].text == ","
        )
        if time_phrase or not (
            opener.low in words.pronouns
            or opener.low in words.determiners
            or opener.low in words.bare_sources  # "Fuentes sanitarias indicaron"
            or self._callback_determiner(toks, 0)  # "Dichas fuentes aseguraron"
            or (opener.capital and self.name_like(opener))
            or (
                opener.capital
                and len(toks) > 1
                and toks[1].capital
                and opener.low not in words.function_words
            )
            # A surname opening with its particle: "Van den Berg sagte: „…“".
            or self._capital_particle_end(toks, 0)
        ):
            # An adverbial opens the sentence: the subject follows its comma
            # ("Consultado por la prensa, Ortega dijo:").
            commas = [i for i in range(verb_at) if toks[i].text == ","]
            first = commas[0] + 1 if commas else verb_at
            if (
                not commas
                and self.language == "de"
                and opener.low in words.adverbs
                and verb_at > 1
                and (toks[1].low in words.determiners or toks[1].capital)
            ):
                # A German focus adverb before the subject that opens the
                # sentence: "Auch die Ministerin sagte: „…“".
                first = 1
        if first < verb_at:
            candidates.append(first)
        if self.language == "de" and verb_at + 1 < len(toks):
            candidates.append(verb_at + 1)
        for c in candidates:
            if (
                self.language != "de"
                and 1 < c < verb_at
                and toks[c - 1].text == ","
                and toks[c + 1].text == ","
                and toks[c].low in words.pronouns
            ):
                # A stressed pronoun in commas after the subject stands for
                # it: "La Fédération des ports, elle, dénonce « … »" (the
                # subject set against the one before).
                found = self.read(toks, 0)
                if found is not None and found.span.end == toks[c - 2].end:
                    speaker, rule = self.resolve(found)
                    return speaker, ("cue.lead_in", "mention.lang_phrase", rule), toks[0].start
                continue
            if (
                c == 0
                and verb_at == 1
                and self.language == "de"
                and toks[0].low not in (words.pronouns | words.determiners)
            ):
                if toks[0].low in words.function_words or not self.body:
                    continue
                # German verb second: an adverb may open the sentence
                # ("Dazu sagte Berger:"), then the subject follows the verb.
                if verb_at + 1 < len(toks) and toks[verb_at + 1].capital:
                    continue
            found = self.apposition(toks, c, self.read(toks, c))
            if found is not None:
                speaker, rule = self.resolve(found)
                return speaker, ("cue.lead_in", "mention.lang_phrase", rule), toks[c].start
        if self.language == "es" or participle:
            speaker, rule = self.subjectless(toks[verb_at].start)
            if speaker is not None:
                return speaker, ("cue.lead_in", "mention.lang_phrase", rule), toks[verb_at].start
        return None, (), -1

    def _callback_determiner(self, toks: Sequence[_Token], i: int) -> bool:
        """Whether a Spanish participle of ``decir`` is a demonstrative before its noun.

        Convention: Spanish copy calls back a source it has just named with
        ``dicho``, ``dicha``, ``dichos``, ``dichas`` before the noun
        (``Fuentes del puerto confirmaron el cierre. Dichas fuentes
        aseguraron que «…».``; ``«…», añadieron dichas fuentes.``,
        invented): before a noun in lower case the word is the noun's
        demonstrative, as ``estas`` would be, and the phrase the source the
        noun calls back (see :meth:`_called_back`), not the participle.
        """
        return (
            self.language == "es"
            and toks[i].low in _PARTICIPLE_DEMONSTRATIVES
            and i + 1 < len(toks)
            and toks[i + 1].text.isalpha()
            and not toks[i + 1].capital
            and toks[i + 1].low not in self.words.function_words
        )

    def subjunctive_subject(self, lo: int, hi: int) -> Speaker | None:
        """The named subject whose indirect speech in the subjunctive holds a German quotation.

        Convention (``carry.subjunctive_subject``): German copy names a
        person as a sentence's subject, then reports her words in the
        subjunctive with no cue, quoting a phrase of them (``Verdi-Chefin Ina
        Roth verteidigte den Streik. Die Beschäftigten hätten lange gewartet.
        Es sei „höchste Zeit“.``: Ina Roth, invented).  The quotation's
        sentence and every sentence between it and the person's are in the
        subjunctive (:data:`_SUBJUNCTIVE_DE`); the person's sentence is not,
        and opens with the full name (a title before it left out).  Only the
        text from ``lo`` (the paragraph's start, or the end of its last
        quotation) to ``hi`` (the quotation's opening mark) is read.
        """
        if self.language != "de":
            return None
        lo = max(lo, hi - _REPORTED_WINDOW)  # linear time in a long paragraph
        text = self.source[lo:hi]
        cuts = [
            0,
            *self._stops(text),
            len(text),
        ]
        reported = False
        for a, b in reversed(list(itertools.pairwise(cuts))):
            toks = _tokens(text[a:b], lo + a)
            if not toks:
                continue
            if any(t.low in _SUBJUNCTIVE_DE and not t.capital for t in toks):
                reported = True
                opened = self._source_opening_report(toks)
                if opened is not None:
                    return opened
                continue
            if not reported:
                return None
            found = self.read(toks, 0)
            if found is None or found.kind != "name":
                return None
            speaker, _ = self.resolve(found)
            return speaker if speaker is not None and " " in speaker.name else None
        return None

    def _source_opening_report(self, toks: Sequence[_Token]) -> Speaker | None:
        """The source a German sentence in the subjunctive opens with, after ``Laut``.

        Convention: German copy opens a report with its source after a
        source phrase (list ``source_phrases``: ``Laut Ina Roth sei die
        Lage ernst.``, ``Nach Angaben der Polizei habe …``, invented), the
        sentence in the subjunctive, and goes on in the subjunctive with a
        quoted phrase and no cue (``Man habe „keine Zeit mehr“.``): the
        phrase is that source's.  ``So`` opening a sentence is an adverb.

        :param toks: the tokens of a sentence in the subjunctive.
        """
        n = self.source_phrase_at(toks, 0)
        if not n or toks[0].low == "so" or not toks[0].capital:
            return None
        found = self.read(toks, n)
        if found is None or found.kind not in ("name", "role"):
            return None
        speaker, _ = self.resolve(found)
        return speaker

    def reported(self, regions: Sequence[tuple[int, int]]) -> Speaker | None:
        """The source of the last cue in unquoted text before a quotation.

        Convention (``carry.reported_speech``): copy reports a source's words
        in indirect speech with a cue, then quotes on without one (``Der
        Damm halte, sagte Ilse Varga am Montag. ¶ „Er ist für ein
        Jahrhundert gebaut.“``; ``…, wie Varga der Zeitung erklärte.``),
        or with a source phrase in place of the tag (``Die Hallen seien voll
        gewesen, so Messechefin Ina Roth. „Wir sind zufrieden.“``; ``Le
        site rouvrira en mai, selon la directrice, Anne Roux.``).
        The regions are read from the last sentence back; only a cue whose
        source is named (not a pronoun, not a common noun: ``Die Appelle
        mehrten sich``) counts.
        """
        words = self.words
        sources, _ = _first_words(self.language)
        for lo0, hi in reversed(regions):
            lo = max(lo0, hi - _REPORTED_WINDOW)  # linear time in a long paragraph
            text = self.source[lo:hi]
            cuts = [
                0,
                *self._stops(text),
                len(text),
            ]
            for a, b in reversed(list(itertools.pairwise(cuts))):
                toks = _tokens(text[a:b], lo + a)
                for v in range(len(toks) - 1, -1, -1):
                    t = toks[v]
                    if (
                        v
                        and not t.capital
                        and t.low not in words.cue_first
                        and t.low in sources
                        and toks[v - 1].text == ","
                    ):
                        # ", so Messechefin Ina Roth": a source phrase set
                        # after the indirect speech, as a tag is.
                        tag = self.source[toks[v - 1].start : lo + b]
                        speaker, rules, _ = self.after_tag(tag, toks[v - 1].start)
                        if speaker is not None and rules[-1] != "resolve.lang_pronoun":
                            return speaker
                        continue
                    if t.capital or t.low not in words.cue_first:
                        continue
                    found: _Found | None = None
                    if v and toks[v - 1].text == ",":
                        # ", sagte Varga": a tag after the indirect speech.
                        tag = self.source[toks[v - 1].start : lo + b]
                        speaker, rules, _ = self.after_tag(tag, toks[v - 1].start)
                        if (
                            speaker is not None
                            and (
                                rules[-1] != "resolve.lang_pronoun"
                                # ", sagte er" after the person the paragraph
                                # named last, the pronoun's antecedent: "Kern
                                # wirbt dafür. Er bringe Geld, sagte er. „…“"
                                or speaker.name == self.last_name_in((text[:a], lo))
                            )
                        ):
                            return speaker
                    k = v - 1
                    while k > 0 and toks[k].text != "," and v - k < 8:
                        k -= 1
                    if toks[k].text == "," and k + 2 < v and toks[k + 1].low in ("wie", "como"):
                        # ", wie Varga der Zeitung erklärte": the clause's subject.
                        found = self.read(toks, k + 2)
                    elif (
                        toks[k].text == ","
                        and k + 2 < v
                        and self.language == "de"
                        and toks[k + 1].low in _PERFECT_AUXILIARIES
                    ):
                        # ", hat Jan Ott gesagt": a tag in the perfect, the
                        # subject between the auxiliary and the participle
                        # (an adverb before it passed over: ", hat auch ...").
                        at = k + 2
                        if at + 1 < v and toks[at].low in words.adverbs:
                            at += 1
                        found = self.read(toks, at)
                    elif v and toks[0].low in words.determiners | words.pronouns:
                        found = self.apposition(toks, 0, self.read(toks, 0))
                        if (
                            (found is None or found.kind != "name")
                            and self.language == "de"
                            and v > 2
                            and not toks[1].capital
                            and toks[2].capital
                        ):
                            # "Das hat Bischöfin Ilse Varga mitgeteilt": verb
                            # second, the subject after it.
                            found = self.read(toks, 2)
                    elif v and toks[0].capital and not toks[0].mark:
                        # "Ilse Varga sagte, der Hafen sei bereit." / "Ana
                        # Ruiz dijo que ...": a name right before the cue
                        # verb, opening the sentence, is its subject.
                        named = self.read(toks, 0)
                        if named is not None and (
                            named.span.end == toks[v - 1].end
                            or _affiliation_between(toks, named.span.end, v)
                        ):
                            found = named
                    if found is not None and found.kind == "name":
                        return self.resolve(found)[0]
                    break
        return None

    def named_opener(self, lo: int, hi: int) -> Speaker | None:
        """The person named in full who opens the sentence right before a quotation with no cue.

        Convention (``carry.sentence_subject``, as in English): copy brings
        in a new source with a sentence of her own, then quotes her with no
        cue (``Die Reederin Eva Lind hat den Bau begleitet. „Ohne den Hafen
        verlieren wir Arbeit.“``; ``L'armatrice Eva Lind suit le chantier
        depuis dix ans. « Sans le port, nous perdons des emplois. »``;
        invented): the quotation is hers, not the last speaker's.  The
        quotation opens its sentence; the sentence before it opens with the
        name (a role, a title or an adverb such as ``Auch`` before it left
        out), holds no quotation mark and, in German, is not in the
        subjunctive (``Jonas Brandt habe das Werk besucht.`` reports the
        last speaker's words).  Only the text from ``lo`` (the
        paragraph's start) to ``hi`` (the opening mark) is read.
        """
        lo = max(lo, hi - _REPORTED_WINDOW)  # linear time in a long paragraph
        text = self.source[lo:hi]
        if any(mark in text for mark in _QUOTE_MARK_CHARS):
            return None
        # With the opening mark, which a sentence end looks ahead to.
        marked = self.source[lo : hi + 1]
        cuts = [
            0,
            *self._stops(marked),
        ]
        if len(cuts) < 2 or text[cuts[-1] :].strip():
            return None  # the quotation does not open a sentence of its own
        toks = _tokens(text[cuts[-2] : cuts[-1]], lo + cuts[-2])
        if self.language == "de" and any(t.low in _SUBJUNCTIVE_DE and not t.capital for t in toks):
            # "Jonas Brandt habe das Werk besucht.": the last speaker's
            # words reported in the subjunctive, no new source.
            return None
        found = self.read(toks, 0) if toks else None
        if found is None or found.kind != "name":
            return None
        speaker, _ = self.resolve(found)
        return speaker if speaker is not None and " " in speaker.name else None

    def _stops(self, text: str) -> list[int]:
        """Where the sentences of *text* end, not at an ordinal date's stop (:meth:`_ordinal`)."""
        return [m.end() for m in _SENTENCE_END_RE.finditer(text) if not self._ordinal(text, m)]

    def _ordinal(self, text: str, stop: regex.Match[str]) -> bool:
        """Whether a stop ends a German ordinal date, not a sentence (``am 19. Mai``)."""
        if not text[max(0, stop.start() - 1) : stop.start()].isdigit():
            return False
        m = _TOKEN_RE.match(text, stop.end())
        return m is not None and m.group().casefold() in self.words.months

    def lead_subject(self, lo: int, hi: int) -> Speaker | None:
        """The person the first sentence of the lead introduces by name.

        Convention (``carry.lead_subject``): press-conference copy names the
        speaker in its lead, then gives topics, each with a colon and a
        quotation (``El entrenador del club, Luis Prado, habló ante la
        prensa. ¶ Sobre el rival: «Es un gran equipo».``).
        """
        text = self.source[lo:hi]
        # A dateline run into the lead is no part of its first sentence
        # ("VALDEMAR, 3 mar (EFE).- El técnico …").
        cut = next((m.end() for m in _DATELINE_END_RE.finditer(text, 0, 200)), 0)
        if not cut and (line := _DATELINE_LINE_RE.match(text)) is not None:
            cut = line.end()  # "VALDORA, 17 (EUROPA PRESS)" on a line of its own
        stop = _SENTENCE_END_RE.search(text, cut)
        toks = _tokens(text[cut : stop.start()] if stop else text[cut:], lo + cut)
        found = self.apposition(toks, 0, self.read(toks, 0))
        if found is None or found.kind != "name" or " " not in found.name:
            return None  # a person named in full, not "Die Stadt Kelbach"
        return Speaker(found.name, found.mention, found.span, SourceKind.PERSON)

    def stance_source(self, toks: Sequence[_Token]) -> _Found | None:
        """The source named by a stance opener that opens a sentence.

        Convention: French and Spanish copy give a source's view with a
        preposition, the source and a comma before the quotation (``Pour
        la maire, « … »``; ``Para Ortega, el puerto es «vital».``; the list
        ``stance_openers``).  The source is a name or a role with its title
        (not ``Pour la première fois``).
        """
        # A conjunction may come first: "Mais pour Anne Roux, « … »", "Pero
        # para Ortega, …".
        at = 1 if len(toks) > 1 and toks[0].low in self.words.function_words else 0
        if at and toks[1].low not in self.words.stance:
            at = 0
        if (
            len(toks) < at + 3
            or toks[at].low not in self.words.stance
            # (A role with its complement may come before the comma: "Pour le
            # président du conseil départemental, Paul Roux, « … »".)
            or not any(x.text == "," for x in toks[at + 1 : at + 8])
        ):
            return None
        found = self.apposition(toks, at + 1, self.read(toks, at + 1))
        if found is None:
            return None
        if found.kind == "role" and not any(
            self._is_role_word(t) for t in _tokens(found.mention, 0)
        ):
            return None
        return found

    def back_reference(
        self, text: str, offset: int, closed: bool
    ) -> tuple[Speaker | None, tuple[str, ...], int]:
        """A tag set as the sentence after the quotation (``cue.back_reference``).

        Convention: dpa, AFP and Europa Press copy open a story with a
        quotation of a whole sentence and name its source in the next
        sentence, which points back at it before the cue verb (the list
        ``back_reference_tags``): „Wir bauen weiter.“ Das sagte
        Bürgermeisterin Ilse Varga am Montag. / « Nous tiendrons. » C'est
        ce qu'a déclaré le maire, Paul Renard. / «El puerto es vital». Así
        lo ha asegurado el alcalde, Juan Mora.  The verb must be a cue of
        the list (``Das bedeutet …`` is none), unless the words that point
        back name the quotation as words (``= any verb`` in the list: Mit
        diesen Worten verteidigte Rektorin Eva Lind den Plan. / Con estas
        palabras defendió la consejera, Ana Gil, el plan.); ``closed`` says
        whether the quotation's text ends its sentence.  A quotation that
        is a paragraph of its own may be named so by the next paragraph
        (``„Wir bauen weiter.“ ¶ Das sagte Ilse Varga am Montag.``).
        """
        words = self.words
        lead = _BACK_REFERENCE_LEAD_RE.match(text)
        start = lead.end() if lead is not None else 0
        if not (closed or "." in text[:start] or "!" in text[:start] or "?" in text[:start]):
            return None, (), -1
        sentence = text[start:]
        stop = _SENTENCE_END_RE.search(sentence)
        if stop is not None:
            sentence = sentence[: stop.start() + 1]
        toks = _tokens(sentence, offset + start)
        n = 0
        for phrase in words.back_tags:
            # An elided word is written "qu'" in the list, "qu'" + verb in copy.
            if tuple(t.low.rstrip("'") for t in toks[: len(phrase)]) == phrase:
                n = len(phrase)
                break
        if not n or n + 1 >= len(toks) or toks[n].capital:
            return None, (), -1
        if (
            self.language == "fr"
            and toks[n].low in words.persons | _PLURAL_PRONOUNS
            and n + 2 < len(toks)
            and toks[n + 1].low in _AUXILIARIES
            and toks[n + 2].low in words.participles
        ):
            # The subject pronoun before the verb: "« … » ¶ C'est ce qu'elle
            # a déclaré lundi." - the pronoun stands for the person named.
            found = _Found(toks[n].text, toks[n].text, Span(toks[n].start, toks[n].end), "pronoun")
            speaker, rule = self.resolve(found)
            if speaker is None:
                return None, (), -1
            return (
                speaker,
                ("cue.back_reference", "mention.lang_phrase", rule),
                toks[n + 1].start,
            )
        verb = toks[n]
        if (
            words.any_verb_tags
            and tuple(t.low.rstrip("'") for t in toks[:n]) in words.any_verb_tags
        ):
            # The tag names the words themselves, so any verb credits them:
            # "Mit diesen Worten verteidigte Rektorin Eva Lind den Plan."
            cue = not verb.mark
        elif verb.low in _AUXILIARIES:
            cue = toks[n + 1].low in words.participles
        else:
            cue = verb.low in words.cue_first
        if not cue or verb.start < 2:
            return None, (), -1
        # Read as a tag after a comma, the offsets kept: the comma stands for
        # the words that point back.
        rest = "," + self.source[verb.start - 1 : toks[-1].end]
        speaker, rules, at = self.after_tag(rest, verb.start - 2)
        if speaker is None:
            return None, (), -1
        return speaker, ("cue.back_reference", *rules[1:]), at

    def participle(self, low: str) -> bool:
        """Whether ``low`` is the present participle of a cue verb.

        Convention: a participle shares the subject of its sentence, or
        continues the last speaker (``…, estimant que la loi était « injuste »``;
        ``…, advirtiendo que la obra sería «un desastre»``).
        """
        m = _GERUND_RE.search(low)
        if m is None or self.language == "de":
            return False
        stem = low[: m.start()]
        if len(stem) < 4:
            return False
        return any(c.startswith(stem) for c in self.words.cue_first)

    def sentence_subject(
        self, toks: Sequence[_Token]
    ) -> tuple[Speaker | None, tuple[str, ...], int]:
        """A quotation in a sentence about a named source is that source's.

        Convention (``partial.sentence_subject``): ``La diputada Ana Ruiz
        calificó el plan de "ilegal"`` / ``Die ARD hat „eine große Schau“
        angekündigt``.
        """
        found = self.apposition(toks, 0, self.read(toks, 0))
        if (
            found is None
            and self.language != "de"
            and not self.source_phrase_at(toks, 0)
            and (cut := _connector_end(toks))
            and toks[cut].low in self.words.determiners
        ):
            # "Por su parte, la portavoz, Elena Ríos, calificó el plan de
            # «ilegal»": the role and its holder's name after a connector
            # (see _subject_of_sentence_before).
            found = self.apposition(toks, cut, self.read(toks, cut))
        if found is None or found.kind != "name":
            return None, (), -1
        speaker, rule = self.resolve(found)
        return speaker, ("partial.sentence_subject", "mention.lang_phrase", rule), -1

    def inside_tag(self, quote: Quote) -> tuple[Speaker | None, tuple[str, ...], int]:
        """A speech tag set inside the marks (``cue.inside_tag``).

        Convention (French copy, Spanish dialogue): « Nous tiendrons,
        glisse-t-elle. Il le faut. »; « Nous tiendrons, a déclaré Anne Roux.
        Il le faut. »; «Resistiremos —dijo la alcaldesa—. Hace falta».
        """
        if self.language == "de":
            return None, (), -1
        lo = quote.span.start
        text = self.source[lo : quote.span.end] + " "
        dashes = _INSIDE_DASH_RE.finditer(text) if self.language == "es" else ()
        for m in (
            *_INSIDE_TAG_RE.finditer(text),
            *_INSIDE_INVERTED_RE.finditer(text),
            *dashes,
        ):
            tag = m.group(1)
            first = tag.split()[0].casefold()
            if first not in self.words.cue_first and _INVERTED_FR_RE.search(first) is None:
                continue
            stop = m.end()
            named = (
                _INSIDE_APPOSITION_RE.match(text, stop)
                if text[m.end(1) : stop].strip() == ","
                else None
            )
            if named is not None:
                # A role and its holder's name between commas: « Nous avons
                # tout nettoyé, explique la maire, Anne Roux. Revenez. »
                stop = named.end()
            speaker, rules, at = self.after_tag(text[m.start() : stop], lo + m.start())
            if speaker is not None:
                return speaker, ("cue.inside_tag", *rules[1:]), at
        return None, (), -1


#: The words a German verb of naming sets right before the one noun it
#: quotes: ``sprach von „…“``, ``würdigte ihn als „…“``, ``nannte es einen „…“``.
_NAMING_LINKS_DE = frozenset(
    {"von", "vom", "als", "ein", "eine", "einen", "einem", "einer", "eines"}
)


def _named_noun(quote: Quote, before: str, naming_verbs: frozenset[str]) -> bool:
    """Whether a German quotation read as a title is one noun a verb of naming quotes.

    Convention: German copy quotes a speaker's one word after a verb of
    naming (list ``naming_verbs``: ``Lea Roth sprach von
    „Gießkannenpolitik“``; ``Sie würdigte ihn als „Brückenbauer“``; ``Er
    sprach von einem „Kahlschlag“``, invented).  German capitalises every
    noun, so the word reads as a title; after ``von``, ``als`` or an
    indefinite article, with the verb at most three words before, it is the
    speaker's word, a partial quotation.  A noun after ``als`` with no such
    verb (``wurde als „Verräter“ beschimpft``) or after another preposition
    (``eine Debatte über einen „Brückenpreis“``) stays as it was read.
    """
    if not naming_verbs or quote.kind is not QuoteKind.TITLE or " " in quote.text.strip():
        return False
    words = before.split()
    if not words or words[-1].casefold() not in _NAMING_LINKS_DE:
        return False
    near = words[-4:-1] if words[-1].casefold() in ("von", "vom", "als") else words[-5:-2]
    return any(w.casefold() in naming_verbs for w in near)


def _name_after_noun(before: str, nouns: tuple[str, ...], quoted: str = "") -> bool:
    """Whether a quoted span not read as speech is the name its noun right before gives.

    Convention: German copy quotes the name of an association, a campaign
    or a work right after its noun (list ``name_nouns``, the endings of
    compounds too: ``Die Bürgerinitiative „Hafen bleibt“ sammelte
    Unterschriften``, ``der Verein „Brot für alle“``, ``des Fanclubs „Blaue
    Jungs“``, invented): the words are a name, no one's saying, though a cue
    verb stands in the sentence.  French and Spanish write the noun of a
    work in lower case before a capitalised title (``le roman « Terre
    basse »``, ``la novela «Agua quieta»``); and award copy credits a
    winner, named just before, for a work after ``pour`` or ``por``
    (``le prix est allé au Québécois Paul Roy pour « Hiver long »``): a
    capitalised title of up to six words with no stop at its end.

    :param before: the text before the quotation's opening mark.
    :param nouns: the nouns, in lower case.
    :param quoted: the quoted words; after a French or Spanish noun they are
        a title only with a capital (``el libro «vive su mejor momento»`` is
        a partial quotation).
    """
    words = before.split()
    if not nouns or not words:
        return False
    last = words[-1].casefold()
    if last[:1] == "„":
        return False
    title = quoted.strip()
    if (
        last in ("pour", "por")
        and len(words) >= 3
        and words[-2][:1].isupper()
        and words[-3][-1:] not in ".!?"
        and title[:1].isupper()
        and len(title.split()) <= 6
        and title[-1:] not in ".!?"
    ):
        # Award copy credits a winner, named just before, for a work: "le
        # prix est allé au Québécois Paul Roy pour « Hiver long »", "el
        # premio fue para Ana Gil por «Agua quieta»" (invented): a title.
        return True
    if not words[-1][:1].isupper():
        # French and Spanish write the noun of a work in lower case, whole
        # (list ``name_nouns``): "le roman « Terre basse »", "l'album « … »",
        # "la novela «Agua quieta»", "los discos «…»" (invented).
        bare = last.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        return quoted.lstrip()[:1].isupper() and (bare in nouns or bare.removesuffix("s") in nouns)
    return last.endswith(nouns) or last.rstrip("s").endswith(nouns) or last[:-2].endswith(nouns)


#: The German relative pronouns that open a clause in commas after a noun.
_RELATIVES_DE = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen"})


def _after_relative_clause_de(toks: Sequence[_Token], k: int) -> int:
    """The index after a German relative clause in commas opening at ``toks[k]``, else ``k``.

    Convention: German copy describes an unnamed person it brings in with
    a relative clause in commas before the verb (``Ein Fahrgast, der im
    letzten Wagen saß, schilderte den Unfall.``, invented): the verb
    follows the clause's closing comma.
    """
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].low not in _RELATIVES_DE:
        return k
    for j in range(k + 2, min(len(toks), k + 16)):
        if toks[j].text == ",":
            return j + 1
        if toks[j].text in ".!?:;" or toks[j].mark:
            return k
    return k


def _spells(acronym: str, words: Sequence[str], compounds: bool) -> bool:
    """Whether ``words`` spell ``acronym``: each word's first letter, in order.

    With ``compounds`` (German), a word may give further letters from
    inside it, the first letters of its parts (``Wetterdienst``: ``WD``),
    each at least three letters after the one before.
    """
    letters = acronym.casefold()

    def match(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(letters)
        word = words[w].casefold()
        if a >= len(letters) or word[:1] != letters[a]:
            return False
        if match(a + 1, w + 1):
            return True
        if not compounds:
            return False
        at, b = 0, a + 1
        while b < len(letters):
            at = word.find(letters[b], at + 3)
            if at < 0:
                return False
            if match(b + 1, w + 1):
                return True
            b += 1
        return False

    return match(0, 0)


def _cut_at(context: tuple[str, int], at: int) -> tuple[str, int]:
    """``context`` (a text and its offset) up to the source offset ``at``, when it holds it."""
    text, offset = context
    if offset <= at < offset + len(text):
        return text[: at - offset], offset
    return context


def _party_tag_end(toks: Sequence[_Token], end: int) -> int:
    """The index of the closing bracket of a party tag after ``toks[end]``, else ``end``.

    Convention: copy puts a politician's party in brackets after the name
    (``Lea Roth (Grüne)``, ``Paul Renard (PS)``, ``Ana Gil (PP)``).
    """
    if end + 2 < len(toks) and toks[end + 1].text == "(":
        for k in range(end + 2, min(end + 6, len(toks))):
            if toks[k].text == ")":
                return k
    return end


#: The name a role is given, in :func:`_holder_patterns`: two or three
#: capitalised words, a particle before the last (``Ana de los Ríos``,
#: ``Lula da Silva``, ``Rui dos Santos``,
#: ``Jan van der Berg``, ``Paul de la Tour``).
_HOLDER_NAME = (
    r"(\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|del|von|van|de la|de las|de los|von der|van der"
    r"|van den|le|da|dos|do|di)\s+)?\p{Lu}[\p{L}’'-]+){1,2})"
)


@functools.lru_cache(maxsize=8)
def _honorific_before_name(language: str) -> str:
    """An optional honorific of the language's list ``honorifics`` and its space, as a pattern."""
    names = sorted(lexicon.words(language, "honorifics"), key=len, reverse=True)
    if not names:
        return ""
    return r"(?:(?:" + "|".join(regex.escape(h) for h in names) + r")\s+(?=\p{Lu}))?"


@functools.lru_cache(maxsize=256)
def _body_holder_pattern(role: str) -> regex.Pattern[str]:
    """A French or Spanish role, its body's name after ``de``, and the holder's name in commas.

    The body (group 1) opens with a capital and runs up to six words, in
    lower case or not (``l'Agence régionale de santé``, ``la Federación de
    Cooperativas``), its short name in brackets after it or not; the name
    is group 2 (see
    :meth:`_Reader._holder_by_body_word`).
    """
    return regex.compile(
        r"(?<![\p{L}-])(?i:"
        + regex.escape(role[:1])
        + r")"
        + regex.escape(role[1:])
        + r"\s+(?:de\s+la|de\s+l['’]|del|des|du|de|d['’])\s*"
        r"(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,5})(?:\s+\(\p{Lu}+\))?,\s+" + _HOLDER_NAME
    )


#: The endings of German adjective stems that open a body's name
#: (``Deutsch-``, ``Bayerisch-``, ``International-``, ``Kassenärztlich-``,
#: ``Ständig-``): see :func:`_nominative_body_de`.
_ADJECTIVE_STEMS_DE = ("sch", "ig", "lich", "al", "ell", "iv", "är", "er")
#: Short German adjectives that open a body's name (``der Roten Armee``,
#: ``der Vereinten Nationen``).
_SHORT_ADJECTIVES_DE = frozenset(
    {"neu", "rot", "frei", "grün", "vereint", "hoh", "allgemein", "alt", "jung", "gemeinsam"}
)


def _nominative_body_de(name: str, article: str) -> str:
    """A German body's name written in the genitive or the dative, as the nominative writes it.

    Convention: German copy declines a body's name with its article (``der
    Deutsche Alpenverein``, ``des Deutschen Alpenvereins``, ``beim
    Deutschen Alpenverein``; ``der Deutschen Bahn``; invented examples of
    the pattern): the name is one, as the nominative after the article
    writes it (``Deutsche Alpenverein``, as ``Deutsche Wetterdienst`` for
    ``der DWD``).  The adjectives that open the name lose the ``-n`` of
    their weak ending (``Deutschen``, ``Roten``, ``Europäischen``); after
    ``des`` or ``eines`` the noun after them loses its genitive ``-s`` or
    ``-es`` (``Alpenvereins``, ``Wetterdienstes``, ``Bundesamts``).

    :param name: the name as the copy writes it after the article.
    :param article: the article before it, in lower case.
    """
    words = name.split(" ")
    i = 0
    while (
        i < len(words) - 1
        and words[i].endswith("en")
        and (
            words[i][:-2].casefold().endswith(_ADJECTIVE_STEMS_DE)
            or words[i][:-2].casefold() in _SHORT_ADJECTIVES_DE
        )
    ):
        if not words[i + 1][:1].isupper():
            return name
        words[i] = words[i][:-1]
        i += 1
    if i and article not in ("des", "eines", "der", "dem", "einem", "einer", "den"):
        return name
    if article in ("des", "eines"):
        head = words[i]
        if head.endswith("es") and len(head) > 5 and head[-3] not in "aeiouäöü":
            words[i] = head[:-2]
        elif head.endswith("s") and not head.endswith("ss") and len(head) > 4:
            words[i] = head[:-1]
    return " ".join(words)


@functools.cache
def _genitive_holder_pattern(role: str) -> regex.Pattern[str]:
    """A German role with a feminine or plural body in the genitive and the name in apposition.

    The holder patterns leave this genitive to the apposition; the last part
    of a compound role is looked for with it too (``der Präsident der
    Handelskammer, Udo Brandl``; see :meth:`_Reader._compound_head_holder`).
    """
    return regex.compile(
        r"(?<![\p{L}-])" + regex.escape(role) + r"\s+der\s+\p{Lu}[\p{L}-]+"
        r"(?:\s+\p{Lu}[\p{L}-]+){0,2},\s+" + _HOLDER_NAME
    )


def _holder_patterns(
    language: str, role: str, title: str | None
) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The patterns that find the name a role was given, before it (memoised).

    The first finds the role before a name or an apposition; the second a
    copula or an apposition after the name (see :meth:`_Reader.role_holder`).

    :param language: The article's language.
    :param role: The role as the mention writes it.
    :param title: Another noun the language gives the same role, if any,
        or several joined by ``|`` (``réalisateur|réalisatrice``).
    """
    head = regex.escape(role)
    if language == "de" and role[:1].isupper():
        # A compound title ends in the role: "Bundeskanzler Jan Roth" ...
        # "der Kanzler"; "Bildungsministerin Eva Stolz" ... "die Ministerin".
        head = r"(?:\p{L}+-?)?(?i:" + regex.escape(role[:1]) + r")" + regex.escape(role[1:])
    if title is not None:
        # A later mention by another noun for the same role: "Trainer Jens
        # Falk" ... "der Coach"; "el entrenador, Luis Mora" ... "el técnico".
        # An epicene noun stands for the title of either gender, a noun of
        # art for any of the arts: "la cinéaste" for "la réalisatrice Inès
        # Roux"; "la artista" for "la cantante Ana Gil".
        compound = r"(?:\p{L}+-?)?" if language == "de" else ""
        head = (
            r"(?:"
            + head
            + "".join(
                r"|" + compound + r"(?i:" + regex.escape(t[:1]) + r")" + regex.escape(t[1:])
                for t in title.split("|")
            )
            + r")"
        )
    pattern = regex.compile(
        r"(?<![\p{L}-])"
        + head
        + (
            r"\b(?:\s+(?!(?:der|des|eines|einer|von|vom)\s)\p{Ll}[\p{L}’'-]*){0,2}"
            if language == "de"
            # (A German genitive after the role is its complement, no holder:
            # "ein Sprecher der Verbraucherzentrale Hessen".)
            # A complement in lower case of three or four words before the
            # comma of an apposition: "El patrón de un pesquero almeriense,
            # Juan Gil, …" … "relató el patrón".
            # A preposition before a capital opens the complement, no
            # adjective: "El entrenador del Real Zaragoza, Luis Mora".
            else r"\b(?:(?:\s+\p{Ll}[\p{L}’'-]*){3,4}(?=,)"
            r"|(?:\s+(?!(?:de|del|des|du)\s+\p{Lu})\p{Ll}[\p{L}’'-]*){0,2})"
        )
        # Its complement with a capital: "la ministra de Sanidad, Ana Gil",
        # "el presidente del Gobierno, Luis Mora"; a club's or a body's
        # name of up to three words: "el entrenador del Real Zaragoza, Luis
        # Mora", "le sélectionneur des Bleus, Paul Roux".
        # A complement may end in lower-case words before its comma: "la
        # ministre de la Fonction publique, Anne Roux".  German copy sets a
        # place or a body after "von" before the apposition: "der Bischof
        # von Kelbach, Jan Roth", "die Bürgermeisterin von Lindau, Eva Stolz".
        + r"(?:\s+(?:de|del|de la|des|du|de l['’]|do|da"
        # A French or Spanish post abroad or in a region gives its place
        # after "en": "la delegada del Gobierno en Aragón, Ana Gil",
        # "l'ambassadeur de France en Italie, Paul Roux".
        + (r"|von|vom" if language == "de" else r"|en")
        + r")\s*\p{Lu}[\p{L}’'-]+"
        + r"(?:\s+\p{Lu}[\p{L}’'-]+){0,2}"
        # Two complements: "la ministra de Exteriores de Colombia, Ana Gil".
        + r"(?:(?:\s+\p{Ll}[\p{L}’'-]*){1,2}(?=,))?){0,2}[\s,]+"
        # An honorific before the name is no part of it: "El obispo de
        # Valdora, monseñor Luis Prado", "l'évêque de Brestou, Mgr Paul Roux".
        + _honorific_before_name(language)
        + _HOLDER_NAME
    )
    # A copula gives a role too: "Max Ott ist Stadtrat." / "Paul Renard
    # est maire de Brestou." / "Ana Gil es la portavoz del grupo."; so
    # does an apposition after the name: "Paul Renard, le président du
    # club, ..." ... "a ajouté le président"; and the role a person is
    # presented as: "El club presentó a Jan Roth como nuevo entrenador." /
    # "Der Verein stellte Jan Roth als neuen Trainer vor."
    copula = regex.compile(
        _HOLDER_NAME
        + r"(?:,?\s+(?:ist|war|est|était|es|era|fue)\s+|,\s+"
        + r"|\s+(?:como|comme|als)\s+"
        + r"(?:(?:nuevo|nueva|nouveau|nouvel|nouvelle|neuer|neue|neuen)\s+)?)"
        + r"(?:(?:der|die|le|la|l['’]|el)\s*)?"
        + head
        + r"\b"
    )
    return pattern, copula


#: The blanks between an auxiliary and its participle, a wrapped line too
#: (``a`` and ``déclaré`` in ``a\r\ndéclaré``).
_BLANKS_RE = lazy_compile(r"[ \t\xa0\r\n]+")


def _cue_word(source: str, at: int, participles: frozenset[str]) -> tuple[str | None, Span | None]:
    """The cue as written at ``at``: its verb, with the participle of a compound tense.

    Convention: French and Spanish tags set the participle right after its
    auxiliary, also when the pronoun is inverted: ``« … », a déclaré la
    maire``, ``« … », a-t-il ajouté``, ``«…», ha añadido el portavoz``.  The
    cue is both words (``a déclaré``).  A German participle closes the
    clause after the subject (``„…“, hat Jan Ott gesagt``): the cue is the
    auxiliary alone, as a simple tense's verb is (``sagte``).
    """
    if at < 0:
        return None, None
    m = _TOKEN_RE.match(source, at)
    if m is None:
        return None, None
    end = m.end()
    if m.group().casefold().split("-")[0] in _AUXILIARIES:
        gap = _BLANKS_RE.match(source, end)
        nxt = _TOKEN_RE.match(source, gap.end()) if gap is not None else None
        if nxt is not None and nxt.group().casefold() in participles:
            end = nxt.end()
    return source[m.start() : end], Span(m.start(), end)


def _as_written(speaker: Speaker | None, source: str) -> Speaker | None:
    """*speaker* with its mention read at its span: the words as written.

    The readers keep the words they resolved by (``el fiscal`` for ``del
    fiscal``), and a verb without a subject names its source by no word at
    all (``«…», añadió.``): the speaker's mention is then empty, as its span.
    """
    if speaker is None:
        return None
    written = source[speaker.mention_span.start : speaker.mention_span.end]
    return speaker if written == speaker.mention else attrs.evolve(speaker, mention=written)


def _trimmed(q: Quote, source: str) -> Quote:
    """A quotation between spaced guillemets without the spaces (``« Non »``).

    The French convention sets a (no-break) space inside each guillemet; the
    space is typography, not part of the words quoted.  A quotation run over
    paragraphs (``« Nous tiendrons. ¶ « Il le faut », a-t-il dit.``) loses
    the spaces of each piece.
    """
    text = q.text
    if len(q.pieces) > 1:
        pieces = []
        for piece in q.pieces:
            words = source[piece.start : piece.end]
            kept = words.strip()
            if "\n" in kept or "\r" in kept:
                return q  # hard-wrapped copy: its line breaks are read as written
            if kept:
                start = piece.start + len(words) - len(words.lstrip())
                pieces.append(Span(start, start + len(kept)))
        if not pieces or tuple(pieces) == q.pieces:
            return q
        return attrs.evolve(
            q,
            text=" ".join(source[p.start : p.end] for p in pieces),
            span=Span(pieces[0].start, pieces[-1].end),
            pieces=tuple(pieces),
        )
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    if not (lead or trail) or not text.strip():
        return q
    span = Span(q.span.start + lead, q.span.end - trail)
    return attrs.evolve(q, text=text.strip(), span=span, pieces=(span,))


#: What may stand between a quotation and the sentence that points back at
#: it: spaces and the quotation's stop (``„Wir bauen weiter.“ Das sagte ...``).
_BACK_REFERENCE_LEAD_RE = lazy_compile(r"\s{0,3}[.!?]?\s{0,3}")
#: A dialogue dash opening a paragraph, the Spanish and French convention for
#: a line of speech without marks: ``—Vamos a reabrir el muelle —dijo Juan
#: Mora—. No hay peligro.``
_DIALOGUE_OPEN_RE = lazy_compile(r"[—―]\s?(?=[\p{Lu}¿¡0-9])")
#: A hyphen and a space opening a paragraph, the dialogue dash of plain-text
#: copy (``- No pienso irme.``); see :func:`_hyphen_dialogue`.
_HYPHEN_OPEN_RE = lazy_compile(r"-[ \t](?=[\p{Lu}¿¡0-9])")
#: A dash inside a dialogue line that opens the speech tag: a space, the dash
#: (a hyphen in plain-text copy) and a word in lower case (``... el jueves
#: —dijo Juan Mora—. ...``).
_DIALOGUE_TAG_RE = lazy_compile(r"\s[—―–-]\s?(\p{Ll}[\p{L}-]*)")
#: The dash that closes a speech tag inside a dialogue line, the stop or
#: comma after it, and the speech that goes on (``—. No hay peligro``).
_DIALOGUE_RESUME_RE = lazy_compile(r"[—―–-]\s?[.,;:]?\s+(?=[\p{Lu}¿¡«0-9])")


def _hyphen_dialogue(
    source: str, paragraphs: Sequence[Paragraph], cue_first: frozenset[str]
) -> frozenset[int]:
    """The paragraphs opened by a hyphen that are dialogue lines.

    Convention: plain-text copy sets a hyphen for the dialogue dash (``-
    ¿Puede usted bajar solo? ¶ - No pienso irme sin mi perro.``).  A list of
    points opens its lines with a hyphen too, so only a run of two such
    paragraphs or more in which a line asks a question or has a speech tag
    (``- No lo sé - dijo Ana.``) is dialogue.
    """
    out: set[int] = set()
    run: list[int] = []
    for pi in range(len(paragraphs) + 1):
        if pi < len(paragraphs):
            lo, hi = paragraphs[pi].span.start, paragraphs[pi].span.end
            if _HYPHEN_OPEN_RE.match(source, lo, hi):
                run.append(pi)
                continue
        if len(run) > 1 and any(
            source[paragraphs[k].span.start : paragraphs[k].span.end].rstrip().endswith("?")
            or any(
                t.group(1).casefold() in cue_first
                for t in _DIALOGUE_TAG_RE.finditer(
                    source, paragraphs[k].span.start + 2, paragraphs[k].span.end
                )
            )
            for k in run
        ):
            out.update(run)
        run = []
    return frozenset(out)


def _dialogue_quotes(
    source: str,
    paragraphs: Sequence[Paragraph],
    found: Sequence[Quote],
    cue_first: frozenset[str],
) -> list[Quote]:
    """The quotations of dialogue-dash paragraphs, which have no quotation marks.

    Convention (Spanish and French interviews and features): a paragraph
    that opens with a dash is a line of speech, and a speech tag set
    between dashes inside it names the speaker: ``—Vamos a reabrir el
    muelle el jueves —dijo el alcalde, Juan Mora—. No hay peligro.``  The
    speech before the tag is one quotation, whose tag then follows it as
    any tag after a quotation does (``cue.after_tag``); the speech after
    the tag's closing dash is another, carried on from the first.  A line
    without a tag is one quotation, for the rules that carry a speaker
    over, unless it is a question (``—¿Y los trabajadores?``): an
    interviewer's, given no speaker.  A paragraph that holds a quotation
    found by its marks is left alone.  A hyphen stands for the dash in
    plain-text dialogue (see :func:`_hyphen_dialogue`).
    """
    taken = sorted(q.open_mark.start for q in found)
    out: list[Quote] = []
    hyphens = _hyphen_dialogue(source, paragraphs, cue_first)
    for pi, para in enumerate(paragraphs):
        lo, hi = para.span.start, para.span.end
        m = _DIALOGUE_OPEN_RE.match(source, lo, hi)
        if m is None and pi in hyphens:
            m = _HYPHEN_OPEN_RE.match(source, lo, hi)
        if m is None:
            continue
        k = bisect.bisect_left(taken, lo)
        if k < len(taken) and taken[k] < hi:
            continue
        start = m.end()
        cut = hi
        resume = -1
        for tag in _DIALOGUE_TAG_RE.finditer(source, start, hi):
            if tag.group(1).casefold() in cue_first:
                cut = tag.start()
                closing = _DIALOGUE_RESUME_RE.search(source, tag.end(), hi)
                if closing is not None:
                    resume = closing.end()
                break
        pieces = [(start, cut, Span(m.start(), m.start() + 1))]
        if resume > 0:
            pieces.append((resume, hi, Span(resume - 1, resume)))
        for begin, end, mark in pieces:
            while end > begin and source[end - 1].isspace():
                end -= 1
            if end <= begin:
                continue
            span = Span(begin, end)
            # No closing mark: the speech ends where its tag or paragraph does.
            out.append(
                Quote(
                    text=source[begin:end],
                    span=span,
                    pieces=(span,),
                    open_mark=mark,
                    close_mark=None,
                    kind=QuoteKind.FULL,
                    paragraph=pi,
                )
            )
    return out


def attribute(
    source: str,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[Quote],
    others: Sequence[Quote],
    language: str,
) -> tuple[list[Quote], list[Quote]]:
    """Give the quotations of a German, French or Spanish article their speakers.

    :param source: The whole article text.
    :param paragraphs: The body paragraphs the quotations were found in.
    :param quotes: The quotations of speech found by the marks, in order.
    :param others: The quoted spans read as not speech, in order; a short one
        in a sentence with a cue of the language becomes a partial quotation.
    :param language: One of :data:`SUPPORTED`.
    :returns: The quotations of speech with their speakers, and the others
        left, both in order.
    """
    reader = _Reader(source, paragraphs, language)
    words = reader.words
    # A dialogue line that asks a question and has no tag is the interviewer's:
    # no speaker is carried to it ("—¿Y los trabajadores? ¶ —Cobrarán ...").
    questions: set[int] = set()
    if language in ("es", "fr"):
        dialogue = _dialogue_quotes(source, paragraphs, [*quotes, *others], words.cue_first)
        if dialogue:
            quotes = sorted([*quotes, *dialogue], key=lambda q: q.open_mark.start)
            questions = {
                id(q)
                for q in dialogue
                if q.text.endswith("?")
                and q.open_mark.start == paragraphs[q.paragraph].span.start
                and not source[q.span.end : paragraphs[q.paragraph].span.end].strip()
            }
    everything = sorted([*quotes, *others], key=lambda q: q.open_mark.start)
    starts = [q.open_mark.start for q in everything]
    ends = [q.close_mark.end if q.close_mark else q.span.end for q in everything]
    speech_ids = {id(q) for q in quotes}
    out: list[Quote] = []
    rest: list[Quote] = []
    last_para = -1
    last_in_para: Speaker | None = None
    for k, q in enumerate(everything):
        pi = q.paragraph
        lo, hi = paragraphs[pi].span.start, paragraphs[pi].span.end
        last_pi = paragraphs[-1].span.end
        prev_end = ends[k - 1] if k and ends[k - 1] > lo else lo
        # (A quotation run over paragraphs ends after its first paragraph:
        # the tag after its last piece is read up to the next quotation.)
        next_start = starts[k + 1] if k + 1 < len(everything) else last_pi
        end = ends[k]
        after = source[end : min(next_start, hi if end <= hi else last_pi)]
        stop = _SENTENCE_END_RE.search(after)
        after_sentence = after[: stop.start() + 1] if stop else after
        before = source[prev_end : q.open_mark.start]
        speech = id(q) in speech_ids
        if not speech:
            named = _named_noun(q, before, words.naming_verbs)
            if (q.kind is not QuoteKind.SCARE and not named) or _name_after_noun(
                before, words.name_nouns, q.text
            ):
                rest.append(q)
                continue
            cut = max((m.end() for m in _SENTENCE_END_RE.finditer(before)), default=0)
            sentence = before[cut:]
            low = {t.low for t in _tokens(sentence + " " + after_sentence, 0)}
            if (
                not named
                and not (low & words.cue_first)
                and not (prev_end > lo and _shares_auxiliary(sentence, language))
                and not any(p[0] in low for p in words.source_phrases)
                and reader.stance_source(_tokens(sentence, prev_end + cut)) is None
            ):
                rest.append(q)
                continue
        reader.context = (before, prev_end)
        reader.para_context = (source[lo : q.open_mark.start], lo)
        reader.other_gender = False
        if pi:
            plo, phi = paragraphs[pi - 1].span.start, paragraphs[pi - 1].span.end
            reader.prev_context = (source[plo:phi], plo)
        speaker, rules, at = reader.after_tag(after_sentence, end)
        if speaker is None:
            # A tag after an aside, or one that ends the sentence a partial
            # quotation stands in: "une «catastrophe» pour le port, a estimé le maire".
            speaker, rules, at = reader.tag_after_aside(after_sentence, end)
        if speaker is None:
            speaker, rules, at = reader.inside_tag(q)
        if speaker is None:
            closed = q.text.rstrip().endswith((".", "!", "?"))
            speaker, rules, at = reader.back_reference(after, end, closed)
            if (
                speaker is None
                and pi + 1 < len(paragraphs)
                and not source[lo : q.open_mark.start].strip()
                and not source[end:hi].strip(" \t\n.")
            ):
                # A quotation that is a paragraph of its own (a sentence,
                # whether its stop is inside the marks or after them), named
                # by the words that open the next one.
                nlo, nhi = paragraphs[pi + 1].span.start, paragraphs[pi + 1].span.end
                speaker, rules, at = reader.back_reference(source[nlo:nhi], nlo, True)
        if speaker is None:
            speaker, rules, at = reader.lead_in(before, prev_end)
        if speaker is None and prev_end == lo:
            speaker = reader.label(lo, q.open_mark.start)
            if speaker is not None:
                rules = ("cue.speaker_label", "mention.lang_phrase", "resolve.lang_name")
        cue, cue_span = (
            _cue_word(source, at, words.participles) if speaker is not None else (None, None)
        )
        asked = id(q) in questions
        if speaker is None and not reader.other_gender and not asked:
            opens = not source[lo : q.open_mark.start].strip()
            # The sentences after the one of the paragraph's last quotation
            # (its own tag is no new source).
            stop = (
                _SENTENCE_END_RE.search(source, prev_end, q.open_mark.start)
                if pi == last_para and last_in_para is not None and prev_end > lo
                else None
            )
            since = stop.end() if stop is not None else -1
            if (
                pi == last_para
                and last_in_para is not None
                and prev_end > lo
                and everything[k - 1].text.rstrip().endswith((".", "!", "?"))
                and source[prev_end : q.open_mark.start].lstrip()[:1].isupper()
            ):
                # The last quotation closed its own sentence, with no tag
                # after it: the next sentence may report another source
                # ("Eva Roth konterte: „Nein.“ Jan Ott sagte, man bleibe
                # dabei. „Das ist das Ziel.“": Jan Ott).
                since = prev_end
            between = (
                reader.reported([(since, q.open_mark.start)])
                if since >= 0 and q.text.rstrip().endswith((".", "!", "?"))
                else None
            )
            subjunctive = (
                reader.subjunctive_subject(prev_end, q.open_mark.start)
                if language == "de"
                else None
            )
            if subjunctive is not None:
                # "„…“, hieß es. ¶ Ina Roth verteidigte den Streik. Es sei
                # „höchste Zeit“.": the person whose words the subjunctive
                # reports, not the last source.
                speaker = subjunctive
                rules = ("carry.subjunctive_subject",)
            elif (
                between is not None
                and last_in_para is not None
                and between.name != last_in_para.name
            ):
                # A cue in unquoted text since the paragraph's last quotation
                # names another source, whose words go on: "„…“, sagte Jan
                # Ott. Man suche weiter, sagte die Sprecherin. „Wir geben
                # nicht auf.“" (invented).
                speaker = between
                rules = ("carry.reported_speech",)
            elif pi == last_para and last_in_para is not None:
                speaker = last_in_para
                rules = ("carry.paragraph",)
            elif opens and reader.last is not None:
                speaker = reader.last
                rules = ("carry.previous_paragraph",)
            elif (
                reader.last is not None
                and q.text.rstrip().endswith((".", "!", "?"))
                and (own := reader.reported([(lo, q.open_mark.start)])) is not None
            ):
                # Indirect speech with a cue in the quotation's own paragraph,
                # before it, names its speaker, not the last one quoted: "„…“,
                # sagte Elke Roth. ¶ Kern wirbt dafür. Der Park bringe Geld,
                # sagte er. „Das ist eine Chance.“"
                speaker = own
                rules = ("carry.reported_speech",)
            elif (
                reader.last is not None
                and (subject := reader.named_opener(lo, q.open_mark.start)) is not None
                and subject.name != reader.last.name
            ):
                # "„…“, sagte Ina Roth. ¶ Die Reederin Eva Lind hat den Bau
                # begleitet. „Ohne den Hafen verlieren wir Arbeit.“": a new
                # source brought in by a sentence of her own, not the last.
                speaker = subject
                rules = ("carry.sentence_subject",)
            elif reader.last is not None and (
                pi - last_para <= 1
                # An interview printed as question and answer: each answer
                # is the person interviewed ("Réponse : « … »").
                or _ANSWER_LABEL_RE.fullmatch(before.strip()) is not None
            ):
                # Reported speech goes on: a quotation without a cue in the
                # paragraph after a speaker's is that speaker's.
                speaker = reader.last
                rules = ("carry.recent_speaker",)
            elif reader.last is None and (
                q.text.rstrip().endswith((".", "!", "?"))
                or after_sentence.lstrip()[:1] in ("", ".", "!", "?")
            ):
                # The quotation ends its sentence: no tag after it to read.
                regions = [(p.span.start, p.span.end) for p in paragraphs[max(0, pi - 2) : pi]]
                regions.append((lo, q.open_mark.start))
                speaker = reader.reported(regions)
                if speaker is not None:
                    rules = ("carry.reported_speech",)
                elif (opener := reader.named_opener(lo, q.open_mark.start)) is not None:
                    # "Die Reederin Eva Lind hat den Bau begleitet. „…“": the
                    # first source, brought in by a sentence of her own.
                    speaker = opener
                    rules = ("carry.sentence_subject",)
                elif before.rstrip().endswith(":") and pi:
                    speaker = reader.lead_subject(paragraphs[0].span.start, paragraphs[0].span.end)
                    if speaker is not None:
                        rules = ("carry.lead_subject",)
        if speaker is None:
            # A tag whose pronoun found no antecedent ("Wie es hieß, …")
            # decided nothing: a quotation without a speaker has no rules.
            rules = ()
        if speaker is not None:
            reader.last = speaker
            if " " in speaker.name or speaker.name[:1].isupper():
                reader.last_named = speaker
            last_para, last_in_para = pi, speaker
        kind = q.kind if speech else QuoteKind.PARTIAL
        q = attrs.evolve(
            q,
            kind=kind,
            speaker=_as_written(speaker, source),
            cue=cue,
            cue_span=cue_span,
            rules=rules,
        )
        out.append(_trimmed(q, source))
    return out, rest
