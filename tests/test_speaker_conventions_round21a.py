"""Speaker conventions of round 21 of the wire audit: a spokesperson's brief
in lower case before the name, a calling before a name whose employer is
named in the possessive, a newspaper called back by its noun, a body's
name with a verb of plural agreement, words quoted in a relative clause of
naming, a performer called back by the art, a body's noun with a relative
clause before its name, a plural noun of people opening a sentence (invented)."""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import last_quote, quote_speakers
from wireparse import SourceKind

#: The headline and dateline of a British political story.
POLITICS = "Ferry fares to rise\n\nCARDIGAN BAY (Wire) - Island fares will rise in April.\n\n"

#: The headline and dateline of a science story.
SCIENCE = "Glacier retreat speeds up\n\nTROMSBY (Wire) - The glacier lost a tenth of its ice.\n\n"

#: The headline and dateline of a story that quotes a newspaper.
PRESS = "Mayor to quit, paper says\n\nPORTWELL (Wire) - The mayor of Portwell may resign.\n\n"


def test_a_spokeswomans_brief_in_lower_case_before_the_name_gives_the_name() -> None:
    """``Green spokeswoman for rural affairs Nerys Tallow said: "..."``: Nerys Tallow."""
    speaker, kind, rules = last_quote(
        POLITICS,
        "Green spokeswoman for rural affairs Nerys Tallow said: "
        '"Islanders cannot pay more to reach a doctor."\n',
    )
    assert (speaker, kind) == ("Nerys Tallow", SourceKind.PERSON)
    assert "mention.name_after_role" in rules


def test_a_spokesmans_brief_of_one_word_gives_the_name_a_pronoun_calls_back() -> None:
    """``Labour spokesman for transport Idris Penhale said``: Idris Penhale."""
    speakers = quote_speakers(
        POLITICS,
        "Labour spokesman for transport Idris Penhale said: "
        '"The ferry is the only road these towns have."\n\n'
        '"We will keep asking," he said.\n',
    )
    assert speakers == ["Idris Penhale", "Idris Penhale"]


def test_a_spokesmans_company_after_for_stays_the_company() -> None:
    """``A spokesman for the company Kestrel Ferries said``: no brief, the company's name."""
    speaker, _, rules = last_quote(
        POLITICS,
        'A spokesman for the company Kestrel Ferries said: "Fares follow fuel."\n',
    )
    assert speaker == "Kestrel Ferries"
    assert "mention.name_after_role" not in rules


def test_a_calling_before_a_name_with_a_possessive_employer_gives_the_name() -> None:
    """``said glaciologist Petra Okonjo of Norvia's Polar Research Centre``: Petra Okonjo."""
    speaker, kind, rules = last_quote(
        SCIENCE,
        '"The ice is thinning faster than any model said," said glaciologist '
        "Petra Okonjo of Norvia's Polar Research Centre in Tromsby.\n",
    )
    assert (speaker, kind) == ("Petra Okonjo", SourceKind.PERSON)
    assert "resolve.name_as_written" in rules


def test_a_calling_with_its_field_before_a_name_and_an_employer_gives_the_name() -> None:
    """``said marine biologist Ivo Brandt of the agency's Deep Sea Lab``: Ivo Brandt."""
    speakers = quote_speakers(
        SCIENCE,
        '"We counted half as many seals," said marine biologist Ivo Brandt of '
        "the agency's Deep Sea Lab.\n\n"
        '"Nobody expected it," Brandt added.\n',
    )
    assert speakers == ["Ivo Brandt", "Ivo Brandt"]


def test_the_newspaper_calls_back_the_newspaper_named_before() -> None:
    """``The Portwell Courier said ... The newspaper said: "..."``: the Portwell Courier."""
    speaker, kind, rules = last_quote(
        PRESS,
        "The Portwell Courier said the mayor had told aides he would go. "
        'The newspaper said: "He has cleared his desk."\n',
    )
    assert (speaker, kind) == ("the Portwell Courier", SourceKind.ORGANISATION)
    assert "resolve.role_noun" in rules


