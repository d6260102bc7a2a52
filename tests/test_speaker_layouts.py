"""Speaker conventions of layouts that are not running prose (invented text only)."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

#: The headline, byline and lead of a roundup of reactions.
ROUNDUP = (
    "Town reacts to the ferry's last sailing\n\nBy Ines Larkin\n\n"
    "DUNMORE, Maine — The Gull Island ferry made its last run on Sunday. "
    "We asked people on the pier what they thought.\n\n"
)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Wendell Osgood, 71", "Wendell Osgood"),
        ("Priya Castellan, owner of the Dockside Cafe", "Priya Castellan"),
        ("Harbor pilot Amos Treadwell, in a post on the pilots' forum", "Amos Treadwell"),
        ("Noor Haddad, a deckhand for 12 years", "Noor Haddad"),
    ],
)
def test_roundup_label_with_a_credit_before_its_colon(label: str, name: str) -> None:
    """``Wendell Osgood, 71: "..."``: an age, a role or where it was posted before the colon."""
    body = f'{label}: "I rode that boat to school every day for eight years."'
    assert quote_speakers(ROUNDUP, body) == [name]


def test_roundup_labels_with_credits_each_name_their_own_speaker() -> None:
    """A run of labelled paragraphs gives each quotation the name of its own label."""
    body = (
        'Wendell Osgood, 71: "I rode that boat to school."\n\n'
        'Priya Castellan, owner of the Dockside Cafe: "Sundays will be quiet now."'
    )
    assert quote_speakers(ROUNDUP, body) == ["Wendell Osgood", "Priya Castellan"]


def test_a_place_and_a_time_before_a_colon_is_no_label() -> None:
    """``Dunmore Harbor, at dawn on Sunday:`` sets a scene: no person's credit, no speaker."""
    body = 'Dunmore Harbor, at dawn on Sunday: "Last call for Gull Island."'
    assert quote_speakers(ROUNDUP, body) == [None]
