"""The data model: every node class of a parsed :class:`Article`, and their dict forms.

This is the bottom layer of the package: its modules import nothing of
wireparse but :mod:`wireparse.errors` and each other, and every reader above
builds these nodes.

* :mod:`wireparse.model.core`: spans, blocks, paragraphs, sections, defects;
* :mod:`wireparse.model.metadata`: byline, dateline, credits, agency decision;
* :mod:`wireparse.model.envelopes`: feed headers and end signatures;
* :mod:`wireparse.model.quotations`: quotations, attributions, speakers, people;
* :mod:`wireparse.model.article`: the :class:`Article` itself;
* :mod:`wireparse.model.dictform` and :mod:`wireparse.model.serialise`: the
  dict and JSON forms and their JSON Schema.
"""

from __future__ import annotations

from wireparse.model.article import Article
from wireparse.model.core import (
    SCHEMA_VERSION,
    Block,
    BlockKind,
    Copyright,
    Defect,
    DefectCode,
    Fragment,
    Paragraph,
    Section,
    Span,
)
from wireparse.model.envelopes import (
    AnpaEnvelope,
    Envelope,
    Iptc7901Envelope,
    Trailer,
    ZczcEnvelope,
    ZczcField,
)
from wireparse.model.metadata import AgencyDecision, Byline, Credit, CreditRole, Dateline
from wireparse.model.quotations import (
    Attribution,
    Person,
    Quote,
    QuoteKind,
    SourceKind,
    Speaker,
)

__all__ = [
    "SCHEMA_VERSION",
    "AgencyDecision",
    "AnpaEnvelope",
    "Article",
    "Attribution",
    "Block",
    "BlockKind",
    "Byline",
    "Copyright",
    "Credit",
    "CreditRole",
    "Dateline",
    "Defect",
    "DefectCode",
    "Envelope",
    "Fragment",
    "Iptc7901Envelope",
    "Paragraph",
    "Person",
    "Quote",
    "QuoteKind",
    "Section",
    "SourceKind",
    "Span",
    "Speaker",
    "Trailer",
    "ZczcEnvelope",
    "ZczcField",
]