def test_the_paper_calls_back_the_nearest_newspaper_named() -> None:
    """Two papers named: ``the paper`` after the second is the second."""
    speakers = quote_speakers(
        PRESS,
        "The Harbor Times first reported the talks. The Daily Clarion later said "
        'the mayor wept. "He left by the back door," the paper said.\n',
    )
    assert speakers == ["the Daily Clarion"]


def test_the_newspaper_with_no_newspaper_named_stays_a_description() -> None:
    """No masthead before: ``the newspaper`` is a source of its own."""
    speaker, kind, _ = last_quote(
        PRESS,
        'Aides said the mayor was tired. "He has cleared his desk," the newspaper said.\n',
    )
    assert (speaker, kind) == ("the newspaper", SourceKind.ORGANISATION)


#: The headline and dateline of a music story.
MUSIC = (
    "Label denies shelving album\n\n"
    "LONDON (Wire) - The singer Ivy Dunmore said her label had shelved her album.\n\n"
)


def test_a_name_with_a_plural_verb_is_a_body_that_they_calls_back() -> None:
    """``Moth Harbour have denied ... ¶ "...," they said``: Moth Harbour, an organisation."""
    speaker, kind, rules = last_quote(
        MUSIC,
        "Her video drew wide support.\n\n"
        "Moth Harbour have denied shelving the album.\n\n"
        '"Nothing has been shelved," they said in a statement.\n',
    )
    assert (speaker, kind) == ("Moth Harbour", SourceKind.ORGANISATION)
    assert "mention.pronoun" in rules


def test_a_he_after_a_club_with_a_plural_verb_is_the_player_it_names() -> None:
    """``Kestrel Albion have dropped Daniel Reyne ... "...," he said``: Daniel Reyne."""
    speaker, kind, _ = last_quote(
        "Club drops captain\n\nHARBORTON (Wire) - The club made a change.\n\n",
        "Kestrel Albion have dropped Daniel Reyne after a row over training.\n\n"
        '"I was not told why," he said.\n',
    )
    assert (speaker, kind) == ("Daniel Reyne", SourceKind.PERSON)


#: The headline and dateline of an inquiry story.
INQUIRY = (
    "Dock inquiry hears crews\n\nPORTWELL (Wire) - The inquiry sat for a third day.\n\n"
    "Harbor master Ines Kerr testified first.\n\n"
)


def test_words_quoted_in_a_relative_clause_of_naming_are_its_antecedents() -> None:
    """``... a crane driver who described the shift as "..."``: the crane driver."""
    speaker, kind, rules = last_quote(
        INQUIRY,
        "Kerr's account followed that of a crane driver who described the night "
        'shift as "chaos from start to finish."\n',
    )
    assert (speaker, kind) == ("a crane driver", SourceKind.PERSON)
    assert rules[0] == "partial.relative_clause"


def test_a_name_before_a_relative_clause_of_naming_is_the_speaker() -> None:
    """``The board heard Ruth Alder, who termed the repairs "..."``: Ruth Alder."""
    speaker, kind, rules = last_quote(
        INQUIRY,
        'The board later heard Ruth Alder, who termed the repairs "cosmetic."\n',
    )
    assert (speaker, kind) == ("Ruth Alder", SourceKind.PERSON)
    assert rules[0] == "partial.relative_clause"


def test_a_relative_clause_of_a_thing_gives_no_speaker_of_its_own() -> None:
    """``the plan which called for ...``: no person before the relative."""
    article = wireparse.parse(
        INQUIRY + 'Kerr defended the plan, which she described as "the only way to keep '
        'the cranes moving."\n'
    )
    assert article.quotes[-1].rules[:1] != ("partial.relative_clause",)


#: The headline and dateline of a culture story.
CULTURE = "Young star turns 18\n\nLONDON (Wire) - Ned Marr turns 18 on Monday.\n\n"


