"""A body's name read from a run of capitals opens after the sentence's end."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import last_quote

LEAD = "Ferry traffic across the sound resumed on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("named", "noun", "name"),
    [
        (
            "Ferries stopped on Monday. Kestrel Mining shut its pier.",
            "the company",
            "Kestrel Mining",
        ),
        (
            "The storm hit on Monday. St. Brendan Medical Center treated six people.",
            "the hospital",
            "St. Brendan Medical Center",
        ),
        (
            "Crews worked late Sunday. Harbor Pilots Guild members refused to sail.",
            "the union",
            "Harbor Pilots Guild",
        ),
    ],
)
def test_name_opens_after_the_sentence_end(named: str, noun: str, name: str) -> None:
    body = f'{named}\n\n"We had no choice but to stop," {noun} said.\n'
    assert last_quote(LEAD, body)[0] == name
