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
    "Fragment",
    "Paragraph",
    "Section",
    "Span",
]

#: Version of the layout of :meth:`Article.to_dict`; raised on any change of keys.
SCHEMA_VERSION = 2


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must not be negative, got {value}")


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the source.

    :param start: Offset of the first character.
    :param end: Offset one past the last character; never less than *start*.
    """

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before its start {self.start}")

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


@attrs.frozen(slots=True)
class Defect:
    """A problem found in the input that did not stop the parse.

    :param code: A stable, machine-readable name (``no-headline``, ``unclassified-block``...).
    :param message: A sentence for people.
    :param span: Where the problem is, or ``None`` when it concerns the whole text.
    """

    code: str
    message: str
    span: Span | None = None
