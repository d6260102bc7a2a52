"""Speaker conventions of layouts that are not running prose (invented text only)."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

#: The headline, byline and lead of a roundup of reactions.
ROUNDUP = (
    "Town reacts to the ferry's last sailing\n\nBy Ines Larkin\n\n"
    "DUNMORE, Maine — The Gull Island ferry made its last run on Sunday. "
    "We asked people on the pier what they thought.\n\n"
)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Wendell Osgood, 71", "Wendell Osgood"),
        ("Priya Castellan, owner of the Dockside Cafe", "Priya Castellan"),
        ("Harbor pilot Amos Treadwell, in a post on the pilots' forum", "Amos Treadwell"),
        ("Noor Haddad, a deckhand for 12 years", "Noor Haddad"),
        ("Ottilie Brandvold, retired teacher", "Ottilie Brandvold"),
    ],
)
def test_roundup_label_with_a_credit_before_its_colon(label: str, name: str) -> None:
    """``Wendell Osgood, 71: "..."``: an age, a role or where it was posted before the colon."""
    body = f'{label}: "I rode that boat to school every day for eight years."'
    assert quote_speakers(ROUNDUP, body) == [name]


def test_roundup_labels_with_credits_each_name_their_own_speaker() -> None:
    """A run of labelled paragraphs gives each quotation the name of its own label."""
    body = (
        'Wendell Osgood, 71: "I rode that boat to school."\n\n'
        'Priya Castellan, owner of the Dockside Cafe: "Sundays will be quiet now."'
    )
    assert quote_speakers(ROUNDUP, body) == ["Wendell Osgood", "Priya Castellan"]


def test_a_place_and_a_time_before_a_colon_is_no_label() -> None:
    """``Dunmore Harbor, at dawn on Sunday:`` sets a scene: no person's credit, no speaker."""
    body = 'Dunmore Harbor, at dawn on Sunday: "Last call for Gull Island."'
    assert quote_speakers(ROUNDUP, body) == [None]


#: The headline, byline and lead of a Q&A feature.
QA_LEAD = (
    "Four questions for the new harbor master\n\nBy Omar Pell\n\n"
    "Tamsin Achterberg became Portvale's harbor master in June. "
    "We asked her about lamps, fees and dredging.\n\n"
)


def test_answers_under_question_subheadings_are_the_interviewee_s() -> None:
    """A Q&A sets each question as a line of its own and the answer under it in quotation marks."""
    body = (
        "What changes first on the docks?\n\n"
        '"The night lighting. Half the lamps are out."\n\n'
        "Will the mooring fees rise?\n\n"
        '"Not before the spring, and not by much."'
    )
    assert quote_speakers(QA_LEAD, body) == ["Tamsin Achterberg", "Tamsin Achterberg"]


def test_answers_under_long_question_paragraphs_are_the_interviewee_s() -> None:
    """A question too long for a subheading is a paragraph that ends with a question mark."""
    body = (
        "You spent 20 years as a ferry captain before this, and many of the pilots"
        " are old colleagues of yours. Does that make the job easier or harder?\n\n"
        '"Harder, some days. They know all my bad habits."\n\n'
        "The council has talked for years about dredging the inner basin, and"
        " nothing has happened. Do you expect the work to start on your watch?\n\n"
        '"I expect to see the first barge by next summer."'
    )
    speakers = quote_speakers(QA_LEAD, body)
    assert speakers == ["Tamsin Achterberg", "Tamsin Achterberg"]


def test_one_question_before_a_quotation_makes_no_interview() -> None:
    """A single question before a quotation is prose, not a Q&A: no speaker is made up."""
    lead = (
        "Dock lamps still dark\n\nBy Omar Pell\n\n"
        "Tamsin Achterberg met dock workers on Monday. The lamps have been dark since June.\n\n"
    )
    body = 'Who pays for the lamps, and when?\n\n"Not us, that is for sure."'
    assert quote_speakers(lead, body) == [None]


#: The headline, byline and lead of a briefing's transcript.
BRIEFING = (
    "Transcript: the fire chief on the mill blaze\n\nBy Nadia Hurst\n\n"
    "Fire Chief Walter Brisbane spoke to reporters outside the mill on Sunday. "
    "This is a partial transcript.\n\n"
)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("DEPUTY CHIEF ANITA ROWE", "Anita Rowe"),
        ("ANITA ROWE", "Anita Rowe"),
        ("FIRE CHIEF WALTER BRISBANE", "Walter Brisbane"),
        ("FIRE CHIEF BRISBANE", "Walter Brisbane"),
    ],
)
def test_transcript_label_in_capitals_with_a_full_name(label: str, name: str) -> None:
    """A label of a known given name and a surname in capitals names the person, titles or not."""
    body = f'{label}: "The roof came down at about 4 a.m. We pulled everyone back."'
    assert quote_speakers(BRIEFING, body) == [name]