def test_the_actor_calls_back_the_performer_named_before() -> None:
    """``Ned Marr ... The young actor says he ... "...," he told``: Ned Marr."""
    speaker, kind, _ = last_quote(
        CULTURE,
        "The young actor says he has no plans to buy fast cars. "
        '"I like books," he told a radio host.\n',
    )
    assert (speaker, kind) == ("Ned Marr", SourceKind.PERSON)


def test_the_actor_after_a_sentence_about_the_performers_things_is_the_performer() -> None:
    """``Marr's earnings are held in a trust. ¶ Despite his fame, the actor says``: Ned Marr."""
    speaker, kind, _ = last_quote(
        CULTURE,
        "Marr's earnings from the films are held in a trust which he cannot touch.\n\n"
        "Despite his fame, the actor says he is keeping his feet on the ground. "
        '"I take the bus," he told reporters.\n',
    )
    assert (speaker, kind) == ("Ned Marr", SourceKind.PERSON)


#: The headline and dateline of a festival story.
FESTIVAL = (
    "Festival in doubt\n\nHARBORTON (Wire) - The summer festival may not go ahead.\n\n"
    "Kestrel Holdings, which owns the park, wants to sell it.\n\n"
)


def test_a_body_noun_with_a_relative_clause_before_a_name_gives_the_name() -> None:
    """``The group that runs the festival, Lantern Arts, says ... "...," it said``."""
    speaker, kind, _ = last_quote(
        FESTIVAL,
        "The group that runs the festival, Lantern Arts, says nothing is settled. "
        '"Talks go on," it said.\n',
    )
    assert (speaker, kind) == ("Lantern Arts", SourceKind.ORGANISATION)


def test_the_attribution_after_a_role_with_a_relative_clause_holds_what_was_said() -> None:
    """``The company that runs the ferry, Skerry Lines, said sailings go on``."""
    article = wireparse.parse(
        FESTIVAL + "The company that runs the ferry, Skerry Lines, said sailings would go on.\n"
    )
    said = article.attributions[-1]
    assert said.speaker is not None
    assert said.speaker.name == "Skerry Lines"
    assert said.content is not None
    assert article.source[said.content.start : said.content.end] == "sailings would go on"


#: The headline and dateline of a campus story, ``students`` in lower case in its lead.
CAMPUS = (
    "Campus rally after threat\n\nHARBORTON (Wire) - Two students found a threat "
    "painted on the library wall on Tuesday.\n\n"
)


def test_a_plural_noun_of_people_opening_a_sentence_is_its_subject() -> None:
    """``Students marched on Friday chanting "..."``: Students, though ``students`` is common."""
    speaker, kind, rules = last_quote(
        CAMPUS, 'Students marched on Friday chanting "We will not be moved."\n'
    )
    assert (speaker, kind) == ("Students", SourceKind.GROUP)
    assert "cue.sentence_subject" in rules


def test_they_after_a_plural_noun_of_people_is_that_group() -> None:
    """``Researchers re-read the logs. "...," they wrote.``: Researchers, not the library."""
    speaker, kind, _ = last_quote(
        "Storm log\n\nHARBORTON (Wire) - Two researchers at the Harborton Library "
        "found the log.\n\n",
        "Researchers re-read the ship's log and the Harborton Library archive. "
        '"The storm came a day early," they wrote.\n',
    )
    assert (speaker, kind) == ("Researchers", SourceKind.GROUP)


def test_the_paper_after_a_study_brought_in_is_not_the_newspaper() -> None:
    """``The Harbor Times ... a paper published in a journal ... the paper says``: no masthead."""
    speaker, _, _ = last_quote(
        PRESS,
        "The Harbor Times reported the findings on Monday. Two biologists wrote a paper "
        'published in a journal last week. "The eels are back," the paper says.\n',
    )
    assert speaker != "the Harbor Times"
