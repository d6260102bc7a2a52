"""The language of a story: stated by its feed, given by the caller, or detected.

:attr:`Article.language <wireparse.Article.language>` is an ISO 639-1 code
(``"en"``, ``"de"``, ``"fr"``, ``"es"``) or ``None``.  It comes from, in order:

1. the ``language=`` option of :func:`wireparse.parse` (and of
   :func:`~wireparse.iter_articles`, :func:`~wireparse.parse_many` and the
   command line's ``--language``), when the caller knows it;
2. the feed envelope, when its format states the language (an envelope with a
   ``language`` attribute that is set);
3. detection from the text by :func:`detect_language`.

Detection counts function words, with no model and no download: each language
of :data:`DETECTABLE` has a list ``lexicon/<language>/function_words.txt`` of
short words that it writes and the other languages do not (``the``, ``said``;
``der``, ``und``; ``les``, ``dans``; ``los``, ``dijo``).  Words shared by two
languages (``la``, ``de``, ``en``, ``in``, ``a``) are in no list.  The words of
the body's first few thousand characters are looked up (words in capitals,
such as ``AUS`` in a racing table, are skipped), and the language with
the most hits wins when it has at least :data:`MIN_HITS` of them and clearly
more than the runner-up (:data:`MARGIN` times as many), or at least
:data:`MIN_HITS_ALONE` when no other language has any (a short brief);
otherwise the language is ``None``.  A text of a language that has no list (Italian, Dutch) usually
gets ``None``, seldom a wrong code.

>>> detect_language("Der Stadtrat hat am Montag über die neue Brücke beraten, "
...                 "sagte eine Sprecherin der Stadt. Die Arbeiten sollen im Mai beginnen.")
'de'

The function-word lists are read on the first detection (never at import);
the other lists of a language (cue verbs, months, ...) only when a text in
that language is met.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import regex

from wireparse import lexicon

__all__ = [
    "DETECTABLE",
    "MARGIN",
    "MAX_CHARS",
    "MIN_HITS",
    "MIN_HITS_ALONE",
    "detect_language",
    "envelope_language",
    "language_scores",
    "normalise_language",
]

#: The languages :func:`detect_language` can name: those with a
#: ``function_words`` list.
DETECTABLE: Final = ("en", "de", "fr", "es")
#: The fewest function words the winning language must have.
MIN_HITS: Final = 4
#: How many times the runner-up's hits the winner needs.
MARGIN: Final = 1.5
#: The fewest function words that name the language when no other language
#: has any (a short brief: ``Der Hafen hat wieder geöffnet, sagte sie.``).
MIN_HITS_ALONE: Final = 2
#: How many characters of text :func:`detect_language` reads at most.
MAX_CHARS: Final = 3000
#: Detection stops early once a language has this many hits and
#: :data:`MARGIN` over the runner-up squared (a clear case).
_ENOUGH: Final = 8
_CHUNK: Final = 150

#: A word of letters, counted against each language's function words (``die``, ``the``).
_WORDS = regex.compile(r"\p{L}+")
#: :data:`_WORDS` in ASCII text, where the letters are A-Z and a-z (``the``, ``Said``).
_ASCII_WORDS = re.compile(r"[A-Za-z]+")
#: A language code as callers write it, its two-letter language first (``de``, ``pt-BR``,
#: ``en_GB``).
_CODE = regex.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8}){0,3}")


@functools.cache
def _table() -> dict[str, int]:
    """Each function word with the index of its language in :data:`DETECTABLE`."""
    table: dict[str, int] = {}
    for i, language in enumerate(DETECTABLE):
        for word in lexicon.words(language, "function_words"):
            table[word] = i
    return table


def normalise_language(code: str) -> str:
    """Return the ISO 639-1 code of a language tag: ``"DE"`` and ``"de-AT"`` give ``"de"``.

    :param code: A two-letter code, optionally with a region or script
        subtag (``fr-CH``, ``es_419``).
    :raises ValueError: When *code* is not such a tag.
    """
    if not isinstance(code, str):
        raise TypeError(f"a language is a str such as 'de', not {type(code).__name__}")
    m = _CODE.fullmatch(code.strip())
    if m is None:
        raise ValueError(f"not an ISO 639-1 language code: {code!r}")
    return m.group(1).lower()


def language_scores(text: str, start: int = 0, end: int | None = None) -> dict[str, int]:
    """Count the function words of each language of :data:`DETECTABLE` in a text.

    Reads at most :data:`MAX_CHARS` characters from *start*, and stops early
    once one language clearly leads.

    >>> language_scores("El alcalde dijo que las obras durarán tres meses.")
    {'en': 0, 'de': 0, 'fr': 0, 'es': 3}

    :param text: The text.
    :param start: Where to start reading.
    :param end: Where to stop (the end of *text* by default).
    :returns: The hits per language, in the order of :data:`DETECTABLE`.
    """
    table = _table()
    stop = len(text) if end is None else min(end, len(text))
    stop = min(stop, start + MAX_CHARS)
    counts = [0] * len(DETECTABLE)
    pos = start
    get = table.get
    while pos < stop:
        chunk_end = min(stop, pos + _CHUNK)
        # Finish the word the chunk cuts.
        while chunk_end < stop and text[chunk_end].isalpha():
            chunk_end += 1
        chunk = text[pos:chunk_end]
        # In ASCII text the letters are A-Z and a-z: ``re`` finds the words
        # ``\p{L}+`` finds, at half the cost.
        for word in (_ASCII_WORDS if chunk.isascii() else _WORDS).findall(chunk):
            i = get(word.lower())
            # A word in capitals is an abbreviation or a line in capitals
            # (``AUS``, ``LO QUE DIJO``): not counted.  (Looked up first: most
            # words are in no list, and need no case check.)
            if i is not None and not (word.isupper() and len(word) > 1):
                counts[i] += 1
        pos = chunk_end
        ranked = sorted(counts, reverse=True)
        if ranked[0] >= _ENOUGH and ranked[0] >= MARGIN * MARGIN * ranked[1]:
            break
    return dict(zip(DETECTABLE, counts, strict=True))


def detect_language(text: str, start: int = 0, end: int | None = None) -> str | None:
    """Guess the language of a text from its function words (see the module's notes).

    :param text: The text (a story's body reads best; headlines are short).
    :param start: Where to start reading.
    :param end: Where to stop.
    :returns: An ISO 639-1 code of :data:`DETECTABLE`, or ``None`` when the
        text is too short or no language clearly leads.
    """
    scores = language_scores(text, start, end)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if second == 0 and hits >= MIN_HITS_ALONE:
        return best
    if hits < MIN_HITS or hits < MARGIN * second:
        return None
    return best


def envelope_language(envelope: object) -> str | None:
    """The language a feed envelope states, normalised, or ``None``.

    A format whose header carries a language sets its envelope's
    ``language`` attribute; envelopes without one give ``None``.

    :param envelope: A feed envelope (:class:`wireparse.Envelope`), or ``None``.
    """
    value = getattr(envelope, "language", None)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return normalise_language(value)
    except ValueError:
        return None
