"""A business word inside a public body's name is no second business."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import last_quote

LEAD = "Regulators fined Redwater Power $4 million on Thursday over a 2024 blackout.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "Commissioner Lena Ostrov of the Delmar Public Utilities Commission voted for the fine.",
        "The Harbor Energy Board backed the fine unanimously.",
    ],
)
def test_the_utility_is_the_one_business(body: str) -> None:
    quote = '\n\n"We have changed how we inspect every line," the utility said in a statement.\n'
    name, _, rules = last_quote(LEAD, body + quote)
    assert name == "Redwater Power"
    assert "resolve.role_noun" in rules


def test_two_businesses_still_give_none() -> None:
    body = (
        "Regulators also fined Coastline Energy.\n\n"
        '"We have changed how we inspect every line," the utility said.\n'
    )
    name, _, _ = last_quote(LEAD, body)
    assert name == "the utility"
