"""Speaker conventions of round 17 of the English probes: schools, transport, technology,
entertainment, obituaries, charities, labour and farm copy (invented)."""

from __future__ import annotations

import pytest

import wireparse
from wireparse import QuoteKind

#: The headline and dateline of an entertainment story.
SHOWBIZ = "Star hurt on set\n\nBURBANK, Calif. (Wire) — "


@pytest.mark.parametrize(
    "work",
    [
        'the legal drama "Harbor Court"',
        'the comedy "Two Ferries"',
        'the spy thriller "Cold Quay"',
        'the sitcom "Dock Ten"',
        'the miniseries "Salt Road"',
        'the sequel "Low Water Two"',
    ],
)
def test_a_work_named_by_its_genre_is_a_title(work: str) -> None:
    """``Ada Roe quit the legal drama "Harbor Court", her agent said.``: no speech."""
    article = wireparse.parse(
        f"{SHOWBIZ}Ada Roe has left {work} after a fall, her agent said.\n\n"
        '"She is resting at home," the agent said.\n'
    )
    assert [q.text for q in article.quotes] == ["She is resting at home,"]
    assert [q.kind for q in article.quoted] == [QuoteKind.TITLE]
