"""The typed headers (envelopes) and end signatures (trailers) of raw feed stories.

Each feed format of :mod:`wireparse.feeds` reads its own envelope subclass,
which names its format in the class variable ``format_name``.  The dict form
(:meth:`Article.from_dict <wireparse.Article.from_dict>`) and the JSON Schema
know the envelope classes of the registered formats: the built-in ones, and
those that :func:`wireparse.feeds.register` adds with their format
(:func:`register_envelope`).
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 (the dict form reads the type hints at run time)
from typing import ClassVar

import attrs

from wireparse.model.core import Span  # noqa: TC001 (the dict form reads the type hints at run time)

__all__ = [
    "DC2",
    "DC4",
    "PRIORITY_NAMES",
    "AnpaEnvelope",
    "Envelope",
    "Iptc7901Envelope",
    "Trailer",
    "ZczcEnvelope",
    "ZczcField",
    "envelope_class",
    "envelope_classes",
    "register_envelope",
    "unregister_envelope",
]


@attrs.frozen(slots=True, kw_only=True)
class Envelope:
    """The typed header of a feed story.  Each format has its own subclass.

    :param raw: The header as transmitted, control characters included.
    :param span: Where the header is in the story text.
    """

    #: The name of the feed format whose stories carry this envelope (empty
    #: for the base class, which a format without its own subclass uses).
    format_name: ClassVar[str] = ""

    raw: str
    span: Span


@attrs.frozen(slots=True, kw_only=True)
class Trailer:
    """The end signature of a story, after the ETX control character.

    :param text: The signature as written (``AP-WF-11-13-13 1509GMT``,
        ``131137 GMT Nov 13``).
    :param span: Where the signature is in the story text.
    :param timestamp: The moment the signature gives: aware when it names a
        known time zone, naive when it names none.  ``None`` when the signature
        does not give a whole date (and no reference date supplied the year) or
        names an impossible one.
    :param zone: The time-zone abbreviation as written (``GMT``, ``EDT``), if any.
    :param agency: The agency of an ANPA signature (``AP``), if any.
    :param circuit: The circuit or desk of an ANPA signature (``WF``, ``NY``), if any.
    """

    text: str
    span: Span
    timestamp: dt.datetime | None = None
    zone: str | None = None
    agency: str | None = None
    circuit: str | None = None


DC2 = "\x12"


DC4 = "\x14"


#: The priority codes of header line 2 that have a settled meaning.
PRIORITY_NAMES: dict[str, str] = {
    "f": "flash",
    "b": "bulletin",
    "u": "urgent",
    "r": "regular",
    "d": "deferred",
    "a": "advance",
}


@attrs.frozen(slots=True, kw_only=True)
class AnpaEnvelope(Envelope):
    """The header of an ANPA-1312 story (the two lines before STX).

    :param raw: The header as transmitted, from the first SYN (or SOH) up to STX.
    :param span: Where the header is.
    :param service_level: The service-level designator (``W``, ``a``, ``v``...).
    :param story_number: The four-digit story number, as written (``4417``).
    :param selector: The selector code (``euroh``, ``-----``, ``0hb-p``), as written.
    :param priority: The priority code (``f``, ``b``, ``u``, ``r``, ``d``, ``a``...).
    :param category: The category code (``a``, ``i``, ``s``, ``l``...).
    :param format_code: The format identifier as written: two of DC1-DC4.
    :param keyword: The keyword (slug) field (``BC-EU--Harbor-BridgeB``).
    :param version: The version field (``1stLd-Writethru``, ``Adv14-01``), if any.
    :param reference: The reference field, if any.
    :param date_text: The filing date field as written (``03-14``, month-day), if any.
    :param word_count: The word-count field, if any.
    :param subject: The longer keyword line after STX
        (``BC-EU--Harbor-Bridge Repairs,466``) without its marks, if any.
    """

    #: The name of the feed format whose stories carry this envelope.
    format_name: ClassVar[str] = "anpa1312"

    service_level: str | None = None
    story_number: str | None = None
    selector: str | None = None
    priority: str | None = None
    category: str | None = None
    format_code: str | None = None
    keyword: str | None = None
    version: str | None = None
    reference: str | None = None
    date_text: str | None = None
    word_count: int | None = None
    subject: str | None = None

    @property
    def priority_name(self) -> str | None:
        """The meaning of :attr:`priority` (``flash``, ``bulletin``...), if settled."""
        return PRIORITY_NAMES.get((self.priority or "").lower())

    @property
    def tabular(self) -> bool:
        """Whether the format identifier marks tabular (agate, preformatted) copy."""
        code = self.format_code or ""
        return DC2 in code[1:] or code.startswith(DC4)


@attrs.frozen(slots=True, kw_only=True)
class Iptc7901Envelope(Envelope):
    """The header of an IPTC 7901 story and its keyword line.

    :param raw: The header line as transmitted, from SOH to the line break.
    :param span: Where the header line is.
    :param service: The service identifier (``eca``, ``bdt``, ``nsb``).
    :param sequence: The service's sequence number, as written (``062``).
    :param priority: The priority digit (1 = flash ... 6 = low), if any.
    :param category: The category code (``i``, ``pl``, ``vm``, ``sp``), if any.
    :param word_count: The word-count field, if any.
    :param optional: The optional header field (``ccccb``), if any.
    :param agency: The agency (``dpa``, ``dpa-tns``, ``lni``), if any.
    :param agency_sequence: The agency's sequence number, as written, if any.
    :param keyword_line: The keyword line before STX (``Norway-transport/Bridge/``), if any.
    :param keyword_span: Where the keyword line is, if any.
    """

    #: The name of the feed format whose stories carry this envelope.
    format_name: ClassVar[str] = "iptc7901"

    service: str | None = None
    sequence: str | None = None
    priority: int | None = None
    category: str | None = None
    word_count: int | None = None
    optional: str | None = None
    agency: str | None = None
    agency_sequence: str | None = None
    keyword_line: str | None = None
    keyword_span: Span | None = None

    @property
    def keywords(self) -> tuple[str, ...]:
        """The keywords of the keyword line (split at ``/``)."""
        if not self.keyword_line:
            return ()
        return tuple(k.strip() for k in self.keyword_line.split("/") if k.strip())


@attrs.frozen(slots=True)
class ZczcField:
    """One header line of a ZCZC story.

    :param marker: The marker as written: one of ``%#$:&*@~=^+``, or a News
        Bites tag such as ``TI#``.
    :param name: What the marker means in the story's dialect (``headline``,
        ``keyword``, ``take_key``, ``category``, ``format``, ``service_level``,
        ``subject``, ``place``, ``genre``, ``selectors``, ``date``...).
    :param value: The value as written, without the marker.
    :param span: Where the whole line is.
    """

    marker: str
    name: str
    value: str
    span: Span


@attrs.frozen(slots=True, kw_only=True)
class ZczcEnvelope(Envelope):
    """The header of a ZCZC story: the start line and the marker lines after it.

    :param raw: The header as written, from ``ZCZC`` to the last header line.
    :param span: Where the header is.
    :param dialect: The guessed dialect (see :data:`~wireparse.feeds.zczc.DIALECTS`,
        plus ``newsbites``).
    :param originator: What follows ``ZCZC`` on its line (``AAP``, ``FMG042``), if any.
    :param routing: The routing line of racing copy (``YY HBR PTV``), if any.
    :param fields: The header fields, in order.
    :param end_span: Where the ``NNNN`` line is, if the story has one.
    """

    #: The name of the feed format whose stories carry this envelope.
    format_name: ClassVar[str] = "zczc"

    dialect: str = "aap"
    originator: str | None = None
    routing: str | None = None
    fields: tuple[ZczcField, ...] = ()
    end_span: Span | None = None

    def get(self, name: str) -> str | None:
        """Return the first non-empty value of the fields named *name*, if any."""
        for f in self.fields:
            if f.name == name and f.value.strip():
                return f.value.strip()
        return None

    @property
    def keyword(self) -> str | None:
        """The keyword (slug) field, if any."""
        return self.get("keyword")

    @property
    def headline(self) -> str | None:
        """The headline field, if any."""
        return self.get("headline")

    @property
    def take_key(self) -> str | None:
        """The take-key field, if any."""
        return self.get("take_key")

    @property
    def category(self) -> str | None:
        """The category field, if any."""
        return self.get("category")

    @property
    def subject(self) -> str | None:
        """The IPTC subject code field, if any."""
        return self.get("subject")

    @property
    def place(self) -> str | None:
        """The place field, if any."""
        return self.get("place")


#: The registered envelope classes, by format name (see :func:`register_envelope`).
_REGISTERED: dict[str, type[Envelope]] = {}


def register_envelope(cls: type[Envelope]) -> None:
    """Make *cls* the envelope class of the format its ``format_name`` names.

    :func:`wireparse.feeds.register` calls this for a format's envelope class;
    the built-in classes are registered here.

    :param cls: An :class:`Envelope` subclass with a non-empty ``format_name``.
    :raises ValueError: When *cls* names no format.
    """
    if not cls.format_name:
        raise ValueError(f"{cls.__name__} has no format_name")
    _REGISTERED[cls.format_name] = cls


def unregister_envelope(cls: type[Envelope]) -> None:
    """Forget *cls* as an envelope class (nothing happens when it is not registered)."""
    if _REGISTERED.get(cls.format_name) is cls:
        del _REGISTERED[cls.format_name]


def envelope_class(format_name: str) -> type[Envelope]:
    """The envelope class of a format, by the format's name (:class:`Envelope` for others)."""
    return _REGISTERED.get(format_name, Envelope)


def envelope_classes() -> tuple[type[Envelope], ...]:
    """The registered envelope classes, in the order they were registered."""
    return tuple(_REGISTERED.values())


for _cls in (AnpaEnvelope, Iptc7901Envelope, ZczcEnvelope):
    register_envelope(_cls)
