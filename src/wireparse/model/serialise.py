"""The dict and JSON forms of an article, reading them back, and their JSON Schema.

:meth:`Article.to_dict() <wireparse.Article.to_dict>` writes every field of
the article and of the nodes inside it, in field order, as JSON-ready values:

* a :class:`~wireparse.Span` becomes a ``[start, end]`` pair;
* an enumeration (:class:`~wireparse.BlockKind`, a quote's kind...) its value;
* a date or time its ISO 8601 text (``2017-07-07``, ``2017-07-07T15:54:00-05:00``);
* a tuple a list, and a node a dict of its fields.

Two keys are added at the top: ``paragraphs``, every body paragraph across
sections (what :attr:`Article.paragraphs <wireparse.Article.paragraphs>`
gives), and ``schema_version`` (:data:`~wireparse.model.SCHEMA_VERSION`).

The compact form, ``to_dict(include_source=False)`` (and
``dumps(article, include_source=False)``), is the same dict without the
``source`` key and without the ``text`` key of each block: the raw copy is
most of the weight of the full form, and an extract-transform-load job that
keeps the parsed fields does not need it.  The spans stay, pointing into a
source the form does not hold.  It is written, not read: :func:`from_dict`
and :func:`loads` refuse it with a :class:`~wireparse.SchemaError`.

:func:`from_dict` reads that form back into an equal :class:`~wireparse.Article`;
:func:`dumps` and :func:`loads` do the same through JSON text.  The layout is
described by a JSON Schema (draft 2020-12) that ships with the package as
``wireparse/article.schema.json``; :func:`json_schema` builds the same schema
from the classes themselves (with :mod:`wireparse.model.dictform`).
"""

from __future__ import annotations

import json
from typing import Any, Final

from wireparse._version import __version__
from wireparse.errors import SchemaError
from wireparse.model.article import Article
from wireparse.model.core import SCHEMA_VERSION, Paragraph
from wireparse.model.dictform import SchemaBuilder

__all__ = [
    "SCHEMA_FILE",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "schema_text",
    "to_dict",
]

_COMPACT_NOTE = " Left out in the compact form (to_dict(include_source=False))."

#: The name of the JSON Schema file shipped inside the package.
SCHEMA_FILE: Final = "article.schema.json"


def to_dict(article: Article, *, include_source: bool = True) -> dict[str, Any]:
    """Return *article* in its dict form (:meth:`wireparse.Article.to_dict`).

    :param article: The article.
    :param include_source: With ``False``, the compact form: without the
        ``source`` text and the blocks' texts (see :meth:`wireparse.Article.to_dict`).
    :returns: Dicts, lists, strings, numbers, booleans and ``None`` only.
    """
    return article.to_dict(include_source=include_source)


def from_dict(data: dict[str, Any]) -> Article:
    """Read an article back from its dict form (:meth:`wireparse.Article.from_dict`).

    :param data: A dict as :meth:`Article.to_dict() <wireparse.Article.to_dict>`
        returns it, or as read from its JSON.
    :returns: The article.
    :raises SchemaError: When *data* is not that form, or was written with
        another ``schema_version``; the error names the key at fault.
    """
    return Article.from_dict(data)


def dumps(article: Article, *, indent: int | None = None, include_source: bool = True) -> str:
    """Return *article* as JSON text: its dict form, non-ASCII characters kept.

    :param article: The article.
    :param indent: Indent nested values by this many spaces; ``None`` (the
        default) writes one line.
    :param include_source: With ``False``, write the compact form, without the
        ``source`` text and the blocks' texts (see :meth:`wireparse.Article.to_dict`);
        :func:`loads` refuses it.
    """
    data = article.to_dict(include_source=include_source)
    return json.dumps(data, ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Article:
    """Read an article back from the JSON text :func:`dumps` writes.

    :param text: The JSON text (bytes are read as UTF-8).
    :raises SchemaError: When *text* is not JSON, or not an article's dict form.
    """
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise SchemaError("", f"not JSON: {exc}") from None
    return Article.from_dict(data)


def json_schema() -> dict[str, Any]:
    """Build the JSON Schema (draft 2020-12) of an article's dict form.

    The schema is built from the model's classes, their type hints and their
    docstrings, and describes what :meth:`Article.to_dict()
    <wireparse.Article.to_dict>` writes.

    The package ships the same schema as ``article.schema.json``; read it with
    ``importlib.resources.files("wireparse").joinpath("article.schema.json")``.
    """
    builder = SchemaBuilder()
    root = builder.node(Article)
    root["properties"]["paragraphs"] = {
        "description": "Every body paragraph, across sections (derived; not read back).",
        "type": "array",
        "items": {"$ref": builder.define(Paragraph)},
    }
    root["properties"]["schema_version"] = {
        "description": "The version of this layout; raised on any change of keys.",
        "const": SCHEMA_VERSION,
    }
    # The compact form (include_source=False) leaves out the source and the
    # blocks' texts: the schema allows both forms.
    root["required"] = [k for k in root["properties"] if k != "source"]
    root["properties"]["source"]["description"] += _COMPACT_NOTE
    block = builder.defs["Block"]
    block["required"] = [k for k in block["required"] if k != "text"]
    block["properties"]["text"]["description"] += _COMPACT_NOTE
    release = __version__.split(".dev")[0]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://wireparse.readthedocs.io/schema/article-v{SCHEMA_VERSION}.json",
        "title": f"wireparse Article, schema version {SCHEMA_VERSION} (wireparse {release})",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_text() -> str:
    """Return :func:`json_schema` as the JSON text of the shipped schema file.

    ``wireparse --schema`` prints it.
    """
    return json.dumps(json_schema(), indent=1, ensure_ascii=False) + "\n"
