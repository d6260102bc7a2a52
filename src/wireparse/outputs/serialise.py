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

:func:`from_dict` reads that form back into an equal :class:`~wireparse.Article`;
:func:`dumps` and :func:`loads` do the same through JSON text.  The layout is
described by a JSON Schema (draft 2020-12) that ships with the package as
``wireparse/article.schema.json``; :func:`json_schema` builds the same schema
from the classes themselves.

The conversions are driven by the classes' type hints, so a field added to
the model is written, read back and described without another line here.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import sys
import types
import typing
from typing import Any, Final

import attrs
import regex

from wireparse.errors import WireparseError
from wireparse.model import SCHEMA_VERSION, Article, Paragraph, Span

__all__ = [
    "SCHEMA_FILE",
    "SchemaError",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "schema_text",
    "to_dict",
]

#: The name of the JSON Schema file shipped inside the package.
SCHEMA_FILE: Final = "article.schema.json"

#: The modules whose classes the model's type hints name.
_MODEL_MODULES: Final = (
    "wireparse.model",
    "wireparse.feeds.base",
    "wireparse.feeds.anpa",
    "wireparse.feeds.iptc7901",
    "wireparse.feeds.zczc",
    "wireparse.metadata.bylines",
    "wireparse.metadata.datelines",
    "wireparse.metadata.agencies",
    "wireparse.metadata.credits",
    "wireparse.people",
    "wireparse.quotes",
)

#: Keys of the dict form that are derived from other keys, not fields.
_DERIVED_KEYS: Final = frozenset({"paragraphs", "schema_version"})


