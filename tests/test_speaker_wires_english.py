"""Speaker conventions of English wire copy from agencies outside the US and UK (invented text)."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The leads of the stories below: Indian, Malaysian, Ghanaian and Korean wire stories.
DELHI = (
    "Rail plan approved\n\nNEW DELHI, Jan 4 (PTI) The Cabinet approved a rail plan on Monday.\n\n"
)
KL = "Flood aid\n\nKUALA LUMPUR, Jan 4 (Bernama) -- Flood aid will reach Tanjung Baru today.\n\n"
ACCRA = "Clinic opens\n\nACCRA, Jan 4 (GNA) - A new clinic has opened at Osu Hills.\n\n"
SEOUL = "Chip talks\n\nSEOUL, Jan 4 (Yonhap) -- Officials met on chip exports on Monday.\n\n"


@pytest.mark.parametrize(
    ("lead", "body", "speaker"),
    [
        # Indian honorifics: Shri for a man, Smt. (Shrimati) for a woman.
        (
            DELHI,
            '"The first trains will run in March," said Shri Arvind Kumar Joshi, '
            "Minister of Railways.",
            "Arvind Kumar Joshi",
        ),
        (
            DELHI,
            '"Fares will not rise," said Smt. Kavita Rao Deshmukh, secretary of the board.',
            "Kavita Rao Deshmukh",
        ),
        # Malaysian honorifics, one or two words: Datuk, Datuk Seri, Datin.
        (
            KL,
            'Datuk Seri Rahim Osman said the aid was ready.\n\n"Boats are waiting," Rahim said.',
            "Rahim Osman",
        ),
        (
            KL,
            '"Every family will get a food basket," said Datin Salmah Idris, head of the '
            "relief committee.",
            "Salmah Idris",
        ),
        # West African copy: Madam before a woman's name.
        (
            ACCRA,
            'The chairperson, Madam Abena Owusu-Darko, opened the centre.\n\n"It is ours," '
            "Madam Owusu-Darko said.",
            "Abena Owusu-Darko",
        ),
    ],
)
def test_an_honorific_of_wire_copy_is_no_part_of_the_name(
    lead: str, body: str, speaker: str
) -> None:
    """``said Shri Arvind Kumar Joshi``: the honorific is left out of the name."""
    assert last_quote(lead, body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Industry Minister Park Min-jae met chipmakers in Sejong on Monday.\n\n"
            '"Exports will recover next quarter," Park said.',
            "Park Min-jae",
        ),
        (
            "Vice Foreign Minister Park Ha-eun, who led the delegation, arrived on Sunday.\n\n"
            '"We expect a result this week," Park told Yonhap.',
            "Park Ha-eun",
        ),
    ],
)
def test_a_surname_written_first_after_a_title_is_no_place(body: str, speaker: str) -> None:
    """``Industry Minister Park Min-jae ... Park said``: Park Min-jae, not a park."""
    assert last_quote(SEOUL, body)[0] == speaker


def test_a_place_word_given_as_no_name_stays_an_organisation() -> None:
    """``Hanul Park`` named as a place, never after a title: ``Park`` is no person."""
    body = 'The rally was held at Hanul Park on Monday.\n\n"Entry is free," Park said in a notice.'
    assert last_quote(SEOUL, body)[:2] == ("Park", SourceKind.ORGANISATION)


#: The lead of a Pakistani wire story.
KARACHI = "Port deal\n\nKARACHI, Jan 4 (APP): Two port deals were signed on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Prime Minister Imran Qadir said: "This is a good day."\n\n'
            "Federal Minister for Ocean Affairs Tariq Mehmood said the berths would be "
            'ready by June.\n\n"Ships will dock within a year," he said.',
            "Tariq Mehmood",
        ),
        (
            'Prime Minister Imran Qadir said: "This is a good day."\n\n'
            "Minister for Planning Nadia Farooq told APP that the loans were agreed.\n\n"
            '"The money arrives in March," she said.',
            "Nadia Farooq",
        ),
    ],
)
def test_a_title_and_its_portfolio_after_for_lead_the_name(body: str, speaker: str) -> None:
    """``Minister for Ocean Affairs Tariq Mehmood said``: his name, the subject."""
    assert last_quote(KARACHI, body)[0] == speaker


def test_a_person_noun_before_for_is_no_title() -> None:
    """``a spokesman for the port``: ``for`` and its object lead no name."""
    body = (
        'A spokesman for Harbor Freight Lines said: "Berths are full."\n\n"We will wait," he said.'
    )
    assert last_quote(KARACHI, body)[0] == "a spokesman for Harbor Freight Lines"


#: The lead of a Ghanaian wire story.
TAMALE = "Dam opens\n\nTAMALE, Jan 4 (GNA) - A new irrigation dam has opened at Nyoli.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The dam was commissioned by the Minister of Water Resources, "
            "Mr Yaw Boateng-Mensah.\n\n"
            '"Farmers will plant twice a year," the Minister said.',
            "Yaw Boateng-Mensah",
        ),
        (
            "The Regional Director of Health, Dr Akosua Frimpong-Darko, inspected the clinic.\n\n"
            '"The clinic will open on Monday," the director said.',
            "Akosua Frimpong-Darko",
        ),
    ],
)
def test_a_role_before_an_honorific_and_a_name_is_that_person(body: str, speaker: str) -> None:
    """``the Minister of Water Resources, Mr Yaw Boateng-Mensah,``: ``the Minister`` is he."""
    assert last_quote(TAMALE, body)[0] == speaker


#: The lead of a Chinese wire story.
HARBIN = (
    "Ice festival\n\nLONGCHENG, Jan 4 (Xinhua) -- The city's ice festival opened on Sunday.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "According to a statement issued by the city tourism bureau, two million "
            'visitors are expected.\n\n"The festival will run for six weeks," the statement said.',
            "the city tourism bureau",
        ),
        (
            "A notice released by the Longcheng Public Security Bureau said roads would close.\n\n"
            '"Drivers should take the ring road," the notice said.',
            "the Longcheng Public Security Bureau",
        ),
        (
            'A statement issued by the Longcheng Public Security Bureau said: "Drivers should '
            'take the ring road."',
            "the Longcheng Public Security Bureau",
        ),
    ],
)
def test_a_document_issued_by_a_body_is_the_body(body: str, speaker: str) -> None:
    """``a statement issued by the bureau ... the statement said``: the bureau."""
    assert last_quote(HARBIN, body)[0] == speaker


#: The lead of a Brazilian wire story in English.
RECIFE = (
    "Port strike\n\nPORTO CLARO, Jan 4 (Agencia Sul) - Dockers at Porto Claro went on strike.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The leader of the dockers' union, João Pedro Almeida, called the offer unfair.\n\n"
            '"We will stay out until Friday," Almeida said.',
            "João Pedro Almeida",
        ),
        (
            "The port's director, Verônica Maria Campos, called the strike illegal.\n\n"
            '"The law is clear," Campos said.',
            "Verônica Maria Campos",
        ),
    ],
)
def test_an_accented_given_name_opens_the_name(body: str, speaker: str) -> None:
    """``João Pedro Almeida ... Almeida said``: João is a given name as Joao would be."""
    assert last_quote(RECIFE, body)[0] == speaker


#: The lead of a Nigerian wire story.
OKENE = "Bridge opens\n\nOKENE, Jan 4 (NAN) - A bridge over the Osara river opened on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"Traders will cross in ten minutes," said Hon. Ibrahim Sule Adamu, the member '
            "representing the area.",
            "Ibrahim Sule Adamu",
        ),
        (
            'Alhaji Garba Yusuf Danjuma, the council chairman, spoke first.\n\n"We waited long," '
            "Danjuma said.",
            "Garba Yusuf Danjuma",
        ),
        (
            '"The bridge will last a century," said Engr. Chinedu Okoro, the site engineer.',
            "Chinedu Okoro",
        ),
    ],
)
def test_a_nigerian_or_ghanaian_honorific_is_no_part_of_the_name(body: str, speaker: str) -> None:
    """``said Hon. Ibrahim Sule Adamu``, ``Alhaji``, ``Engr.``: left out of the name."""
    assert last_quote(OKENE, body)[0] == speaker
