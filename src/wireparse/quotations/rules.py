"""The named, ordered rule tables of the speaker engine.

Three decisions make a speaker, each a table of rules tried in order (as
:data:`wireparse.structure.rules.BLOCK_RULES` is for blocks):

1. :data:`CUE_RULES`: where a quotation's cue is and where the cue's source
   stands, or where a quotation without a cue takes its speaker from;
2. :data:`MENTION_RULES`: how the words of the source are read (a name, a
   title, a role, asides left out);
3. :data:`RESOLVE_RULES`: who the mention is (a person named earlier or
   later, an organisation, a group, the antecedent of a pronoun).

Every rule has a dotted name (``cue.after``, ``mention.name_alone``,
``resolve.pronoun_antecedent``), a one-line statement of the news convention
it encodes and an invented example.  The engine records the names of the
rules that decided a speaker in :attr:`Quote.rules
<wireparse.Quote.rules>` and :attr:`Attribution.rules
<wireparse.Attribution.rules>`, in the order the decisions were
taken: one or two of the first table, then one of the second, then one of
the third.  :meth:`Article.explain() <wireparse.Article.explain>` and the HTML view show them.

The rules of one language differ from another's in a few entries (an
inverted cue that opens a sentence, a party-and-state tag); their word lists
live in ``wireparse/lexicon/<language>/``.
"""

from __future__ import annotations

import attrs

__all__ = ["CUE_RULES", "MENTION_RULES", "RESOLVE_RULES", "RULES", "Rule", "rule_named"]


@attrs.frozen(slots=True)
class Rule:
    """One named rule of a table.

    :param name: The dotted name recorded in a quotation's ``rules``.
    :param convention: The convention of news copy the rule encodes.
    :param example: An invented sentence that shows it; the source the rule
        finds is the one the convention gives.
    """

    name: str
    convention: str
    example: str


