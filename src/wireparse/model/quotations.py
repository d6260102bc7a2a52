"""The quotation nodes: quotations, attributions, their speakers and the people quoted.

:mod:`wireparse.quotations.quotes` and :mod:`wireparse.quotations.people` build them.
"""

from __future__ import annotations

import enum

import attrs

from wireparse.model.core import Span  # noqa: TC001 (the dict form reads the type hints at run time)

__all__ = [
    "Attribution",
    "Person",
    "Quote",
    "QuoteKind",
    "SourceKind",
    "Speaker",
]


class SourceKind(enum.StrEnum):
    """What kind of source a speaker is.  The values are the names used in output."""

    #: A named or described person (``Ilse Varga``, ``a spokesman``).
    PERSON = "person"
    #: An organisation, a government, a country or a news outlet (``the White House``).
    ORGANISATION = "organisation"
    #: A group of people (``police``, ``US intelligence agencies``).
    GROUP = "group"
    #: A document or other written source (``the plea agreement``).
    DOCUMENT = "document"
    #: A source the rules could not classify.
    UNKNOWN = "unknown"


@attrs.frozen(slots=True)
class Speaker:
    """The source of a quotation or an attribution, as resolved at its cue.

    :param name: The fullest form of the source's name that the article gives
        (``Ilse Varga``); for an unnamed person, an organisation or a group,
        the noun phrase as written (``US intelligence agencies``), with a
        leading article in lower case (``the White House``).
    :param mention: The words at the cue as written: ``he``, ``Varga``,
        ``the secretary of state``; always the text at :attr:`mention_span`.
        Empty when no word names the source: a Spanish verb without a
        subject (``«…», añadió.``), whose ending is its subject.
    :param mention_span: Where the mention is in the source (for an empty
        mention, the empty span at the cue).
    :param kind: Whether the source is a person, an organisation, a group...
    :param person: Index of the source's record in
        :attr:`wireparse.quotations.quotes.QuoteAnalysis.people`, or ``None``.
    """

    name: str
    mention: str
    mention_span: Span
    kind: SourceKind = SourceKind.PERSON
    person: int | None = None

    def __str__(self) -> str:
        return self.name


@attrs.frozen(slots=True)
class Person:
    """A person, organisation or other source that the article quotes or cites.

    :param name: The fullest form of the name (``Ilse Varga``), or the noun
        phrase as written for a source the article does not name
        (``the plea agreement``).
    :param kind: Whether it is a person, an organisation, a group...
    :param title: The title given before the name (``Secretary of State``), or ``None``.
    :param role: A role given in apposition (``Putin's spokesman``), or ``None``.
    :param mentions: Where the article mentions the source: its name and
        surname, and the pronouns and role nouns resolved to it, in order.
    """

    name: str
    kind: SourceKind
    title: str | None = None
    role: str | None = None
    mentions: tuple[Span, ...] = ()

    def __str__(self) -> str:
        return self.name


class QuoteKind(enum.StrEnum):
    """What a quoted span is.  The values are the names used in output."""

    #: A quotation of speech that stands as a sentence or more:
    #: ``"We leave this room with ships moving again," Varga said.``
    FULL = "full"
    #: A quoted phrase of speech inside the reporter's sentence:
    #: ``the truce was a "firm bargain"``.
    PARTIAL = "partial"
    #: A scare quote or a quoted term that no one is reported to say:
    #: ``a "career average" salary``.
    SCARE = "scare"
    #: A title of a work, a name, or another capitalised phrase that is not
    #: speech: ``the film "Trainwreck"``, ``put "America First"``.
    TITLE = "title"
    #: A nickname or a name given to something: ``known as the "Hanoi Hilton"``,
    #: ``the so-called "Bad Newz Kennels"``.
    NICKNAME = "nickname"
    #: A slogan, motto or hashtag: ``the campaign slogan "Build the Dam"``.
    #: (Words chanted or shouted are speech.)
    SLOGAN = "slogan"

    @property
    def is_speech(self) -> bool:
        """Whether the span reproduces someone's words."""
        return self in (QuoteKind.FULL, QuoteKind.PARTIAL)


@attrs.frozen(slots=True)
class Quote:
    """A quoted span of the body, with its speaker when it is speech.

    :param text: The text between the marks, marks excluded, as in the source,
        except that a line break inside it, with the blanks around it, reads as
        one space (copy wrapped at a fixed width, ``We will`` ending one line
        and ``rebuild`` opening the next, gives ``We will rebuild``); for a
        quotation in several pieces, the pieces' texts joined by single
        spaces.  :attr:`pieces` are the exact spans.
    :param span: From the start of the first piece's text to the end of the
        last piece's text (between the marks).
    :param pieces: The span of each piece's text; one piece unless the
        quotation runs over several paragraphs or reopens its marks.
    :param open_mark: Where the (first) opening mark is.
    :param close_mark: Where the (last) closing mark is, or ``None`` when the
        quotation is never closed (a defect is then reported).
    :param kind: Full or partial quotation of speech, or what else it is.
    :param speaker: Who said it, or ``None`` when the article names no source.
    :param cue: The attribution verb or phrase as written (``said``, ``told``,
        ``is quoted as saying``, ``according to``, ``said in a statement``), or
        ``None`` when the speaker was carried over from a previous quotation.
    :param cue_span: Where the cue is, or ``None``.
    :param paragraph: Index of the paragraph of the first piece, in the
        paragraphs given to :func:`~wireparse.quotations.quotes.analyse`.
    :param rules: The names of the rules that decided the speaker, in the
        order they were applied (see :mod:`wireparse.quotations.rules`):
        where the cue or the carried speaker came from, how the mention was
        read, how it was resolved.  Empty when there is no speaker.
    """

    text: str
    span: Span
    pieces: tuple[Span, ...]
    open_mark: Span
    close_mark: Span | None
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: str | None = None
    cue_span: Span | None = None
    paragraph: int = 0
    rules: tuple[str, ...] = ()

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker else "?"
        return f"{who}: “{self.text}”"


@attrs.frozen(slots=True)
class Attribution:
    """A statement attributed to a source without quotation marks.

    ``Lindqvist said both sides are tired of the dispute.`` or ``According
    to the port newspaper Tidewater Gazette, the two sides discussed ...``

    :param speaker: The source the statement is attributed to.
    :param cue: The attribution verb or phrase as written.
    :param cue_span: Where the cue is.
    :param span: The sentence that carries the attribution.
    :param content: The attributed statement inside the sentence (``both
        sides are tired of the dispute``), or ``None`` when it cannot be separated.
    :param paragraph: Index of the paragraph, in the paragraphs given to
        :func:`~wireparse.quotations.quotes.analyse`.
    :param rules: The names of the rules that decided the speaker (see
        :attr:`Quote.rules`).
    """

    speaker: Speaker
    cue: str
    cue_span: Span
    span: Span
    content: Span | None = None
    paragraph: int = 0
    rules: tuple[str, ...] = ()
