"""``the charity`` calls back the one body the story names by its kind's word."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

LEAD = "Coastal towns will lose three lifeboat stations, the coastguard said on Monday.\n\n"


@pytest.mark.parametrize(
    ("named", "name"),
    [
        ("The Harborton Lifeboat Trust", "Harborton Lifeboat Trust"),
        ("The Moorcroft Foundation", "Moorcroft Foundation"),
        ("The Coastal Rescue Appeal", "Coastal Rescue Appeal"),
    ],
)
def test_the_charity_is_the_one_named_charity(named: str, name: str) -> None:
    body = (
        f"{named} runs two of the stations.\n\n"
        '"Crews will be further from those who need them," the charity said in a statement.\n\n'
        '"We will keep the boats on the water," the charity added.\n'
    )
    assert quote_speakers(LEAD, body) == [name, name]


def test_two_charities_give_none() -> None:
    body = (
        "The Harborton Lifeboat Trust and the Moorcroft Foundation run the stations.\n\n"
        '"Crews will be further from the people who need them," the charity said.\n'
    )
    assert quote_speakers(LEAD, body) == ["the charity"]
