"""A noun of a person's age calls back the one person given an age of its span."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

LEAD = "Runners crowded the harbour road for the Portvale 10K on Sunday.\n\n"


@pytest.mark.parametrize(
    ("intro", "noun", "name"),
    [
        ("Tomas Ekdahl, 17, finished third.", "the teenager", "Tomas Ekdahl"),
        (
            "Tomas, 15, ran with his school team. Tomas Ekdahl finished third.",
            "the teen",
            "Tomas Ekdahl",
        ),
        ("Greta Lund, 84, walked the course.", "the octogenarian", "Greta Lund"),
    ],
)
def test_age_noun_is_the_one_person_of_that_age(intro: str, noun: str, name: str) -> None:
    body = (
        f"{intro} Race director Pia Holm, 52, handed out the medals.\n\n"
        f'"My legs gave out at the last hill," {noun} said.\n'
    )
    assert quote_speakers(LEAD, body) == [name]


def test_two_people_of_the_span_give_none() -> None:
    body = (
        "Tomas Ekdahl, 17, finished third and Ida Berg, 16, fourth.\n\n"
        '"My legs gave out at the last hill," the teenager said.\n'
    )
    assert quote_speakers(LEAD, body) == ["the teenager"]


def test_an_unnamed_teenager_stays_a_description() -> None:
    body = (
        "Police Chief Ann Roe, 49, said a teenager fell near the finish.\n\n"
        '"My legs gave out at the last hill," the teenager said.\n'
    )
    assert quote_speakers(LEAD, body) == ["the teenager"]
