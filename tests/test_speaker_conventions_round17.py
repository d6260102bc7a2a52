"""Speaker conventions of round 17 of the English probes: schools, transport, technology,
entertainment, obituaries, charities, labour and farm copy (invented)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import quote_speakers
from wireparse import QuoteKind

#: The headline and dateline of an entertainment story.
SHOWBIZ = "Star hurt on set\n\nBURBANK, Calif. (Wire) — "


@pytest.mark.parametrize(
    "work",
    [
        'the legal drama "Harbor Court"',
        'the comedy "Two Ferries"',
        'the spy thriller "Cold Quay"',
        'the sitcom "Dock Ten"',
        'the miniseries "Salt Road"',
        'the sequel "Low Water Two"',
    ],
)
def test_a_work_named_by_its_genre_is_a_title(work: str) -> None:
    """``Ada Roe quit the legal drama "Harbor Court", her agent said.``: no speech."""
    article = wireparse.parse(
        f"{SHOWBIZ}Ada Roe has left {work} after a fall, her agent said.\n\n"
        '"She is resting at home," the agent said.\n'
    )
    assert [q.text for q in article.quotes] == ["She is resting at home,"]
    assert [q.kind for q in article.quoted] == [QuoteKind.TITLE]


#: The headline and dateline of a state-house or base story.
CAPITOL = "Budget stalls\n\nALDEN, Vt. (Wire) — "


@pytest.mark.parametrize(
    ("intro", "noun", "speaker"),
    [
        ("Gov. Nora Pell urged both sides to keep talking.", "the governor", "Nora Pell"),
        ("Ferries stopped. Sen. Ivo Grant called for a vote!", "the senator", "Ivo Grant"),
    ],
)
def test_abbreviated_title_opening_the_paragraph_is_its_role_noun(
    intro: str, noun: str, speaker: str
) -> None:
    """``Gov. Nora Pell urged calm. "...," the governor said.``: named once, in that paragraph."""
    body = f'Talks broke down on Monday.\n\n{intro} "We need a deal," {noun} said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


@pytest.mark.parametrize(
    "intro",
    [
        # Named once, in another paragraph: no holder of the role.
        "Gov. Nora Pell urged both sides to keep talking.\n\nAides met late.",
        # Named once, not as the sentence's opening words.
        "Aides met Gov. Nora Pell on Sunday.",
    ],
)
def test_abbreviated_title_named_once_elsewhere_stays_a_description(intro: str) -> None:
    """``Gov. Nora Pell urged calm. ¶ Aides met late. "...," the governor said.``: no holder."""
    body = f'Talks broke down on Monday.\n\n{intro} "We need a deal," the governor said.'
    assert quote_speakers(CAPITOL, body) == ["the governor"]


@pytest.mark.parametrize(
    ("intro", "noun", "speaker"),
    [
        (
            "Drills ended early. The unit's senior enlisted leader, Command Sgt. Maj. "
            "Rosa Ibarra, watched from the ridge.",
            "the sergeant major",
            "Rosa Ibarra",
        ),
        (
            "The battalion is led by Lt. Col. Emil Drake, who took command in June.",
            "the lieutenant colonel",
            "Emil Drake",
        ),
        ("Maj. Ines Falk ran the drill. Falk kept the clock.", "the major", "Ines Falk"),
    ],
)
def test_a_rank_of_two_words_calls_back_its_abbreviated_form(
    intro: str, noun: str, speaker: str
) -> None:
    """``Command Sgt. Maj. Rosa Ibarra ... "...," the sergeant major said.``"""
    body = f'Soldiers marched at dawn.\n\n{intro}\n\n"They held the line," {noun} said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


def test_specialist_calls_back_spc() -> None:
    """``Spc. Lia Moreau, a medic, stayed. "...," the specialist said.``: the Army's rank."""
    body = (
        "Soldiers marched at dawn.\n\n"
        'Spc. Lia Moreau, a medic, stayed with the crew. "We held," the specialist said.'
    )
    assert quote_speakers(CAPITOL, body) == ["Lia Moreau"]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("the Teamsters local that represents the warehouse staff", "the Teamsters local"),
        (
            "the Harbor Dockworkers local that organized the crane crews",
            "the Harbor Dockworkers local",
        ),
    ],
)
def test_union_local_before_a_that_clause_is_the_source(clause: str, speaker: str) -> None:
    """``"...," the Teamsters local that represents the staff said.``: the local, not the staff."""
    body = f'Pickets went up at dawn.\n\n"We will not cross," {clause} said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("The Harbor Dockworkers local voted to strike.", "the Harbor Dockworkers local"),
        ("Members of Local 52 of the bakers' union voted to strike.", "Local 52"),
    ],
)
def test_the_local_calls_back_the_union_local(intro: str, speaker: str) -> None:
    """``The Harbor Dockworkers local voted to strike. ¶ "...," the local said.``"""
    body = f'Pickets went up at dawn.\n\n{intro}\n\n"We will not cross," the local said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Major Pruden, a dairy farmer, lost 30 head of cattle.", "Major Pruden"),
        ("Feed store manager King Ablett sold out of hay by noon.", "King Ablett"),
        ("Hay grower Major Quist cut his second crop early.", "Major Quist"),
    ],
)
def test_title_that_is_a_given_name_before_a_lone_surname(intro: str, speaker: str) -> None:
    """``Major Pruden, a dairy farmer, ... "...," Pruden said.``: Major is his given name."""
    surname = speaker.split()[1]
    body = f'Rain has not fallen since May.\n\n{intro} "It is bad," {surname} said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        # A king's title follows no noun of a calling.
        ("The late King Aldric opened the fair in 1960.", "Aldric"),
        # The article gives the full name: Major is the rank.
        ("Major Tom Pruden led the convoy. Major Pruden waved.", "Tom Pruden"),
    ],
)
def test_title_before_a_surname_stays_a_title(intro: str, speaker: str) -> None:
    """``The late King Aldric ... "...," Aldric said.`` is Aldric."""
    surname = speaker.split()[-1]
    body = f'Rain has not fallen since May.\n\n{intro} "It is bad," {surname} said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


