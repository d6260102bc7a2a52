"""``the elder`` and ``the younger`` with a surname pick one of two relatives."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

LEAD = "Orchard growers on the ridge fear a second dry summer.\n\n"
QUOTES = (
    '"This is the driest spring I have seen," the elder Sandvik said.\n\n'
    '"We may plant fewer trees," the younger Sandvik said.\n'
)


@pytest.mark.parametrize(
    "family",
    [
        # Ages in commas after both names.
        "Rune Sandvik, 74, planted the trees. His daughter, Maren Sandvik, 41, runs the farm.",
        # The ages alone, no noun of kin.
        "Maren Sandvik, 41, runs the farm. Rune Sandvik, 74, planted the first trees.",
        # A noun of kin before one name tells both.
        "Rune Sandvik planted the first trees. His daughter, Maren Sandvik, runs the farm.",
        "Maren Sandvik runs the farm. Her father, Rune Sandvik, planted the first trees.",
    ],
)
def test_elder_and_younger(family: str) -> None:
    assert quote_speakers(LEAD, family + "\n\n" + QUOTES) == ["Rune Sandvik", "Maren Sandvik"]


def test_nothing_to_tell_them_apart_keeps_the_name_form() -> None:
    family = "Rune Sandvik planted the first trees. Maren Sandvik runs the farm."
    speakers = quote_speakers(LEAD, family + "\n\n" + QUOTES)
    # No age and no kin: the younger is not guessed; both stay one form of the name.
    assert speakers[0] == speakers[1]