#: Where a cue and its source are, or where a quotation without a cue takes
#: its speaker from; tried in this order.
CUE_RULES: tuple[Rule, ...] = (
    Rule(
        "cue.after",
        "A cue right after the quotation, its source before the verb.",
        '"The barrier will hold," Varga said.',
    ),
    Rule(
        "cue.after_inverted",
        "A cue right after the quotation, its source after the verb.",
        '"The barrier will hold," said Ilse Varga, the chief engineer.',
    ),
    Rule(
        "cue.opening_inverted",
        "A cue verb that opens the sentence, its source and the quotation after it.",
        'Said Varga, who chairs the board: "The barrier will hold."',
    ),
    Rule(
        "cue.interrupted",
        "A quotation interrupted by an inverted cue goes on after the source and its comma.",
        '"The risk," said Ed Lamer, an economist, "is that the ferries stop."',
    ),
    Rule(
        "cue.before",
        "A cue earlier in the sentence introduces the quotation.",
        'Varga said the barrier was "built for a century."',
    ),
    Rule(
        "cue.closing",
        "A cue after a comma closes the sentence that holds the quotation.",
        'The barrier is "built for a century," Varga added on Tuesday.',
    ),
    Rule(
        "cue.according_to",
        "``according to`` names the source of its own sentence only.",
        'The barrier is "sound," according to the harbor board.',
    ),
    Rule(
        "cue.shared_subject",
        "Coordinated cues and a participle share the subject of the cue before them.",
        'Varga praised the crews, calling them "the best on the river."',
    ),
    Rule(
        "cue.sentence_subject",
        "A cue without a subject of its own takes its sentence's subject.",
        'Varga, at the end of a long day, then told reporters: "We are done."',
    ),
    Rule(
        "carry.paragraph",
        "A quotation without a cue continues the last source named in its paragraph.",
        'Varga said the barrier would hold. "It is built for a century."',
    ),
    Rule(
        "carry.previous_paragraph",
        "A paragraph that opens with a quotation continues the previous paragraph's speaker.",
        '"We are done," Varga said. ¶ "The barrier will hold for a century."',
    ),
    Rule(
        "carry.run_back",
        "Full quotations in a row take the speaker of the cue that ends the run.",
        '"We are done." "The barrier will hold," Varga said.',
    ),
    Rule(
        "cue.speaker_label",
        "A name and a colon opening a paragraph before a quotation is a transcript's label.",
        'Sen. Jane Roe (D-Ore.): "Who told you that figure?"',
    ),
    Rule(
        "cue.answer_label",
        "An answer labelled A: in a question-and-answer interview is the words of the "
        "person the lede names.",
        'Fire chief Ada Marsh sat down with the Record. ¶ Q: Why? ¶ A: "The calls."',
    ),
    Rule(
        "cue.answer_to_question",
        "An answer in quotation marks set under its question, a line that ends with a "
        "question mark, in a story of two such answers or more is the words of the person "
        "the lede names.",
        'Ada Marsh took over in June. ¶ Why now? ¶ "The calls." ¶ What next? ¶ "A new truck."',
    ),
    Rule(
        "cue.dash_credit",
        "A paragraph that is a quotation credited after a dash is the credited source's.",
        '"We lost everything." — Jane Roe, bakery owner',
    ),
    Rule(
        "cue.possessive_after",
        "A possessive noun of speech right after a quotation gives its possessor.",
        '"Whatever it takes," was Varga\'s reply.',
    ),
    Rule(
        "cue.colon_subject",
        "A quotation introduced by a colon after a clause is the words of its subject "
        "(en; in de, fr, es a person's pronoun opening the clause).",
        'Varga sent a blunt note to the board: "Stop the work now."',
    ),
    Rule(
        "carry.sentence_subject",
        "A quotation opening a sentence after a sentence of its paragraph about a named "
        "person, who quotes no one, is that person's (de, fr, es: the sentence opens with "
        "the full name).",
        'Still, Varga gives the crews some credit. "They worked through the night."',
    ),
    Rule(
        "carry.previous_subject",
        "A quotation-only paragraph after a paragraph about a person who is not quoted is hers.",
        'Varga is upbeat about the plan. ¶ "It is the only way to keep the port."',
    ),
    Rule(
        "partial.possessive",
        "A quotation after a source's possessive and a noun for something said is the source's.",
        'Roe mocked Varga\'s pledge to "keep the ferries running."',
    ),
    Rule(
        "partial.asked_question",
        "A quotation in the ``Asked by X whether ...`` clause opening a sentence is the"
        " asker's words, not those of the subject who answers.",
        'Asked by Ines Holt whether the barrier was "a white elephant," Varga shrugged.',
    ),
    Rule(
        "partial.view_frame",
        "A quotation in a sentence opened by ``In Varga's words,`` or ``To Varga,``"
        " is the source's.",
        'In Varga\'s words, the deal was "a trap."',
    ),
    Rule(
        "partial.passive_agent",
        "Words quoted after a verb of naming in the passive are the source after ``by``.",
        'The plan was branded "reckless" by the harbour union.',
    ),
    Rule(
        "partial.relative_clause",
        "Words quoted after a verb of naming in a relative clause are the relative's antecedent's.",
        'The inquiry heard a navy officer who described the order as "reckless."',
    ),
    Rule(
        "partial.sentence_subject",
        "Words quoted in a sentence about a source are that source's.",
        'Varga sent a note inviting crews to "come and see the barrier."',
    ),
    # German, French and Spanish (wireparse.quotations.languages).
    Rule(
        "cue.after_tag",
        "A speech tag after the quotation, or after an aside that follows it, puts its verb "
        "first (de, fr, es).",
        "„Der Damm hält“, sagte die Ingenieurin Ilse Varga.",
    ),
    Rule(
        "cue.inside_tag",
        "A speech tag set inside the marks between two sentences of the quotation (fr, es).",
        "« Le barrage tiendra, assure-t-elle. Nous avons vérifié. »",
    ),
    Rule(
        "cue.lead_in",
        "A cue or a source phrase earlier in the sentence leads the quotation in (de, fr, es).",
        "El alcalde Tomás Ortega explicó que «el dique resistirá».",
    ),
    Rule(
        "cue.back_reference",
        "The sentence after a quotation points back at it before its cue verb and source "
        "(de, fr, es), or before its source (en: ``That is how Ada Marsh remembers it.``).",
        "„Der Damm hält.“ Das sagte die Ingenieurin Ilse Varga am Montag.",
    ),
    Rule(
        "carry.recent_speaker",
        "A quotation without a cue in the paragraph after a speaker's continues that "
        "speaker's reported speech (de, fr, es).",
        "Varga sagte, der Damm halte. ¶ Er sei „für ein Jahrhundert gebaut“.",
    ),
    Rule(
        "carry.reported_speech",
        "A quotation without a cue before any speaker continues the indirect speech a cue "
        "gave a named source earlier in its paragraph or the two before; after a speaker, "
        "the indirect speech earlier in its own paragraph (de, fr, es).",
        "Der Damm halte, sagte Ilse Varga. ¶ „Er ist für ein Jahrhundert gebaut.“",
    ),
    Rule(
        "carry.subjunctive_subject",
        "A German quotation in indirect speech in the subjunctive, with no cue, is the words "
        "of the named subject of the sentence that opened the report (de).",
        "Ina Roth verteidigte den Streik. Es sei „höchste Zeit“.",
    ),
    Rule(
        "carry.lead_subject",
        "A quotation after a topic and a colon, before any speaker, is the words of the "
        "person the lead's first sentence names (press conferences; de, fr, es).",
        "El técnico del club, Luis Prado, habló con la prensa. ¶ Sobre el rival: «Es fuerte».",
    ),
)

