"""The core nodes of the data model: spans, blocks, paragraphs, sections, defects.

Every node is a frozen, slotted attrs class.  Nodes that stand for a piece of
the input carry a :class:`Span`, a half-open range of offsets into
:attr:`Article.source`, so that ``article.source[node.span.start:node.span.end]``
is always the node's raw text.
"""

from __future__ import annotations

import enum

import attrs

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "BlockKind",
    "Copyright",
    "Defect",
    "DefectCode",
    "Fragment",
    "Paragraph",
    "Section",
    "Span",
]

#: Version of the layout of :meth:`Article.to_dict`; raised on any change of keys.
SCHEMA_VERSION = 2


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the source.

    :param start: Offset of the first character.
    :param end: Offset one past the last character; never less than *start*.
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # The three checks in one method, not two validators and this one: a
        # parse builds a span for every block, paragraph and quotation.
        start, end = self.start, self.end
        if start < 0 or end < start:
            if start < 0:
                raise ValueError(f"Span.start must not be negative, got {start}")
            if end < 0:
                raise ValueError(f"Span.end must not be negative, got {end}")
            raise ValueError(f"Span end {end} is before its start {start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of *text* that this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Return whether *other* lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """Return this span moved by *offset* characters."""
        return Span(self.start + offset, self.end + offset)


class BlockKind(enum.StrEnum):
    """What a block of the input is.  The values are the names used in output."""

    #: Site furniture: menus, share buttons, labels, counters, related links.
    FURNITURE = "furniture"
    #: The story's headline.
    HEADLINE = "headline"
    #: A byline naming the authors (``By Jane Doe``).
    BYLINE = "byline"
    #: A timestamp line (``Posted 3:54 PM, July 7, 2017``).
    TIMESTAMP = "timestamp"
    #: A section subheading between body paragraphs.
    HEADING = "heading"
    #: A paragraph of the story's running text.
    PARAGRAPH = "paragraph"
    #: A photo or video caption, or an image credit.
    CAPTION = "caption"
    #: A story highlight (CNN's ``@highlight`` bullets).
    HIGHLIGHT = "highlight"
    #: An editor's note or a developing-story note.
    NOTE = "note"
    #: A contributor or production credit line.
    CREDIT = "credit"
    #: A tagline naming the wire (``The-CNN-Wire``).
    TAGLINE = "tagline"
    #: A copyright notice.
    COPYRIGHT = "copyright"
    #: A sign-off (Reuters' ``Reuter``, ``-0-``, ``###``).
    SIGNOFF = "signoff"
    #: A separator line between parts of the copy (AP's ``___``, ``* * *``).
    SEPARATOR = "separator"
    #: A contact line naming who to reach about the story (Bloomberg's ``To
    #: contact the reporter on this story: ...`` and the names after it; an
    #: ANPA-1312 ``Contact:`` paragraph; a dpa notebook's contacts section).
    CONTACT = "contact"
    #: A publisher's standards statement or disclaimer (``Our Standards: The
    #: Thomson Reuters Trust Principles.``, ``The views expressed are the author's own.``).
    DISCLAIMER = "disclaimer"
    #: Transmission framing: control characters of a feed.
    FRAMING = "framing"
    #: A block no rule understood; also reported as a defect.
    UNCLASSIFIED = "unclassified"


@attrs.frozen(slots=True)
class Block:
    """One block of the input, as cut and classified by the parser.

    :param kind: What the block is.
    :param span: Where it is in the source.
    :param rule: The name of the rule that classified it (see :doc:`/rules`).
    :param text: The raw text of the block, ``span.of(source)``.
    """

    kind: BlockKind
    span: Span
    rule: str
    text: str


@attrs.frozen(slots=True)
class Fragment:
    """A piece of text that is not body copy: furniture, a note, a credit...

    :param text: The text with its lines joined by single spaces.
    :param span: Where it is in the source.
    """

    text: str
    span: Span


@attrs.frozen(slots=True)
class Paragraph:
    """A paragraph of the story's running text.

    :param text: The text with hard-wrapped lines joined by single spaces.
    :param span: Where it is in the source.
    """

    text: str
    span: Span


@attrs.frozen(slots=True)
class Section:
    """A run of body paragraphs under one subheading.

    :param heading: The subheading, or ``None`` for the lead section.
    :param heading_span: Where the subheading is, or ``None``.
    :param paragraphs: The section's paragraphs, in order.
    """

    heading: str | None
    heading_span: Span | None
    paragraphs: tuple[Paragraph, ...]


@attrs.frozen(slots=True)
class Copyright:
    """A copyright notice.

    :param text: The notice as written.
    :param span: Where it is in the source.
    :param year: The (first) year of the notice, if it gives one.
    :param end_year: The last year of a range such as ``2015-2017``, else ``None``.
    :param holder: The holder as written (``Cable News Network, Inc.``), if found.
    """

    text: str
    span: Span
    year: int | None
    end_year: int | None
    holder: str | None


class DefectCode(enum.StrEnum):
    """Every kind of problem a :class:`Defect` reports.  The values are the codes used in output.

    A member is a ``str``: ``defect.code == "no-headline"`` holds for the
    member :attr:`NO_HEADLINE`, and the dict and JSON forms write the value.
    """

    #: No headline was found (any input).  The span is ``None``.
    NO_HEADLINE = "no-headline"
    #: No body paragraph was found (any input).  The span is ``None``.
    NO_BODY = "no-body"
    #: No rule classified the block at the span; it is kept as an
    #: ``unclassified`` block (any input).
    UNCLASSIFIED_BLOCK = "unclassified-block"
    #: The text holds two or more feed stories (a whole capture), read as one:
    #: parse each with :func:`wireparse.iter_articles`.  The span is the empty
    #: span at the start of the second story.
    SEVERAL_STORIES = "several-stories"
    #: The text is an HTML page, parsed as text with its markup: extract the
    #: page's text first.  The span is the first tag.
    HTML_MARKUP = "html-markup"
    #: The block at the span reads as running text of real length but was
    #: classified outside the body (caption, furniture, headline...); the
    #: message names its kind and rule (:func:`wireparse.parser.prose_outside_body`).
    PROSE_OUTSIDE_BODY = "prose-outside-body"
    #: A quotation mark opens a quotation that never closes, in its paragraph
    #: or in the paragraphs that carry it on; the span is the opening mark.
    UNCLOSED_QUOTE = "unclosed-quote"
    #: A closing double quotation mark has no opening mark; the span is the mark.
    UNOPENED_QUOTE = "unopened-quote"
    #: The quotation stage stopped on an error of its own, a bug in wireparse
    #: (please report it with the input): the article keeps its structure and
    #: metadata, with no quotations, attributions or people.  The message
    #: names the error; the span is ``None`` (any input).
    QUOTATIONS_FAILED = "quotations-failed"
    #: A feed story does not start with its format's header (``SYN SYN SOH``,
    #: ``SOH``, the ``ZCZC`` line): it may be the tail of a truncated
    #: transmission (ANPA-1312, IPTC 7901, ZCZC).  The span is ``None``.
    FEED_MISSING_HEADER = "feed-missing-header"
    #: A feed header line is there but does not parse; the span is the line
    #: (ANPA-1312, IPTC 7901).
    FEED_BROKEN_HEADER = "feed-broken-header"
    #: No ``STX`` after the feed header (ANPA-1312, IPTC 7901).
    FEED_MISSING_STX = "feed-missing-stx"
    #: The headline block after ``STX`` does not end with ``=`` (IPTC 7901).
    FEED_HEADLINE_UNTERMINATED = "feed-headline-unterminated"
    #: The story ends without ``ETX`` and its signature: it may be truncated
    #: (ANPA-1312, IPTC 7901).  The span is the empty span at the end of the text.
    FEED_MISSING_ETX = "feed-missing-etx"
    #: The text after ``ETX`` is not a signature, or the signature names an
    #: impossible date (ANPA-1312, IPTC 7901).
    FEED_BAD_TRAILER = "feed-bad-trailer"
    #: Text before the feed header, such as the tail of an earlier, truncated
    #: story; it is kept and parsed as text (ANPA-1312, IPTC 7901, ZCZC).
    FEED_LEADING_TEXT = "feed-leading-text"
    #: Text after the end of the feed story (after the trailer, or after
    #: ``NNNN``); it is kept and parsed as text (ANPA-1312, IPTC 7901, ZCZC).
    FEED_TRAILING_TEXT = "feed-trailing-text"
    #: The feed text holds replacement characters (U+FFFD) or C1 control
    #: characters: the bytes were decoded with the wrong encoding, or were
    #: damaged (ANPA-1312, IPTC 7901).  The span is the first such character.
    FEED_UNDECODABLE = "feed-undecodable"


@attrs.frozen(slots=True)
class Defect:
    """A problem found in the input that did not stop the parse.

    :param code: What kind of problem it is, a :class:`DefectCode` (a string
        such as ``"no-headline"`` is converted to its member; an unknown code
        raises :class:`ValueError`).
    :param message: A sentence for people.
    :param span: Where the problem is, or ``None`` when it concerns the whole text.
    """

    code: DefectCode = attrs.field(converter=DefectCode)
    message: str
    span: Span | None = None
