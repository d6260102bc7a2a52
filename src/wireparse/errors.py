"""The exceptions wireparse raises.

Everything wireparse raises on purpose, other than :class:`TypeError` for an
argument of the wrong type, is a :class:`WireparseError`.  Damage inside a
text is never an exception: it is reported in :attr:`wireparse.Article.defects`.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "InputTooLargeError",
    "NotTextError",
    "SchemaError",
    "WireparseError",
]


class WireparseError(Exception):
    """Base class of the errors that wireparse raises."""


class EmptyInputError(WireparseError, ValueError):
    """The input is empty or holds nothing but whitespace."""


class InputTooLargeError(WireparseError, ValueError):
    """The input is longer than the ``max_chars`` limit allowed.

    :param size: The input's length (characters for text, bytes for bytes).
    :param limit: The limit in force.
    """

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"input of {size:,} characters is over the limit of {limit:,}; "
            "pass a larger max_chars= to parse it"
        )
        self.size = size
        self.limit = limit


class DecodeError(WireparseError, ValueError):
    """Bytes could not be decoded in strict mode.

    :param encoding: The encoding that was tried.
    :param position: The offset of the first byte that failed.
    :param reason: What the codec said.
    """

    def __init__(self, encoding: str, position: int, reason: str) -> None:
        super().__init__(f"cannot decode input as {encoding} at byte {position}: {reason}")
        self.encoding = encoding
        self.position = position
        self.reason = reason


class NotTextError(WireparseError, ValueError):
    """The input is binary data, not text.

    Raised for a known file signature at the start (PNG, GIF, JPEG, PDF,
    gzip, zip), for NUL characters, or for a high share of control
    characters; the thresholds are :data:`wireparse.reading.source.MAX_NUL_SHARE`
    and :data:`wireparse.reading.source.MAX_CONTROL_SHARE`.

    :param reason: What gave the input away (``PNG signature``, ``NUL characters``...).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"input is not text ({reason}); pass the text of a story")
        self.reason = reason


class SchemaError(WireparseError, ValueError):
    """Data read back is not an article's dict form.

    Raised by :func:`~wireparse.model.serialise.from_dict`, :meth:`Article.from_dict()
    <wireparse.Article.from_dict>` and :func:`~wireparse.loads`; the form is what
    :meth:`Article.to_dict() <wireparse.Article.to_dict>` writes.

    :param path: Where in the data the problem is (``sections[0].paragraphs[2].span``);
        empty for the whole of it.
    :param problem: What is wrong there.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or 'data'}: {problem}")
        self.path = path
        self.problem = problem
