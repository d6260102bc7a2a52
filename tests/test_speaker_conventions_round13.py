"""Speaker conventions of round 13 of the English probes: US political copy (invented text only)."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

#: The headline and dateline of a story from the capital.
CAPITAL = "Senate bill stalls\n\nWASHINGTON — "


def speakers(body: str) -> list[str | None]:
    """Parse a political story of *body*; return the speakers of its quotations, in order."""
    return quote_speakers(CAPITAL, body)


@pytest.mark.parametrize(
    ("tag", "cue", "speaker"),
    [
        ("people close to him said", "he said", "Tom Hale"),
        ("aides said on Monday", "he said", "Tom Hale"),
        ("two advisers said", "the Ohio Republican said", "Tom Hale"),
    ],
)
def test_group_tag_leaves_the_subject_to_a_pronoun(tag: str, cue: str, speaker: str) -> None:
    """``X will run, aides said. ¶ "...," he said.``: the anonymous group is no antecedent."""
    body = f'Sen. Tom Hale will run for governor, {tag}.\n\n"It is time to go home," {cue}.'
    assert speakers(body) == [speaker]


def test_group_tag_still_answers_they() -> None:
    """A plural pronoun after the tag is still the group."""
    body = 'Sen. Tom Hale will run for governor, aides said.\n\n"He is ready," they said.'
    assert speakers(body) == ["aides"]


@pytest.mark.parametrize(
    ("tag", "epithet"),
    [
        ("D-Ore.", "the Oregon Democrat"),
        ("(D-Ore.)", "the Oregon Democrat"),
        ("D-N.Y.", "the New York Democrat"),
        ("(D-NY)", "the New York Democrat"),
        ("R-Calif.", "the California Republican"),
    ],
)
def test_party_epithet_matches_an_abbreviated_state(tag: str, epithet: str) -> None:
    """``Sen. Ada Marsh, D-Ore., ... the Oregon Democrat said``: the tag abbreviates the state."""
    sep = " " if tag.startswith("(") else ", "
    after = " " if tag.startswith("(") else ", "
    body = (
        f"Sen. Ada Marsh{sep}{tag}{after}spoke first, and Sen. Ben Roe, I-Maine, spoke next.\n\n"
        f'"We have waited long enough," {epithet} said.'
    )
    assert speakers(body) == ["Ada Marsh"]


def test_party_epithet_of_another_state_is_no_one() -> None:
    """An epithet whose state no tag gives is left as written."""
    body = (
        "Sen. Ada Marsh, D-Ore., spoke first.\n\n"
        '"We have waited long enough," the Nevada Democrat said.'
    )
    assert speakers(body) == ["the Nevada Democrat"]


@pytest.mark.parametrize(
    "opening",
    [
        "Mayor Ada Marsh of Portvale is upbeat about the plan.",
        "Sen. Ada Marsh of Oregon has pushed for the bill since March.",
        "Ada Marsh of New Hampshire has pushed for the bill since March.",
    ],
)
def test_home_after_the_name_keeps_the_subject(opening: str) -> None:
    """``Sen. Ada Marsh of Oregon has pushed ...``: the subject of the sentence is the person."""
    body = f'The council met on Monday.\n\n{opening} "We will manage."'
    assert speakers(body) == ["Ada Marsh"]


def test_home_after_the_name_opens_an_interview() -> None:
    """The lede's subject placed by ``of`` is the person a Q-and-A interview answers for."""
    body = (
        "Mayor Ada Marsh of Portvale has spent a year on the crisis. "
        "She spoke with the Tidewater Gazette.\n\n"
        "Q: What do you need?\n\n"
        'A: "Money and a plan."'
    )
    assert speakers(body) == ["Ada Marsh"]


def test_organisation_of_a_place_is_no_person() -> None:
    """``The Bank of Portvale has ...`` is one name: no person to carry a quotation."""
    body = (
        "The council met on Monday.\n\n"
        'The Bank of Portvale has spent a year on it. "We will manage."'
    )
    assert speakers(body) == [None]


