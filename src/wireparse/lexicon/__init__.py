"""Word lists as package data: one list per file, one folder per language.

A language is data.  The words that the readers of quotations, speakers,
datelines and dates consult (cue verbs, titles, role nouns, pronouns, given
names, organisation and group nouns, month names, ...) live in plain UTF-8
text files under ``wireparse/lexicon/<language>/<list>.txt``, where
``<language>`` is an ISO 639-1 code (``en``, ``de``, ``fr``, ``es``).

The file format:

* one entry per line; an entry may hold spaces (``point out``);
* a line whose first non-blank character is ``#`` is a comment, and blank
  lines are ignored; every file opens with a comment saying what the list is
  and giving an invented example of the convention it serves;
* an entry may carry a value after `` = `` (``januar = 1``), read with
  :func:`mapping`.

Lists are read on first use and kept (the cache is filled once per list and
never changes afterwards): ``import wireparse`` reads English lists only, and
another language's lists are read when a text of that language is met
(:func:`loaded` tells which).  The lists of every language are tabled in the
documentation's word-list page.

The files are read from the package's folder with plain file calls:
``importlib.resources`` would add about 8 ms to ``import wireparse`` (it
imports ``pathlib``, ``tempfile`` and ``zipfile``), and the package is
always installed as files (a wheel is unpacked), never run from a zip.

>>> "said" in words("en", "cue_verbs")
True
"""

from __future__ import annotations

import functools
import os

__all__ = ["LexiconError", "entries", "languages", "list_names", "loaded", "mapping", "words"]

#: The lists read so far, in the order they were read.
_LOADED: list[tuple[str, str]] = []


class LexiconError(LookupError):
    """A word list that does not exist, or a line that breaks the file format."""


#: The folder that holds one folder of lists per language.
_ROOT = os.path.dirname(os.path.abspath(__file__))


def _text(language: str, name: str) -> str:
    path = os.path.join(_ROOT, language, f"{name}.txt")
    if not os.path.isfile(path):
        raise LexiconError(f"no word list {name!r} for language {language!r}")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


@functools.cache
def entries(language: str, name: str) -> tuple[str, ...]:
    """Every entry of one list, in file order, with values left on.

    :param language: An ISO 639-1 code, the folder's name (``"en"``).
    :param name: The list's file name without ``.txt`` (``"cue_verbs"``).
    :returns: The entries, stripped of surrounding white space.
    :raises LexiconError: When the list does not exist.
    """
    out = []
    text = _text(language, name)
    _LOADED.append((language, name))
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def words(language: str, name: str) -> frozenset[str]:
    """One list as a set of entries (values, if any, cut off).

    :param language: An ISO 639-1 code (``"en"``).
    :param name: The list's file name without ``.txt``.
    :returns: The entries as a frozen set.
    :raises LexiconError: When the list does not exist.
    """
    return frozenset(entry.partition(" = ")[0].strip() for entry in entries(language, name))


@functools.cache
def mapping(language: str, name: str) -> dict[str, str]:
    """One list of ``key = value`` entries as a dictionary.

    :param language: An ISO 639-1 code (``"de"``).
    :param name: The list's file name without ``.txt`` (``"months"``).
    :returns: A new dictionary from key to value (copy it before changing it:
        the same object is returned on every call).
    :raises LexiconError: When the list does not exist, or an entry has no
        `` = `` value.
    """
    out: dict[str, str] = {}
    for entry in entries(language, name):
        key, sep, value = entry.partition(" = ")
        if not sep:
            raise LexiconError(f"{language}/{name}: entry {entry!r} has no ' = value'")
        out[key.strip()] = value.strip()
    return out


def loaded() -> tuple[tuple[str, str], ...]:
    """The lists read so far in this process, as ``(language, name)`` pairs in reading order.

    A list is read once, on first use: ``import wireparse`` reads English
    lists only, and another language's lists are read when a story in it is
    parsed.

    >>> ("de", "cue_verbs") in loaded() or True
    True
    """
    return tuple(_LOADED)


def languages() -> tuple[str, ...]:
    """The languages that have a folder of lists, sorted."""
    with os.scandir(_ROOT) as found:
        return tuple(sorted(e.name for e in found if e.is_dir() and not e.name.startswith("_")))


def list_names(language: str) -> tuple[str, ...]:
    """The names of one language's lists, sorted.

    :raises LexiconError: When there is no folder for the language.
    """
    folder = os.path.join(_ROOT, language)
    if not os.path.isdir(folder):
        raise LexiconError(f"no word lists for language {language!r}")
    with os.scandir(folder) as found:
        return tuple(sorted(e.name[:-4] for e in found if e.name.endswith(".txt")))
