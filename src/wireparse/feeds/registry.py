"""The registry of feed formats, and reading a story by format name.

Adding a format is one module that defines a :class:`~wireparse.feeds.base.FeedFormat`
named ``FORMAT``, one line in :data:`FEED_FORMATS` and its tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wireparse.feeds import anpa, iptc7901, zczc
from wireparse.feeds.base import FORMAT_TEXT, FeedFormat, FeedStory, text_story

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["FEED_FORMATS", "FORMAT_NAMES", "get_format", "read_story"]

#: The known feed formats, in order of precedence when detection ties.
FEED_FORMATS: tuple[FeedFormat, ...] = (anpa.FORMAT, iptc7901.FORMAT, zczc.FORMAT)

#: Every format name :func:`read_story` accepts, ``text`` included.
FORMAT_NAMES: tuple[str, ...] = (*(f.name for f in FEED_FORMATS), FORMAT_TEXT)


def get_format(name: str) -> FeedFormat | None:
    """Return the registered format called *name*, or ``None`` (also for ``text``)."""
    for feed_format in FEED_FORMATS:
        if feed_format.name == name:
            return feed_format
    return None


def read_story(text: str, format: str, *, reference_date: dt.date | None = None) -> FeedStory:
    """Cut one story of a feed by its format's grammar.

    Damage in the story never raises: it is reported in
    :attr:`~wireparse.feeds.FeedStory.defects`.

    :param text: The story's text (one story; see
        :func:`~wireparse.feeds.split_stories` for streams).
    :param format: The format, as :func:`~wireparse.feeds.detect` names it:
        ``anpa1312``, ``iptc7901``, ``zczc`` or ``text``.
    :param reference_date: Gives the year of end signatures that have none
        (IPTC 7901's ``ddhhmm Mon``); never the clock.
    :returns: The story's envelope, trailer, segments and defects.
    :raises TypeError: When *text* is not a ``str``.
    :raises ValueError: When *format* is not a known format name.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_story() takes str, not {type(text).__name__}")
    if format == FORMAT_TEXT:
        return text_story(text, reference_date)
    feed_format = get_format(format)
    if feed_format is None:
        known = ", ".join(FORMAT_NAMES)
        raise ValueError(f"unknown feed format {format!r}; known: {known}")
    return feed_format.read(text, reference_date)
