"""One token table per article body: the words that the speaker rules read.

The flat text of the body (quotations masked, line breaks as spaces; see
:mod:`wireparse.quotations.quotes`) is cut once into tokens at spaces.  Each token is
known by its index; the table gives its offsets, its normalised form (edge
punctuation and a possessive off, lower case), its case shape and the word
lists of :mod:`wireparse.lexicon` that hold it.  The offsets are read in one
pass; the rest is worked out when first asked for and kept, so a rule that
reads a few words near a cue pays for those words only.

>>> table = TokenTable("Harbor Minister Ilse Varga said, smiling.")
>>> [table.norm(i) for i in range(len(table))]
['harbor', 'minister', 'ilse', 'varga', 'said', 'smiling']
>>> table.shape(2), table.shape(4)
('title', 'lower')
>>> sorted(table.classes(1))
['role_nouns', 'titles']
>>> table.text(table.index_at(29))
'said,'
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from wireparse import lexicon

__all__ = ["CLASS_LISTS", "TokenTable"]

#: The English word lists a token's classes are read from, by list name.
CLASS_LISTS: Final = (
    "cue_verbs",
    "titles",
    "honorifics",
    "role_nouns",
    "group_nouns",
    "org_nouns",
    "document_nouns",
    "given_names_male",
    "given_names_female",
    "determiners",
    "sentence_openers",
    "name_particles",
)

#: A token is a run of characters between spaces of the flat text:
#: ``Varga said, smiling.`` gives ``Varga``, ``said,``, ``smiling.``.  The
#: standard :mod:`re` (not :mod:`regex`) for speed: one character class.
_TOKEN_RE = re.compile(r"[^ ]+")
_EDGE = "()[]{}\"“”„«»‘’'`\x01"


def _norm(token: str) -> str:
    core = token.strip(_EDGE).rstrip(",;:.!?").strip(_EDGE)
    if core.endswith(("'s", "’s")):
        core = core[:-2]
    return core.lower()


class TokenTable:
    """The tokens of a flat text, read once.

    :param flat: The flat text.
    :param start: Where the tokens start (the first body paragraph).
    :param end: Where they end; the end of the text by default.
    :param language: The folder of word lists that :meth:`classes` reads.
    """

    __slots__ = ("_classes", "_norms", "ends", "flat", "language", "starts")

    def __init__(
        self, flat: str, start: int = 0, end: int | None = None, language: str = "en"
    ) -> None:
        self.flat = flat
        self.language = language
        spans = [
            m.span() for m in _TOKEN_RE.finditer(flat, start, len(flat) if end is None else end)
        ]
        #: Offset of each token's first character.
        self.starts: list[int] = [s for s, _ in spans]
        #: Offset one past each token's last character.
        self.ends: list[int] = [e for _, e in spans]
        self._norms: dict[int, str] = {}
        self._classes: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def text(self, i: int) -> str:
        """Return token *i* as written, punctuation included."""
        return self.flat[self.starts[i] : self.ends[i]]

    def norm(self, i: int) -> str:
        """Return token *i* without edge punctuation or possessive, in lower case."""
        found = self._norms.get(i)
        if found is None:
            found = self._norms[i] = _norm(self.text(i))
        return found

    def shape(self, i: int) -> str:
        """Return the case shape of token *i*.

        ``upper`` (``NATO``), ``title`` (``Varga``), ``lower`` (``said``),
        ``digit`` (``30``) or ``other`` (punctuation, mixed case).
        """
        core = self.text(i).strip(_EDGE).rstrip(",;:.!?")
        if not core:
            return "other"
        if core[0].isdigit():
            return "digit"
        if core.isupper() and len(core) > 1:
            return "upper"
        if core[0].isupper():
            return "title"
        if core.islower():
            return "lower"
        return "other"

    def classes(self, i: int) -> frozenset[str]:
        """Return the names of the word lists (of :data:`CLASS_LISTS`) that hold token *i*."""
        word = self.norm(i)
        found = self._classes.get(word)
        if found is None:
            found = self._classes[word] = frozenset(
                name for name in CLASS_LISTS if word in lexicon.words(self.language, name)
            )
        return found

    def index_at(self, pos: int) -> int:
        """Return the index of the token that holds or precedes offset *pos* (-1 before all)."""
        return bisect.bisect_right(self.starts, pos) - 1

    def word_before(self, pos: int) -> str:
        """Return the token that ends before offset *pos*, as written (empty when none)."""
        k = bisect.bisect_left(self.ends, pos + 1) - 1
        return self.text(k) if k >= 0 else ""
