"""wireparse: turn raw news-wire text into typed, immutable Article objects."""

import importlib as _importlib
from types import ModuleType as _ModuleType
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from wireparse._version import __version__
from wireparse.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NotTextError,
    SchemaError,
    WireparseError,
)
from wireparse.feeds import Detection, detect
from wireparse.model import (
    AgencyDecision,
    AnpaEnvelope,
    Article,
    Attribution,
    Block,
    BlockKind,
    Byline,
    Copyright,
    Credit,
    CreditRole,
    Dateline,
    Defect,
    DefectCode,
    Envelope,
    Fragment,
    Iptc7901Envelope,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Section,
    SourceKind,
    Span,
    Speaker,
    Trailer,
    ZczcEnvelope,
    ZczcField,
)
from wireparse.options import ParseOptions
from wireparse.parser import iter_articles, parse

if _TYPE_CHECKING:
    from wireparse.batch import BatchResult, parse_many
    from wireparse.model.serialise import dumps, json_schema, loads
    from wireparse.outputs.nitf import to_nitf, to_nitf_element
    from wireparse.outputs.view import render_html

# Names whose modules are imported on first use, so that ``import wireparse``
# does not pay for multiprocessing, pickle, json, XML and HTML support that a
# caller of parse() alone never needs.
_LAZY = {
    "BatchResult": "wireparse.batch",
    "parse_many": "wireparse.batch",
    "to_nitf": "wireparse.outputs.nitf",
    "to_nitf_element": "wireparse.outputs.nitf",
    "dumps": "wireparse.model.serialise",
    "json_schema": "wireparse.model.serialise",
    "loads": "wireparse.model.serialise",
    "render_html": "wireparse.outputs.view",
}

__all__ = [
    "AgencyDecision",
    "AnpaEnvelope",
    "Article",
    "Attribution",
    "BatchResult",
    "Block",
    "BlockKind",
    "Byline",
    "Copyright",
    "Credit",
    "CreditRole",
    "Dateline",
    "DecodeError",
    "Defect",
    "DefectCode",
    "Detection",
    "EmptyInputError",
    "Envelope",
    "Fragment",
    "InputTooLargeError",
    "Iptc7901Envelope",
    "NotTextError",
    "Paragraph",
    "ParseOptions",
    "Person",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "Section",
    "SourceKind",
    "Span",
    "Speaker",
    "Trailer",
    "WireparseError",
    "ZczcEnvelope",
    "ZczcField",
    "__version__",
    "detect",
    "dumps",
    "iter_articles",
    "json_schema",
    "loads",
    "parse",
    "parse_many",
    "render_html",
    "to_nitf",
    "to_nitf_element",
]


def __getattr__(name: str) -> _Any:
    """Import the module of a lazily exported name on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wireparse' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public API only: the names of ``__all__`` and the public subpackages."""
    modules = {n for n, v in globals().items() if isinstance(v, _ModuleType) and n[0] != "_"}
    return sorted(set(__all__) | modules)