@pytest.mark.parametrize(
    "intro",
    [
        "The Rev. Ines Varga, the abbey's prior, rang the bell.",
        "Msgr. Ines Varga rang the bell for the fleet.",
    ],
)
def test_priest_calls_back_a_clerical_title(intro: str) -> None:
    """``The Rev. Ines Varga, the abbey's prior, rang the bell. "...," the priest said.``"""
    body = f'Boats left at dawn.\n\n{intro} "Go safely," the priest said.'
    assert quote_speakers(CAPITOL, body) == ["Ines Varga"]


@pytest.mark.parametrize("grade", ["Fifth-grader", "Third-grader", "Eighth-grader"])
def test_a_pupils_grade_opening_the_sentence_is_no_part_of_the_name(grade: str) -> None:
    """``Fifth-grader Ines Okafor read the pledge. "...," Okafor said.`` is Ines Okafor."""
    body = (
        "Classes resumed on Monday.\n\n"
        f'{grade} Ines Okafor read the pledge. "I was nervous," Okafor said.'
    )
    assert quote_speakers(CAPITOL, body) == ["Ines Okafor"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"I was nervous," said 12th-grader Ines Okafor.',
        '"I was nervous," 11th-grader Ines Okafor said.',
    ],
)
def test_a_grade_in_figures_before_the_name_is_read(sentence: str) -> None:
    """``"...," said 12th-grader Ines Okafor.``: the grade in figures opened no phrase."""
    body = f"Classes resumed on Monday.\n\n{sentence}"
    assert quote_speakers(CAPITOL, body) == ["Ines Okafor"]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Tern Airways grounded two jets on Friday.", "Tern Airways"),
        ("The airline, Tern Connect, grounded two jets on Friday.", "Tern Connect"),
    ],
)
def test_the_carrier_is_the_airline(intro: str, speaker: str) -> None:
    """``Tern Airways grounded two jets. "...," the carrier said.`` is Tern Airways."""
    body = f'Snow closed the runway.\n\n{intro} "Safety comes first," the carrier said.'
    assert quote_speakers(CAPITOL, body) == [speaker]


def test_a_capitalised_word_before_a_group_noun_is_no_business() -> None:
    """``Dairy farmers poured their milk away after a processor closed its plant.``"""
    story = (
        "Milk dumped\n\nSALEM, N.Y. (Wire) — Dairy farmers near Salem poured their milk "
        "away after a processor closed its plant.\n\n"
        '"This was a painful decision," the company said.\n'
    )
    assert [q.speaker.name if q.speaker else None for q in wireparse.parse(story).quotes] == [
        "the company"
    ]


@pytest.mark.parametrize("trade", ["processor", "retailer", "chipmaker"])
def test_the_trade_noun_before_a_name_in_commas_introduces_the_business(trade: str) -> None:
    """``The processor, Harbor Creamery, closed its plant. "...," the company said.``"""
    body = (
        "Milk piled up on Monday.\n\n"
        f"The {trade}, Harbor Creamery, closed its plant. "
        '"This was a painful decision," the company said.'
    )
    assert quote_speakers(CAPITOL, body) == ["Harbor Creamery"]
