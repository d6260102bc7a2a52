"""Helpers shared by the speaker-convention tests: parse a story, read its quotations."""

from __future__ import annotations

import wireparse
from wireparse import SourceKind


def last_quote(lead: str, body: str) -> tuple[str | None, SourceKind | None, tuple[str, ...]]:
    """Parse *lead* and *body* as one story; return its last quotation's speaker, kind and rules.

    The story must hold a quotation.  A quotation with no speaker gives
    ``(None, None, rules)``.
    """
    article = wireparse.parse(lead + body + "\n")
    assert article.quotes
    quote = article.quotes[-1]
    if quote.speaker is None:
        return None, None, quote.rules
    return quote.speaker.name, quote.speaker.kind, quote.rules


def quote_speakers(lead: str, body: str) -> list[str | None]:
    """Parse *lead* and *body* as one story; return the speakers of its quotations, in order.

    The story must hold a quotation.
    """
    article = wireparse.parse(lead + body + "\n")
    assert article.quotes
    return [q.speaker.name if q.speaker else None for q in article.quotes]
