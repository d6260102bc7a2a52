"""Speaker conventions of stop 30: families sharing a surname, sentences opened by a time phrase."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import quote_speakers

#: The headline and lead of a story about a family.
FAMILY = (
    "Pensioner left waiting for ambulance for nine hours\n\n"
    "Marta Quill, 79, fell in her kitchen in Dunholme on Sunday afternoon.\n\n"
)


def test_mrs_with_the_family_name_gives_no_gender_to_a_son() -> None:
    """``Mrs Quill`` later in the story is the mother, not her son ``Robert Quill``.

    The honorific before the bare surname tells the gender of the Quill it
    names; with two Quills named in full, it is given to neither, so ``he``
    still finds the son.
    """
    body = (
        "Her son, Robert Quill, said the family had called three times.\n\n"
        '"Every call they told us to wait," he said.\n\n'
        "Mrs Quill went home on Friday."
    )
    assert quote_speakers(FAMILY, body) == ["Robert Quill"]


def test_mr_with_the_family_name_gives_no_gender_to_a_daughter() -> None:
    """The same with the genders the other way: ``Mr Quill`` is not ``Nora Quill``."""
    lead = (
        "Farmer trapped under tractor for a night\n\n"
        "Edwin Quill, 81, was freed by firefighters on Tuesday morning.\n\n"
    )
    body = (
        "His daughter, Nora Quill, found him at dawn.\n\n"
        '"He was cold but he was talking," she said.\n\n'
        "Mr Quill is expected to make a full recovery."
    )
    assert quote_speakers(lead, body) == ["Nora Quill"]


def test_one_person_of_the_surname_still_takes_the_honorific_gender() -> None:
    """With one Quill named in full, ``Mrs Quill`` is her: ``she`` finds her, not a man."""
    lead = "Library volunteer honoured\n\nTobias Renn, the mayor, opened the ceremony.\n\n"
    body = (
        "Ada Quill has shelved books at the branch for thirty years.\n\n"
        "Mrs Quill said the award surprised her.\n\n"
        '"I only came in to return a book," she said.'
    )
    assert quote_speakers(lead, body) == ["Ada Quill"]


@pytest.mark.parametrize(
    "opening",
    [
        "Next year, when the automatic beacon is switched on,",
        "Next month",
        "Next season,",
        "Last year",
        "This winter,",
    ],
)
def test_a_time_phrase_opening_a_sentence_is_no_name(opening: str) -> None:
    """``Next year, when the beacon is switched on, he will leave.``: ``Next`` is no one.

    A phrase of time (``Next``, ``Last`` or ``This`` and a unit of time)
    opens the sentence before its subject, which the pronoun of the next
    quotation calls back.
    """
    lead = (
        "The keeper of Carrow Head\n\n"
        "CARROW HEAD, Maine — For 30 years Elias Brandt has climbed the tower every night.\n\n"
    )
    body = f'{opening} he will climb it for the last time.\n\n"I will miss the stairs," he said.'
    assert quote_speakers(lead, body) == ["Elias Brandt"]


def test_the_subject_after_a_time_phrase_without_a_comma_is_read() -> None:
    """``This year Harrow Rail plans to ..., saying ...``: the subject after the time phrase."""
    article = wireparse.parse(
        "Rail firm to publish delays\n\n"
        "This year Harrow Rail plans to publish its delays every week, saying passengers "
        "deserve to know.\n"
    )
    assert [(a.speaker.name if a.speaker else None) for a in article.attributions] == [
        "Harrow Rail"
    ]


#: The headline and lead of a story about a recording.
RECORDED = (
    "Commissioner apologises after clip circulates\n\n"
    "Harbor Commissioner Ines Vale apologised on Monday for remarks recorded at a fundraiser.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Footage of Ines Vale calling the dockers "a rabble" was shared widely.', "Ines Vale"),
        ('A clip of Vale telling a donor to "leave the port to me" ran on the news.', "Ines Vale"),
        (
            'A former aide gives an account of Vale telling staff to "shred the lot."',
            "Ines Vale",
        ),
        (
            'A recording of Pilot Boss Tomas Krall saying "we can stall them" was played.',
            "Tomas Krall",
        ),
    ],
)
def test_the_person_recorded_speaks_in_the_participle(sentence: str, name: str) -> None:
    """``Footage of Ines Vale calling the dockers "a rabble"``: Ines Vale, not the footage."""
    assert quote_speakers(RECORDED, sentence) == [name]


def test_a_document_of_a_body_stays_the_source() -> None:
    """Only a recording's noun hands over to the name after ``of``: a report keeps its words."""
    body = 'A report of the Harbor Safety Board said the quay was "unsafe."'
    assert quote_speakers(RECORDED, body) == ["a report"]


