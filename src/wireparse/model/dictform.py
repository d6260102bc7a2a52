"""The generic machinery of the dict form: writing nodes, reading them back, describing them.

The conversions are driven by the classes' type hints, so a field added to
the model is written, read back and described without another line here.
:mod:`wireparse.model.serialise` uses it for the article's public dict, JSON
and JSON Schema functions; :meth:`Article.to_dict
<wireparse.Article.to_dict>` and :meth:`Article.from_dict
<wireparse.Article.from_dict>` call it directly.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import sys
import types
import typing
from typing import Any, Final

import attrs
import regex

from wireparse.errors import SchemaError
from wireparse.model import core, envelopes, metadata, quotations  # noqa: F401 (their classes name the type hints)
from wireparse.model.core import Span
from wireparse.model.envelopes import Envelope, envelope_class, envelope_classes

__all__ = [
    "DERIVED_KEYS",
    "SchemaBuilder",
    "build",
    "envelope_class",
    "kind_of",
    "node_to_dict",
]

#: The modules whose classes the model's type hints name.
_MODEL_MODULES: Final = (
    "wireparse.model.core",
    "wireparse.model.envelopes",
    "wireparse.model.metadata",
    "wireparse.model.quotations",
)

#: Keys of the dict form that are derived from other keys, not fields.
DERIVED_KEYS: Final = frozenset({"paragraphs", "schema_version"})


# --------------------------------------------------------------------------
# Type hints
# --------------------------------------------------------------------------


@functools.cache
def _namespace() -> dict[str, Any]:
    names: dict[str, Any] = {"dt": dt}
    for module_name in _MODEL_MODULES:
        module = sys.modules[module_name]
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


def node_to_dict(value: Any) -> dict[str, Any]:
    """Write one node (an attrs instance) as a dict of its fields, in field order."""
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
        return node_to_dict
    if tp in (str, int, float, bool):
        return _identity
    raise TypeError(f"no encoder for {tp!r}")  # pragma: no cover


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------

_Decoder = typing.Callable[[Any, str], Any]


def kind_of(value: Any) -> str:
    """The JSON kind of a value as an error message names it (``null``, ``str``, ``list``...)."""
    return "null" if value is None else type(value).__name__


def _primitive(tp: type) -> _Decoder:
    def decode(value: Any, path: str) -> Any:
        if type(value) is tp or (tp is float and type(value) is int):
            return value
        raise SchemaError(path, f"expected {tp.__name__}, got {kind_of(value)}")

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
            raise SchemaError(path, f"expected an ISO 8601 {want}, got {kind_of(value)}")
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
            raise SchemaError(path, f"expected a list, got {kind_of(value)}")
        return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))

    return decode


def _optional_decoder(inner: _Decoder) -> _Decoder:
    def decode(value: Any, path: str) -> Any:
        return None if value is None else inner(value, path)

    return decode


def _node_decoder(cls: type) -> _Decoder:
    def decode(value: Any, path: str) -> Any:
        return build(cls, value, path)

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


def build(
    cls: type, data: Any, path: str, *, skip: frozenset[str] = frozenset(), **given: Any
) -> Any:
    """Build a node of *cls* from its dict form (*path* names it in errors; *given* is not read)."""
    if not isinstance(data, dict):
        raise SchemaError(path, f"expected an object, got {kind_of(data)}")
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


# --------------------------------------------------------------------------
# The JSON Schema
# --------------------------------------------------------------------------

#: A ``:param name: text`` field of a docstring, its text up to the next field (``:param text: The
#: byline.``).
_PARAM: Final = regex.compile(
    r":param\s+(\w+):\s*(.*?)(?=\n\s*:(?:param|returns|raises)\b|\Z)", regex.S
)
#: A Sphinx cross-reference in a docstring, its target kept (the ``wireparse.Span`` of
#: ``:class:`~wireparse.Span```).
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


class SchemaBuilder:
    """Builds the JSON Schema of a node class and the classes it holds, into its ``defs``."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, tp: Any) -> dict[str, Any]:
        """The schema of a type hint, defining the classes it names."""
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
            # An envelope is of the base class or of a registered format's class.
            subs: list[type] = (
                [Envelope, *envelope_classes()] if tp is Envelope else _subclasses(tp)
            )
            refs = [{"$ref": self.define(sub)} for sub in subs]
            return refs[0] if len(refs) == 1 else {"anyOf": refs}
        raise TypeError(f"no schema for {tp!r}")  # pragma: no cover

    def define_span(self) -> str:
        """Define :class:`~wireparse.Span` and return its reference."""
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
        """Define an enumeration and return its reference."""
        if tp.__name__ not in self.defs:
            self.defs[tp.__name__] = {
                "description": _plain((tp.__doc__ or "").strip().split("\n\n")[0]),
                "enum": [m.value for m in tp],
            }
        return f"#/$defs/{tp.__name__}"

    def define(self, cls: type) -> str:
        """Define a node class (once) and return its reference."""
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # A placeholder, against recursion.
            self.defs[name] = self.node(cls)
        return f"#/$defs/{name}"

    def node(self, cls: type) -> dict[str, Any]:
        """The schema of a node class: its fields, described from its docstring."""
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