class SchemaError(WireparseError, ValueError):
    """Data read back is not an article's dict form.

    Raised by :func:`~wireparse.outputs.serialise.from_dict`, :meth:`Article.from_dict()
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


# --------------------------------------------------------------------------
# Type hints
# --------------------------------------------------------------------------


@functools.cache
def _namespace() -> dict[str, Any]:
    import importlib

    names: dict[str, Any] = {"dt": dt}
    for module_name in _MODEL_MODULES:
        module = importlib.import_module(module_name)
        names.update({k: v for k, v in vars(module).items() if isinstance(v, type)})
    return names


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """Each attrs field of *cls*: its name, its resolved type, whether it has a default."""
    hints = typing.get_type_hints(
        cls, globalns=vars(sys.modules[cls.__module__]), localns=_namespace()
    )
    return tuple((f.name, hints[f.name], f.default is not attrs.NOTHING) for f in attrs.fields(cls))


def _union_args(tp: Any) -> tuple[Any, ...] | None:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return typing.get_args(tp)
    return None


def _subclasses(cls: type) -> list[type]:
    """*cls* and its attrs subclasses, depth first, in definition order."""
    _namespace()  # Import every module, so that every subclass is defined.
    out = [cls]
    sub: type
    for sub in cls.__subclasses__():
        if attrs.has(sub):
            out.extend(_subclasses(sub))
    return out


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

_Encoder = typing.Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _span(value: Span) -> list[int]:
    return [value.start, value.end]


def _isoformat(value: dt.date) -> str:
    return value.isoformat()


def _enum_value(value: enum.Enum) -> Any:
    return value.value


_CLASS_ENCODERS: dict[type, tuple[tuple[str, _Encoder], ...]] = {}


def _node(value: Any) -> dict[str, Any]:
    # Dispatch on the value's own class, so that subclasses (a feed's
    # envelope) write their own fields.
    cls: Any = type(value)
    fields = _CLASS_ENCODERS.get(cls)
    if fields is None:
        fields = _CLASS_ENCODERS[cls] = tuple((n, _encoder(tp)) for n, tp, _ in _fields(cls))
    return {name: encode(getattr(value, name)) for name, encode in fields}


@functools.cache
def _encoder(tp: Any) -> _Encoder:
    args = _union_args(tp)
    if args is not None:
        rest = [a for a in args if a is not type(None)]
        if all(a in (dt.date, dt.datetime) for a in rest):
            inner: _Encoder = _isoformat
        elif len(rest) == 1:
            inner = _encoder(rest[0])
        else:  # pragma: no cover - the model has no other unions
            raise TypeError(f"no encoder for {tp!r}")
        return lambda v: None if v is None else inner(v)
    if typing.get_origin(tp) is tuple:
        item = _encoder(typing.get_args(tp)[0])
        if item is _identity:
            return list
        return lambda v: [item(x) for x in v]
    if tp is Span:
        return _span
    if tp in (dt.date, dt.datetime):
        return _isoformat
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_value
    if attrs.has(tp):
        return _node
    if tp in (str, int, float, bool):
        return _identity
    raise TypeError(f"no encoder for {tp!r}")  # pragma: no cover


def to_dict(article: Article) -> dict[str, Any]:
    """Return *article* in its dict form (see the module's description).

    :param article: The article.
    :returns: Dicts, lists, strings, numbers, booleans and ``None`` only.
    """
    data = _node(article)
    data["paragraphs"] = [
        {"text": p.text, "span": [p.span.start, p.span.end]} for p in article.paragraphs
    ]
    data["schema_version"] = SCHEMA_VERSION
    return data


def dumps(article: Article, *, indent: int | None = None) -> str:
    """Return *article* as JSON text: its dict form, non-ASCII characters kept.

    :param article: The article.
    :param indent: Indent nested values by this many spaces; ``None`` (the
        default) writes one line.
    """
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------

_Decoder = typing.Callable[[Any, str], Any]


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _primitive(tp: type) -> _Decoder:
    def decode(value: Any, path: str) -> Any:
        if type(value) is tp or (tp is float and type(value) is int):
            return value
        raise SchemaError(path, f"expected {tp.__name__}, got {_kind(value)}")

    return decode


def _decode_span(value: Any, path: str) -> Span:
    if isinstance(value, list | tuple) and len(value) == 2 and all(type(v) is int for v in value):
        try:
            return Span(value[0], value[1])
        except ValueError as exc:
            raise SchemaError(path, str(exc)) from None
    raise SchemaError(path, f"expected a [start, end] pair of integers, got {value!r:.60}")


def _date_decoder(allowed: tuple[type, ...]) -> _Decoder:
    want = " or ".join("date and time" if a is dt.datetime else "date" for a in allowed)

    def decode(value: Any, path: str) -> dt.date:
        if not isinstance(value, str):
            raise SchemaError(path, f"expected an ISO 8601 {want}, got {_kind(value)}")
        timed = "T" in value or " " in value
        reason = "the wrong kind"
        try:
            if timed and dt.datetime in allowed:
                return dt.datetime.fromisoformat(value)
            if not timed and dt.date in allowed:
                return dt.date.fromisoformat(value)
        except ValueError as exc:
            reason = str(exc)
        raise SchemaError(path, f"expected an ISO 8601 {want}, got {value!r:.60} ({reason})")

    return decode


def _enum_decoder(tp: type[enum.Enum]) -> _Decoder:
    def decode(value: Any, path: str) -> enum.Enum:
        try:
            return tp(value)
        except ValueError:
            known = ", ".join(repr(m.value) for m in tp)
            raise SchemaError(path, f"{value!r:.60} is not one of {known}") from None

    return decode


def _tuple_decoder(item: _Decoder) -> _Decoder:
    def decode(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise SchemaError(path, f"expected a list, got {_kind(value)}")
        return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))

    return decode


def _optional_decoder(inner: _Decoder) -> _Decoder:
    def decode(value: Any, path: str) -> Any:
        return None if value is None else inner(value, path)

    return decode


def _node_decoder(cls: type) -> _Decoder:
    def decode(value: Any, path: str) -> Any:
        return _build(cls, value, path)

    return decode


@functools.cache
def _decoder(tp: Any) -> _Decoder:
    args = _union_args(tp)
    if args is not None:
        rest = tuple(a for a in args if a is not type(None))
        if all(a in (dt.date, dt.datetime) for a in rest):
            inner = _date_decoder(rest)
        elif len(rest) == 1:
            inner = _decoder(rest[0])
        else:  # pragma: no cover - the model has no other unions
            raise TypeError(f"no decoder for {tp!r}")
        return _optional_decoder(inner) if len(rest) < len(args) else inner
    if typing.get_origin(tp) is tuple:
        return _tuple_decoder(_decoder(typing.get_args(tp)[0]))
    if tp is Span:
        return _decode_span
    if tp in (dt.date, dt.datetime):
        return _date_decoder((tp,))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_decoder(tp)
    if attrs.has(tp):
        return _node_decoder(tp)
    if tp in (str, int, float, bool):
        return _primitive(tp)
    raise TypeError(f"no decoder for {tp!r}")  # pragma: no cover


@functools.cache
def _class_decoder(cls: type) -> tuple[tuple[str, _Decoder, bool], ...]:
    return tuple((name, _decoder(tp), has_default) for name, tp, has_default in _fields(cls))


def _build(
    cls: type, data: Any, path: str, *, skip: frozenset[str] = frozenset(), **given: Any
) -> Any:
    if not isinstance(data, dict):
        raise SchemaError(path, f"expected an object, got {_kind(data)}")
    fields = _class_decoder(cls)
    known = {name for name, _, _ in fields} | skip
    unknown = [k for k in data if k not in known]
    if unknown:
        raise SchemaError(path, f"unknown key {unknown[0]!r} for {cls.__name__}")
    values: dict[str, Any] = {}
    prefix = f"{path}." if path else ""
    for name, decode, has_default in fields:
        if name in given:
            values[name] = given[name]
        elif name in data:
            values[name] = decode(data[name], prefix + name)
        elif not has_default:
            raise SchemaError(path, f"missing key {name!r} of {cls.__name__}")
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise SchemaError(path, f"not a valid {cls.__name__}: {exc}") from None


@functools.cache
def _envelope_classes() -> dict[str, type]:
    """The envelope class of each feed format, by format name."""
    from wireparse.feeds.base import Envelope
    from wireparse.feeds.registry import FEED_FORMATS

    by_module = {sub.__module__: sub for sub in _subclasses(Envelope)[1:]}
    return {
        f.name: by_module[f.read.__module__] for f in FEED_FORMATS if f.read.__module__ in by_module
    }


def from_dict(data: dict[str, Any]) -> Article:
    """Read an article back from its dict form.

    ``Article.from_dict(article.to_dict()) == article`` for every article.
    Keys with a default may be left out; unknown keys are refused, so a typo
    does not pass unseen.  The ``paragraphs`` key is derived and is not read.

    :param data: A dict as :meth:`Article.to_dict() <wireparse.Article.to_dict>`
        returns it, or as read from its JSON.
    :returns: The article.
    :raises SchemaError: When *data* is not that form, or was written with
        another ``schema_version``; the error names the key at fault.
    """
    if not isinstance(data, dict):
        raise SchemaError("", f"expected an object, got {_kind(data)}")
    version = data.get("schema_version")
    if version is None:
        raise SchemaError("", "no 'schema_version' key: not the output of Article.to_dict()")
    if version != SCHEMA_VERSION:
        raise SchemaError(
            "schema_version",
            f"this wireparse reads version {SCHEMA_VERSION}, the data is version {version!r}",
        )
    from wireparse.feeds.base import Envelope

    envelope = None
    if data.get("envelope") is not None:
        cls = _envelope_classes().get(str(data.get("format")), Envelope)
        envelope = _build(cls, data["envelope"], "envelope")
    result: Article = _build(Article, data, "", skip=_DERIVED_KEYS, envelope=envelope)
    return result


def loads(text: str | bytes) -> Article:
    """Read an article back from the JSON text :func:`dumps` writes.

    :param text: The JSON text (bytes are read as UTF-8).
    :raises SchemaError: When *text* is not JSON, or not an article's dict form.
    """
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise SchemaError("", f"not JSON: {exc}") from None
    return from_dict(data)


# --------------------------------------------------------------------------
# The JSON Schema
# --------------------------------------------------------------------------

_PARAM: Final = regex.compile(
    r":param\s+(\w+):\s*(.*?)(?=\n\s*:(?:param|returns|raises)\b|\Z)", regex.S
)
_ROLE: Final = regex.compile(r":\w+:`~?(?:[^`<]*<)?([^`>]+)>?`")


#: ISO 8601 as :meth:`datetime.date.isoformat` writes it.
_DATE_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
#: ISO 8601 as :meth:`datetime.datetime.isoformat` writes it, the offset only when aware.
_DATETIME_PATTERN: Final = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?"
    r"([+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{6})?)?)?$"
)


def _plain(text: str) -> str:
    """Docstring markup made plain: roles to their target's last name, no double backquotes."""
    text = _ROLE.sub(lambda m: m.group(1).rsplit(".", 1)[-1].removesuffix("()"), text)
    text = (
        text.replace("``None``", "null").replace("``True``", "true").replace("``False``", "false")
    )
    return " ".join(text.replace("``", "`").split())


@functools.cache
def _descriptions(cls: type) -> dict[str, str]:
    out: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        out.update({m.group(1): _plain(m.group(2)) for m in _PARAM.finditer(klass.__doc__ or "")})
    return out


class _SchemaBuilder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, tp: Any) -> dict[str, Any]:
        args = _union_args(tp)
        if args is not None:
            options: list[dict[str, Any]] = []
            for a in args:
                schema = self.of(a)
                options.extend(schema["anyOf"] if list(schema) == ["anyOf"] else [schema])
            return {"anyOf": options}
        if tp is type(None):
            return {"type": "null"}
        if typing.get_origin(tp) is tuple:
            return {"type": "array", "items": self.of(typing.get_args(tp)[0])}
        if tp is dt.datetime:
            # Not "format": "date-time": a time without a zone is written
            # without an offset, which RFC 3339 does not allow.
            return {"type": "string", "pattern": _DATETIME_PATTERN}
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
        if tp in simple:
            return {"type": simple[tp]}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"$ref": self.define_enum(tp)}
        if tp is Span:
            return {"$ref": self.define_span()}
        if attrs.has(tp):
            refs = [{"$ref": self.define(sub)} for sub in _subclasses(tp)]
            return refs[0] if len(refs) == 1 else {"anyOf": refs}
        raise TypeError(f"no schema for {tp!r}")  # pragma: no cover

    def define_span(self) -> str:
        if "Span" not in self.defs:
            bound = {"type": "integer", "minimum": 0}
            self.defs["Span"] = {
                "description": "A half-open range [start, end) of character offsets into source.",
                "type": "array",
                "prefixItems": [bound, bound],
                "minItems": 2,
                "maxItems": 2,
            }
        return "#/$defs/Span"

    def define_enum(self, tp: type[enum.Enum]) -> str:
        if tp.__name__ not in self.defs:
            self.defs[tp.__name__] = {
                "description": _plain((tp.__doc__ or "").strip().split("\n\n")[0]),
                "enum": [m.value for m in tp],
            }
        return f"#/$defs/{tp.__name__}"

    def define(self, cls: type) -> str:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # A placeholder, against recursion.
            self.defs[name] = self.node(cls)
        return f"#/$defs/{name}"

    def node(self, cls: type) -> dict[str, Any]:
        notes = _descriptions(cls)
        properties: dict[str, Any] = {}
        for name, tp, _ in _fields(cls):
            prop = self.of(tp)
            if name in notes:
                prop = {"description": notes[name], **prop}
            properties[name] = prop
        summary = (cls.__doc__ or "").strip().split("\n\n")[0]
        return {
            "description": _plain(summary),
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }


def json_schema() -> dict[str, Any]:
    """Build the JSON Schema (draft 2020-12) of an article's dict form.

    The schema is built from the model's classes, their type hints and their
    docstrings, and describes what :meth:`Article.to_dict()
    <wireparse.Article.to_dict>` writes.

    The package ships the same schema as ``article.schema.json``; read it with
    ``importlib.resources.files("wireparse").joinpath("article.schema.json")``.
    """
    from wireparse._version import __version__

    builder = _SchemaBuilder()
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
    root["required"] = list(root["properties"])
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
