"""Helpers shared by the structure tests: the kind and rule of a story's blocks."""

from __future__ import annotations

import wireparse


def rules_of(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, rule) of each block, in order."""
    return [(b.kind.value, b.rule) for b in article.blocks]


def line_kind(article: wireparse.Article, line: str) -> tuple[str, str]:
    """The (kind, rule) of the block holding *line*."""
    start = article.source.index(line)
    block = next(b for b in article.blocks if b.span.start <= start < b.span.end)
    return block.kind.value, block.rule
