"""An invented feed format, ``take``, as a plugin: a ``==TAKE <n>`` line, a headline, the text.

The example of "Adding a format" in docs/feeds.rst: one module, one
:func:`wireparse.feeds.register` call.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 (the reader's signature)
from typing import ClassVar

import attrs
import regex

from wireparse.feeds.base import Builder, FeedFormat, FeedStory
from wireparse.model import BlockKind, Envelope, Span
from wireparse.reading.source import split_lines

#: The header line: ``==TAKE 7``.
HEADER = regex.compile(r"==TAKE (?P<number>[0-9]{1,6})")


@attrs.frozen(slots=True, kw_only=True)
class TakeEnvelope(Envelope):
    """The ``==TAKE`` line.

    :param raw: The line as written.
    :param span: Where it is.
    :param number: The take number, as written.
    """

    format_name: ClassVar[str] = "take"

    number: str | None = None


def detect(text: str) -> tuple[int, tuple[str, ...]]:
    """Score a text: 5 for a ``==TAKE`` line."""
    m = HEADER.search(text)
    return (5, (f"==TAKE at {m.start()}",)) if m else (0, ())


def read(text: str, reference_date: dt.date | None = None) -> FeedStory:
    """Cut one story: the header line, the headline, then generic text."""
    builder = Builder(text, "take")
    lines = [ln for ln in split_lines(text) if text[ln.start : ln.end].strip()]
    m = HEADER.match(text, lines[0].start, lines[0].end) if lines else None
    envelope = None
    body = 0
    if m is None:
        builder.defect("feed-missing-header", "no ==TAKE line at the start")
    else:
        builder.add(m.start(), m.end(), BlockKind.FRAMING, "header")
        envelope = TakeEnvelope(raw=m.group(), span=Span(*m.span()), number=m["number"])
        if len(lines) > 1:
            builder.add(lines[1].start, lines[1].end, BlockKind.HEADLINE, "headline")
            body = lines[1].end
    builder.generic(body, len(text), "body")
    segments, defects = builder.finish()
    return FeedStory(format="take", envelope=envelope, segments=segments, defects=defects)


#: The format: its name, detection, reader, story start and envelope class.
FORMAT = FeedFormat(
    name="take",
    description="an invented format: a ==TAKE line, a headline, the text",
    detect=detect,
    read=read,
    story_start=r"(?<![^\n])==TAKE ",
    story_hints=("==TAKE",),
    envelope=TakeEnvelope,
)
