"""Speaker conventions of round 15 of the English probes: US political copy (invented text only)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import quote_speakers
from wireparse.model import SourceKind

#: The headline and dateline of a story from a state capital.
CAPITAL = "Budget talks stall\n\nCOLUMBUS, Ohio — "


def speakers(body: str) -> list[str | None]:
    """Parse a political story of *body*; return the speakers of its quotations, in order."""
    return quote_speakers(CAPITAL, body)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the No. 2 Democrat", "the No. 2 Democrat"),
        ("the No. 3 Republican", "the No. 3 Republican"),
        ("the No. 2 official at the agency", "the No. 2 official at the agency"),
    ],
)
def test_rank_by_number_after_an_inverted_cue(subject: str, speaker: str) -> None:
    """``"...," said the No. 2 Democrat``: the rank opens the source read forward."""
    body = f'The leaders huddled for an hour.\n\n"We have the votes on this one," said {subject}.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Sen. Ada Marsh, the No. 2 Democrat in the Senate, pushed for a vote.", "Ada Marsh"),
        ("Rep. Carl Dunning, the No. 2 Democrat, opposed the deal.", "Carl Dunning"),
        ("Ada Marsh is the No. 2 Democrat in the Senate.", "Ada Marsh"),
        ("Senators argued until dawn.", "the No. 2 Democrat"),
    ],
)
def test_rank_by_number_calls_back_its_named_holder(lead: str, speaker: str) -> None:
    """``Sen. Ada Marsh, the No. 2 Democrat in the Senate, ... the No. 2 Democrat said``."""
    body = f'{lead}\n\n"We cannot wait any longer," the No. 2 Democrat said.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("lead", "subject", "speaker"),
    [
        ("The committee voted 7-4.", "the top Republican in the chamber", "the top Republican"),
        ("The committee voted 7-4.", "the senior Democrat", "the senior Democrat"),
        ("The committee voted 7-4.", "the top Ohio Republican", "the top Ohio Republican"),
        (
            "Rep. Carl Dunning, the top Republican on the panel, opposed the deal.",
            "the top Republican",
            "Carl Dunning",
        ),
    ],
)
def test_party_member_after_an_adjective_of_rank(lead: str, subject: str, speaker: str) -> None:
    """``the top Republican in the chamber said``: a person described, not a surname."""
    body = f'{lead}\n\n"This bill goes much too far," {subject} said.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("maker", "speaker"),
    [
        ("A survey by Harbor Research", "Harbor Research"),
        ("A poll by the Lakeside Institute", "the Lakeside Institute"),
    ],
)
def test_document_verb_after_its_maker(maker: str, speaker: str) -> None:
    """``A survey by Harbor Research found that 58 percent of voters say "..."``."""
    body = f'{maker} found that 58 percent of voters say "the economy is getting worse."'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Groups tied to Ada Marsh", "Groups"),
        ("Farm groups aligned with Ada Marsh", "Farm groups"),
        ("Committees allied with Ada Marsh", "Committees"),
    ],
)
def test_plural_body_tied_to_a_politician(subject: str, speaker: str) -> None:
    """``Groups tied to Ada Marsh said "..."``: the groups, not the name."""
    body = f'Sen. Ada Marsh is running for a third term.\n\n{subject} said "she has earned it."'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Prosecutors laid out the charges in a filing in federal court.", "Prosecutors"),
        ("The talks broke down. The judge blasted both sides in a court filing.", "the judge"),
        ("The company was sued in a court filing on Monday.", "the filing"),
        ("Tom Hale, the defendant, was named in a filing.", "the filing"),
    ],
)
def test_document_of_the_subject_acting_in_it(lead: str, speaker: str) -> None:
    """``Prosecutors laid out the charges in a filing ... "...," the filing said``."""
    body = f'{lead}\n\n"He lied to investigators again and again," the filing said.'
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Lakeview Polling said", "Lakeview Polling"),
        ("said Beacon Insights", "Beacon Insights"),
        ("Harbor Research said", "Harbor Research"),
        ("said Prairie Analytics", "Prairie Analytics"),
    ],
)
def test_polling_firm_is_an_organisation(cue: str, name: str) -> None:
    """``"...," Lakeview Polling said``: a polling firm by its last word, not a person."""
    article = wireparse.parse(f'{CAPITAL}Turnout rose.\n\n"We see a very close race," {cue}.\n')
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, SourceKind.ORGANISATION)
