"""A slogan noun used as a verb before a short quotation leaves the quotation speech."""

from __future__ import annotations

import pytest

import wireparse
from wireparse import QuoteKind

LEAD = "Harborton ferry bill clears council\n\nThe council passed the ferry bill on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "kind", "speaker"),
    [
        (
            'Mayor Ada Marsh said she would sign it "in a heartbeat."',
            QuoteKind.PARTIAL,
            "Ada Marsh",
        ),
        ('Protesters waved signs reading "Save the ferry."', QuoteKind.FULL, None),
        ('Marchers carried a banner, "Ferries for all."', QuoteKind.SLOGAN, None),
    ],
)
def test_slogan_noun_or_verb(body: str, kind: QuoteKind, speaker: str | None) -> None:
    article = wireparse.parse(LEAD + body + "\n\nThe vote was 6-1.\n")
    # Speech is in quotes, the other quoted words in quoted.
    found = [q for q in (*article.quotes, *article.quoted) if q.text in body]
    assert len(found) == 1
    quote = found[0]
    assert quote.kind is kind
    assert (quote.speaker.name if quote.speaker else None) == speaker
