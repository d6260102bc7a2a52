"""The options of a parse, as one immutable object: :class:`ParseOptions`.

In the spirit of the standard library's ``email.policy``: every option that
:func:`wireparse.parse` reads travels as one frozen object, checked when it
is made, so that :func:`wireparse.parse`, :func:`wireparse.iter_articles`,
:func:`wireparse.parse_many` and the command line all read the same options
the same way.  The keyword arguments of those functions stay as shortcuts;
a keyword given together with ``options=`` overrides that field:

>>> import datetime
>>> from wireparse import ParseOptions
>>> german = ParseOptions(language="de-AT", reference_date=datetime.date(2024, 3, 1))
>>> german.language
'de'
>>> german.evolve(max_chars=1_000).max_chars
1000
>>> ParseOptions(format="telex")
Traceback (most recent call last):
  ...
ValueError: unknown format 'telex'; the formats are anpa1312, iptc7901, text, zczc
"""

from __future__ import annotations

import codecs
import datetime
from typing import Any, Final

import attrs

from wireparse.feeds import format_names
from wireparse.language import normalise_language
from wireparse.reading.source import DEFAULT_MAX_CHARS

__all__ = ["DEFAULT_OPTIONS", "ParseOptions", "resolve"]


def _check_encoding(instance: ParseOptions, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"encoding must be a codec name (str) or None, not {type(value).__name__}")
    codecs.lookup(value)  # LookupError: unknown encoding: ...


def _check_bool(instance: ParseOptions, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, not {value!r}")


def _check_max_chars(instance: ParseOptions, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"max_chars must be an integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"max_chars must be 0 or more, not {value}")


def _check_format(instance: ParseOptions, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value not in format_names():
        known = ", ".join(sorted(format_names()))
        raise ValueError(f"unknown format {value!r}; the formats are {known}")


def _check_date(instance: ParseOptions, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, datetime.date):
        raise TypeError(f"reference_date must be a datetime.date or None, not {value!r:.60}")


def _language(value: str | None) -> str | None:
    return None if value is None else normalise_language(value)


@attrs.frozen(slots=True, kw_only=True)
class ParseOptions:
    """Every option of a parse, checked on construction.

    Make one with keywords, change one with :meth:`evolve` (the instance
    itself never changes), and pass it as ``options=`` to
    :func:`wireparse.parse`, :func:`wireparse.iter_articles` or
    :func:`wireparse.parse_many`.  Instances compare by value, hash and pickle.

    :param encoding: Decode bytes with this encoding instead of guessing
        (``None``: a byte-order mark, then UTF-8, then Windows-1252).
    :param strict: Raise :class:`~wireparse.DecodeError` for bytes that do not
        decode, instead of falling back.
    :param max_chars: The longest input accepted, in characters (bytes for
        bytes input); for a stream, the longest story.
    :param format: Read the input as this format (``"text"``, ``"anpa1312"``,
        ``"iptc7901"``, ``"zczc"`` or a registered one; see
        :func:`wireparse.feeds.format_names`)
        instead of detecting it; ``None`` to detect it.
    :param reference_date: The date that dates without a year are read
        against (a feed trailer's ``131137 GMT Nov 13``); never the clock.
    :param language: The story's language as an ISO 639-1 code, when the
        caller knows it; a tag with a region is reduced to its language
        (``"de-AT"`` is kept as ``"de"``).
    :raises TypeError: When a value has the wrong type.
    :raises ValueError: When *format* names no known format, *language* is no
        ISO 639-1 code, or *max_chars* is negative.
    :raises LookupError: When *encoding* names no known codec.
    """

    encoding: str | None = attrs.field(default=None, validator=_check_encoding)
    strict: bool = attrs.field(default=False, validator=_check_bool)
    max_chars: int = attrs.field(default=DEFAULT_MAX_CHARS, validator=_check_max_chars)
    format: str | None = attrs.field(default=None, validator=_check_format)
    reference_date: datetime.date | None = attrs.field(default=None, validator=_check_date)
    language: str | None = attrs.field(default=None, converter=_language)

    def evolve(self, **changes: Any) -> ParseOptions:
        """Return a copy with the fields named by *changes* replaced, checked again.

        ``copy.replace(options, ...)`` (Python 3.13) does the same.

        :raises TypeError: When a name is not a field of :class:`ParseOptions`.
        """
        return attrs.evolve(self, **changes)

    __replace__ = evolve


#: The options of a parse given no options: every field at its default.
DEFAULT_OPTIONS: Final = ParseOptions()


def resolve(options: ParseOptions | None = None, /, **shortcuts: Any) -> ParseOptions:
    """Return *options* with the keyword shortcuts that were given applied over it.

    A shortcut left at ``None`` is not given and keeps the field of *options*
    (of :data:`DEFAULT_OPTIONS` when *options* is ``None``); any other value
    replaces it.  This is how :func:`wireparse.parse` and the other entry
    points read their keywords.

    >>> options = resolve(ParseOptions(strict=True), max_chars=50, format=None)
    >>> options.strict, options.max_chars, options.format
    (True, 50, None)

    :param options: The options passed as ``options=``, or ``None``.
    :param shortcuts: The keyword arguments, by field name.
    :raises TypeError: When *options* is not a :class:`ParseOptions`.
    """
    if options is None:
        options = DEFAULT_OPTIONS
    elif not isinstance(options, ParseOptions):
        raise TypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    changes = {name: value for name, value in shortcuts.items() if value is not None}
    return attrs.evolve(options, **changes) if changes else options
