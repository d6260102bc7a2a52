"""wireparse: turn raw news-wire text into typed, immutable Article objects."""

from typing import TYPE_CHECKING, Any

from wireparse._version import __version__
from wireparse.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NotTextError,
    WireparseError,
)
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
from wireparse.parser import iter_articles, parse

if TYPE_CHECKING:
    from wireparse.batch import BatchResult, parse_many
    from wireparse.nitf import to_nitf, to_nitf_element
    from wireparse.serialise import SchemaError, dumps, loads
    from wireparse.view import render_html

# Names whose modules are imported on first use, so that ``import wireparse``
# does not pay for multiprocessing, pickle, json, XML and HTML support that a
# caller of parse() alone never needs.
_LAZY = {
    "BatchResult": "wireparse.batch",
    "parse_many": "wireparse.batch",
    "to_nitf": "wireparse.nitf",
    "to_nitf_element": "wireparse.nitf",
    "SchemaError": "wireparse.serialise",
    "dumps": "wireparse.serialise",
    "loads": "wireparse.serialise",
    "render_html": "wireparse.view",
}

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
    "NotTextError",
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
    "render_html",
    "to_nitf",
    "to_nitf_element",
]


def __getattr__(name: str) -> Any:
    """Import the module of a lazily exported name on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wireparse' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, the lazily imported ones included."""
    return sorted(set(globals()) | set(__all__))
