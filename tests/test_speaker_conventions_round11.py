"""Speaker conventions of round 11 of the English probes (invented text only)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The lead of a business story.
BUSINESS = "Firm cuts jobs\n\nHARBORTON, Maine — "


def last(body: str) -> tuple[str | None, SourceKind | None, tuple[str, ...]]:
    """Parse a business story of *body*; return its last quotation's speaker, kind and rules."""
    return last_quote(BUSINESS, body)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Quillmore Energy cut 200 jobs at its refinery on Tuesday.\n\n"
            'The company blamed weak demand. "These are hard choices," Quillmore said.',
            "Quillmore Energy",
        ),
        (
            "Tarnwick Airlines will drop its route to Bangor in May.\n\n"
            '"The route no longer pays," Tarnwick said in a statement.',
            "Tarnwick Airlines",
        ),
    ],
)
def test_business_called_back_by_first_word(body: str, speaker: str) -> None:
    """``Quillmore said`` after ``Quillmore Energy`` is the company, not a person."""
    name, kind, rules = last(body)
    assert name == speaker
    assert kind is SourceKind.ORGANISATION
    assert "resolve.organisation_name" in rules


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Two businesses open with the word: neither is meant.
        (
            "Quillmore Energy and Quillmore Airlines share a founder.\n\n"
            '"We are separate companies," Quillmore said.',
            "Quillmore",
        ),
        # A person of the surname the article names in full stays that person.
        (
            "Tom Quillmore founded Quillmore Energy in 1990.\n\n"
            '"I started with one truck," Quillmore said.',
            "Tom Quillmore",
        ),
    ],
)
def test_business_first_word_not_taken(body: str, speaker: str) -> None:
    """Two businesses of the word, or a person of the surname, give no company."""
    name, _, _ = last(body)
    assert name == speaker


#: The lead and first paragraphs of a post-game story.
GAME = (
    "Hawks hold on\n\nDAYTON, Ohio — Mike Arlow scored 27 points and the Hawks beat "
    'the Pioneers 81-78 on Saturday.\n\n"We made it hard," Hawks coach Tom Ruiz said.\n\n'
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arlow hit two free throws with eight seconds left.",
        "Arlow broke free with ten seconds left.",
    ],
)
def test_past_tense_spelt_as_present_ends_subject(sentence: str) -> None:
    """``Arlow hit two free throws ... left``: ``hit`` is the verb, Arlow the subject."""
    article = wireparse.parse(GAME + sentence + ' "I just tried to breathe," he said.\n')
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Mike Arlow"


#: The lead of a local story.
SHOP = "Shop closes\n\nMILLBROOK, Ohio — The hardware store on Elm Street closed on Friday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"It is the end of an era," Dean Harlow, a salesman, said.', "Dean Harlow"),
        ('"It is the end of an era," said Dean Harlow, a salesman.', "Dean Harlow"),
        # A dean the article names in full stays that person.
        (
            "Dean Mary Harlow of the business school shopped there.\n\n"
            '"We are sad," Dean Harlow said.',
            "Mary Harlow",
        ),
    ],
)
def test_dean_before_a_surname_alone_is_a_given_name(body: str, speaker: str) -> None:
    """``Dean Harlow, a salesman,`` is Dean Harlow, not a dean called Harlow."""
    article = wireparse.parse(SHOP + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


#: The lead of a sports story.
SPORT = "Manager sacked\n\nHARBORTON, England — "


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Harborton Rovers have sacked their manager after eight defeats.\n\n"
            '"We thank him for his work," the club said.',
            "Harborton Rovers",
        ),
        (
            "Millbrook Warriors have signed a prop from Australia.\n\n"
            '"He will add real power up front," the club said in a statement.',
            "Millbrook Warriors",
        ),
    ],
)
def test_the_club_is_the_one_club_named(body: str, speaker: str) -> None:
    """``the club`` is the article's one club named by its town and a club word."""
    article = wireparse.parse(SPORT + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.speaker.kind is SourceKind.ORGANISATION


def test_the_club_of_a_match_report_is_no_club() -> None:
    """Two clubs named (a match report) give ``the club`` no name."""
    article = wireparse.parse(
        SPORT + "Harborton Rovers beat Millbrook Athletic 2-1 on Saturday.\n\n"
        '"We will appeal the red card," the club said.\n'
    )
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "the club"


#: The lead of an arts story.
ARTS = "Jazz club reopens\n\nPORTVALE, La. — The club on Dock Street reopened on Friday.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        'Trumpeter Orrin Batiste said: "We waited a long time for this."',
        '"We waited a long time for this," said Saxophonist Orrin Batiste.',
    ],
)
def test_musicians_calling_is_no_part_of_the_name(body: str) -> None:
    """``Trumpeter Orrin Batiste said`` is Orrin Batiste: the calling is a title."""
    article = wireparse.parse(ARTS + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Orrin Batiste"


#: The lead of a rugby report.
RUGBY = (
    "Portvale edge Harborton\n\nPORTVALE, Wales — Portvale beat Harborton 19-17 on Saturday.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"I did not feel a thing," Fly-half Rory Callan said.', "Rory Callan"),
        ('"We kept going," Winger Iolo Pryce said.', "Iolo Pryce"),
        ('Skipper Aled Morgan said: "We kept going."', "Aled Morgan"),
    ],
)
def test_rugby_position_is_no_part_of_the_name(body: str, speaker: str) -> None:
    """``Fly-half Rory Callan said`` is Rory Callan: the position is a title."""
    article = wireparse.parse(RUGBY + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
