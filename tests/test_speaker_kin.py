"""Nouns of kin that call back a person named by the given name, or one of a couple."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

LEAD = "A fire destroyed two barns outside Alder Creek on Sunday.\n\n"


def test_kin_named_by_the_given_name_alone() -> None:
    body = (
        "Kyle Dorn lives with his wife, Ana, on the farm.\n\n"
        '"It was all we had," his wife said.\n\n'
        '"We start again on Monday," Dorn said.\n'
    )
    assert quote_speakers(LEAD, body) == ["Ana", "Kyle Dorn"]


def test_her_husband_in_a_named_couple() -> None:
    body = (
        "Dale and Annie Greer slept in their truck.\n\n"
        '"It sounded like a freight train," Annie Greer said.\n\n'
        '"Never seen anything like it," her husband said.\n\n'
        '"We will rebuild the barn," his wife said.\n'
    )
    assert quote_speakers(LEAD, body) == ["Annie Greer", "Dale Greer", "Annie Greer"]


@pytest.mark.parametrize(
    "couple",
    [
        "Pat and Annie Greer",  # Pat: a name of either gender
        "Tom and Dale Greer",  # two men: brothers, no husband
    ],
)
def test_no_spouse_without_a_couple_of_two_genders(couple: str) -> None:
    body = f'{couple} slept in their truck.\n\n"Never seen anything like it," her husband said.\n'
    assert quote_speakers(LEAD, body) == ["her husband"]