@pytest.mark.parametrize(
    "subject",
    [
        "Her counterpart on the panel, Sen. Roy Ashby of Kansas,",
        "Marsh's Republican counterpart on the committee, Sen. Roy Ashby of Kansas,",
    ],
)
def test_role_with_a_seat_on_a_body_then_a_titled_name(subject: str) -> None:
    """``Her counterpart on the panel, Sen. Roy Ashby of Kansas, said``: the name speaks."""
    body = (
        "Sen. Ada Marsh questioned the nominee.\n\n"
        f'{subject} said the nominee was "well within the mainstream."'
    )
    assert speakers(body) == ["Roy Ashby"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("A super PAC backing Sen. Ada Marsh", "a super PAC"),
        ("A super PAC aligned with Ada Marsh", "a super PAC"),
        ("A group tied to Ada Marsh", "a group"),
        ("A group that backs Ada Marsh", "a group"),
        ("The senator who succeeded Ada Marsh", "the senator"),
    ],
)
def test_source_tied_to_a_politician(source: str, speaker: str) -> None:
    """``A super PAC backing Sen. Ada Marsh said``: the body speaks, not the politician."""
    body = f'The race tightened.\n\n{source} said Tom Keats "lied to voters."'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The rule exceeds the statute," the complaint states.', "the complaint"),
        ('The lawsuit states that the rule "exceeds the statute."', "the lawsuit"),
        ('"The rule exceeds the statute," the 20-page complaint says.', "the 20-page complaint"),
        ('Officials in several states said the rule "exceeds the statute."', "Officials"),
    ],
)
def test_document_states_its_words(sentence: str, speaker: str) -> None:
    """``the complaint states`` is a cue; ``states`` elsewhere is none."""
    assert speakers(f"Twelve states went to court on Monday.\n\n{sentence}") == [speaker]


@pytest.mark.parametrize(
    ("lead", "role", "speaker"),
    [
        ("Rep. Alma Reyes wants answers from the Pentagon.", "the congresswoman", "Alma Reyes"),
        ("Gov. Nell Harmon signed a bill on Friday.", "the two-term governor", "Nell Harmon"),
        ("Sen. Alma Reyes blasted the delay on Tuesday.", "the senator", "Alma Reyes"),
    ],
)
def test_abbreviated_title_named_once_in_the_lead(lead: str, role: str, speaker: str) -> None:
    """``Rep. Alma Reyes`` in the lead is ``the congresswoman`` of the next paragraph."""
    body = f'{lead} It was a long day.\n\n"Nobody can tell us where the money went," {role} said.'
    assert speakers(body) == [speaker]


def test_abbreviated_title_named_once_later_is_no_holder() -> None:
    """A senator named once in passing after the lead is no ``the senator``."""
    body = (
        "The bill stalled again on Tuesday.\n\n"
        "Sen. Rand Hale has a video about it.\n\n"
        '"Nobody can tell us where the money went," the senator said.'
    )
    assert speakers(body) == ["the senator"]


@pytest.mark.parametrize(
    "lead",
    [
        "Here is how Gov. Ned Sorel closed his speech on Saturday:",
        "This is why Gov. Ned Sorel voted no:",
        "Here's how Gov. Ned Sorel ended the night:",
    ],
)
def test_clause_that_presents_the_quotation(lead: str) -> None:
    """``Here is how Gov. Ned Sorel closed his speech: ¶ "..."``: Ned Sorel's words."""
    body = f'The rally was loud.\n\n{lead}\n\n"We have been told to wait. We are done waiting."'
    assert speakers(body) == ["Ned Sorel"]