#: How the words of a cue's source are read.
MENTION_RULES: tuple[Rule, ...] = (
    Rule(
        "mention.pronoun",
        "A pronoun right before the cue is its source.",
        '"We are done," she said.',
    ),
    Rule(
        "mention.relative_antecedent",
        "A relative pronoun before the cue stands for the phrase before its comma.",
        "according to Holt, who called it a success",
    ),
    Rule(
        "mention.name_alone",
        "A capitalised name alone after a clause boundary is the source.",
        '"We are done," Varga said.',
    ),
    Rule(
        "mention.possessive",
        "The possessor before a noun for something said is the source of the words after it.",
        "Varga's pledge to",
    ),
    Rule(
        "mention.passive_agent",
        "The phrase after ``by`` that follows a quotation is the agent of the passive before it.",
        '"reckless" by the harbour union',
    ),
    Rule(
        "mention.name_after_role",
        "A role phrase, a comma, then the name: the name is the source, the phrase its role.",
        "A senior harbor official, Ilse Varga, said",
    ),
    Rule(
        "mention.first_name_only",
        "A source whose first name alone the copy gives, saying so, is that name.",
        "A man in Berwyn, who would give only his first name, Luis, said",
    ),
    Rule(
        "mention.appositive",
        "An appositive, an age, a place or a relative clause between name and cue is skipped.",
        "Ilse Varga, 52, the chief engineer, said",
    ),
    Rule(
        "mention.dash_aside",
        "An aside between dashes between name and cue is skipped.",
        "Tom Reyes — a ferry pilot from Leeds — said",
    ),
    Rule(
        "mention.phrase_before",
        "The noun phrase that ends before the cue: titles, names, role nouns.",
        "Harbor Minister Ilse Varga said",
    ),
    Rule(
        "mention.participle_phrase",
        "A person described by a participle phrase before the cue is the noun phrase"
        " before the participle.",
        "a man holding a sign said",
    ),
    Rule(
        "mention.phrase_with_complement",
        "A source noun with a prepositional complement keeps the complement; so does"
        " one with its link to the matter, two phrases (a person with knowledge of the"
        " talks, an aide with close ties to the board).",
        "a source familiar with the talks said",
    ),
    Rule(
        "mention.sentence_opening",
        "The noun phrase that opens a sentence before its verb is the sentence's subject.",
        "Ilse Varga, the chief engineer, praised the crews.",
    ),
    Rule(
        "mention.subject_relative",
        "A relative clause between commas after the subject that opens a sentence is "
        "skipped, and so is one without commas before a cue (a senior official who "
        "asked not to be named told the paper).",
        'Ada Marsh, who chairs the harbor board, has backed the plan, saying it is "overdue."',
    ),
    Rule(
        "mention.subject_participle",
        "A participial phrase between commas after the subject that opens a sentence is skipped.",
        'Ada Marsh, making it plain that the locks came first, described the plan as "overdue."',
    ),
    Rule(
        "mention.subject_adjunct",
        "A phrase of time, place or channel between commas after the subject that opens "
        "a sentence is skipped.",
        'Ada Marsh, in a note to the board, put it plainly: "The locks are not ready."',
    ),
    Rule(
        "mention.subject_appositives",
        "Appositives in a row, or a long one joined by ``and``, between the subject that "
        "opens a sentence and its verb are skipped.",
        'Ada Marsh, co-founder of the Harbor Trust and a river pilot, welcomed "a real plan."',
    ),
    Rule(
        "mention.with_participle",
        "In an absolute ``with`` clause the name before the participle is its subject, "
        "and so is a group, a body or a person by its noun (``with prosecutors calling``).",
        'with Harbor Minister Ilse Varga telling reporters it was "sound"',
    ),
    Rule(
        "mention.quoted_as_saying",
        "An outlet that quotes someone ``as saying`` passes on that person's words: "
        "the source is the object of ``quoted``.",
        '"We are done," the agency quoted Ilse Varga as saying.',
    ),
    Rule(
        "mention.phrase_after",
        "The noun phrase after an inverted cue or after ``according to``.",
        '"We are done," said Ilse Varga, the chief engineer.',
    ),
    # German, French and Spanish (wireparse.quotations.languages).
    Rule(
        "mention.lang_phrase",
        "The source phrase of a tag, a lead-in or a source phrase: a pronoun, a name "
        "with its titles left out, or a role with its article (de, fr, es).",
        "« Nous tiendrons », a déclaré le ministre Paul Lenoir.",
    ),
)

