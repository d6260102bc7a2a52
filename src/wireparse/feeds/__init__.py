"""Raw agency feed formats: framing, headers, detection and stream splitting.

The core parser uses this package in three steps::

    from wireparse.feeds import detect, read_story

    detection = detect(text)                     # anpa1312, iptc7901, zczc or text
    story = read_story(text, detection.format)   # envelope, trailer, segments, defects
    for segment in story.segments:
        if segment.kind is None:
            ...  # generic text: cut and classify segment.span as usual
        else:
            ...  # the feed grammar already says what it is

Streams holding many stories are split with :func:`split_stories` (offsets in
a ``str``) or read incrementally with :func:`iter_stories`; feed bytes are
decoded story by story with :func:`decode_feed`.  :func:`normalise_anpa` makes
ANPA's typewriter quotes and dashes typographic without moving any offset.

Each format is a :class:`FeedFormat` plugin in the registry; a new one is one
module and one :func:`register` call (see :doc:`/feeds`).
"""

from __future__ import annotations

from wireparse.feeds.anpa import normalise_anpa
from wireparse.feeds.base import (
    FORMAT_ANPA,
    FORMAT_IPTC7901,
    FORMAT_TEXT,
    FORMAT_ZCZC,
    BlockReader,
    FeedFormat,
    FeedStory,
    Segment,
    segment_lines,
)
from wireparse.feeds.detect import Detection, detect, read_feed
from wireparse.feeds.registry import (
    FEED_FORMATS,
    FORMAT_NAMES,
    TEXT_FORMAT,
    format_names,
    formats,
    get_format,
    read_story,
    register,
    registered,
    unregister,
)
from wireparse.feeds.stream import (
    decode_feed,
    iter_stories,
    most_story_starts,
    split_stories,
    story_start,
    story_start_bytes,
    story_starts,
)

__all__ = [
    "FEED_FORMATS",
    "FORMAT_ANPA",
    "FORMAT_IPTC7901",
    "FORMAT_NAMES",
    "FORMAT_TEXT",
    "FORMAT_ZCZC",
    "TEXT_FORMAT",
    "BlockReader",
    "Detection",
    "FeedFormat",
    "FeedStory",
    "Segment",
    "decode_feed",
    "detect",
    "format_names",
    "formats",
    "get_format",
    "iter_stories",
    "most_story_starts",
    "normalise_anpa",
    "read_feed",
    "read_story",
    "register",
    "registered",
    "segment_lines",
    "split_stories",
    "story_start",
    "story_start_bytes",
    "story_starts",
    "unregister",
]
