"""The immutable data model of a parsed article.

Every node is a frozen, slotted attrs class.  Nodes that stand for a piece of
the input carry a :class:`Span`, a half-open range of offsets into
:attr:`Article.source`, so that ``article.source[node.span.start:node.span.end]``
is always the node's raw text.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from wireparse.agencies import AgencyDecision
    from wireparse.bylines import Byline
    from wireparse.credits import Credit
    from wireparse.datelines import Dateline
    from wireparse.feeds.base import Envelope, Trailer
    from wireparse.people import Person
    from wireparse.quotes import Attribution, Quote

__all__ = [
    "SCHEMA_VERSION",
    "Article",
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


@attrs.frozen(slots=True, kw_only=True)
class Article:
    """A parsed news-wire story.

    Build one with :func:`wireparse.parse`.  All fields are read-only.

    :param source: The decoded input text, untouched.
    :param encoding: The encoding the input bytes were decoded with, or ``None``
        when a ``str`` was given.
    :param format: The input's format: ``"text"``, or a raw feed format
        (``"anpa1312"``, ``"iptc7901"``, ``"zczc"``).
    :param language: The story's language, an ISO 639-1 code (``"en"``,
        ``"de"``, ``"fr"``, ``"es"``): the one the caller gave, else the one
        the feed envelope states, else the one detected from the body's
        function words (:mod:`wireparse.language`); ``None`` when unknown.
    :param envelope: A feed story's typed header, with the raw header kept.
    :param trailer: A feed story's end signature, with its timestamp.
    :param headline: The headline text, or ``None``.
    :param headline_span: Where the headline is.
    :param sections: The body, as sections with their subheadings.
    :param copyright: The copyright notice, if any.
    :param notes: Editor's notes and developing-story notes.
    :param credits: Contributor and production credit lines, each with the
        roles and people read from it (none when no role was read).
    :param taglines: Taglines naming the wire service.
    :param signoffs: Sign-offs and end marks.
    :param captions: Photo and video captions and image credits.
    :param highlights: Story highlights.
    :param bylines: Byline blocks as written (parsed bylines come with the metadata).
    :param timestamps: Timestamp lines as written.
    :param boilerplate: Site furniture around the story.
    :param byline: The parsed byline: names, title, agency; with the
        lines that carry it on (AP's ``AP Sports Writer`` under ``By JANE DOE``).
    :param dateline: The lead's dateline: place, agency tag, date, span.
    :param agency: The organisation that wrote the story, canonical short name.
    :param agency_decision: How the agency was decided, with the evidence.
    :param published: The publication date or time the text states: from
        the timestamp lines, else the dateline's date, else a feed trailer's
        time, else the update time.
    :param updated: The time of the last update, from a timestamp labelled
        ``Updated`` (``Last updated at``, ``Modified``), else ``None``.
    :param quotes: Quotations of speech in the body, with their speakers.
    :param quoted: Quoted spans that are not speech (scare quotes, titles,
        nicknames, slogans), with their kind.
    :param attributions: Attributions without quotation marks.
    :param people: The people and organisations the speakers resolved to.
    :param blocks: Every block of the input in order, with its kind and rule.
    :param defects: Problems found while parsing.
    """

    source: str
    encoding: str | None = None
    format: str = "text"
    language: str | None = None
    envelope: Envelope | None = None
    trailer: Trailer | None = None
    headline: str | None = None
    headline_span: Span | None = None
    sections: tuple[Section, ...] = ()
    copyright: Copyright | None = None
    notes: tuple[Fragment, ...] = ()
    credits: tuple[Credit, ...] = ()
    taglines: tuple[Fragment, ...] = ()
    signoffs: tuple[Fragment, ...] = ()
    captions: tuple[Fragment, ...] = ()
    highlights: tuple[Fragment, ...] = ()
    bylines: tuple[Fragment, ...] = ()
    timestamps: tuple[Fragment, ...] = ()
    boilerplate: tuple[Fragment, ...] = ()
    byline: Byline | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    agency_decision: AgencyDecision | None = None
    published: dt.datetime | dt.date | None = None
    updated: dt.datetime | dt.date | None = None
    quotes: tuple[Quote, ...] = ()
    quoted: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    people: tuple[Person, ...] = ()
    blocks: tuple[Block, ...] = ()
    defects: tuple[Defect, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All body paragraphs, in order, across sections."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def body(self) -> str:
        """The body paragraphs' text, separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def blocks_of(self, kind: BlockKind) -> Iterator[Block]:
        """Yield the blocks of one kind, in order."""
        return (b for b in self.blocks if b.kind is kind)

    def explain(self) -> str:
        """Return a table of every block with its kind, rule and opening text."""
        from wireparse.explain import explain

        return explain(self)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready dicts, lists, strings and numbers.

        Spans become ``[start, end]`` pairs, dates ISO 8601 text; the keys are
        stable, described by a JSON Schema, and versioned by the
        ``schema_version`` key (see :mod:`wireparse.serialise`).
        """
        from wireparse.serialise import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read an article back from the dict form :meth:`to_dict` returns.

        ``Article.from_dict(article.to_dict()) == article`` for every article.

        :raises wireparse.serialise.SchemaError: When *data* is not that form.
        """
        from wireparse.serialise import from_dict

        return from_dict(data)
