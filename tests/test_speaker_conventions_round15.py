"""Speaker conventions of round 15 of the English probes: US political copy (invented text only)."""

from __future__ import annotations

import pytest

import wireparse

#: The headline and dateline of a story from a state capital.
CAPITAL = "Budget talks stall\n\nCOLUMBUS, Ohio — "


def speakers(body: str) -> list[str | None]:
    """Parse a political story of *body*; return the speakers of its quotations, in order."""
    article = wireparse.parse(CAPITAL + body + "\n")
    assert article.quotes
    return [q.speaker.name if q.speaker else None for q in article.quotes]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the No. 2 Democrat", "the No. 2 Democrat"),
        ("the No. 3 Republican", "the No. 3 Republican"),
        ("the No. 2 official at the agency", "the No. 2 official at the agency"),
    ],
)
def test_rank_by_number_after_an_inverted_cue(subject: str, speaker: str) -> None:
    """``"...," said the No. 2 Democrat``: the rank opens the source read forward."""
    body = f'The leaders huddled for an hour.\n\n"We have the votes on this one," said {subject}.'
    assert speakers(body) == [speaker]
