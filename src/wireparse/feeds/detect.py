"""Detection of the feed format of a text.

Each registered format scores the text and says what it saw; the highest score
wins, ties going to the format registered first.  Text that no format claims
is ``text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from wireparse.feeds.base import FORMAT_TEXT, FeedStory
from wireparse.feeds.registry import formats, read_story
from wireparse.feeds.stream import decode_feed

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["Detection", "detect", "read_feed"]


@attrs.frozen(slots=True)
class Detection:
    """The detected feed format of a text, and why.

    :param format: ``anpa1312``, ``iptc7901``, ``zczc``, a registered format's
        name, or ``text``.
    :param evidence: What was seen, for people (``SYN SYN SOH at 0``,
        ``ETX trailer 'AP-WF-11-13-13 1509GMT'``).
    :param score: The winning format's score (0 for ``text``).
    """

    format: str
    evidence: tuple[str, ...] = ()
    score: int = 0


def detect(text: str | bytes | bytearray | memoryview) -> Detection:
    """Name the feed format of *text*, given as ``str`` or as bytes.

    Bytes (or another bytes-like object) are decoded as a feed capture is,
    story by story (:func:`~wireparse.feeds.decode_feed`), as
    :func:`wireparse.parse` takes bytes too.  Linear in the length of *text*;
    never raises for any ``str`` or bytes.

    :param text: The text or bytes of a story or a stream of stories.
    :returns: The format and the evidence for it.
    :raises TypeError: When *text* is neither ``str`` nor bytes-like.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        text = decode_feed(bytes(text))[0]
    elif not isinstance(text, str):
        raise TypeError(f"detect() takes str or bytes, not {type(text).__name__}")
    best = Detection(FORMAT_TEXT)
    for feed_format in formats():
        score, evidence = feed_format.detect(text)
        if score > best.score:
            best = Detection(feed_format.name, evidence, score)
    return best


def read_feed(text: str, *, reference_date: dt.date | None = None) -> FeedStory:
    """Detect the format of one story and read it: :func:`detect` then :func:`read_story`.

    :param text: The story's text.
    :param reference_date: See :func:`~wireparse.feeds.read_story`.
    :returns: The story as its detected format's grammar cuts it.
    """
    return read_story(text, detect(text).format, reference_date=reference_date)