@pytest.mark.parametrize("label", ["SCANNER AUDIO", "BREAKING NEWS", "SEN. MARIS DELACROIX"])
def test_transcript_label_in_capitals_without_a_known_name(label: str) -> None:
    """A label that is no known given name and surname, and is never written in ordinary case,
    names no one."""
    body = f'{label}: "The roof came down at about 4 a.m. We pulled everyone back."'
    assert quote_speakers(BRIEFING, body) == [None]


#: The headline, byline and lead of a story that quotes statements in full.
STATEMENTS = (
    "Water board defends rate rise\n\nBy Lars Whitcombe\n\n"
    "KESTON, Vt. — The Keston Water Board on Tuesday defended a 9% rise in rates, "
    "and the tenants' group Fair Taps Keston answered within the hour.\n\n"
)


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("The Keston Water Board, in a note to customers, was firm:", "the Keston Water Board"),
        ("The city, in a post on its website, struck a softer tone:", "the city"),
        ("Police were firm:", "Police"),
        ("Board chair Hollis Quarry put it more bluntly:", "Hollis Quarry"),
        ("A tenant on Mill Row, who asked not to be named, was scathing:", "a tenant"),
    ],
)
def test_clause_and_colon_ending_the_paragraph_before_a_statement(clause: str, name: str) -> None:
    """A statement quoted in full in a paragraph of its own is the words of the clause's subject."""
    body = f'{clause}\n\n"The pipes under Keston are ninety years old and will not fix themselves."'
    assert quote_speakers(STATEMENTS, body) == [name]


def test_a_colon_after_a_subject_of_no_source_ending_the_paragraph_names_no_one() -> None:
    """``The arithmetic is simple:`` introduces the words, but no one who said them."""
    body = 'The arithmetic for tenants is simple:\n\n"Nine percent more for water that runs brown."'
    assert quote_speakers(STATEMENTS, body) == [None]


#: The headline and byline of a live page.
LIVE = "Live updates: the ice storm\n\nBy the Courier staff\n\n"


def test_a_quotation_opening_a_live_entry_carries_no_speaker_of_the_entry_before() -> None:
    """A timestamp on a line of its own opens a new entry: the speaker before is not carried."""
    body = (
        "6:05 a.m.\n\n"
        'Lineman Corbin Vasquez said crews had worked all night. "We are tired," Vasquez said.\n\n'
        "6:40 a.m.\n\n"
        '"Schools in all three districts are closed today."'
    )
    assert quote_speakers(LIVE, body) == ["Corbin Vasquez", None]


def test_a_quotation_after_a_live_entry_about_a_person_is_not_hers() -> None:
    """The entry before talks about a person; a quotation opening the next entry is not hers."""
    body = (
        "6:05 a.m.\n\n"
        "Utility chief Orla Brennan toured the substation on Route 4.\n\n"
        "6:40 a.m.\n\n"
        '"Schools in all three districts are closed today."'
    )
    assert quote_speakers(LIVE, body) == [None]


def test_within_a_live_entry_the_speaker_carries_over() -> None:
    """Without a timestamp between them, a quotation-only paragraph goes on with the speaker."""
    body = (
        "6:05 a.m.\n\n"
        'Lineman Corbin Vasquez said crews had worked all night. "We are tired," Vasquez said.\n\n'
        '"But the lights are coming back, street by street."'
    )
    assert quote_speakers(LIVE, body) == ["Corbin Vasquez", "Corbin Vasquez"]


#: The headline, byline and lead of a broadcast story.
BROADCAST = (
    "Storm shelters open\n\nBy the Courier staff\n\n"
    "The ice storm reached the valley overnight, and forecaster Ilse Brandvik said it would last."
    "\n\n"
)


def test_that_was_and_a_participle_of_speaking_names_the_voice_just_quoted() -> None:
    """Broadcast copy names the voice after its words: ``That was Gov. Ada Marsh, speaking ...``."""
    body = '"Every shelter has room tonight." That was Mayor Tobiah Quist, speaking at city hall.'
    assert quote_speakers(BROADCAST, body) == ["Tobiah Quist"]


def test_that_was_in_the_next_paragraph_names_the_voice_of_a_quotation_alone() -> None:
    """The quotation may stand alone in its paragraph, the name in the next one."""
    body = '"Every shelter has room tonight."\n\nThat was Mayor Tobiah Quist, talking to reporters.'
    assert quote_speakers(BROADCAST, body) == ["Tobiah Quist"]


def test_that_was_without_a_participle_names_no_one() -> None:
    """``That was the night the river froze.`` names no voice: the speaker carries over."""
    body = '"Every shelter has room tonight." That was the night the river froze.'
    assert quote_speakers(BROADCAST, body) == ["Ilse Brandvik"]
