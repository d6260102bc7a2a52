"""wireparse: turn raw news-wire text into typed, immutable Article objects."""

from wireparse._version import __version__
from wireparse.batch import BatchResult, parse_many
from wireparse.errors import DecodeError, EmptyInputError, InputTooLargeError, WireparseError
from wireparse.feeds import Detection, detect
from wireparse.model import (
    Article,
    Block,
    BlockKind,
    Copyright,
    Defect,
    Fragment,
    Paragraph,
    Section,
    Span,
)
from wireparse.nitf import to_nitf, to_nitf_element
from wireparse.parser import iter_articles, parse
from wireparse.serialise import SchemaError, dumps, loads

__all__ = [
    "Article",
    "BatchResult",
    "Block",
    "BlockKind",
    "Copyright",
    "DecodeError",
    "Defect",
    "Detection",
    "EmptyInputError",
    "Fragment",
    "InputTooLargeError",
    "Paragraph",
    "SchemaError",
    "Section",
    "Span",
    "WireparseError",
    "__version__",
    "detect",
    "dumps",
    "iter_articles",
    "loads",
    "parse",
    "parse_many",
    "to_nitf",
    "to_nitf_element",
]
