"""Patterns compiled on first use, so that ``import wireparse`` stays cheap.

A big pattern (a long alternation, a verbose grammar) costs a few
milliseconds to compile; a module that compiles a dozen of them at import
makes every program that imports the package wait, though one parse may
use few of them.  :func:`lazy_compile` returns a stand-in that compiles the
pattern the first time one of its methods is used, then answers like the
compiled pattern at the same cost (the compiled pattern's bound methods are
kept on the stand-in, so no further indirection is paid).
:func:`lazy_compile_re` does the same for a pattern of the standard
library's :mod:`re`, which some hot, literal-led patterns use for speed.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any, Final, cast

import regex

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["KEEP_GIL", "LazyPattern", "lazy_compile", "lazy_compile_re"]

_LOCK = threading.Lock()

#: The ``concurrent`` argument of a ``regex`` pattern's methods that keeps
#: the GIL while the pattern matches, passed by position:
#: ``PATTERN.match(text, pos, end, KEEP_GIL)``.  ``regex`` lets go of the GIL
#: for each call by default, and takes it again at the end and each time
#: it allocates room to backtrack: about a thousand instructions a call,
#: a quarter of a short match's cost.  The parse matches short stretches
#: of text, a few microseconds each, where other threads gain nothing.
#: (Passed by keyword, ``concurrent=False`` costs more than it saves.)
KEEP_GIL: Final = False


class LazyPattern:
    """A ``regex`` pattern compiled the first time it is used.

    :param pattern: The pattern's source, as for ``regex.compile``.
    :param flags: Its flags.
    :param compiler: The function that compiles it: ``regex.compile``, or
        ``re.compile`` for a pattern of the standard library's :mod:`re`.
    """

    def __init__(
        self,
        pattern: str,
        flags: int = 0,
        compiler: Callable[[str, int], Any] = regex.compile,
    ) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiler = compiler

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: compile,
        # keep the compiled pattern's methods and attributes on the
        # instance, and answer from them from now on.
        if name.startswith("__"):
            raise AttributeError(name)
        with _LOCK:
            compiled = self._compiler(self.pattern, self._flags)
            for attr in (
                "match", "fullmatch", "search", "finditer", "findall",
                "sub", "subn", "split", "flags", "groupindex", "groups",
            ):  # fmt: skip
                setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A pattern compiled the first time it is used (see :class:`LazyPattern`).

    Typed as the compiled pattern it stands for: it answers ``match``,
    ``fullmatch``, ``search``, ``finditer``, ``findall``, ``sub``, ``subn``,
    ``split`` and ``pattern`` as one does.  Use it for the big module-level
    patterns a module would otherwise compile at import.

    :param pattern: The pattern's source.
    :param flags: ``regex`` flags, as for ``regex.compile``.
    """
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags))


def lazy_compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of the standard library's :mod:`re`, compiled the first time it is used.

    As :func:`lazy_compile`, for the literal-led patterns that :mod:`re`
    runs faster than :mod:`regex` (a long alternation of cue words, say).

    :param pattern: The pattern's source.
    :param flags: :mod:`re` flags, as for ``re.compile``.
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, flags, re.compile))
