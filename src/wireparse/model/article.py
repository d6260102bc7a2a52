"""The article: the root node of the data model."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 (the dict form reads the type hints at run time)
from typing import TYPE_CHECKING, Any

import attrs

from wireparse.errors import SchemaError
from wireparse.model import dictform
from wireparse.model.core import (
    SCHEMA_VERSION,
    Block,
    BlockKind,
    Copyright,
    Defect,
    Fragment,
    Paragraph,
    Section,
    Span,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wireparse.model.envelopes import Envelope, Trailer
    from wireparse.model.metadata import AgencyDecision, Byline, Credit, Dateline
    from wireparse.model.quotations import Attribution, Person, Quote

__all__ = ["COMPACT_DROPPED", "REPR_HEADLINE_CHARS", "Article"]

#: How many characters of a block's opening text :meth:`Article.explain` shows.
_EXPLAIN_WIDTH = 60

#: The most characters of the headline that ``repr(article)`` shows.
REPR_HEADLINE_CHARS = 80
#: The most characters of the format's and the language's names that ``repr(article)`` shows.
_REPR_NAME_CHARS = 24

#: The keys the compact dict form (``include_source=False``) leaves out: the
#: article's ``source``, and the ``text`` of each of its ``blocks``.
COMPACT_DROPPED = ("source", "blocks[].text")


def _shortened(text: str, limit: int) -> str:
    """*text* cut to at most *limit* characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@attrs.frozen(slots=True, kw_only=True, repr=False)
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

    def __repr__(self) -> str:
        """A short summary: the headline, the format and language, and counts.

        ``<Article 'Harbor bridge reopens' (text, en): 5 paragraphs, 2
        quotations, 0 defects>``.  Never longer than 300 characters: the
        headline is cut at :data:`~wireparse.model.article.REPR_HEADLINE_CHARS` characters.
        """
        headline = "no headline"
        if self.headline is not None:
            headline = _shortened(repr(_shortened(self.headline, REPR_HEADLINE_CHARS)), 120)
        where = _shortened(self.format, _REPR_NAME_CHARS)
        if self.language is not None:
            where += ", " + _shortened(self.language, _REPR_NAME_CHARS)
        counts = ", ".join(
            f"{n} {word}{'' if n == 1 else 's'}"
            for n, word in (
                (sum(len(s.paragraphs) for s in self.sections), "paragraph"),
                (len(self.quotes), "quotation"),
                (len(self.defects), "defect"),
            )
        )
        return f"<Article {headline} ({where}): {counts}>"

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
        """Return a table with one row per block: position, kind, rule, opening text.

        One row per quotation follows: its kind, its speaker, its opening words
        and the names of the rules that chose the speaker
        (:mod:`wireparse.quotations.rules`).  Defects follow, one line each.
        """
        rows = [f"{'#':>3}  {'span':>13}  {'kind':<12}  {'rule':<24}  text"]
        for n, block in enumerate(self.blocks):
            opening = " ".join(block.text.split())
            if len(opening) > _EXPLAIN_WIDTH:
                opening = opening[: _EXPLAIN_WIDTH - 1] + "…"
            span = f"{block.span.start}-{block.span.end}"
            rows.append(f"{n:>3}  {span:>13}  {block.kind.value:<12}  {block.rule:<24}  {opening}")
        for n, quote in enumerate(self.quotes):
            # Who said each quotation, and the rules that decided it.
            who = quote.speaker.name if quote.speaker is not None else "?"
            opening = " ".join(quote.text.split())
            if len(opening) > _EXPLAIN_WIDTH // 2:
                opening = opening[: _EXPLAIN_WIDTH // 2 - 1] + "…"
            why = ", ".join(quote.rules) if quote.rules else "no speaker found"
            rows.append(f"quote {n} ({quote.kind.value}) {who}: “{opening}” [{why}]")
        for defect in self.defects:
            where = f" at {defect.span.start}-{defect.span.end}" if defect.span else ""
            rows.append(f"defect {defect.code}{where}: {defect.message}")
        return "\n".join(rows)

    def to_text(self) -> str:
        """Return the readable story as plain text.

        The headline, the byline, the dateline (only when it stands apart from
        the lead paragraph, which usually opens with it), then each section's
        heading and paragraphs, separated by blank lines and ending with a
        line break; no furniture, credits, notes or copyright.  This is what
        ``wireparse --format text`` prints.
        """
        parts = [p for p in (self.headline, self.byline and self.byline.text) if p]
        paragraphs = self.paragraphs
        dateline = self.dateline
        if dateline is not None and not any(p.span.contains(dateline.span) for p in paragraphs):
            parts.append(dateline.text)
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts.extend(p.text for p in section.paragraphs)
        return "\n\n".join(parts) + "\n"

    def to_dict(self, *, include_source: bool = True) -> dict[str, Any]:
        """Return the article as JSON-ready dicts, lists, strings and numbers.

        Spans become ``[start, end]`` pairs, dates ISO 8601 text; the keys are
        stable, described by a JSON Schema, and versioned by the
        ``schema_version`` key (see :mod:`wireparse.model.serialise`).

        :param include_source: With ``False``, write the compact form: the
            same dict without the ``source`` key and without the ``text`` of
            each block (:data:`~wireparse.model.article.COMPACT_DROPPED`), for jobs that keep the
            parsed fields and not the raw copy.  The spans are kept, and point
            into a source the form does not hold; :meth:`from_dict` refuses
            the compact form with a :class:`~wireparse.SchemaError`.
        """
        data = dictform.node_to_dict(self)
        data["paragraphs"] = [
            {"text": p.text, "span": [p.span.start, p.span.end]} for p in self.paragraphs
        ]
        data["schema_version"] = SCHEMA_VERSION
        if not include_source:
            del data["source"]
            for block in data["blocks"]:
                del block["text"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read an article back from the dict form :meth:`to_dict` returns.

        ``Article.from_dict(article.to_dict()) == article`` for every article.
        Keys with a default may be left out; unknown keys are refused, so a typo
        does not pass unseen.  The ``paragraphs`` key is derived and is not read.
        The compact form (``to_dict(include_source=False)``) is refused: it
        holds neither the source text nor the blocks' texts that an article
        is made of.

        :param data: A dict as :meth:`to_dict` returns it, or as read from its JSON.
        :raises wireparse.SchemaError: When *data* is not that form, is the
            compact form, or was written with another ``schema_version``; the
            error names the key at fault.
        """
        if not isinstance(data, dict):
            raise SchemaError("", f"expected an object, got {dictform.kind_of(data)}")
        version = data.get("schema_version")
        if version is None:
            raise SchemaError("", "no 'schema_version' key: not the output of Article.to_dict()")
        if version != SCHEMA_VERSION:
            raise SchemaError(
                "schema_version",
                f"this wireparse reads version {SCHEMA_VERSION}, the data is version {version!r}",
            )
        blocks = data.get("blocks")
        if (
            "source" not in data
            and isinstance(blocks, list)
            and any(isinstance(b, dict) and "text" not in b for b in blocks)
        ):
            raise SchemaError(
                "",
                "no 'source' key: this is the compact form (to_dict(include_source=False)), "
                "which holds no source text and cannot be read back",
            )
        envelope = None
        if data.get("envelope") is not None:
            envelope_cls = dictform.envelope_class(str(data.get("format")))
            envelope = dictform.build(envelope_cls, data["envelope"], "envelope")
        result: Article = dictform.build(
            cls, data, "", skip=dictform.DERIVED_KEYS, envelope=envelope
        )
        return result
