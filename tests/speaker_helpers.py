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


def speakers(text: str, language: str | None = None) -> list[str | None]:
    """Parse *text* in *language* (detected when ``None``); return its quotations' speakers.

    A quotation with no speaker gives ``None``; the list is in the text's order.
    """
    article = wireparse.parse(text, language=language)
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def quote_rules(text: str, language: str | None = None) -> list[tuple[str, ...]]:
    """Parse *text* in *language* (detected when ``None``); return each quotation's rule chain."""
    return [q.rules for q in wireparse.parse(text, language=language).quotes]