@pytest.mark.parametrize(
    ("lead", "source", "speaker"),
    [
        ("The Brook campaign hit back on Saturday.", "the campaign", "the Brook campaign"),
        (
            "The Ward administration defended the plan.",
            "the administration",
            "the Ward administration",
        ),
        # The noun's nearest mention names no body: the words stay a description.
        (
            "The Brook campaign hit back. Hale said the campaign was over.",
            "the campaign",
            "the campaign",
        ),
    ],
)
def test_body_named_by_a_politician(lead: str, source: str, speaker: str) -> None:
    """``The Brook campaign ... "...," the campaign said``: the Brook campaign."""
    body = f'{lead}\n\n"Voters see right through it," {source} said in a statement.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize("aside", ["the youngest", "the only newcomer on stage"])
def test_definite_description_after_the_subject(aside: str) -> None:
    """``Park, the youngest, tried to stand out. "...," she said.``: Lina Park."""
    body = (
        "Sen. Maya Orr and Rep. Lina Park debated.\n\n"
        'Orr went first. "You failed," she said.\n\n'
        f'Park, {aside}, tried to stand out. "I am new here," she said.'
    )
    assert speakers(body) == ["Maya Orr", "Lina Park"]


@pytest.mark.parametrize(
    ("lead", "role", "speaker"),
    [
        ("Rep. Ann Pike and Rep. Tom Hale spoke.", "the congresswoman", "Ann Pike"),
        ("Rep. Ann Pike and Rep. Tom Hale spoke.", "the congressman", "Tom Hale"),
        # Two holders of the role's gender: none of them.
        ("Rep. Ann Pike and Rep. Lisa Hale spoke.", "the congresswoman", "the congresswoman"),
    ],
)
def test_gendered_role_picks_its_holder(lead: str, role: str, speaker: str) -> None:
    """``Rep. Ann Pike ... Rep. Tom Hale ... the congresswoman said``: Ann Pike."""
    body = f'{lead}\n\n"We have the votes," {role} said.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("Speaker of the House Ann Pike spoke on Monday.", "the speaker"),
        ("Deputy Secretary of State Ann Pike spoke on Monday.", "the deputy secretary"),
        ("Secretary of Homeland Security Ann Pike spoke on Monday.", "the secretary"),
        ("House Minority Whip Ann Pike spoke on Monday.", "the whip"),
    ],
)
def test_title_with_its_complement_before_the_name(lead: str, role: str) -> None:
    """``Speaker of the House Ann Pike ... "...," the speaker said``: Ann Pike."""
    assert speakers(f'{lead}\n\n"We have the votes," {role} said.') == ["Ann Pike"]


@pytest.mark.parametrize(
    ("sentence", "reply"),
    [
        ('Akers told Dunlop she was "out of line."', '"I am not," she replied.'),
        ("Akers met Dunlop on Tuesday.", '"It went well," she said.'),
    ],
)
def test_surname_named_after_the_subject(sentence: str, reply: str) -> None:
    """``Akers told Dunlop ... ¶ "...," she replied.``: Dunlop, named in full before."""
    body = f"Sen. Maria Dunlop and Rep. Tom Akers spoke.\n\n{sentence}\n\n{reply}"
    assert speakers(body)[-1] == "Maria Dunlop"


def test_answer_label_with_a_full_stop() -> None:
    """``Q. ... ¶ A. "..."``: the interviewee the lede names."""
    body = (
        "Gov. Dana Lowell of Ohio sat down with the Ledger on Friday.\n\n"
        "Q. Will you sign it?\n\n"
        'A. "Not in its current form."\n\n'
        "Q. What would change your mind?\n\n"
        'A. "A real cut in spending."'
    )
    assert speakers(body) == ["Dana Lowell", "Dana Lowell"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Forty-eight percent said the tariffs would "hurt the economy," the poll found.',
            "the poll",
        ),
        ('A new survey found that the tariffs would "hurt the economy."', "a new survey"),
        # A share of people with no poll to find it is a source of its own.
        ('Forty-eight percent said the tariffs would "hurt the economy."', "Forty-eight percent"),
    ],
)
def test_poll_findings(sentence: str, speaker: str | None) -> None:
    """``X percent said "...," the poll found``: the poll's words."""
    assert speakers(f"Voters are split.\n\n{sentence}") == [speaker]