#: The headline and lead of an interview story.
INTERVIEW = (
    "Ferry chief dodges questions on fares\n\n"
    "Harbor Lines chief Oskar Lind spoke to reporters after the board meeting on Friday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Asked by Mira Sand if the fares were "fair," Lind smiled.', "Mira Sand"),
        (
            'Asked by reporters whether the new pier was "a vanity project," Lind shrugged.',
            "reporters",
        ),
        ('Asked by a radio host about the "ghost ferry" rumours, Lind laughed.', "a radio host"),
    ],
)
def test_words_quoted_in_the_question_are_the_askers(sentence: str, speaker: str) -> None:
    """``Asked by Mira Sand if the fares were "fair," Lind smiled.``: Mira Sand's word."""
    article = wireparse.parse(INTERVIEW + sentence + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]
    assert article.quotes[0].rules[0] == "partial.asked_question"


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked by Mira Sand about the plan, "It is sound," Lind said.',
        'Asked by Mira Sand why he called it "a fair deal," Lind laughed.',
        'Asked by Mira Sand about his "fares for all" pledge, Lind laughed.',
    ],
)
def test_the_answerers_own_words_stay_his(sentence: str) -> None:
    """After the clause's comma, under a cue of the question, after a possessive: Lind's."""
    assert quote_speakers(INTERVIEW, sentence) == ["Oskar Lind"]


#: The headline and lead of a story about a family business.
BUSINESS = (
    "Bakery closes after 60 years\n\n"
    "The Kettle Lane bakery in Wexcombe baked its last loaf on Saturday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            'The owners, Oren Tassel and Maud Tassel, said: "We could not go on."',
            "Oren Tassel and Maud Tassel",
        ),
        ('Its founders, Oren and Maud Tassel, said: "We could not go on."', "Oren and Maud Tassel"),
        (
            'The couple, Oren and Maud Tassel, told reporters: "We are tired."',
            "Oren and Maud Tassel",
        ),
    ],
)
def test_two_names_in_apposition_to_a_plural_are_the_pair(sentence: str, pair: str) -> None:
    """``The owners, Oren Tassel and Maud Tassel, said``: the two owners speak together."""
    article = wireparse.parse(BUSINESS + sentence + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [pair]
    assert article.quotes[0].rules[1] == "mention.name_after_role"


def test_a_single_name_after_a_singular_role_is_unchanged() -> None:
    """``The owner, Maud Tassel, said``: still the one owner."""
    body = 'The owner, Maud Tassel, said: "We could not go on."'
    assert quote_speakers(BUSINESS, body) == ["Maud Tassel"]


#: The headline and lead of a story from a legislature.
CHAMBER = "Senate passes harbor bill\n\nThe Senate passed the harbor bill 61-38 on Friday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'Sen. Orla Quint, R-Texas, who led the opposition, called it "a giveaway."',
            "Orla Quint",
        ),
        (
            'Rep. Dev Mallory, D-Vt., who wrote the bill, said it was "long overdue."',
            "Dev Mallory",
        ),
        (
            "Speaker Ana Pruitt, R-Ga., who brought it to the floor, praised it, "
            'saying it "keeps the ports open."',
            "Ana Pruitt",
        ),
    ],
)
def test_a_party_tag_before_a_relative_clause_is_no_name(sentence: str, name: str) -> None:
    """``Sen. Orla Quint, R-Texas, who led the opposition, called it``: Orla Quint, not R-Texas."""
    assert quote_speakers(CHAMBER, sentence) == [name]


def test_the_subject_of_a_clause_of_time_is_a_pronouns_candidate() -> None:
    """``The case ended when a lawyer, Tom Reyes, found the will. ¶ "...," he said.``: Reyes."""
    lead = (
        "Lost will found in attic\n\n"
        "Edna Voss and her nephew, Karl Voss, fought over the farm for a decade.\n\n"
    )
    body = (
        '"It was never about money," Karl Voss said.\n\n'
        "The dispute ended when a solicitor, Idris Penhale, found the will in a tin box.\n\n"
        '"It was under forty years of newspapers," he said.'
    )
    assert quote_speakers(lead, body) == ["Karl Voss", "Idris Penhale"]


@pytest.mark.parametrize("conjunction", ["after", "because", "once"])
def test_other_conjunctions_open_such_a_clause(conjunction: str) -> None:
    """``after``, ``because`` and ``once`` open a clause whose subject a pronoun may take."""
    lead = "Farm dispute settled\n\nThe Voss family settled the farm dispute on Monday.\n\n"
    body = (
        '"It was never about money," Karl Voss said.\n\n'
        f"The talks moved {conjunction} a mediator, Idris Penhale, stepped in.\n\n"
        '"They only needed to be heard," he said.'
    )
    assert quote_speakers(lead, body) == ["Karl Voss", "Idris Penhale"]


@pytest.mark.parametrize("given", ["Grant", "Wyatt", "Callum", "Hamish", "Troy"])
def test_a_she_never_goes_to_a_man_known_by_his_given_name(given: str) -> None:
    """``Grant Pell`` is a man: a later ``she`` is the woman named after him."""
    lead = f"Ticket named\n\n{given} Pell spoke in Dayton on Saturday.\n\n"
    body = 'His running mate, Ada Voss, warmed up the crowd.\n\n"Are you ready to win?" she asked.'
    assert quote_speakers(lead, body) == ["Ada Voss"]


