"""Speaker conventions of round 14 of the English probes: US political copy (invented text only)."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

#: The headline and dateline of a story from a state capital.
CAPITAL = "Race heats up\n\nDES MOINES, Iowa — "


def speakers(body: str) -> list[str | None]:
    """Parse a political story of *body*; return the speakers of its quotations, in order."""
    return quote_speakers(CAPITAL, body)


@pytest.mark.parametrize(
    ("lead", "cue", "speaker"),
    [
        ("Forward Iowa PAC spent $2 million on ads.", "the PAC said", "Forward Iowa PAC"),
        (
            "The mailers came from Hawkeye Values PAC, a group tied to the governor.",
            "the PAC said in a statement",
            "Hawkeye Values PAC",
        ),
    ],
)
def test_capitalised_org_noun_calls_back_its_name(lead: str, cue: str, speaker: str) -> None:
    """``Forward Iowa PAC ... "...," the PAC said``: the noun in capitals calls back the name."""
    assert speakers(f'{lead}\n\n"We will keep going," {cue}.') == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Local 14", "Local 14"),
        ("Teamsters Local 727", "Teamsters Local 727"),
        ("Local 302 also", "Local 302"),
    ],
)
def test_union_local_is_a_cue_subject(subject: str, speaker: str) -> None:
    """``"...," Local 14 said``: a union's local by its number is the subject."""
    quote = '"We are not going back without a contract,"'
    body = f"Drivers left the depot at dawn.\n\n{quote} {subject} said."
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the No. 2 Democrat", "the No. 2 Democrat"),
        ("the No. 1 aide", "the No. 1 aide"),
        ("the No. 3 official at the agency", "the No. 3 official at the agency"),
    ],
)
def test_rank_by_number_stays_in_the_description(subject: str, speaker: str) -> None:
    """``"...," the No. 2 Democrat said``: the rank's number does not cut the phrase."""
    body = f'Lawmakers met until midnight.\n\n"We are not there yet on this bill," {subject} said.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("lead", "cue", "speaker"),
    [
        ("Oakvale City Attorney Dean Pruitt filed the motion.", "Pruitt said", "Dean Pruitt"),
        ("County Treasurer Dean Yarrow posted the figures.", "Yarrow said", "Dean Yarrow"),
        ("Associate Dean Ada Voss led the panel.", "Voss said", "Ada Voss"),
    ],
)
def test_given_name_title_after_a_title_is_the_given_name(
    lead: str, cue: str, speaker: str
) -> None:
    """``City Attorney Dean Pruitt ... Pruitt said``: ``Dean`` after a title is a given name."""
    assert speakers(f'{lead}\n\n"The motion speaks for itself here," {cue}.') == [speaker]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Harbor County Register of Deeds", "Tammy Brunner"),
        ("Linn County Recorder of Deeds", "Tammy Brunner"),
        ("Marin County Registrar of Voters", "Tammy Brunner"),
    ],
)
def test_county_office_title_with_of(title: str, speaker: str) -> None:
    """``Harbor County Register of Deeds Tammy Brunner ... Brunner said``: a title with ``of``."""
    quote = '"We have a long backlog to clear," Brunner said.'
    body = f"{title} Tammy Brunner reopened the office.\n\n{quote}"
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("share", "speaker"),
    [
        ("71 percent of adults", "71 percent of adults"),
        ("12.5 percent of likely voters", "12.5 percent of likely voters"),
    ],
)
def test_share_keeps_its_figure(share: str, speaker: str) -> None:
    """``"...," 71 percent of adults said``: the figure opens the share."""
    body = f'Ballots went out in March.\n\n"The schools need more money now," {share} said.'
    assert speakers(body) == [speaker]


def test_share_after_a_verb_keeps_its_figure_only() -> None:
    """``found 71 percent of adults say``: the verb before the figure is no part of it."""
    body = 'The canvass found 71 percent of adults say "the roads come first."'
    assert speakers(body) == ["71 percent of adults"]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("with a narrator saying", "a narrator"),
        ("with an announcer saying", "an announcer"),
        ("with the narrator warning", "the narrator"),
    ],
)
def test_voice_of_an_ad_in_a_with_clause(clause: str, speaker: str) -> None:
    """``The ad aired Monday, with a narrator saying "..."``: the ad's voice speaks."""
    body = f'The campaign put out a new ad on Monday, {clause} "Voss has sold out the farm towns."'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Democrats allied with Ada Marsh", "Democrats"),
        ("Republicans aligned with Ada Marsh", "Republicans"),
    ],
)
def test_tied_source_opening_its_sentence(subject: str, speaker: str) -> None:
    """``Democrats allied with Ada Marsh said ... "..."``: the tied group, not the name."""
    body = f'{subject} said the deal was "a disaster for every farm town in the state."'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    "aside",
    ["conducted by the Lakeside Institute", "commissioned by a farm group", "released Monday"],
)
def test_document_verb_after_a_participle_aside(aside: str) -> None:
    """``The poll, conducted by ..., found that 71 percent of adults say "..."``: the poll's."""
    body = f'The poll, {aside}, found that 71 percent of adults say "the roads come first."'
    assert speakers(body) == ["the poll"]
