"""The registry of feed formats, and reading a story by format name.

A format is a :class:`~wireparse.feeds.base.FeedFormat` object.  Adding one is
one module that defines it and one call::

    from wireparse import feeds

    feeds.register(MY_FORMAT)            # detected, split, parsed from now on
    with feeds.registered(MY_FORMAT):    # or only inside the block (tests)
        ...

Detection, the stream splitter (:func:`~wireparse.feeds.split_stories`), the
parser and the dict form ask the registry; none of them names a format.  The
built-in formats (:data:`FEED_FORMATS`) are registered at import.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from wireparse.feeds import anpa, iptc7901, zczc
from wireparse.feeds.base import FORMAT_TEXT, FeedFormat, FeedStory, text_story
from wireparse.model.envelopes import register_envelope, unregister_envelope

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

__all__ = [
    "FEED_FORMATS",
    "FORMAT_NAMES",
    "TEXT_FORMAT",
    "format_names",
    "formats",
    "get_format",
    "read_story",
    "register",
    "registered",
    "unregister",
]

#: The built-in feed formats, in order of precedence when detection ties.
FEED_FORMATS: tuple[FeedFormat, ...] = (anpa.FORMAT, iptc7901.FORMAT, zczc.FORMAT)

#: The built-in format names, ``text`` included (:func:`format_names` adds
#: the registered ones).
FORMAT_NAMES: tuple[str, ...] = (*(f.name for f in FEED_FORMATS), FORMAT_TEXT)


def _never(text: str) -> tuple[int, tuple[str, ...]]:
    """Plain text is what no format claims: it never scores."""
    return 0, ()


#: Text without feed framing: the format of whatever no registered format
#: claims.  It has no reader: the whole text is cut into blocks and classified
#: by its rule preset, :data:`wireparse.structure.rules.BLOCK_RULES` and
#: :data:`~wireparse.structure.rules.LAYOUT_RULES`.
TEXT_FORMAT = FeedFormat(
    name=FORMAT_TEXT,
    description="text without feed framing (web copy, agency copy as text)",
    detect=_never,
    read=None,
)


class _Registry:
    """The registered formats: a tuple replaced whole, so readers need no lock."""

    __slots__ = ("formats", "lock")

    def __init__(self, formats: tuple[FeedFormat, ...]) -> None:
        self.formats = formats
        self.lock = threading.Lock()


_REGISTRY = _Registry(FEED_FORMATS)


def formats() -> tuple[FeedFormat, ...]:
    """The registered feed formats, in order of precedence (``text`` is not one)."""
    return _REGISTRY.formats


def format_names() -> tuple[str, ...]:
    """Every format name :func:`read_story` and :func:`wireparse.parse` accept, ``text`` last."""
    return (*(f.name for f in _REGISTRY.formats), FORMAT_TEXT)


def register(feed_format: FeedFormat, *, first: bool = False) -> None:
    """Register a feed format: detection, stream splitting and parsing use it from now on.

    Its envelope class, if any, is registered for the dict form
    (:func:`wireparse.model.envelopes.register_envelope`).

    :param feed_format: The format.
    :param first: Put it before the others when detection scores tie
        (after them by default).
    :raises ValueError: When a format of that name is registered already, or
        the name is ``text``, or the envelope class names another format.
    """
    name = feed_format.name
    envelope = feed_format.envelope
    if envelope is not None and envelope.format_name != name:
        raise ValueError(f"{envelope.__name__}.format_name is not {name!r}")
    with _REGISTRY.lock:
        if name == FORMAT_TEXT or any(f.name == name for f in _REGISTRY.formats):
            raise ValueError(f"a feed format called {name!r} is registered already")
        if first:
            _REGISTRY.formats = (feed_format, *_REGISTRY.formats)
        else:
            _REGISTRY.formats = (*_REGISTRY.formats, feed_format)
        if envelope is not None:
            register_envelope(envelope)


def unregister(name: str) -> FeedFormat:
    """Remove the format called *name* from the registry, and its envelope class.

    :param name: The format's name.
    :returns: The format removed.
    :raises ValueError: When no format of that name is registered.
    """
    with _REGISTRY.lock:
        found = get_format(name)
        if found is None:
            raise ValueError(f"no feed format called {name!r} is registered")
        _REGISTRY.formats = tuple(f for f in _REGISTRY.formats if f is not found)
        if found.envelope is not None:
            unregister_envelope(found.envelope)
    return found


@contextlib.contextmanager
def registered(feed_format: FeedFormat, *, first: bool = False) -> Iterator[FeedFormat]:
    """Register *feed_format* for the duration of a ``with`` block (see :func:`register`)."""
    register(feed_format, first=first)
    try:
        yield feed_format
    finally:
        unregister(feed_format.name)


def get_format(name: str) -> FeedFormat | None:
    """Return the registered format called *name*, or ``None`` (also for ``text``)."""
    for feed_format in _REGISTRY.formats:
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
        ``anpa1312``, ``iptc7901``, ``zczc``, ``text`` or a registered one.
    :param reference_date: Gives the year of end signatures that have none
        (IPTC 7901's ``ddhhmm Mon``); never the clock.
    :returns: The story's envelope, trailer, segments and defects.
    :raises TypeError: When *text* is not a ``str``.
    :raises ValueError: When *format* is not a known format name.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_story() takes str, not {type(text).__name__}")
    feed_format = get_format(format)
    if feed_format is None or feed_format.read is None:
        if format == FORMAT_TEXT or feed_format is not None:
            return text_story(text, reference_date)
        known = ", ".join(format_names())
        raise ValueError(f"unknown feed format {format!r}; known: {known}")
    return feed_format.read(text, reference_date)
