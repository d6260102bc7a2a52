"""A readable report of how an article was parsed, block by block."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wireparse.model import Article

__all__ = ["explain"]

_WIDTH = 60


def explain(article: Article) -> str:
    """Return a table with one row per block (position, kind, rule, opening text).

    One row per quotation follows: its kind, its speaker, its opening words
    and the names of the rules that chose the speaker
    (:mod:`wireparse.quotations.rules`).
    """
    rows = [f"{'#':>3}  {'span':>13}  {'kind':<12}  {'rule':<24}  text"]
    for n, block in enumerate(article.blocks):
        opening = " ".join(block.text.split())
        if len(opening) > _WIDTH:
            opening = opening[: _WIDTH - 1] + "…"
        span = f"{block.span.start}-{block.span.end}"
        rows.append(f"{n:>3}  {span:>13}  {block.kind.value:<12}  {block.rule:<24}  {opening}")
    for n, quote in enumerate(article.quotes):
        # Who said each quotation, and the rules that decided it.
        who = quote.speaker.name if quote.speaker is not None else "?"
        opening = " ".join(quote.text.split())
        if len(opening) > _WIDTH // 2:
            opening = opening[: _WIDTH // 2 - 1] + "…"
        why = ", ".join(quote.rules) if quote.rules else "no speaker found"
        rows.append(f"quote {n} ({quote.kind.value}) {who}: “{opening}” [{why}]")
    for defect in article.defects:
        where = f" at {defect.span.start}-{defect.span.end}" if defect.span else ""
        rows.append(f"defect {defect.code}{where}: {defect.message}")
    return "\n".join(rows)
