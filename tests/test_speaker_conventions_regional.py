"""Speaker conventions of regional and US political copy (invented text only)."""

from __future__ import annotations

import pytest

import wireparse
from wireparse.quotations.people import is_party_epithet

#: The leads of the stories below: a briefing story and a Capitol story.
BRIEFING = "Tariffs paused\n\nWASHINGTON — The White House paused new tariffs on Monday.\n\n"
CAPITOL = "Spending deal\n\nWASHINGTON — The Senate took up the spending deal on Thursday.\n\n"


def last(lead: str, body: str) -> tuple[str | None, tuple[str, ...]]:
    """Parse a story of *lead* and *body*; return its last quotation's speaker and rules."""
    article = wireparse.parse(lead + body + "\n")
    assert article.quotes
    quote = article.quotes[-1]
    return (quote.speaker.name if quote.speaker else None), quote.rules


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Words of rank and office between the article and the noun.
        (
            '"Talks go on," press secretary Ana Whitlock said.\n\n'
            "A senior administration official, who spoke on condition of anonymity, "
            'said the pause could last. "It depends on Beijing," the official said.',
            "a senior administration official",
        ),
        # Introduced after a clause and its comma, not beside a name.
        (
            "Two aides have left after a dispute over the budget, a White House official "
            'confirmed.\n\n"It was a mutual decision," the official said.\n\n'
            "One of them, deputy budget director Jo Carver, thanked her staff.",
            "a White House official",
        ),
    ],
)
def test_an_unnamed_source_introduced_with_modifiers_is_called_back(
    body: str, speaker: str
) -> None:
    """``A senior administration official said ... "...," the official said``: that official."""
    assert last(BRIEFING, body)[0] == speaker


def test_an_appositive_of_a_name_is_no_introduction() -> None:
    """``Tom Reyes, a senior official,`` holds the role: ``the official`` is Tom Reyes."""
    body = 'Tom Reyes, a senior official, met the envoys.\n\n"We made progress," the official said.'
    assert last(BRIEFING, body)[0] == "Tom Reyes"


def test_a_place_and_party_epithet_calls_back_the_person_just_named() -> None:
    """``Frank Devlin took the floor. ¶ "...," the Kentucky Republican said``: Devlin."""
    body = (
        "Senate Minority Leader Frank Devlin took to the floor to denounce the deal.\n\n"
        '"This bill is a monument to waste," the Kentucky Republican said.'
    )
    assert last(CAPITOL, body) == (
        "Frank Devlin",
        ("cue.after", "mention.phrase_before", "resolve.party_epithet"),
    )


def test_a_party_epithet_with_no_one_named_before_stays_a_description() -> None:
    body = 'The vote was delayed.\n\n"This bill is waste," the Kentucky Republican said.'
    assert last(CAPITOL, body)[0] == "the Kentucky Republican"


@pytest.mark.parametrize(
    ("words", "epithet"),
    [
        (["the", "Kentucky", "Republican"], True),
        (["The", "New", "York", "Democrat"], True),
        (["the", "Republican"], False),
        (["the", "veteran", "Republican"], False),
        (["the", "Kentucky", "senator"], False),
    ],
)
def test_party_epithet_shape(words: list[str], epithet: bool) -> None:
    assert is_party_epithet(words) is epithet