#: Who a mention is.
RESOLVE_RULES: tuple[Rule, ...] = (
    Rule(
        "resolve.pronoun_antecedent",
        "A pronoun is the nearest earlier source of its gender and number.",
        'Ilse Varga spoke first. "We are done," she said.',
    ),
    Rule(
        "resolve.name_form",
        "A short form of a name is the person the article names in full; a name the "
        "article gives only as the first word of one full name is that person.",
        "Harbor Minister Ilse Varga ... Varga said",
    ),
    Rule(
        "resolve.name_as_written",
        "A name the article gives in no fuller form is a person of that name.",
        '"We are done," Tom Reyes said.',
    ),
    Rule(
        "resolve.coordinated_names",
        "Two names joined by ``and`` are a group of both.",
        "Varga and Reyes said in a joint statement",
    ),
    Rule(
        "resolve.acronym",
        "An acronym is the body whose name, spelled out before, its letters are the initials of.",
        'The National Weather Service issued a warning. "...," the NWS said.',
    ),
    Rule(
        "resolve.organisation_name",
        "A capitalised name ending in an organisation, place or document noun is no person, "
        "nor is the plural of a source noun written alone (Ministries, Residents).",
        "the Harbor Board said; Radio Delta reported",
    ),
    Rule(
        "resolve.role_noun",
        "A role noun is the named person (the company: the organisation) the article "
        "gives that role, before or after; "
        "a bare role is the holder of the bare title, not of one led by a name "
        "(World Bank President ...).",
        "Harbor Minister Ilse Varga ... the minister said",
    ),
    Rule(
        "resolve.document_author",
        "A document is a channel: a document named with its author gives the author.",
        "A statement from the Harbor Board said",
    ),
    Rule(
        "resolve.named_only_as",
        "A person described and then named only in part (gave his name only as X, "
        "identified only as X) is that name.",
        "said a man at the counter who gave his name only as Frank",
    ),
    Rule(
        "resolve.epithet",
        "A definite description with a modifier, right after a named person's cue in the "
        "same paragraph or the one before, is that person.",
        '"We are done," said Tom Hale. ¶ "...," the retired surgeon added.',
    ),
    Rule(
        "resolve.demonym_epithet",
        "The noun of a nationality with the (the Spaniard, the 23-year-old Scot) is the "
        "person just quoted or named.",
        'Ana Ortiz won in straight sets. ¶ "...," the Spaniard said.',
    ),
    Rule(
        "resolve.party_epithet",
        "A place and a party with the (the Kentucky Republican), in an article that tags "
        "no one of that party, is the person just quoted or named.",
        'Senate leader Frank Devlin took the floor. ¶ "...," the Kentucky Republican said.',
    ),
    Rule(
        "resolve.callback_noun",
        "A noun of fame or of a team position with the (the star, the Olympic champion, "
        "the defender) that no named person holds is the person just quoted or named.",
        'Actor Ben Hale walked the red carpet. ¶ "...," the star said.',
    ),
    Rule(
        "resolve.calling_callback",
        "A calling with the (the farmer, the former dockworker) right after the quotation, "
        "that no one holds or was introduced by, is the person named just before.",
        'Ivo Marchetti unloaded ships for 30 years. ¶ "...," the former dockworker said.',
    ),
    Rule(
        "resolve.description",
        "A description no named source fits is a source of its own: person, group, "
        "organisation or document by its head noun.",
        "police said; the ministry said; the report said",
    ),
    # German, French and Spanish (wireparse.quotations.languages).
    Rule(
        "resolve.lang_name",
        "A surname is the person the article names in full (de, fr, es).",
        "Ilse Varga ... „Es reicht“, sagte Varga.",
    ),
    Rule(
        "resolve.lang_pronoun",
        "A pronoun, or a Spanish verb without a subject, continues the last speaker (de, fr, es).",
        "«Seguimos», dijo Ortega. «No pararemos», añadió.",
    ),
    Rule(
        "resolve.lang_role",
        "A role phrase with its article is a source as written (de, fr, es).",
        "«Seguimos», dijo el portavoz.",
    ),
)

#: Every rule by name.
RULES: dict[str, Rule] = {r.name: r for r in (*CUE_RULES, *MENTION_RULES, *RESOLVE_RULES)}


def rule_named(name: str) -> Rule:
    """Return the rule called *name*.

    :raises KeyError: When no table holds a rule of that name.
    """
    return RULES[name]