@pytest.mark.parametrize(
    ("intro", "callback", "name"),
    [
        ("Sen. Ilse Brandt of Vermont", "the Vermont senator", "Ilse Brandt"),
        ("Sen. Ilse Brandt, D-Vt.,", "the Vermont senator", "Ilse Brandt"),
        ("Gov. Tomas Reyna of New Mexico", "the New Mexico governor", "Tomas Reyna"),
    ],
)
def test_a_role_qualified_by_the_holders_state_is_the_holder(
    intro: str, callback: str, name: str
) -> None:
    """``Sen. Ilse Brandt of Vermont ... "...," the Vermont senator said.``: Ilse Brandt."""
    lead = f"Ferry bill stalls\n\n{intro} spoke against the ferry bill on Tuesday.\n\n"
    body = f'"We are not done with this," {callback} said.'
    assert quote_speakers(lead, body) == [name]


def test_a_role_qualified_by_another_state_is_not_the_holder() -> None:
    """``the Ohio senator`` is not ``Sen. Ilse Brandt of Vermont``: someone not named."""
    lead = "Ferry bill stalls\n\nSen. Ilse Brandt of Vermont spoke on Tuesday.\n\n"
    body = '"We are not done with this," the Ohio senator said.'
    assert quote_speakers(lead, body) == ["the Ohio senator"]


@pytest.mark.parametrize(
    ("spelled", "acronym"),
    [
        ("The Harbor Safety Board", "the HSB"),
        ("The Bureau of Coastal Management", "the BCM"),
        ("Northvale Power and Light", "NPL"),
    ],
)
def test_an_acronym_is_the_body_spelled_out_before(spelled: str, acronym: str) -> None:
    """``The Harbor Safety Board closed the quay. ... "...," the HSB said.``: the board."""
    lead = f"Quay closed\n\n{spelled} closed the quay at Dunmore on Monday.\n\n"
    body = f'"The wall is not safe," {acronym} said.'
    article = wireparse.parse(lead + body + "\n")
    quote = article.quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == spelled.removeprefix("The ")
    assert "resolve.acronym" in quote.rules


def test_a_persons_initials_are_no_acronym() -> None:
    """``AP`` is not ``Ada Pell``: a run opening with a given name is a person's."""
    lead = "Mill reopens\n\nAda Pell reopened the mill at Dunmore on Monday.\n\n"
    body = '"We are open," the AP reported.'
    assert quote_speakers(lead, body) == ["the AP"]


def test_a_name_before_a_quotation_after_an_asides_comma_is_no_inverted_speaker() -> None:
    """``A second ad, paid for by Harbor Forward, says Quint "forgot the harbor."``: not Quint.

    The ad is the source (round 31: the aside opened by ``paid`` is skipped).
    """
    lead = "Ad war\n\nThe Quint campaign released a new television ad on Monday.\n\n"
    body = 'A second ad, paid for by Harbor Forward, says Orla Quint "forgot the harbor."'
    assert quote_speakers(lead, body) == ["a second ad"]
    assert quote_speakers(lead, '"We will win," says Orla Quint, "and soon."') == [
        "Orla Quint",
        "Orla Quint",
    ]


def test_a_callings_kin_title_is_no_kin_apposition() -> None:
    """``Sister Ines Gallan ... the nun said`` is Sister Ines, not ``her sister, Orla``."""
    lead = (
        "Convent school turns 100\n\n"
        "When Sister Ines Gallan came to St. Brigid's in 1970, it had 60 pupils.\n\n"
    )
    body = (
        '"The roof still leaks," the nun said.\n\n'
        "Among the guests were Aoife and Orla Tierney. Her younger sister, Orla, "
        "flew in from Boston. Orla Tierney teaches in Boston; Aoife Tierney in Cork."
    )
    assert quote_speakers(lead, body) == ["Ines Gallan"]


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday the harbor master, Ines Vale,",
        "Later in the evening his deputy, Ines Vale,",
        "After the vote, the harbor master, Ines Vale,",
    ],
)
def test_a_name_after_its_role_behind_an_opening_phrase_is_the_subject(opening: str) -> None:
    """``On Tuesday the harbor master, Ines Vale, opened the lock.``: a later ``she`` is her."""
    lead = "Lock reopens\n\nTomas Reyna and his wife, Dora Reyna, watched from the quay.\n\n"
    body = f'{opening} opened the lock. "It is done," she said.'
    assert quote_speakers(lead, body) == ["Ines Vale"]


def test_a_place_between_commas_is_no_such_name() -> None:
    """``In Dunmore, Maine, she said``: ``Maine`` is a place, not the subject."""
    lead = "Lock reopens\n\nDora Reyna watched from the quay on Tuesday.\n\n"
    body = 'In Dunmore, Maine, she opened the lock. "It is done," she said.'
    assert quote_speakers(lead, body) == ["Dora Reyna"]
