"""Quotations, attributions and their speakers: who said what.

:func:`analyse` reads the body paragraphs of an article and returns a
:class:`QuoteAnalysis`: the quotations of speech with their speakers and cues,
the attributions made without quotation marks, the people and organisations
they resolve to, the quoted spans that are not speech (scare quotes, titles,
nicknames, slogans) and the defects found (an unclosed quotation).

The analysis runs in five steps, each linear in the text:

1. **Marks.**  Every quotation mark is given a role from its glyph and the
   characters beside it (an opening mark stands before a word, a closing one
   after), and the marks are paired across the paragraphs.  A paragraph that
   ends inside a quotation and a next paragraph that opens with a mark make
   one quotation in pieces (the AP convention); a mark that reopens after a
   sentence end inside a quotation starts a new piece (paragraphs flattened
   into one line).  Straight and curly marks, ANPA's doubled grave accents
   and apostrophes, guillemets and low-9 marks are read; single marks are
   read as apostrophes or nested quotation, unless the body uses no double
   marks at all.
2. **Flat text.**  A copy of the source of the same length, line breaks made
   spaces and quotations masked, so that the rules below never read quoted
   words.  Sentences and cues (:data:`wireparse.quotations.cues.CUE_RE`) are found in it.
3. **Cues.**  Each cue gets its source: the noun phrase before it (``Varga
   said``), after it when it follows a quotation (``," said Varga``) or
   after ``according to``.
4. **Quotations.**  Each quotation takes the cue right after it, else the
   nearest cue before it in its sentence, else a cue that closes its sentence
   (``..., Varga added.``); a quotation without a cue carries over the
   last source named before it in the paragraph (a quotation's speaker or an
   attribution's source, within two sentences), or the previous paragraph's
   when it opens its paragraph.  A short quoted phrase with no cue, a phrase
   in title case, and a phrase after ``so-called``, ``known as``, ``slogan``...
   is not speech: it goes to :attr:`QuoteAnalysis.others` with its kind.
5. **Attributions.**  A cue with a source that no quotation took, in a
   sentence without quoted speech, is an :class:`~wireparse.Attribution`.

Spans are offsets into the *source* passed to :func:`analyse`; each
paragraph is read from ``source[p.span.start:p.span.end]``.

The patterns here use the standard library's :mod:`re` rather than
:mod:`regex`, for speed: each is bounded and led by a literal or a character
class, which :mod:`re` skips to several times faster.  All but the few that
find the marks are compiled on first use, so that ``import wireparse`` does
not pay for them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs

from wireparse import lexicon
from wireparse.metadata.dates import is_timestamp_line
from wireparse.model import Defect, Paragraph, Person, SourceKind, Span, Speaker
from wireparse.model.core import DefectCode
from wireparse.model.quotations import Attribution, Quote, QuoteKind
from wireparse.quotations import cues, languages
from wireparse.quotations.people import (
    KIN_NOUNS,
    MASK,
    Entity,
    Mention,
    Resolver,
    head_noun,
    is_age,
    is_height,
    is_participle,
    is_party_epithet,
    is_role,
    phrase_after,
    span,
    subject_before,
    word_before,
)
from wireparse.quotations.tokens import TokenTable
from wireparse.reading.patterns import lazy_compile_re

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = [
    "QuoteAnalysis",
    "analyse",
]


@attrs.frozen(slots=True)
class QuoteAnalysis:
    """The result of :func:`analyse`.

    :param quotes: Quotations of speech (full and partial), in order.
    :param attributions: Attributions without quotation marks, in order.
    :param people: The sources the speakers resolve to, in the order first
        resolved; :attr:`wireparse.Speaker.person` indexes this tuple.
    :param others: Quoted spans that are not speech, in order.
    :param defects: Problems with the marks (``unclosed-quote``,
        ``unopened-quote``), in order.
    """

    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    people: tuple[Person, ...] = ()
    others: tuple[Quote, ...] = ()
    defects: tuple[Defect, ...] = ()


# --------------------------------------------------------------------------
# Step 1: marks

#: Double quotation marks: straight, curly, low-9, guillemets, ANPA's ``
#: and '' (a run of three apostrophes is a single close plus a double close),
#: and the same two pairs as a word processor curls them, ‘‘ and ’’
#: (``“The pier is closed,’’ the harbour master said``).
_DOUBLE_RE = re.compile(r"``|‘‘|''(?!')|’’(?!’)|[\"“”„‟«»]")
#: The double marks that make a body one of double quotation marks.  Not
#: ’’: in copy quoted with single marks it is a plural possessive closing a
#: quotation (``‘We back the workers’’``) as often as a curled double close.
_DOUBLE_BODY_RE = re.compile(r"``|‘‘|''(?!')|[\"“”„‟«»]")
#: Single marks, read as quotation only when a body has no double marks
#: (``‘We will rebuild,’ she said``, ``‹Jamais›``).
_SINGLE_RE = re.compile(r"[‘’'‚‹›`]")
#: The one-character glyphs of :data:`_DOUBLE_RE` and :data:`_SINGLE_RE`.
_DOUBLE_GLYPHS = '"“”„‟«»'
_SINGLE_GLYPHS = "‘’'‚‹›`"
#: The two-character double marks: two backquotes or two left single marks
#: open, two apostrophes or two right single marks close (ANPA's
#: ``''We will rebuild,'' she said``; curled by a word processor,
#: ``‘‘We will rebuild,’’ she said``).
_PAIR_RES = (re.compile("``"), re.compile("''"), re.compile("‘‘"), re.compile("’’"))
#: The two-character marks that open: a third mark after one of them is not
#: read as the end of a single quotation (only a closing pair's is).
_OPENING_PAIRS = frozenset(("``", "‘‘"))


class _MarkFinder:
    """Find the quotation marks of a paragraph, as ``pattern.finditer`` would.

    ``re`` reads a pattern that opens with a character class one position at
    a time; :meth:`str.find` skips ahead in C.  The finder looks only for the
    glyphs that the body holds at all, and gives the same marks as
    :data:`_DOUBLE_RE` (or :data:`_SINGLE_RE`) run over the paragraph.

    Without ANPA's two-character marks, every one-character mark of the body
    is found once, and a paragraph's are read off by bisection.

    :param source: The article text.
    :param lo: Start of the body.
    :param hi: End of the body.
    :param single: Whether to find single marks (else double marks).
    """

    __slots__ = ("glyphs", "pairs", "single", "source", "starts")

    def __init__(self, source: str, lo: int, hi: int, single: bool) -> None:
        self.source = source
        self.single = single
        glyphs = _SINGLE_GLYPHS if single else _DOUBLE_GLYPHS
        self.glyphs = [g for g in glyphs if source.find(g, lo, hi) >= 0]
        # A two-character str.find is slow: look for one character first,
        # then for the pair with a literal pattern.
        self.pairs = [
            pattern.pattern
            for pattern in (() if single else _PAIR_RES)
            if source.find(pattern.pattern[0], lo, hi) >= 0
            and pattern.search(source, lo, hi) is not None
        ]
        #: Where the one-character marks of the body are, when there are no pairs.
        self.starts: list[int] | None = None
        if not self.pairs:
            find = source.find
            starts: list[int] = []
            for glyph in self.glyphs:
                pos = find(glyph, lo, hi)
                while pos >= 0:
                    starts.append(pos)
                    pos = find(glyph, pos + 1, hi)
            if len(self.glyphs) > 1:
                starts.sort()
            self.starts = starts

    def __bool__(self) -> bool:
        """Whether ``[lo, hi)`` holds a mark that makes it a body of double marks.

        A lone apostrophe is no double mark, and nor is ``’’`` alone (see
        :data:`_DOUBLE_BODY_RE`).
        """
        return bool(self.glyphs) or any(pair != "’’" for pair in self.pairs)

    def __call__(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Return ``(start, end)`` of each mark in ``[lo, hi)``, in order."""
        starts = self.starts
        if starts is not None:
            first = bisect.bisect_left(starts, lo)
            if first == len(starts) or starts[first] >= hi:
                return []  # the common case: a paragraph without marks
            return [(pos, pos + 1) for pos in starts[first : bisect.bisect_left(starts, hi, first)]]
        source = self.source
        find = source.find
        out: list[tuple[int, int]] = []
        for glyph in self.glyphs:
            pos = find(glyph, lo, hi)
            while pos >= 0:
                out.append((pos, pos + 1))
                pos = find(glyph, pos + 1, hi)
        if self.pairs:
            for pair in self.pairs:
                pos = find(pair, lo, hi)
                while pos >= 0:
                    # '' before a third apostrophe is not a mark: ''(?!'),
                    # nor ’’ before a third ’ (a single close, then a double).
                    if pair in _OPENING_PAIRS or pos + 2 >= hi or source[pos + 2] != pair[0]:
                        out.append((pos, pos + 2))
                    pos = find(pair, pos + 1, hi)
            out.sort()
            # Overlapping pairs (```) are read from the left, one at a time.
            kept: list[tuple[int, int]] = []
            last = lo
            for mark in out:
                if mark[0] >= last:
                    kept.append(mark)
                    last = mark[1]
            return kept
        if len(self.glyphs) > 1:
            out.sort()
        return out


_OPEN, _CLOSE, _EITHER = 1, 2, 3
_OPENERS = frozenset(("“", "„", "‟", "``", "‘‘", "«", "‘", "‚", "‹", "`"))
_CLOSERS = frozenset(("”", "''", "’’", "»", "’", "›"))
_BEFORE_OPEN = frozenset("([{—–-/\"“”„«»‘’'`\x01")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-/\"“”„«»‘’'`…")
#: The guillemets, double and single: the only marks set off by a space
#: (:func:`_spaced_guillemet`).
_GUILLEMETS = frozenset("«»‹›")
#: Deepest nesting of double marks tracked inside a quotation.
_MAX_DEPTH = 4


def _spaced_guillemet(glyph: str, prev: str, nxt: str, prev_space: bool, next_space: bool) -> int:
    """Return the role of a French guillemet set off by a space on its inner side, else 0.

    French copy sets a space (often a no-break space) inside its guillemets:
    ``il parle d'« un choc », puis ...``.  A ``«`` followed by a space opens
    and a ``»`` preceded by one closes, whatever stands on the outer side
    (here a comma, which alone would make the ``»`` look like an opening
    mark).  German and Swiss copy set its guillemets tight (``»Text«`` or
    ``«Text»``), so the rule never reads them.  The same holds for the single
    guillemets ``‹ ... ›``.
    """
    if glyph in "«‹":
        if next_space and not prev.isalnum():
            return _OPEN
    elif glyph in "»›" and prev_space and not nxt.isalnum():
        return _CLOSE
    return 0


def _is_inch_mark(source: str, start: int, lo: int) -> bool:
    """Return whether the double mark at *start* is the inch mark of a height.

    News copy gives heights and sizes in feet and inches with the prime
    marks a keyboard makes into quotation marks: ``the 6'2" centre``, ``she
    is 5’10” tall``.  A double mark after one or two digits, a single mark
    and a digit is no quotation mark, so it never closes the quotation
    around it (``"He's like 6’2”," the senator said``).
    """
    k = start - 1
    while k > lo and start - k <= 2 and source[k].isdigit():
        k -= 1
    # source[k + 1 : start] are the inches; source[k] must be the foot mark.
    return (
        k > lo
        and start - k <= 3
        and source[k] in "'’"
        and source[k - 1].isdigit()
        and (k - 1 == lo or not source[k - 2].isalnum())
    )


def _role(source: str, start: int, end: int, lo: int, hi: int, single: bool) -> int:
    """Return whether the mark at ``[start, end)`` opens, closes or may do either.

    Returns 0 for a single mark that is an apostrophe (``Russia's``,
    ``'90s``, ``rock 'n' roll``).
    """
    prev = source[start - 1] if start > lo else " "
    nxt = source[end] if end < hi else " "
    if not single and prev.isdigit() and _is_inch_mark(source, start, lo):
        return 0  # he stands 6'2": a height in feet and inches
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    can_open = not next_space and (prev_space or prev in _BEFORE_OPEN)
    can_close = not prev_space and (next_space or nxt in _AFTER_CLOSE)
    if single:
        if prev.isalnum() and nxt.isalnum():
            return 0  # Russia's, don't
        if can_open and source[start:end] in "'’":
            if nxt.isdigit():
                return 0  # '90s
            word_end = end
            while word_end < hi and word_end - end < 6 and source[word_end].isalpha():
                word_end += 1
            if source[end:word_end].lower() in cues.ELISIONS:
                return 0  # 'em, 'n'
        if can_close and prev.isalpha() and source[start:end] in "'’":
            # The second mark of rock 'n' roll: the word back to an
            # apostrophe that opened the elision.
            word_start = start - 1
            while word_start > lo and start - word_start < 6 and source[word_start - 1].isalpha():
                word_start -= 1
            k = word_start - 1
            if (
                k >= lo
                and source[k] in "'’"
                and (k == lo or not source[k - 1].isalnum())
                and source[word_start:start].lower() in cues.ELISIONS
            ):
                return 0
    glyph = source[start:end]
    if glyph in _GUILLEMETS:  # (no other glyph is spaced: the common case skips the call)
        spaced = _spaced_guillemet(glyph, prev, nxt, prev_space, next_space)
        if spaced:
            return spaced
    if can_open != can_close:
        return _OPEN if can_open else _CLOSE  # whatever the glyph
    # Both or neither: the glyph decides.
    if glyph in _OPENERS:
        return _OPEN
    if glyph in _CLOSERS:
        return _CLOSE
    return _EITHER


class _Piece:
    """A piece of a quotation: its opening mark, its text and its closing mark.

    :param para: Index of the paragraph.
    :param open_start: Where the opening mark starts.
    :param open_end: Where the opening mark ends (the text starts).
    :param end: Where the text ends.
    :param close_end: Where the closing mark ends, or ``None`` when the piece
        has none (it runs on in the next paragraph, or is never closed).
    """

    __slots__ = ("close_end", "end", "mask_end", "open_end", "open_start", "para")

    def __init__(
        self, para: int, open_start: int, open_end: int, end: int, close_end: int | None = None
    ) -> None:
        self.para = para
        self.open_start = open_start
        self.open_end = open_end
        self.end = end
        self.close_end = close_end
        #: Where the masked span ends: the closing mark's end, else the text's.
        self.mask_end = end if close_end is None else close_end

    def __repr__(self) -> str:
        return (
            f"_Piece(para={self.para}, open_start={self.open_start}, open_end={self.open_end},"
            f" end={self.end}, close_end={self.close_end})"
        )


def _after_sentence_end(source: str, pos: int, lo: int) -> bool:
    """Return whether a sentence ends just before *pos* (spaces skipped)."""
    k = pos - 1
    while k >= lo and source[k].isspace():
        k -= 1
    while k >= lo and source[k] in "’'":
        k -= 1
    return k >= lo and k < pos - 1 and source[k] in ".?!…"


def _rstrip_at(source: str, lo: int, pos: int) -> int:
    while pos > lo and source[pos - 1].isspace():
        pos -= 1
    return pos


def _opens_with_mark(source: str, lo: int, hi: int, single: bool) -> bool:
    k = lo
    while k < hi and source[k].isspace():
        k += 1
    pattern = _SINGLE_RE if single else _DOUBLE_RE
    m = pattern.match(source, k, hi)
    return m is not None and _role(source, m.start(), m.end(), k, hi, single) in (_OPEN, _EITHER)


def _before_no_possessed(source: str, at: int, hi: int) -> bool:
    """Return whether the word at *at* never follows a plural possessive.

    A single mark that ends a word before ``for``, ``to``, ``the``, ``but``
    (the list ``not_after_possessive``) closes a quotation, though a later
    mark could: ``the deal was 'a step forward' for farmers' co-operatives``
    quotes ``a step forward``; ``'The gates' hinges held,'`` reads on.
    """
    k = at
    while k < hi and k - at < _WORD_REACH and source[k].isalpha():
        k += 1
    return source[at:k].lower() in _NOT_AFTER_POSSESSIVE


def _closes_later(
    source: str, found: Sequence[tuple[int, int]], k: int, lo: int, hi: int, roles: dict[int, int]
) -> bool:
    """Return whether the next single mark after ``found[k - 1]`` that is no apostrophe closes.

    The roles read are kept in *roles*, so that each mark is read at most
    twice: the look-ahead stops at the first mark that opens or closes.
    """
    while k < len(found):
        start, end = found[k]
        role = roles.get(start)
        if role is None:
            role = roles[start] = _role(source, start, end, lo, hi, True)
        if role:
            return role == _CLOSE
        k += 1
    return False


def _pair_marks(
    source: str, bounds: Sequence[tuple[int, int]], find_marks: _MarkFinder
) -> tuple[list[list[_Piece]], list[Defect]]:
    """Pair the quotation marks of the paragraphs into quotations of pieces.

    :param find_marks: Finds the marks (double, or single in a body without
        double marks) of a paragraph.
    """
    quotes: list[list[_Piece]] = []
    defects: list[Defect] = []
    single = find_marks.single
    cur: list[_Piece] | None = None
    open_start = open_end = 0  # the opening mark of the current piece
    nested: list[int] = []
    # The body's one-character marks, when it has no two-character ones: a
    # paragraph without a mark between them is passed over without a call.
    starts = find_marks.starts
    bisect_left = bisect.bisect_left
    double_roles: dict[tuple[str, str, str], int] = {}  # by the characters around a mark
    for pi, (lo, hi) in enumerate(bounds):
        if cur is None and starts is not None:
            k = bisect_left(starts, lo)
            if k == len(starts) or starts[k] >= hi:
                continue  # no quotation here
        found = find_marks(lo, hi)
        if not found and cur is None:
            continue  # no quotation here
        skip = 0
        if cur is not None:
            # The paragraph opens with a mark: the next piece.
            open_start, open_end = found[0]
            skip = 1
        roles: dict[int, int] = {}  # roles read ahead, by mark start
        for k in range(skip, len(found)):
            start, end = found[k]
            if single:
                role = roles[start] if start in roles else _role(source, start, end, lo, hi, single)
            else:
                # A double mark's role is decided by the mark and the two
                # characters beside it alone, but for a height in feet and
                # inches (after a digit): it is kept by them for the body.
                prev = source[start - 1] if start > lo else " "
                key = (prev, source[start:end], source[end] if end < hi else " ")
                role = double_roles.get(key, -1)
                if role < 0:
                    role = _role(source, start, end, lo, hi, False)
                    if not prev.isdigit():
                        double_roles[key] = role
            if role == 0:
                continue
            if (
                single
                and role == _CLOSE
                and cur is not None
                and not nested
                and end < hi - 1
                and source[end] == " "
                and source[start - 1].isalpha()
                and source[end + 1].isalpha()
                and not _before_no_possessed(source, end + 1, hi)
                and _closes_later(source, found, k + 1, lo, hi, roles)
            ):
                continue  # the gates' hinges: a later mark closes the quotation
            if role == _OPEN or (role == _EITHER and cur is None):
                if cur is None:
                    cur = []
                    open_start, open_end = start, end
                elif not nested and _after_sentence_end(source, start, open_end):
                    # A mark reopening after a sentence end: a new piece.
                    piece_end = _rstrip_at(source, open_end, start)
                    cur.append(_Piece(pi, open_start, open_end, piece_end))
                    open_start, open_end = start, end
                elif len(nested) < _MAX_DEPTH:
                    nested.append(start)
                else:
                    defects.append(_defect(DefectCode.UNCLOSED_QUOTE, start, end))
                continue
            if cur is None:
                if not single:
                    defects.append(
                        Defect(
                            DefectCode.UNOPENED_QUOTE,
                            "a closing quotation mark has no opening mark",
                            span(start, end),
                        )
                    )
                continue
            if nested:
                nested.pop()
                continue
            cur.append(_Piece(pi, open_start, open_end, start, end))
            quotes.append(cur)
            cur = None
        if cur is None:
            continue
        for pos in nested:
            defects.append(_defect(DefectCode.UNCLOSED_QUOTE, pos, pos + 1))
        nested.clear()
        cur.append(_Piece(pi, open_start, open_end, _rstrip_at(source, open_end, hi)))
        if pi + 1 < len(bounds) and _opens_with_mark(source, *bounds[pi + 1], single):
            continue  # the quotation goes on in the next paragraph
        first = cur[0]
        defects.append(_defect(DefectCode.UNCLOSED_QUOTE, first.open_start, first.open_end))
        quotes.append(cur)
        cur = None
    return quotes, defects


def _defect(code: DefectCode, start: int, end: int) -> Defect:
    return Defect(code, "a quotation mark is never closed", span(start, end))


# --------------------------------------------------------------------------
# Step 2: flat text and sentences

_WHITESPACE = ("\n", "\r", "\t", "\xa0", "\x0b", "\x0c", "\u2028", "\u2029", "\x85")
#: Written ``[.?!…][.?!…]*`` rather than ``[.?!…]+``: ``re`` skips ahead to a
#: leading character class, not to a leading repeat, which is twice as slow.
_SENTENCE_END_RE = lazy_compile_re(r"[.?!…][.?!…]*[\"”’')\]]* +")
#: The same for a text without ``?``, ``!`` or ``…`` (outside quotations, the
#: common case): a leading literal lets ``re`` skip ahead three times as fast.
_SENTENCE_END_DOT_RE = lazy_compile_re(r"\.[.?!…]*[\"”’')\]]* +")


def _flatten(source: str, quotes: Sequence[Sequence[_Piece]]) -> str:
    flat = source
    for ch in _WHITESPACE:
        if ch in flat:
            flat = flat.replace(ch, " ")
    if "\x01" in flat:
        flat = flat.replace("\x01", " ")
    parts: list[str] = []
    pos = 0
    for pieces in quotes:
        for piece in pieces:
            parts.append(flat[pos : piece.open_start])
            parts.append(MASK * (piece.mask_end - piece.open_start))
            pos = piece.mask_end
    parts.append(flat[pos:])
    return "".join(parts)


_SENTENCE_NEXT = frozenset("(\"“‘'[")


def _sentence_ends(flat: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each match of :data:`_SENTENCE_END_RE` in ``flat[lo:hi]``.

    They are the matches ``finditer`` gives.  A text without ``?``, ``!`` or
    ``…`` (outside quotations, the common case) is searched with
    :data:`_SENTENCE_END_DOT_RE`, whose leading literal ``re`` skips ahead
    to.  In one with them ``re`` would test every character against the
    class that leads :data:`_SENTENCE_END_RE`; as every match starts with one
    of the four characters, the pattern is matched instead where
    :meth:`str.find` finds them, left to right, passing over those inside
    the match before (``?!`` is one end).
    """
    marks: list[int] = []
    for mark in "?!…":
        pos = flat.find(mark, lo, hi)
        while pos >= 0:
            marks.append(pos)
            pos = flat.find(mark, pos + 1, hi)
    if not marks:
        return [m.span() for m in _SENTENCE_END_DOT_RE.finditer(flat, lo, hi)]
    pos = flat.find(".", lo, hi)
    while pos >= 0:
        marks.append(pos)
        pos = flat.find(".", pos + 1, hi)
    marks.sort()
    ends: list[tuple[int, int]] = []
    match = _SENTENCE_END_RE.match
    after = lo  # where the last match ended
    for pos in marks:
        if pos >= after:
            found = match(flat, pos, hi)
            if found is not None:
                after = found.end()
                ends.append((pos, after))
    return ends


def _sentence_breaks(
    flat: str,
    source: str,
    bounds: Sequence[tuple[int, int]],
    para_starts: Sequence[int],
    quotes: Sequence[Sequence[_Piece]],
) -> dict[int, list[int]]:
    """Return the offsets where sentences start inside paragraphs, by paragraph index.

    A paragraph's first sentence, which starts with it, is not listed, nor is
    a paragraph of one sentence.  A sentence ends at ``.``, ``?`` or ``!``
    (closing marks included) before a capital, a digit or a quotation, unless
    the period ends an abbreviation (``Sen.``, an initial), or ``U.S.`` and
    ``Inc.`` before a word that does not usually open a sentence.  A quotation
    whose text ends a sentence ends one.  The offsets are in order, and an
    offset found both ways is listed twice (it starts an empty sentence).
    """
    starts: dict[int, list[int]] = {}
    if not bounds:
        return starts
    size = len(flat)
    bisect_right = bisect.bisect_right
    for dot, nxt in _sentence_ends(flat, bounds[0][0], bounds[-1][1]):
        k = bisect_right(para_starts, nxt) - 1
        lo, hi = bounds[k]
        if not lo < nxt < hi:
            continue
        ch = flat[nxt]
        if ch in _SENTENCE_NEXT and nxt + 1 < size:
            ch = flat[nxt + 1]
        if not (ch.isupper() or ch.isdigit() or ch == MASK):
            continue
        if nxt - dot == 2 and flat[dot] == ".":
            # The word before the period: word_before(flat, lo, dot), inlined.
            floor = max(lo, dot - 40, 0)
            word = flat[max(flat.rfind(" ", floor, dot) + 1, floor) : dot]
            word = word.lstrip("(\"'“‘").lower()
            if (
                len(word) == 1
                or word in cues.ABBREVIATIONS
                # A hyphenated rank ends in its abbreviation: "Staff-Sgt.", "Lt.-Col.".
                or ("-" in word and word.rsplit("-", 1)[1] in cues.ABBREVIATIONS)
            ):
                continue
            if "." in word or word in cues.END_ABBREVIATIONS:
                # "U.S." and "Inc." end a sentence only before a usual opener.
                after = flat[nxt : nxt + 12].split(" ", 1)[0].lower()
                if after not in cues.SENTENCE_OPENERS:
                    continue
        if k in starts:
            starts[k].append(nxt)
        else:
            starts[k] = [nxt]
    for pieces in quotes:
        piece = pieces[-1]
        if piece.close_end is None:
            continue
        k = piece.end - 1
        while k > piece.open_end and source[k] in " ’'\n":
            k -= 1
        if source[k] not in ".?!…":
            continue
        lo, hi = bounds[piece.para]
        nxt = piece.close_end
        while nxt < hi and flat[nxt] == " ":
            nxt += 1
        if lo < nxt < hi:
            ch = flat[nxt]
            if ch.isupper() or ch.isdigit() or ch == MASK:
                if piece.para in starts:
                    starts[piece.para].append(nxt)
                else:
                    starts[piece.para] = [nxt]
    for para in starts.values():
        if len(para) > 1:
            para.sort()
    return starts


# --------------------------------------------------------------------------
# Step 3: cues


class _Cue:
    """A cue found in the flat text, and what is known of its source.

    Its place, text, first word, sentence and the ``according`` and ``weak``
    flags are set when it is found; the rest when (and if) its source is
    looked for.  Slots, not a ``__dict__``: cues are read in every step.
    """

    __slots__ = (
        "according",
        "chain",
        "end",
        "entity",
        "fallback",
        "inverted",
        "link",
        "mention",
        "resolved",
        "role",
        "sentence",
        "sourced",
        "speaker",
        "start",
        "text",
        "used",
        "verb",
        "weak",
    )

    def __init__(self, start: int, end: int, text: str, verb: str, sentence: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.verb = verb  # the first word of the text
        self.sentence = sentence
        self.according = False
        self.weak = False
        self.mention: Mention | None = None
        self.role: str | None = None
        self.inverted = False
        self.link: _Cue | None = None
        self.fallback = False
        self.resolved = False
        self.sourced = False
        self.entity: Entity | None = None
        self.speaker: Speaker | None = None
        self.used = False
        #: The rules that decided the source (set with the speaker).
        self.chain: tuple[str, ...] = ()


class _Sentence:
    """A sentence of a paragraph: its bounds, cues and subject."""

    __slots__ = (
        "cues",
        "end",
        "first_cue",
        "has_speech",
        "para",
        "start",
        "subject",
        "subject_mention",
        "subject_rule",
    )

    def __init__(self, start: int, end: int, para: int) -> None:
        self.start = start
        self.end = end
        self.para = para
        self.cues: list[_Cue] = []
        self.subject: Entity | bool | None = False  # False: not looked for yet
        self.first_cue = 0  # index in the analysis' cues of this sentence's first cue
        self.subject_mention: Mention | None = None
        self.subject_rule = ""
        self.has_speech = False


#: An age written before the name that opens a sentence: ``76-year-old Dora Hale``.
_AGE_BEFORE_NAME = lazy_compile_re(r"\d{1,3}-year-old ")

#: A dateline that a paragraph's first sentence still holds before its subject:
#: a place in capitals (with its state abbreviated or in full, ``PORTVALE,
#: Maine``, ``PORTVALE, N.H.``) or a place and an agency in brackets, an
#: optional date, then a dash, or the double hyphen of plain-text copy
#: (``HARBORTON, May 2 (Wire) — Ada Marsh ...``, ``Leeds (Wire) – ...``,
#: ``PORTVALE, Maine (Wire) -- Ada Marsh ...``).
_DATELINE_LEAD = lazy_compile_re(
    r"(?:[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}"
    r"(?:, (?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"|[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,3}(?= \())"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Z][A-Za-z]{1,9}\))? ?(?:--|[—–-]) (?=[A-Z])"
)


def _may_open_dateline(flat: str, pos: int, end: int) -> bool:
    """Whether :data:`_DATELINE_LEAD` may match at *pos* (before *end*): a cheap test first.

    The place of a dateline is in capitals (``PORTVALE``: its second
    character a capital, a period or an apostrophe) or is followed by an
    agency in brackets (``Leeds (Wire)``: a space and an opening bracket
    before *end*).  A sentence that opens ``The harbour ...`` has neither,
    and most sentences are not read by the pattern at all.
    """
    second = flat[pos + 1 : pos + 2]
    return second.isupper() or second in ".'’" or flat.find(" (", pos, end) >= 0


#: A conjunction or a semicolon that opens a clause of its own after a
#: reporting verb's clause: ``Acme said prices rose, but consumers called
#: ...``, ``...; analysts expect ...``, ``however``, ``while``, ``although``.
_CLAUSE_BREAK = lazy_compile_re(r";|,? (?:but|however|while|although|though|whereas|yet),? ")


def _opens_with_participle(flat: str, pos: int, first: str) -> bool:
    """Whether the sentence at *pos* opens with a past participle's phrase.

    ``Pressed on the cost, she declined to give a figure``, ``Reached by
    phone, Varga said``: the subject follows the phrase's comma.  The word in
    ``-ed`` before a word in lower case is a participle, not a given name
    (``Fred said``, ``Ned told``), unless a calling and a name follow it
    (``Retired poll worker Edna Falkenrath``: an adjective of the calling).

    :param first: The sentence's first word in lower case.
    """
    return (
        first[-2:] == "ed"
        and len(first) > 4
        and flat[pos + len(first) + 1 : pos + len(first) + 2].islower()
        and first not in cues.MALE_GIVEN_NAMES
        and first not in cues.FEMALE_GIVEN_NAMES
        # "Retired poll worker Edna Falkenrath, 79, has worked": an
        # adjective in -ed before a calling and a name is no participle.
        and _CALLING_BEFORE_NAME.match(flat, pos + len(first) + 1, pos + 120) is None
    )


#: Up to three words in lower case and a name of two capitalised words after
#: a sentence's first word: ``[Retired] poll worker Edna Falkenrath``.
_CALLING_BEFORE_NAME = lazy_compile_re(r"(?:[a-z][\w-]* ){1,3}[A-Z][\w'’-]+ [A-Z][\w'’-]+")


#: Words that open an introductory phrase before a sentence's subject, which
#: is then read after the phrase's comma: ``After the vote, Ada Marsh said``,
#: ``Days after the storm, Tom Reyes volunteered``.
_INTRO_WORDS = frozenset(
    """in on at after before during earlier later last this speaking asked since under
    with without from for despite when while as meanwhile separately previously
    following according amid in addition here there back outside just
    minutes hours days weeks months years moments
    moreover however furthermore nevertheless nonetheless instead indeed
    likewise similarly additionally ultimately finally overall afterward
    afterwards""".split()
)
#: How far (in characters) after a quotation's closing mark the cue after it
#: may stand: a long name and a long appositive stand between (""...," Abdel
#: Karim Nur el-Sayed, a professor of law and former chair of the country's
#: Supreme Council of Elders, said"), which the subject walker reads back to
#: 160 characters; the source must start right after the mark.
_CUE_AFTER_REACH = 180
#: How many cues before or after a quotation in its sentence are looked at.
_SCAN = 8
#: How many sentences back a pronoun looks for its antecedent.
_PRONOUN_REACH = 8
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))
#: Pronouns as objects: ``sign it``, ``cap them``.
_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her", "us", "me", "this", "that"))
_PROGRESSIVE = frozenset(("is", "are", "was", "were", "been", "be", "am", "he's", "she's"))
_JOINERS = frozenset(("and", "but", "or", "then", "while", "before", "after"))
_PASSIVE = frozenset(("is", "was", "are", "were", "been", "be", "being", "it's"))
_NOT_BEFORE_CUE = _PASSIVE | cues.DETERMINERS | {"to"}
#: How a cue that can be a passive participle ends: ``is thought``, ``were told``,
#: ``as the verdict was read`` (a text read out aloud is no speaker's cue).
_PARTICIPLE_ENDINGS = ("ed", "told", "thought", "said", "read")
#: The endings of a possessive: ``Russia's``, ``Russia’s``, ``workers'``.
_POSSESSIVE_ENDINGS = frozenset(("'s", "’s", "s'", "s’"))
#: Cue verbs that are never a noun, a verb still after a capitalised
#: possessive: ``"...," Pemberton's said.``
_NEVER_NOUNS = frozenset(("said", "says", "told", "tells"))
#: Words that never follow a plural possessive's apostrophe: after one, a
#: single mark that ends a word closes (``'long overdue' for growers' ...``).
_NOT_AFTER_POSSESSIVE = lexicon.words("en", "not_after_possessive")
#: The longest word :func:`_before_no_possessed` reads.
_WORD_REACH = 12
#: Words ending like a possessive that are a pronoun and a shortened ``is``
#: or ``has``: ``he's said``, ``it's claimed``.
_CONTRACTED = frozenset(
    f"{word}{mark}s"
    for word in ("he", "she", "it", "that", "there", "who", "what", "here", "where", "let")
    for mark in "'’"
)


def _cue_matches(flat: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every match of the cue patterns over the body, in order.

    They are the candidates :func:`_find_cues` reads; a body without one has
    no cue at all.
    """
    if not bounds:
        return []
    # Group 1, the cue, is the match without its leading space.
    matches = [
        m.span(1) for m in cues.CUE_RE.finditer(flat, max(bounds[0][0] - 1, 0), bounds[-1][1])
    ]
    if bounds[0][0] == 0:
        m0 = cues.CUE_AT_START_RE.match(flat, 0, bounds[0][1])
        if m0 is not None:
            matches.insert(0, (0, m0.end()))
    extra = _document_verb_matches(flat, bounds[0][0], bounds[-1][1])
    if extra:
        matches = sorted([*matches, *extra])
    return matches


def _document_verb_matches(flat: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every verb of a document's words right after its noun.

    Legal and political copy quotes a filing with ``states``: ``"The rule
    exceeds the statute," the complaint states.``, ``The lawsuit states
    that ...``.  The verb is a cue only after a document noun (list
    ``document_verbs``; ``officials in several states said`` has none).
    """
    out: list[tuple[int, int]] = []
    for verb in cues.DOCUMENT_VERBS:
        needle = f" {verb}"
        pos = flat.find(needle, lo, hi)
        while pos >= 0:
            start, end = pos + 1, pos + 1 + len(verb)
            if not flat[end : end + 1].isalnum() and (
                word_before(flat, lo, pos).lower() in cues.DOCUMENT_NOUNS
                or _document_before_aside(flat, lo, pos)
                or _document_before_maker(flat, lo, pos)
            ):
                out.append((start, end))
            pos = flat.find(needle, end, hi)
    return out


def _document_before_aside(flat: str, lo: int, pos: int) -> bool:
    """Whether a participle aside between commas, after a document noun, ends at *pos*.

    ``The poll, conducted by the Lakeside Institute, found that ...``: copy
    says who made a poll or a report in an aside of a past participle
    (``conducted``, ``released``, ``commissioned``) between the noun and
    its verb, which is then the document's verb still.
    """
    if flat[pos - 1 : pos] != ",":
        return False
    comma = flat.rfind(", ", max(lo, pos - 80), pos - 1)
    if comma < 0:
        return False
    space = flat.find(" ", comma + 2, pos)
    first = flat[comma + 2 : space if space > 0 else pos]
    return (
        len(first) > 4
        and first.isalpha()
        and first.islower()
        and first.endswith("ed")
        and word_before(flat, lo, comma).lower() in cues.DOCUMENT_NOUNS
    )


def _document_before_maker(flat: str, lo: int, pos: int) -> bool:
    """Whether a document noun and ``by`` its maker's name end at *pos*.

    ``A survey by Harbor Research found that ...``: copy names who made a
    poll or a study with ``by`` and a name in capitals (``by the Lakeside
    Institute``, up to four words) between the noun and its verb, which is
    then the document's verb still.
    """
    by = flat.rfind(" by ", max(lo, pos - 50), pos)
    if by < 0:
        return False
    maker = flat[by + 4 : pos].split(" ")
    if maker and maker[0] == "the":
        maker = maker[1:]
    return (
        0 < len(maker) <= 4
        and all(w[:1].isupper() and w.isalpha() for w in maker)
        and word_before(flat, lo, by).lower() in cues.DOCUMENT_NOUNS
    )


#: Past tenses of cues not in ``-ed``: never a noun after ``Another``.
_PAST_CUES = frozenset(("said", "told", "wrote"))


def _find_cues(
    flat: str,
    bounds: Sequence[tuple[int, int]],
    para_starts: Sequence[int],
    sentence_starts: Sequence[int],
    matches: Sequence[tuple[int, int]],
) -> list[_Cue]:
    """Find the cues of the body paragraphs, in order.

    Skips a verb after a determiner (``the report``), an infinitive
    (``declined to say``) and a passive (``it is thought``, ``were told``).

    :param matches: The candidates, :func:`_cue_matches` of the body.
    """
    found: list[_Cue] = []
    bisect_right = bisect.bisect_right
    for start, end in matches:
        k = bisect_right(para_starts, start) - 1
        lo, hi = bounds[k]
        if start >= hi or start < lo:
            continue
        if end > hi:
            end = hi
        text = flat[start:end]
        # The word before the cue: word_before(flat, lo, start - 1), inlined
        # (lo is never negative).  Two-letter endings are compared as slices:
        # str.endswith parses its arguments as a tuple, which costs more.
        floor = start - 41 if start - 41 > lo else lo
        prev = flat[max(flat.rfind(" ", floor, start - 1) + 1, floor) : start - 1].lower()
        if (
            prev[-2:] in _POSSESSIVE_ENDINGS
            and (text[-2:] == "ed" or prev not in _CONTRACTED)
            # "Pemberton's said": a business by its founder's name in the
            # possessive, capitalised, before a verb that is never a noun.
            and not (
                text.split(" ", 1)[0] in _NEVER_NOUNS and flat[start - 1 - len(prev)].isupper()
            )
        ):
            # After a possessive a cue's word is a noun: "Russia's alleged
            # interference", "the union's demands", "the workers' claims".
            continue
        if prev in _NOT_BEFORE_CUE and not (
            # "One fan cheered. Another said: ...": a person, capitalised.
            prev == "another"
            and flat[start - 8] == "A"
            and (text[-2:] == "ed" or text in _PAST_CUES)
        ):
            if prev in _PASSIVE:
                if text.endswith(_PARTICIPLE_ENDINGS):
                    continue  # "it is thought", "were told"
            elif prev != "to" or text[:3] != "acc":
                continue  # "the report", "declined to say"
        elif (
            prev
            and (prev in cues.ADJUNCT_WORDS or prev[-2:] == "ly")
            and text.endswith(_PARTICIPLE_ENDINGS)
            and word_before(flat, lo, start - 2 - len(prev)).lower() in _PASSIVE
        ):
            continue  # a passive with an adverb: "was first reported by", "is widely expected"
        first = text.split(" ", 1)[0] if " " in text else text
        cue = _Cue(start, end, text, first, bisect_right(sentence_starts, start) - 1)
        if first in ("according", "According", "in", "In"):
            cue.according = True
        elif first in cues.WEAK_VERBS:
            after = flat[end : end + 10].lstrip(" ").split(" ", 1)[0]
            if after in cues.VERB_PARTICLES:
                continue  # "called off the vote": a phrasal verb
            cue.weak = True
        found.append(cue)
    return found


# --------------------------------------------------------------------------
# Step 4: the analysis


class _Analysis:
    """The state of one call of :func:`analyse`."""

    __slots__ = (
        "_answers",
        "_cue_paras",
        "_para_cues",
        "_tokens",
        "bounds",
        "cue_starts",
        "cues",
        "defects",
        "english",
        "flat",
        "raw",
        "resolver",
        "sentence_starts",
        "sentences",
        "source",
    )

    def __init__(self, source: str, paragraphs: Sequence[Paragraph], language: str = "en") -> None:
        self.source = source
        #: Whether the English grammar rules apply (the reader of another
        #: language gives the speakers: :mod:`wireparse.quotations.languages`).
        self.english = language == "en"
        size = len(source)
        bounds: list[tuple[int, int]] = []
        for p in paragraphs:
            lo, hi = p.span.start, p.span.end
            if 0 <= lo < hi <= size and not source[lo].isspace() and not source[hi - 1].isspace():
                bounds.append((lo, hi))  # already trimmed: _trim would keep it as it is
            else:
                bounds.append(_trim(source, lo, hi))
        self.bounds = bounds
        para_starts = [lo for lo, _ in bounds]
        if bounds:
            # Paragraphs come in order; min and max guard against any that do not.
            lo = min(para_starts)
            hi = max([hi for _, hi in bounds])
            marks = _MarkFinder(source, lo, hi, False)
            if lo == bounds[0][0] and hi == bounds[-1][1]:
                single = not marks
            else:
                single = not _DOUBLE_BODY_RE.search(source, bounds[0][0], bounds[-1][1])
            if single:
                marks = _MarkFinder(source, lo, hi, True)
        else:
            marks = _MarkFinder(source, 0, 0, False)
        self.raw, self.defects = _pair_marks(source, bounds, marks)
        self.flat = flat = _flatten(source, self.raw)
        self._tokens: TokenTable | None = None
        self._answers: frozenset[int] | None = None
        self.resolver = Resolver(flat, bounds)
        self.sentences: list[_Sentence] = []
        sentences = self.sentences
        sentence_starts: list[int] = []
        matches = _cue_matches(flat, bounds)
        # Only a quotation or a cue reads sentences: a body with neither
        # (no mark, no cue) is not split into them.
        split = bool(matches or self.raw)
        breaks = _sentence_breaks(flat, source, bounds, para_starts, self.raw) if split else {}
        for pi, (lo, hi) in enumerate(bounds if split else ()):
            more = breaks.get(pi)
            if more is None:
                sentences.append(_Sentence(lo, hi, pi))  # a paragraph of one sentence
                sentence_starts.append(lo)
                continue
            start = lo
            for end in more:
                sentences.append(_Sentence(start, end, pi))
                sentence_starts.append(start)
                start = end
            sentences.append(_Sentence(start, hi, pi))
            sentence_starts.append(start)
        self.sentence_starts = sentence_starts
        self.cues = found = _find_cues(flat, bounds, para_starts, sentence_starts, matches)
        # Each sentence's cues, and each paragraph's (for the carried speaker).
        paras = [sentences[cue.sentence].para for cue in found]
        if paras == sorted(paras):
            for k, cue in enumerate(found):
                sent = sentences[cue.sentence]
                if not sent.cues:
                    sent.first_cue = k
                sent.cues.append(cue)
            self._cue_paras: list[int] | None = paras
            self._para_cues: list[tuple[int, int]] = []
        else:  # paragraphs out of order: a cue of a paragraph met out of turn is left out
            self._cue_paras = None
            self._para_cues = []
            k = 0
            for pi in range(len(bounds)):
                first = k
                while k < len(found):
                    cue = found[k]
                    sent = sentences[cue.sentence]
                    if sent.para != pi:
                        break
                    if not sent.cues:
                        sent.first_cue = k
                    sent.cues.append(cue)
                    k += 1
                self._para_cues.append((first, k))
        self.cue_starts = [c.start for c in found]

    @property
    def tokens(self) -> TokenTable:
        """The token table of the body's flat text (made when first asked for)."""
        if self._tokens is None:
            lo = self.bounds[0][0] if self.bounds else 0
            hi = self.bounds[-1][1] if self.bounds else 0
            self._tokens = TokenTable(self.flat, lo, hi)
        return self._tokens

    def _first_word(self, pos: int, end: int) -> str:
        """The token at *pos* (a sentence's first word) in lower case, commas off.

        A token of the body's :attr:`tokens` table starts at *pos* when *pos*
        is inside the body, holds no space and follows a space or the body's
        start; it is read here from the flat text directly, as the table would
        give it, without cutting the whole body into tokens.
        """
        flat = self.flat
        lo = self.bounds[0][0] if self.bounds else 0
        hi = self.bounds[-1][1] if self.bounds else 0
        if not lo <= pos < hi or flat[pos] == " " or (pos > lo and flat[pos - 1] != " "):
            return ""
        stop = flat.find(" ", pos, min(end, pos + 20, hi))
        if stop < 0:
            stop = min(end, pos + 20, hi)
        return flat[pos:stop].lower().strip(",")

    def sentence_of(self, pos: int) -> int:
        """Return the index of the sentence that holds offset *pos* (0 before the first)."""
        k = bisect.bisect_right(self.sentence_starts, pos)
        return k - 1 if k else 0

    def para_cues(self, pi: int) -> tuple[int, int]:
        """Return the range of :attr:`cues` that lie in paragraph *pi*."""
        paras = self._cue_paras
        if paras is None:
            return self._para_cues[pi]
        return bisect.bisect_left(paras, pi), bisect.bisect_left(paras, pi + 1)

    # -- cues and their sources -------------------------------------------

    def cues_before(self, sent: _Sentence, pos: int) -> list[_Cue]:
        """Return the cues of *sent* that start before *pos*, nearest first (a few)."""
        cues_, first = sent.cues, sent.first_cue
        if not cues_:
            return []
        k = bisect.bisect_left(self.cue_starts, pos, first, first + len(cues_)) - first
        return cues_[max(0, k - _SCAN) : k][::-1]

    def cues_after(self, sent: _Sentence, pos: int) -> list[_Cue]:
        """Return the cues of *sent* that start at or after *pos*, in order (a few)."""
        cues_, first = sent.cues, sent.first_cue
        if not cues_:
            return []
        k = bisect.bisect_left(self.cue_starts, pos, first, first + len(cues_)) - first
        return cues_[k : k + _SCAN]

    def locate(self, cue: _Cue) -> None:
        """Find the mention of *cue*'s source (memoised in the cue)."""
        if cue.resolved:
            return
        cue.resolved = True
        sent = self.sentences[cue.sentence]
        flat = self.flat
        if cue.according:
            cue.mention, cue.role = phrase_after(flat, cue.end, sent.end)
            return
        lo, start = sent.start, cue.start
        if sent.para == 0 and lo == self.bounds[0][0]:
            # The lead's first sentence: its dateline is no part of the
            # subject ("PORTVALE (Wire) — Acme's chief, Jane Roe, said").
            dateline = _DATELINE_LEAD.match(flat, lo, min(start, lo + 60))
            if dateline is not None:
                lo = dateline.end()
        # The word before the cue, word_before(flat, lo, start - 1), read only
        # when it is needed (a participle, or no subject before the cue).
        prev: str | None = None
        participle = cue.verb[-3:] == "ing"
        if participle and (cue.verb == "saying" or flat[start - 4 : start] == " as "):
            # "quoted Tomas Vane as warning that ...": any cue's participle.
            quoted = _quoted_as_saying(flat, lo, start)
            if quoted is not None:
                cue.mention = quoted
                return
        if participle:
            # "he's predicting" is a tense, not a participle.
            prev = word_before(flat, lo, start - 1)
            participle = prev.lower() not in _PROGRESSIVE and prev[-2:] not in _POSSESSIVE_ENDINGS
        mention, role = subject_before(flat, lo, start)
        if (
            self.english
            and mention is not None
            and mention.words[0][:1].islower()
            and flat.endswith(" and ", lo, mention.start)
        ):
            # '"...," former team-mate and long-time friend Arno Weiss said'.
            mention = _joined_description(flat, lo, mention)
        if self.english and (mention is None or mention.words[0].lower() in ("a", "an")):
            # '"...," Ines Vale, an oceanographer in Harborton told Reuters.'
            opened = _name_before_open_apposition(flat, lo, start)
            if opened is not None:
                mention, role = opened, None
        if self.english and " name, " in flat[max(lo, start - 40) : start]:
            # "A man in Berwyn, who would give only his first name, Luis, said"
            given = _FIRST_NAME_BEFORE.search(flat, max(lo, start - 40), start)
            if given is not None:
                mention, role = _given_name(given), None
        if mention is None and not participle and " by " in flat[max(lo, start - 70) : start]:
            # "A letter from the board obtained by The Associated Press warns":
            # the agent of a participle is no subject; the phrase before it is.
            agent = _AGENT_PARTICIPLE.search(flat, max(lo, start - 100), start - 1)
            if agent is not None:
                mention, role = subject_before(flat, lo, agent.start() + 1)
                if mention is not None and flat.startswith((" from ", " by "), mention.end):
                    mention = _with_author(flat, mention, agent.start() + 1)
        elif mention is not None and not participle and len(mention.words) > 3:
            mention = _participle_agent(flat, mention)
        if mention is not None and flat.startswith((" from ", " by "), mention.end):
            mention = _with_author(flat, mention, start)
        recorded = False
        if mention is not None and participle and self.english and "of" in mention.words:
            # "Footage of Tom Reyes calling the plan ...": the one recorded.
            cut = _recorded_speaker(flat, mention)
            recorded = cut is not mention
            mention = cut
        if (
            mention is not None
            and participle
            and (mention.end < start - 1 or not (recorded or mention.words[-1][:1].isupper()))
        ):
            # Only a name right before a participle is its subject:
            # "with Senator John McCain telling reporters".
            mention = role = None
        if mention is None and participle:
            mention = _with_participle(flat, lo, start)
        if mention is None and not participle:
            mention = _before_restrictive_relative(flat, lo, start, 2 * _RELATIVE_REACH)
            if mention is None and MASK in flat[max(lo, start - 48) : start]:
                mention = _description_before(flat, lo, start)
        elif (
            mention is not None
            and not participle
            and mention.start > lo
            and (
                _object_in_clause(word_before(flat, lo, mention.start - 1))
                or (
                    mention.words[0].lower() not in cues.PRONOUNS
                    and _in_that_clause(flat, lo, mention.start)
                )
            )
        ):
            # "A nurse who asked not to be named because she was not allowed
            # to speak to the media said": the media are the clause's object
            # (not "... a year when voters cried out": the clause's subject).
            outer = _before_restrictive_relative(flat, lo, start, 2 * _RELATIVE_REACH)
            if outer is not None and outer.end < mention.start:
                mention, role = outer, None
        cue.mention, cue.role = mention, role
        if mention is not None:
            return
        # Coordinated cues share a subject: "Trump said ... but suggested ...";
        # a participle takes the sentence's: "..., calling him a "nice guy"".
        # (A participle goes straight to the cues before it: the inverted
        # reading and the word before only count for a finite verb.)
        if not participle:
            opening = cue.verb in cues.OPENING_CUES
            if opening or cue.verb in cues.INVERTIBLE_VERBS or cue.text in cues.INVERTIBLE_VERBS:
                before = flat[max(lo, start - 4) : start].rstrip(" ")
                if before == "" or before[-1] in (MASK, ",") or opening:
                    # "...," said Varga; "..., said Kofi Brandt, an economist."
                    mention, role = phrase_after(flat, cue.end, sent.end)
                    if mention is None and before.endswith((MASK, ",")):
                        mention = _description_after(flat, cue.end, sent.end)
                    if (
                        mention is None
                        or mention.words[0].lower() in _APPOSITION_OPENERS
                        # "exclaims the club's carnavalesco, Ana de Souza": a
                        # possessive read alone does not end the clause.
                        or mention.words[-1].endswith(("'s", "’s"))
                    ):
                        named = _name_in_apposition(flat, cue.end, sent.end)
                        if named is None and self.english:
                            given = _FIRST_NAME_AFTER.match(flat, cue.end, sent.end)
                            named = _given_name(given) if given is not None else None
                        if named is not None:
                            mention, role = named, None
                    if (
                        mention is not None
                        and _clause_ends(flat, mention.end, sent.end)
                        # "A second ad, paid for by Ohio Forward, says Harwell
                        # "forgot Ohio."": a name right before a quotation after
                        # an aside's comma is the clause's subject, no speaker.
                        and not (before.endswith(",") and flat.startswith(" " + MASK, mention.end))
                    ):
                        cue.mention, cue.role, cue.inverted = mention, role, True
                        return
            if prev is None:
                prev = word_before(flat, lo, start - 1)
            prev_word = prev.lower()
            last_char = prev_word[-1:]
            if self.english and prev_word.endswith("s") and prev.islower():
                own = _plural_after_break(flat, lo, start)
                if own is not None:
                    cue.mention = own  # "..., but shoppers called the move ..."
                    return
            if last_char == ",":
                if cue.weak:
                    return  # "the prison, dubbed the ...", "the vote, called for May"
            elif prev_word not in _JOINERS and not (
                last_char == MASK and self._quote_in_aside(lo, start)
            ):
                return
        before_cues = self.cues_before(sent, start)
        for n, other in enumerate(before_cues):
            if other is not cue:
                if not other.resolved:
                    self.locate(other)
                if other.mention is not None or other.link is not None:
                    if other.mention is not None and self.english:
                        reporter = self._reporting_cue(before_cues[n + 1 :], other.mention.start)
                        if reporter is not None:
                            other = reporter
                    cue.link = other.link or other
                    return
        cue.fallback = True

    def _reporting_cue(self, earlier: list[_Cue], at: int) -> _Cue | None:
        """Return the cue whose reported clause opens with the subject at *at*, if any.

        A coordinated cue shares the subject of the main clause, not that of
        a clause the main clause reports: in ``Brandt didn't say the mayor
        had promised new boats, but added, "..."`` the subject of ``added``
        is Brandt, not the mayor.  The reported clause's subject stands right
        after the reporting cue (``that`` may stand between them).

        :param earlier: The cues of the sentence before the reported cue, nearest first.
        :param at: Where the reported clause's subject starts.
        """
        flat = self.flat
        for outer in earlier:
            if outer.end > at:
                continue
            if flat[outer.end : at].strip(" ") not in ("", "that"):
                return None
            if not outer.resolved:
                self.locate(outer)
            if outer.mention is not None or outer.link is not None:
                return outer
            return None
        return None

    def _quote_in_aside(self, lo: int, start: int) -> bool:
        """Return whether a quotation that ends with its comma before *start* closes an aside.

        ``Varga, citing "the cost of steel," said the plan must wait``: the
        cue after the quotation takes the sentence's subject.
        """
        flat = self.flat
        k = start - 1
        floor = max(lo, start - _ASIDE_REACH)
        while k > floor and flat[k - 1] == MASK:
            k -= 1
        comma = flat.rfind(", ", max(lo, k - _ASIDE_REACH), k)
        return (
            k < start - 1
            and self.source[start - 3 : start - 2] == ","
            and comma > lo
            and flat[comma + 2 : k].split(" ", 1)[0].endswith("ing")
        )

    def source_of(self, cue: _Cue) -> Speaker | None:
        """Return the speaker of *cue*, resolving its mention (memoised)."""
        if cue.sourced:
            return cue.speaker
        cue.sourced = True  # also stops a pronoun from looking at itself
        if not cue.resolved:
            self.locate(cue)
        link = cue.link
        if link is not None:
            cue.speaker = self.source_of(link)
            cue.entity = link.entity
            cue.chain = ("cue.shared_subject", *link.chain)
            return cue.speaker
        mention = cue.mention
        resolved = ""
        lead: tuple[str, ...] = ()
        if cue.according:
            lead = ("cue.according_to",)
        elif cue.inverted and cue.verb in cues.OPENING_CUES:
            lead = ("cue.opening_inverted",)
        if mention is None:
            if not cue.fallback:
                return None
            sent = self.sentences[cue.sentence]
            cue.entity = self.subject(sent)
            cue.mention = mention = sent.subject_mention
            if mention is None or mention.start > cue.start:
                cue.mention = cue.entity = None
                return None
            resolved = sent.subject_rule
            lead = ("cue.sentence_subject",)
        entity = cue.entity
        if entity is None:
            words = mention.words
            # Only a pronoun reads the candidates: a name needs no generator.
            if len(words) == 1 and words[0].lower() in cues.PRONOUNS:
                entity = self._previous_speaker(cue, words[0].lower())
                if entity is None:
                    entity = self.resolver.resolve(mention, self._antecedents(cue))
                resolved = "resolve.pronoun_antecedent"
            else:
                entity = self.resolver.resolve(mention)
                resolved = self.resolver.rule
                if resolved == "resolve.description" and entity is not None and self.english:
                    held = self._epithet_holder(cue, entity, words)
                    named = (
                        self._calling_holder(cue, mention)
                        if held is not None
                        and _is_calling_callback(words)
                        and self._right_after_quote(cue, mention)
                        else None
                    )
                    if named is not None and named is not held:
                        # "...," said Ada Marsh. ¶ Tom Hale drove a bus for 22
                        # years. "...," the former driver said.": the person
                        # the cue's own paragraph brings in, not the one quoted.
                        entity, resolved = named, "resolve.calling_callback"
                    elif held is not None:
                        entity, resolved = held, "resolve.epithet"
                    elif _is_callback_noun(words):
                        held = self._nearest_named(cue)
                        if held is not None:
                            entity, resolved = held, "resolve.callback_noun"
                    elif is_party_epithet(words) and not self._party_tagged(words[-1]):
                        # The article tags no one of that party: the epithet
                        # calls back the person just named.
                        held = self._nearest_named(cue)
                        if held is not None:
                            entity, resolved = held, "resolve.party_epithet"
                    elif _is_calling_callback(words) and self._right_after_quote(cue, mention):
                        held = self._calling_holder(cue, mention)
                        if held is not None:
                            entity, resolved = held, "resolve.calling_callback"
                elif self.english and _is_demonym_epithet(words):
                    held = self._nearest_named(cue)
                    if held is not None:
                        entity, resolved = held, "resolve.demonym_epithet"
            cue.entity = entity
            if entity is None:
                return None
        if (
            entity.kind is SourceKind.DOCUMENT
            and not cue.according
            and cue.verb.lower().startswith(_NOT_A_DOCUMENT_S)
        ):
            # "the investigation was continuing", "the report hoped": a
            # document continues or hopes nothing that is said.
            cue.entity = None
            return None
        if cue.role and entity.kind is SourceKind.PERSON:
            if entity.role is None:
                entity.role = cue.role
            # "Molina's husband, Ruben, said ...": a noun of kin heading the
            # role tells the gender of a name that does not ("... he said").
            head = cue.role.rsplit(" ", 1)[-1].lower()
            if head in KIN_NOUNS:
                self.resolver.note_gender(entity, (head,))
        cue.speaker = speaker = self.resolver.speaker(entity, mention, self.source)
        cue.chain = (*lead, mention.rule, resolved)
        return speaker

    def _epithet_holder(self, cue: _Cue, entity: Entity, words: Sequence[str]) -> Entity | None:
        """Return the named speaker an epithet cue stands for: ``the retired surgeon said``.

        Copy calls the person it has just quoted or named by a description
        instead of the name (``"...," said Tom Hale. ¶ "...," the retired
        surgeon added.``): a definite description of a person, a modifier
        and a noun (``the Republican nominee``) that the article gives no
        named person as a role, that is no title (``the former president``
        is an office's holder, not an epithet) nor a noun of kin (``the
        victim's sister`` is someone else) and whose modifiers name no
        one of the article (``the Christie supporter`` is not Christie),
        whose cue comes right after the cue of a named person in the same
        paragraph or the one before, is that person.

        An age epithet (``the 58-year-old``, ``the 58-year-old fisherman``)
        is the person just named even when no one was quoted before: copy
        gives the age of the one it has just introduced (``Fisherman Abel
        Ruiz lost two traps. ¶ "...," the 58-year-old said.``), so the
        nearest of a pronoun's candidates is taken when it is a named
        person, before the person quoted last (``"...," coach Ed Lamer
        said. ¶ Rookie guard Sam Okoro scored 21 points. "...," the
        22-year-old said.`` is Sam Okoro); else the person quoted just
        before.  An age the article gives after a name (``Abel Ruiz, 58,``)
        is left to the resolver, which finds its one holder.
        """
        # "The" opens a sentence: "The 58-year-old said his boat was lost."
        definite = words[0] == "the" or words[0] == "The"
        aged = definite and len(words) >= 2 and is_age(words[1])
        if aged:
            if self.resolver.age_given(words[1].partition("-")[0]):
                return None  # given to two people: "Tom Reyes, 34, and Jane Roe, 34,"
            return self._just_named(cue)
        if (
            entity.kind is not SourceKind.PERSON
            or len(words) < 3
            or not definite
            or not words[-1].isalpha()
            or words[-1].lower() in cues.TITLE_WORDS  # "the former president": an office
            # "the victim's sister": a relative of someone, not the one quoted.
            or words[-1].lower() in KIN_NOUNS
            # "the Christie supporter" is someone of Chris Christie's, not him.
            or any(w[:1].isupper() and self.resolver.named_in_full(w) for w in words[1:-1])
        ):
            return None
        return self._epithet_cue_holder(cue)

    def _party_tagged(self, party: str) -> bool:
        """Whether the article tags anyone with *party*'s letter (``R-Ky.``, ``(R-Peoria)``)."""
        letter = party[:1].upper()
        return any(m.group(1) == letter for m in _PARTY_LETTER_TAG.finditer(self.flat))

    def _just_named(self, cue: _Cue) -> Entity | None:
        """Return the named person a back-reference at *cue* stands for, or None.

        The nearest of a pronoun's candidates (the subject of the sentence
        before comes first) when it is a person the article names, else the
        person quoted by the cue just before (:meth:`_epithet_cue_holder`):
        the person just introduced, not the one quoted before
        (``"...," coach Ed Lamer said. ¶ Rookie Sam Okoro had 18 points.
        "...," the 20-year-old said.`` is Sam Okoro).
        """
        held = self._nearest_named(cue)
        return held if held is not None else self._epithet_cue_holder(cue)

    def _right_after_quote(self, cue: _Cue, mention: Mention) -> bool:
        """Whether *mention* opens *cue* right after a quotation: ``," the grower said``."""
        # The flat text masks a quotation's words and marks.
        return not cue.inverted and self.flat[mention.start - 2 : mention.start] == MASK + " "

    def _calling_holder(self, cue: _Cue, mention: Mention) -> Entity | None:
        """Return the person a calling that no one holds calls back (``resolve.calling_callback``).

        Local and feature copy names a person by what they do and then
        calls them back by a calling it never wrote with the name: ``Ivo
        Marchetti spent 30 years unloading ships. "...," the former
        dockworker said.``, ``Mireille Dancourt, a veterinarian, said ...
        "...," the vet said.``  Such a calling right after the quotation,
        that no named person holds as a role and no unnamed source was
        introduced by, is the person named nearest before (the nearest of a
        pronoun's candidates), a full name, when it stands in the cue's
        paragraph before the cue or in the paragraph before, if that one
        quotes no one (``"...," said Tom Hale. ¶ "...," the surgeon
        added.`` brings in someone new).
        """
        held = self._nearest_named(cue)
        if held is None or " " not in held.name:
            return None
        sentences = self.sentences
        para = sentences[cue.sentence].para
        k = cue.sentence
        while k > 0 and sentences[k - 1].para == para:
            k -= 1
        here = sentences[k].start
        while k > 0 and sentences[k - 1].para == para - 1:
            k -= 1
        if (
            k < cue.sentence
            and sentences[k].para == para - 1
            and MASK not in self.flat[sentences[k].start : here]
        ):
            here = sentences[k].start  # a paragraph that introduced the person, quoting no one
        last = held.name.rsplit(" ", 1)[-1]
        if self.flat.rfind(last, here, mention.start) < 0:
            return None
        return held

    def _nearest_named(self, cue: _Cue) -> Entity | None:
        """Return the person named nearest before *cue* when a name is nearest, or None.

        The nearest of a pronoun's candidates (a cue's source in the same
        sentence or one before, else a sentence's subject): ``Sam Okoro made
        three saves. ¶ "...," the Nigerian said.`` is Sam Okoro even when
        someone else was quoted in the paragraph before.
        """
        for ent in self._antecedents(cue):
            if ent is not None and ent.kind is not SourceKind.GROUP:
                named = ent.kind is SourceKind.PERSON and ent.name[:1].isupper()
                if not named and self.english:
                    return self._possessor_named(ent, cue.start)
                return ent if named else None
        return None

    def _possessor_named(self, ent: Entity, before: int) -> Entity | None:
        """Return the named person whose possessive opens the name of *ent*, a thing.

        A sentence about a person's things is about the person: ``Marr's
        earnings are held in a trust. ¶ Despite his fame, the actor says
        ...`` (invented) calls Marr back.  The possessor is a name of one to
        three capitalised words before ``'s``, nearest before *before*,
        that the article names in full as a person.
        """
        found = _POSSESSOR.match(ent.name)
        if found is None:
            return None
        words = found.group(1).split(" ")
        if not self.resolver.named_in_full(words[-1]):
            return None
        at = self.flat.rfind(found.group(), 0, before)
        if at < 0:
            return None
        mention = Mention(at, at + len(found.group(1)), tuple(words), "mention.possessive")
        owner = self.resolver.resolve(mention)
        return owner if owner is not None and owner.kind is SourceKind.PERSON else None

    def _epithet_cue_holder(self, cue: _Cue) -> Entity | None:
        """Return the named person quoted by the cue before *cue*, in its paragraph or the last."""
        k = bisect.bisect_left(self.cue_starts, cue.start) - 1
        # A sourceless cue of the same sentence is passed over: "Asked whether
        # he did, the Chicago Democrat said" (the "Asked" has no source).
        while k >= 0 and self.cues[k].sentence == cue.sentence and self.cues[k].entity is None:
            k -= 1
        if k < 0:
            return None
        prev = self.cues[k]
        if not prev.sourced:
            # A cue with no quotation of its own is read now: "Sen. Ada Kowal
            # said she would try again. ¶ "...," the Naperville Republican said."
            self.source_of(prev)
        if prev.speaker is None or prev.entity is None:
            return None
        ent = prev.entity
        sentences = self.sentences
        if (
            ent.kind is not SourceKind.PERSON
            or not ent.name[:1].isupper()
            or sentences[cue.sentence].para - sentences[prev.sentence].para > 1
        ):
            return None
        return ent

    def _previous_speaker(self, cue: _Cue, pronoun: str) -> Entity | None:
        """Return the described speaker of the quotation just before a ``he`` or ``she`` cue.

        ``"...," the candidate said. ¶ "...," he went on.``: a pronoun cue
        right after another quotation's cue (the cue before it, in the same
        sentence or the one before) is that quotation's speaker when the
        speaker is a person the article describes but never names, whose
        gender the article does not tell; a named person or one of known
        gender is left to the antecedent rules.
        """
        if pronoun not in ("he", "she"):
            return None
        k = bisect.bisect_left(self.cue_starts, cue.start) - 1
        if k < 0:
            return None
        prev = self.cues[k]
        if not (cue.sentence - 1 <= prev.sentence <= cue.sentence) or not prev.sourced:
            return None
        ent = prev.entity
        if (
            ent is None
            or ent.kind is not SourceKind.PERSON
            or ent.name[:1].isupper()
            or self.resolver.gender(ent) is not None
        ):
            return None
        return ent

    def _antecedents(self, cue: _Cue) -> Iterator[Entity | None]:
        """Yield candidates for a pronoun at *cue*, nearest first."""
        index = cue.sentence
        mention = cue.mention  # set before the resolver reads this generator, and kept
        for si in range(index, max(0, index - _PRONOUN_REACH) - 1, -1):
            sent = self.sentences[si]
            spoke = False
            for other in self.cues_before(sent, cue.start if si == index else sent.end):
                if other.mention is mention:
                    continue
                if (other.speaker if other.sourced else self.source_of(other)) is not None:
                    # "Ada Marsh will run, aides said.": a group credited for
                    # the news leaves the sentence's subject to a pronoun.
                    spoke = spoke or not _group_tag(other)
                    yield other.entity
            # A sentence's subject, unless its cues named their sources.
            if not spoke and (
                si < index or (mention is not None and mention.start > sent.start + 2)
            ):
                subject = self.subject(sent)
                own = sent.subject_mention
                if not (
                    si == index
                    and own is not None
                    and mention is not None
                    and own.start >= mention.start
                ):
                    # (Not the mention itself: "Despite his fame, the actor
                    # says ..." is no candidate for its own "the actor".)
                    yield subject
                if si < index:
                    if subject is None:
                        yield self._reporters_guest(sent)
                        yield self._topic_person(sent)
                    yield from self._clause_subjects(sent)
        if self.english and mention is not None and mention.words[0].lower() in ("he", "she"):
            # Last: the people the sentences before named after their subjects.
            for si in range(index - 1, max(0, index - 2) - 1, -1):
                yield from self._named_objects(self.sentences[si])

    def _named_objects(self, sent: _Sentence) -> Iterator[Entity]:
        """Yield the people *sent* names after its subject, first named first.

        ``Tom Hale met Ada Marsh on Monday. ¶ "It went well," she said.``:
        a ``he`` or ``she`` whose sentence's subject is not of its gender
        is the person of that gender the sentence named after it, as an
        object (``told Ada Marsh``, ``met Ada Marsh``) or beside a role
        (``Ada Marsh and her deputy, Tom Hale, toured the dock``).  A name of two
        capitalised words or more (or a surname the article names in full:
        ``Tom Hale told Marsh she was out of line``), in lower-case context, whose gender a
        given name or a title tells, counts; a capitalised phrase after an
        article is an organisation's name.  Asked last, for the sentence
        before the cue's and the one before it.
        """
        flat = self.flat
        start = sent.subject_mention.end if sent.subject_mention is not None else sent.start
        pos = flat.find(" ", start, sent.end)
        found = 0
        while 0 <= pos < sent.end - 1 and found < 3:
            at = pos + 1
            nxt = flat.find(" ", at, sent.end)
            # A name in lower-case context, or set after a role between commas:
            # "Sara Voss and her deputy, Ken Lutz, inspected the span".
            if flat[at : at + 1].isupper() and (
                flat[pos - 1 : pos].islower()
                or (flat[pos - 1 : pos] == "," and flat[pos - 2 : pos - 1].islower())
            ):
                prev = flat[max(start, pos - 4) : pos].rsplit(" ", 1)[-1]
                words = _name_run(flat, at, sent.end)
                # A surname alone counts when the article names it in full:
                # "Roe told Hale she was wrong", after "Sen. Ada Hale".
                if (
                    (
                        len(words) >= 2
                        or (
                            len(words) == 1
                            # after a word in lower case: not "the Bernie Sanders campaign"
                            and word_before(flat, start, pos)[:1].islower()
                            and self.resolver.named_in_full(words[0])
                        )
                    )
                    and prev.lower() not in cues.DETERMINERS
                ):
                    end = at + len(" ".join(words))
                    ent = self.resolver.resolve(
                        Mention(at, end, tuple(words), "mention.phrase_after")
                    )
                    if (
                        ent is not None
                        and ent.kind is SourceKind.PERSON
                        and self.resolver.gender(ent) is not None
                    ):
                        found += 1
                        yield ent
                    nxt = flat.find(" ", end, sent.end)
            pos = nxt

    def _clause_subjects(self, sent: _Sentence) -> Iterator[Entity]:
        """Yield the named subjects of the clauses joined to *sent*'s first, nearest first.

        ``Talks resumed on Monday, and Harbor Minister Jane Roe met the
        unions. ¶ "...," she said.``: a clause after ``, and`` or ``, but``
        has a subject of its own (a name of two words or more, or a name
        after its role), a candidate for a later pronoun after the
        sentence's subject; so has a clause of time or cause (``The search
        ended when a genealogist, Tom Reyes, found a match. ¶ "...," he
        said.``; :data:`_SUBORDINATE_OPENING`).
        """
        flat = self.flat
        found: list[Entity] = []
        openings = [m.end() for m in _SUBORDINATE_OPENING.finditer(flat, sent.start, sent.end)]
        pos = sent.start
        while True:
            pos = flat.find(", ", pos, sent.end)
            if pos < 0:
                break
            pos += 2
            if flat.startswith(("and ", "but "), pos):
                openings.append(pos + 4)
        for at in sorted(openings):
            mention, _ = phrase_after(flat, at, sent.end)
            if mention is None and flat[at : at + 1].islower():
                # "when a genealogist, Tom Reyes, found": a role, then the name.
                comma = flat.find(", ", at, min(sent.end, at + 60))
                words = tuple(flat[at:comma].split()) if comma > 0 else ()
                if 2 <= len(words) <= 6:
                    mention = Mention(at, comma, words, "mention.phrase_after")
            if mention is None:
                continue
            after_role = not flat[at : at + 1].isupper()
            if after_role:
                # "..., and its chief executive, Jane Roe, apologised": the name
                # (its verb after the closing comma is checked there).
                mention = _name_after_role(flat, mention, sent.end)
                if mention is None:
                    continue
                at = mention.start
            # The name only: "Jane Roe met the unions" reads on past the name.
            words = mention.words
            n = 0
            while n < len(words) and (words[n][:1].isupper() or words[n] in cues.NAME_PARTICLES):
                n += 1
            if n < 2:
                continue  # "and Clarkston became his home": one word may be a place
            end = at + len(" ".join(words[:n]))
            if flat[at:end] != " ".join(words[:n]) or not (
                after_role or _verb_follows(flat, end, sent.end)
            ):
                continue
            mention = mention._replace(end=end, words=words[:n])
            ent = self.resolver.resolve(mention)
            if ent is not None and ent.kind is SourceKind.PERSON:
                found.append(ent)
        yield from reversed(found)

    def _reporters_guest(self, sent: _Sentence) -> Entity | None:
        """Return the person a reporter's sentence introduces: ``We spoke with Jane Roe``.

        Broadcast copy introduces an interviewee with the reporter as the
        subject (``We spoke with Jane Roe, who lives across the street.``,
        ``I asked Tom Hale about the fire.``); a ``she`` or ``he`` cue
        after it is the interviewee's.  The first name after the ``we`` or
        ``I`` is that person.
        """
        mention = sent.subject_mention
        if mention is None or mention.words[0].lower() not in ("we", "i"):
            return None
        flat = self.flat
        end = min(sent.end, mention.end + 60)
        pos = mention.end
        while True:
            pos = flat.find(" ", pos, end) + 1
            if pos <= 0:
                return None
            if flat[pos : pos + 1].isupper():
                break
        found, _ = phrase_after(flat, pos, sent.end)
        if (
            found is None
            or found.words[0].replace("’", "'").split("'", 1)[0].lower() in cues.PRONOUNS
            or not all(w[:1].isupper() for w in found.words)
        ):
            return None  # "I don't trust him. (I’d ...)": a pronoun, or no name
        ent = self.resolver.resolve(found)
        return ent if ent is not None and ent.kind is SourceKind.PERSON else None

    def _topic_person(self, sent: _Sentence) -> Entity | None:
        """Return the person a sentence opens on as its topic: ``For Jane Roe, 80, ...``.

        Feature copy fronts the person a passage is about with ``For`` or
        ``To`` and a comma (``For Beth Lowe, 80, the pool is a lifeline.``,
        ``To Tom Hale, the vote was a betrayal.``); a ``she`` or ``he`` cue
        after it is that person's.  Only a name of two capitalised words or
        more counts (``For Portvale, ...`` is a place), in English copy.
        """
        if not self.english:
            return None
        flat = self.flat
        pos = sent.start
        if not flat.startswith(("For ", "To "), pos):
            return None
        pos = flat.find(" ", pos) + 1
        comma = flat.find(",", pos, min(sent.end, pos + 48))
        if comma < 0:
            return None
        words = flat[pos:comma].split(" ")
        if len(words) < 2 or not all(w[:1].isupper() and w[1:].isalpha() for w in words):
            return None
        ent = self.resolver.resolve(Mention(pos, comma, tuple(words), "mention.sentence_opening"))
        return ent if ent is not None and ent.kind is SourceKind.PERSON else None

    def subject(self, sent: _Sentence) -> Entity | None:
        """Return the source that opens *sent* as its subject, if any (memoised)."""
        if sent.subject is not False:
            return sent.subject  # type: ignore[return-value]
        sent.subject = None
        flat = self.flat
        pos = sent.start
        if _may_open_dateline(flat, pos, min(sent.end, pos + 60)):
            dateline = _DATELINE_LEAD.match(flat, pos, min(sent.end, pos + 60))
            if dateline is not None:
                pos = dateline.end()  # "HARBORTON, May 2 (Wire) — Ada Marsh on Friday welcomed"
        if flat[pos : pos + 1].isdigit():  # (the pattern opens with a digit)
            age = _AGE_BEFORE_NAME.match(flat, pos, sent.end)
            if age is not None:
                pos = age.end()  # "76-year-old Dora Hale, founder of ..., said"
            elif pos == self.bounds[sent.para][0]:
                stamp = _LIVE_STAMP.match(flat, pos, min(sent.end, pos + 8))
                if stamp is not None:
                    pos = stamp.end()  # "13.08 Tomas Vane, the airline's chief, spoke"
        if not flat[pos].isupper():
            return None
        first = self._first_word(pos, sent.end)
        if first in ("but", "and", "so", "yet", "still", "now", "then", "also"):
            pos = flat.find(" ", pos, min(sent.end, pos + 12)) + 1
            if pos <= 0:
                return None
            first = self._first_word(pos, sent.end)
        if first[:4] in ("next", "last", "this"):
            timed = _TIME_OPENING.match(flat, pos, sent.end)
            if timed is not None:
                # "Next month, when the line opens, he will retire": the
                # subject follows the phrase of time.
                pos = timed.end()
                first = self._first_word(pos, sent.end)
        if first[:4] in ("here", "this", "that") and self.english:
            shown = _SHOWN_CLAUSE.match(flat, pos, min(sent.end, pos + 24))
            if shown is not None and flat[shown.end() : shown.end() + 1].isupper():
                # "Here is how Gov. Ned Sorel closed his speech:": the subject
                # is the clause's, whose words the copy goes on to show.
                pos = shown.end()
                first = self._first_word(pos, sent.end)
        mention: Mention | None = None
        role_words: tuple[str, ...] = ()  # a role before the name, between commas
        if first in cues.PRONOUNS or first.rstrip("’'s") in ("he", "she", "they"):
            # A pronoun subject is kept for the cues of the sentence to resolve.
            end = pos + len(first.rstrip("’'s").rstrip("’'"))
            if flat[pos:end].lower() in _SUBJECT_PRONOUNS:
                sent.subject_mention = Mention(pos, end, (flat[pos:end],), "mention.pronoun")
            return None
        if first.replace("’", "'").split("'", 1)[0] in cues.PRONOUNS:
            return None  # a pronoun's contraction ("I’d", "We're", "They’ve") is no name
        opening = "mention.sentence_opening"
        if (
            first in _INTRO_WORDS
            or first.endswith("ing")
            or _opens_with_participle(flat, pos, first)
        ):
            # "Speaking at a town hall in Salem, New Hampshire, Trump went ...":
            # the subject follows the comma where a name meets a verb.
            comma = pos
            for _ in range(8):
                comma = flat.find(", ", comma, min(sent.end, pos + 320))
                if comma < 0:
                    break
                comma += 2
                found, _ = phrase_after(flat, comma, sent.end)
                if found is not None and (
                    _verb_follows(flat, found.end, sent.end)
                    or _named_after_role(flat, pos, comma, found, sent.end)
                ):
                    mention = found
                    break
            if (
                mention is not None
                and len(mention.words) == 1
                and mention.words[0].lower() in _SUBJECT_PRONOUNS
            ):
                # "Asked about the cost, she declined ...": a pronoun subject
                # is kept for the cues of the sentence to resolve.
                sent.subject_mention = mention._replace(rule="mention.pronoun")
                return None
        else:
            mention, _ = phrase_after(flat, pos, sent.end)
            if mention is not None and flat.startswith((" from ", " by "), mention.end):
                mention = _with_author(flat, mention, sent.end, subject=True)
            if mention is not None and self.english:
                cut = _name_before_verb(mention)
                if len(cut.words) > 1 or self.resolver.named_in_full(cut.words[0]):
                    mention = cut  # "Pruitt gives Hale some credit": Pruitt
            if mention is not None:
                named = _name_after_role(flat, mention, sent.end)
                if named is not None:
                    role_words = mention.words
                    mention, opening = named, "mention.name_after_role"
                else:
                    opening = _verb_follows(flat, mention.end, sent.end, self.source) or ""
                    if not opening and self.english:
                        # "Sen. Ada Marsh of Oregon has pushed": the home
                        # state after a named person's name is no verb's.
                        home = _home_of(flat, mention, sent.end)
                        if home > 0:
                            opening = _verb_follows(flat, home, sent.end, self.source) or ""
                    if not opening:
                        pair = _kin_pair(flat, mention, sent.end) if self.english else None
                        if pair is not None:
                            mention, opening = pair, "mention.sentence_opening"
                    if not opening and flat.startswith(" and ", mention.end):
                        # "Jane Roe and her son Tom were stuck": the first of
                        # the subjects, when a verb follows the second.
                        other, _ = phrase_after(flat, mention.end + 5, sent.end)
                        if other is not None and _verb_follows(flat, other.end, sent.end):
                            opening = "mention.sentence_opening"
                    if not opening:
                        mention = None
            if mention is None and self.english and flat.startswith("One of ", pos):
                mention = _one_of_named(flat, pos, sent.end)
                opening = "mention.name_after_role"
        if mention is None or mention.words[0].lower() in cues.PRONOUNS:
            return None
        words = mention.words
        head = words[-1].lower()
        # The first word is tested alone first: it is capitalised in most.
        if (
            not words[0][:1].isupper()
            and not any(w[:1].isupper() for w in words)
            and head not in cues.PERSON_NOUNS
            and head not in cues.GROUP_NOUNS
        ):
            return None
        # "Students marched chanting ...": a plural noun of people is a
        # subject, though the story writes it in lower case too.
        people = words[0].lower() in cues.GROUP_NOUNS and words[0].lower()[:-1] in cues.PERSON_NOUNS
        if len(words) == 1 and (
            (not people and _common_word(self.resolver.lower, flat, words[0]))
            or _modifies_noun(flat, mention.end, sent.end)
        ):
            return None
        if self.english and _plural_with_complement(flat, mention, sent.end, self.resolver):
            return None
        sent.subject = ent = self.resolver.resolve(mention)
        sent.subject_rule = self.resolver.rule
        sent.subject_mention = mention._replace(rule=opening)
        if role_words and ent is not None:
            # "Wade's mother, Dottie Budge, still works there": a woman.
            self.resolver.note_gender(ent, role_words)
            if (
                ent.kind is SourceKind.PERSON
                and ent.title is None
                and role_words[-1].lower() in cues.ORG_NOUNS
                and role_words[-1].lower() not in cues.PERSON_NOUNS
            ):
                # "The company that runs the awards, Dick Vale Productions,
                # denies it": the name the body's noun gives is the body's.
                ent.kind = SourceKind.ORGANISATION
        return ent

    def subject_speaker(self, sent: _Sentence) -> Speaker | None:
        """Return the subject of *sent* as a speaker, when it is a person.

        A ``he`` or ``she`` subject is resolved as a pronoun cue's would be
        (``She calls the plan "reckless."`` after a sentence about Ada
        Marsh), in English copy; the sentence's :attr:`subject_rule` then
        names ``resolve.pronoun_antecedent``.
        """
        ent = self.person_subject(sent)
        mention = sent.subject_mention
        if ent is None or mention is None or ent.kind is not SourceKind.PERSON:
            return None
        return self.resolver.speaker(ent, mention, self.source)

    def person_subject(self, sent: _Sentence) -> Entity | None:
        """Return the subject of *sent*, a ``he`` or ``she`` resolved (English copy).

        As :meth:`subject`, but a sentence opened by ``he`` or ``she`` gives
        the person the pronoun stands for (:meth:`_pronoun_subject`).
        """
        ent = self.subject(sent)
        mention = sent.subject_mention
        if (
            ent is None
            and mention is not None
            and self.english
            and mention.rule == "mention.pronoun"
            and mention.words[0].lower() in ("he", "she")
        ):
            ent = self._pronoun_subject(sent, mention)
        return ent

    def reporting_document(self, sent: _Sentence) -> Speaker | None:
        """Return the document that opens *sent* and reports, as a speaker.

        ``An audit found "serious failings" in the plan``, ``The study
        concluded that the pier was "unsafe"``: a document (the list
        ``document_nouns``) as the subject of a verb of finding or reporting
        (:data:`_REPORTING_VERBS`) is the source of the words its sentence
        quotes, as a person subject would be (English copy).
        """
        return self._reporting_subject(sent, SourceKind.DOCUMENT, _REPORTING_VERBS)

    def new_entry(self, pi: int) -> bool:
        """Whether paragraph *pi* opens an entry of a live page, under a timestamp of its own.

        Live blogs and ``The Latest`` digests set each entry under its time
        on a line of its own (``1:15 p.m.``): a new entry is a new item, and
        a quotation that opens it carries over no speaker of the entry
        before (``"...," Brandt said. ¶ 1:15 p.m. ¶ "We have opened every
        shelter."``).
        """
        gap = self.source[self.bounds[pi - 1][1] : self.bounds[pi][0]]
        # Most gaps are a line break or two: a time needs a figure.
        if not any(ch.isdigit() for ch in gap):
            return False
        return any(is_timestamp_line(line) for line in gap.splitlines() if line.strip())

    def answers_question(self, pi: int) -> bool:
        """Whether paragraph *pi* answers a question of an interview set as questions and answers.

        Q&A features set each question on a line of its own, a subheading
        or a paragraph that ends with a question mark and quotes no one,
        and the interviewee's answer in the paragraph under it, in
        quotation marks (``Will late fees come back? ¶ "No. They kept
        families away."``).  A story is set so when at least two paragraphs
        that open with a quotation stand under a question; a paragraph is
        such an answer when it opens with a quotation under a question.
        """
        answers = self._answers
        if answers is None:
            found = set()
            source = self.source
            flat = self.flat
            bounds = self.bounds
            for k in range(1, len(bounds)):
                lo = bounds[k][0]
                if flat[lo] != MASK:
                    continue
                before = source[bounds[k - 1][0] : lo].rstrip()
                # The question is the last line before the answer: a
                # subheading between the paragraphs, or the paragraph before.
                question = before[before.rfind("\n") + 1 :].strip()
                if (
                    question.endswith("?")
                    and len(question.split()) <= _QUESTION_WORDS
                    and not any(mark in question for mark in _QUESTION_MARKS)
                ):
                    found.add(k)
            answers = self._answers = frozenset(found) if len(found) >= 2 else frozenset()
        return pi in answers

    def _opens_paragraph(self, pos: int) -> bool:
        """Whether *pos* opens its paragraph, or follows only the dateline that opens it."""
        lo = self.bounds[self.sentences[self.sentence_of(pos)].para][0]
        if pos == lo:
            return True
        flat = self.flat
        if pos - lo > 80 or not _may_open_dateline(flat, lo, pos):
            return False
        # The pattern wants a capital after the dash: the quotation mark
        # stands there (masked), so a capital takes its place.
        lead = flat[lo:pos] + "A"
        dateline = _DATELINE_LEAD.match(lead)
        return dateline is not None and dateline.end() == len(lead) - 1

    def back_reference(
        self, last: _Piece, open_start: int
    ) -> tuple[Speaker | None, tuple[str, ...]]:
        """Return the source the sentence after a quotation names as it points back at it.

        Copy may set a quotation of a whole sentence alone and name its
        source in the next sentence, which opens by pointing back at it (the
        list ``back_reference_tags``): ``"It felt like the end of the
        world." That is how Ada Marsh remembers the night.``, ``That quote
        from Harbor Commissioner Tom Hale appeared in the report.``, ``So
        says Ada Marsh, who ...``, ``"Who pays?" That was the question Ada
        Marsh kept asking.``  After ``how``, ``what`` or ``question`` the
        name must be followed by its verb (``That is how Ada Marsh.`` names
        no one); a
        pronoun or a document named there is left to the other rules.
        English copy (``cue.back_reference``).
        """
        close_end = last.close_end
        if close_end is None:
            return None, ()
        flat = self.flat
        hi = self.bounds[last.para][1]
        text = self.source[last.open_end : last.end].rstrip(" ’'")
        pos = close_end
        if not text.endswith((".", "!", "?")):
            if flat[pos : pos + 1] not in (".", "!", "?"):
                return None, ()
            pos += 1
        while pos < hi and flat[pos] == " ":
            pos += 1
        if pos >= hi and last.para + 1 < len(self.bounds) and self._opens_paragraph(open_start):
            # A paragraph that is the quotation alone (after a dateline, the
            # story's lede), pointed back at by the next: '"You don't choose
            # this life." ¶ That's how Ada Brennan puts it.'
            pos = self.bounds[last.para + 1][0]
        head = flat[pos : pos + 40].lower()
        if not head.startswith(_BACK_REFERENCE_FIRST):
            return None, ()  # the common case: one call for every tag's first word
        head = head.replace("’", "'")
        for phrase in _BACK_REFERENCE_TAGS:
            if head.startswith(phrase):
                break
        else:
            return None, ()
        sent_end = self.sentences[self.sentence_of(pos)].end
        mention, _ = phrase_after(flat, pos + len(phrase), sent_end)
        if mention is None or mention.words[0].lower() in cues.PRONOUNS:
            return None, ()
        if phrase.endswith(("how ", "what ", "question ")) and not _verb_follows(
            flat, mention.end, sent_end
        ):
            return None, ()
        if phrase == "that was " and _SPEAKING_AFTER.match(flat, mention.end, sent_end) is None:
            # Without a comma the walker reads the participle and its place
            # into the phrase: "That was Gov. Ada Marsh speaking at city
            # hall." ends the name before the participle.
            inner = _SPEAKING_AFTER.search(flat, mention.start, mention.end)
            if inner is not None and flat[inner.start() - 1 : inner.start()].isalpha():
                name = flat[mention.start : inner.start()].rsplit(" ", 1)[-1]
                if name[:1].isupper():
                    mention, _ = phrase_after(flat, mention.start, inner.start())
        if mention is None:
            return None, ()
        if phrase == "that was " and _SPEAKING_AFTER.match(flat, mention.end, sent_end) is None:
            # "That was the year the pier closed." names no one: broadcast
            # copy names the voice just heard with its participle ("That
            # was Gov. Ada Marsh, speaking in Albany.").
            return None, ()
        ent = self.resolver.resolve(mention)
        if ent is None or ent.kind is SourceKind.DOCUMENT:
            return None, ()
        speaker = self.resolver.speaker(ent, mention, self.source)
        return speaker, ("cue.back_reference", mention.rule, self.resolver.rule)

    def reporting_organisation(self, sent: _Sentence) -> Speaker | None:
        """Return the organisation that opens *sent* and issues or reports, as a speaker.

        ``The Harbor Commission released a statement on Monday, offering "a
        full apology"``, ``The inspector general's office issued two reports
        that described "serious delays"``: an organisation as the subject of
        a verb of issuing a document or of finding or reporting
        (:data:`_ORGANISATION_VERBS`) is the source of the words its sentence
        quotes, as a person subject would be (English copy).
        """
        return self._reporting_subject(sent, SourceKind.ORGANISATION, _ORGANISATION_VERBS)

    def _reporting_subject(
        self, sent: _Sentence, kind: SourceKind, verbs: frozenset[str]
    ) -> Speaker | None:
        """Return the subject of *sent*, of *kind*, as a speaker when one of *verbs* follows it."""
        if not self.english:
            return None
        ent = self.subject(sent)
        mention = sent.subject_mention
        if ent is None or mention is None or ent.kind is not kind:
            return None
        verb = self.flat[mention.end : mention.end + 24].split(" ", 2)[1:2]
        if not verb or verb[0] not in verbs:
            return None
        return self.resolver.speaker(ent, mention, self.source)

    def pronoun_antecedent(self, sent: _Sentence, mention: Mention) -> Entity | None:
        """Resolve the pronoun *mention* of *sent* to its antecedent (not memoised)."""
        word = mention.words[0]
        probe = _Cue(mention.start, mention.end, word, word.lower(), self.sentence_of(sent.start))
        probe.mention = mention
        probe.resolved = probe.sourced = True
        return self.resolver.resolve(mention, self._antecedents(probe))

    def _pronoun_subject(self, sent: _Sentence, mention: Mention) -> Entity | None:
        """Resolve the ``he`` or ``she`` that opens *sent* (once per sentence)."""
        if sent.subject_rule == "resolve.pronoun_antecedent":
            return sent.subject  # type: ignore[return-value]
        ent = self.pronoun_antecedent(sent, mention)
        sent.subject = ent
        sent.subject_rule = "resolve.pronoun_antecedent"
        return ent

    # -- quotations ---------------------------------------------------------

    def cue_for(
        self, pieces: Sequence[_Piece], sent: _Sentence
    ) -> tuple[_Cue | None, bool, bool, str]:
        """Find the cue of a quotation.

        Tries the rules ``cue.after`` and ``cue.after_inverted``
        (:meth:`_cue_after`), ``cue.before`` (:meth:`_cue_before`) and
        ``cue.closing`` (:meth:`_cue_closing`) in this order.

        :param pieces: The quotation's pieces.
        :param sent: The sentence where the quotation opens.
        :returns: The cue, whether the quotation stands as a full one,
            whether the cue is next to it, and the name of the rule that
            found it (empty when none did).
        """
        first, last = pieces[0], pieces[-1]
        flat = self.flat
        open_start = first.open_start
        if sent.cues and flat[max(sent.start, open_start - 2) : open_start].rstrip(" ").endswith(
            ","
        ):
            # '"The risk," said Ed Lamer, an economist, "is that ..."': a
            # quotation interrupted by an inverted cue goes on after it.
            for near in self.cues_before(sent, open_start):
                if not near.resolved:
                    self.locate(near)
                if near.inverted and near.mention is not None and near.mention.end <= open_start:
                    return near, True, True, "cue.interrupted"
                break
        # A quotation in pieces is a full one whatever comes before it.
        full = len(pieces) > 1
        if not full:
            lead = flat[max(sent.start, open_start - 60) : open_start].strip(" ([—–-")
            full = (
                lead == ""
                or lead.endswith(":")
                # A quotation right after the dateline opens the story's lede:
                # 'PORTVALE, Maine — "You don't choose this life."'
                or (sent.start == self.bounds[sent.para][0] and self._opens_paragraph(open_start))
            )
        cue = self._cue_after(last)
        before: _Cue | None = None
        if (
            cue is not None
            and not full
            and not cue.inverted
            and cue.start >= sent.end
            and sent.cues
            and (
                self.source[last.open_end : last.end].rstrip().endswith((".", "?", "!"))
                or flat[last.mask_end : last.mask_end + 1] in (".", "?", "!")
            )
        ):
            # 'Roe said repairs would take "weeks, not days." Hale agreed.':
            # words quoted inside a reported sentence, ending it, are the
            # words of that sentence's cue, not of the next sentence's verb.
            before = self._cue_before(first, sent)
            if before is not None and before.mention is None and before.link is None:
                before = None
        elif cue is not None and not full and cue.verb in _TAG_VERBS and sent.cues:
            # 'While Tom Hale proclaims it a "terrific game," Ada Marsh shrugs.':
            # words quoted inside a clause with a cue of its own are that
            # cue's, not the words a verb of manner after them tags.
            before = self._cue_before(first, sent)
            if before is not None and before.mention is None and before.link is None:
                before = None
        if cue is not None and before is None:
            return cue, full, True, "cue.after_inverted" if cue.inverted else "cue.after"
        # A sentence without cues has none before the quotation.
        if before is None:
            before = self._cue_before(first, sent) if sent.cues else None
        if before is not None and self.english and _share_of_people(before):
            # "Forty-eight percent said the tariffs would "hurt the economy,"
            # the poll found.": the words of the poll's question, the poll's.
            poll = self._poll_cue(sent, before)
            if poll is not None:
                return poll, full, False, "cue.closing" if poll.start > open_start else "cue.before"
        if before is not None:
            gap = flat[max(before.end, open_start - 80) : open_start].strip(" ,:")
            if gap == "" and before.end >= open_start - 80:
                full = True  # 'Varga said: "..."'
            return before, full, len(gap.split()) <= 4, "cue.before"
        cue = self._cue_closing(last)
        return cue, full, False, "" if cue is None else "cue.closing"

    def _cue_after(self, piece: _Piece) -> _Cue | None:
        close_end = piece.close_end
        if close_end is None:
            return None
        k = bisect.bisect_left(self.cue_starts, close_end)
        cues_ = self.cues
        if k >= len(cues_):
            return None
        cue = cues_[k]
        flat = self.flat
        while (
            flat[cue.start - 4 : cue.start] == "who "
            and k + 1 < len(cues_)
            and cues_[k + 1].sentence == cue.sentence
        ):
            # The verb of a relative clause ("a senior official who asked not
            # to be named told ..."): the sentence's cue comes after it.
            k += 1
            cue = cues_[k]
        start = cue.start
        if start >= self.bounds[piece.para][1] or start - close_end > _CUE_AFTER_REACH:
            return None
        if not cue.resolved:
            self.locate(cue)
        mention = cue.mention
        if cue.inverted or mention is None:
            if not cue.inverted and cue.link is not None:
                return None
            gap_end = start
        elif mention.end <= piece.open_start:
            # 'Harbor Soft Inc. (the "Company") (Nasdaq: HSFT) said': the
            # verb's subject stands before the quotation, which is no words
            # of its but a term in its name.
            return None
        else:
            gap_end = mention.start
        gap = flat[close_end:gap_end]
        if (
            gap.strip(" ,—–-")
            and not (
                # '"...," as one pilot put it.', '"...," as Ada Marsh explains.': a
                # clause of manner on "as" tags the quotation as a plain cue does.
                gap.strip(" ,—–-") == "as" and self.english and not cue.inverted
            )
            and not (
                # '"...," the agency quoted Ada Marsh as saying': the outlet stands between.
                mention is not None
                and mention.rule == "mention.quoted_as_saying"
                and gap.endswith(" quoted ")
                and MASK not in gap
                and len(gap.split()) <= 8
            )
        ):
            return None
        if cue.inverted:
            return cue
        text = self.source[piece.open_end : piece.end].rstrip(" ’'\n")
        if text.endswith((".", "?", "!")):
            # 'Kett asks Feld, "Why now?" Feld writes back, "You look fine."':
            # a cue that opens a new sentence and introduces a quotation of
            # its own (a comma or a colon, then the marks) is not the cue of
            # the quotation that ended before it.
            sent_end = self.sentences[cue.sentence].end
            mark = flat.find(MASK, cue.end, min(sent_end, cue.end + 40))
            if mark > 0:
                gap = flat[cue.end : mark].rstrip()
                if gap.endswith((",", ":")) and len(gap.split()) <= 3:
                    return None
        if text.endswith("."):
            # "...done." Trump said the talks ... starts a new statement.
            tail = flat[cue.end : self.sentences[cue.sentence].end].strip()
            if (
                tail
                and not tail.startswith((".", ",", ";"))
                and (
                    len(tail.split()) > 8 or tail.split()[0].lower() in ("that", "the", "he", "she")
                )
            ):
                return None
        return cue

    def _poll_cue(self, sent: _Sentence, skip: _Cue) -> _Cue | None:
        """Return the cue of *sent* whose source is a poll (``the poll found``), if any."""
        for other in sent.cues:
            if other is skip:
                continue
            if not other.resolved:
                self.locate(other)
            words = other.mention.words if other.mention is not None else ()
            if words and words[-1].lower() in cues.POLL_NOUNS:
                return other
            if "by" in words[1:] and words[words.index("by") - 1].lower() in cues.POLL_NOUNS:
                return other  # "A survey by Harbor Research found": the poll and its maker
        return None

    def _cue_before(self, piece: _Piece, sent: _Sentence) -> _Cue | None:
        open_start = piece.open_start
        befores = self.cues_before(sent, open_start)
        for n, cue in enumerate(befores):
            if cue.end > open_start:
                continue
            if not cue.resolved:
                self.locate(cue)
            if cue.inverted:
                # "...," said X. inverted cues belong to the quotation before them.
                if cue.mention is not None and cue.mention.end <= open_start:
                    return cue
                continue
            if cue.mention is not None or cue.link is not None or cue.fallback:
                if cue.weak and self.english and cue.mention is not None:
                    outer = self._outer_cue(cue, befores[n + 1 :])
                    if outer is not None:
                        return outer
                return cue
        return None

    def _outer_cue(self, weak: _Cue, earlier: Sequence[_Cue]) -> _Cue | None:
        """Return the speech verb whose reported clause holds a weak cue, if one does.

        ``CFO Tom Hale said the company expects "modest growth"``: words
        quoted in a clause reported by ``said`` are the reporter's, not
        those of the clause's subject, whose verb (``expects``, ``hopes``,
        ``believes``: the list ``weak_verbs``) reports no speech.  The
        nearest earlier cue of the sentence that is no weak cue and names a
        source is that verb, when the weak cue's subject is no named person
        (``Hale said Ada Marsh called it "a mess"``: Marsh's words), stands
        after that verb (not ``Acme, whose chief said ..., described it as
        "..."``) and no conjunction opens a clause of its own between them
        (``..., but consumers called it "obscene"``).
        """
        mention = weak.mention
        if mention is None or (mention.words[-1][:1].isupper() and _named_subject(self, weak)):
            return None
        if mention.rule == "mention.with_participle":
            return None  # "Roe pleaded guilty, with prosecutors calling him "...""
        for cue in earlier:
            if not cue.resolved:
                self.locate(cue)
            if cue.weak or cue.inverted or cue.according:
                continue
            if (
                cue.mention is None
                or cue.mention.words[0].lower() in ("it", "this")
                or cue.end > mention.start
                or _CLAUSE_BREAK.search(self.flat, cue.end, mention.start) is not None
            ):
                return None
            return cue
        return None

    def _cue_closing(self, piece: _Piece) -> _Cue | None:
        """Find a cue that closes the sentence: ``..., Varga added.``."""
        sent = self.sentences[self.sentence_of(piece.end)]
        flat = self.flat
        end = piece.mask_end
        for cue in self.cues_after(sent, end):
            if not cue.resolved:
                self.locate(cue)
            mention = cue.mention
            if cue.according and mention is not None:
                return cue
            if mention is None or mention.start < end:
                continue
            head = min(cue.start, mention.start)
            if not flat[max(end, head - 8) : head].rstrip().endswith(","):
                continue
            tail = flat[max(cue.end, mention.end) : sent.end].strip(" .")
            if MASK in tail:
                continue
            if len(tail.split()) <= 8 or (cue.inverted and tail.startswith(",")):
                return cue
        return None


#: Nouns that make a phrase in lower case the subject of an absolute ``with``
#: clause before a participle cue: ``with prosecutors calling him "a thief"``.
_WITH_CLAUSE_NOUNS: Final = (
    cues.GROUP_NOUNS | cues.ORG_NOUNS | cues.PERSON_NOUNS | cues.DOCUMENT_NOUNS
)


#: A conjunction of time or cause opening a clause with a subject of its own
#: inside a sentence: ``The search ended when a genealogist, Tom Reyes, found
#: a match.``, ``... after his grandson, Liam Pitt, uploaded the results``.
_SUBORDINATE_OPENING = lazy_compile_re(r" (?:after|when|because|before|until|once|since) ")
#: A word that opens the question of an ``Asked by X ...`` clause: ``Asked by
#: Ines Holt whether the barrier was "a white elephant," Varga shrugged.``
_QUESTION_WORD = lazy_compile_re(r"\b(?:whether|if|about|why|how|what|when|to)\b")


def _asker(
    state: _Analysis, sent: _Sentence, open_start: int, cue: _Cue | None
) -> tuple[Speaker, tuple[str, ...]] | None:
    """Return who asked the question a quotation stands in, with its rules, if named.

    Copy opens a sentence with the question put to its subject and who put
    it: ``Asked by Ines Holt whether the barrier was "a white elephant,"
    Varga shrugged.``.  Words quoted in that opening clause, after its word
    of question (``whether``, ``if``, ``about``, ``why``...) and before the
    subject, are the question's: the asker's (``partial.asked_question``),
    never the subject's who answers.  A quotation after the clause's comma
    is the subject's (``Asked by Holt about it, "It is dead," Varga said.``),
    and so are words a cue inside the question gives someone (``Asked by
    Holt why he called it "a fine plan,"``) and words after a possessive
    (``Asked by Holt about his "war on ferries,"``).
    """
    flat = state.flat
    # The last word of question before the quotation.
    questions = list(_QUESTION_WORD.finditer(flat, sent.start + 9, open_start))
    question = questions[-1] if questions else None
    if question is None or ", " in flat[question.end() : open_start]:
        return None  # "Asked by Holt about it, "It is dead," Vance said.": Vance's
    if cue is not None and question.end() <= cue.start < open_start:
        return None  # "Asked by Holt why he called it "a fine plan,"": his words
    owner = word_before(flat, question.end(), open_start - 1).lower()
    if owner in ("his", "her", "their") or owner.endswith(("'s", "’s")):
        return None  # "Asked by Holt about his "war on ferries,"": his words
    # The asker: the words between "by" and the question's word, a name or
    # a description ("Ines Holt", "reporters", "a radio host").
    start = sent.start + 9
    end = question.start() - 1
    words = tuple(flat[start:end].split())
    if not words or len(words) > 6 or end <= start or flat[end] != " ":
        return None
    mention = Mention(start, end, words, "mention.phrase_after")
    ent = state.resolver.resolve(mention)
    if ent is None:
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("partial.asked_question", mention.rule, state.resolver.rule)


def _named_after_role(flat: str, lo: int, comma: int, found: Mention, hi: int) -> bool:
    """Whether *found*, after *comma*, is a name in apposition to a role, its verb after it.

    A sentence may open with a phrase of time or place and then its subject,
    a role and the name between commas: ``On Tuesday the mayor, Ines Vale,
    opened the bridge.``, ``Later in the evening his running mate, Sen. Ada
    Voss, warmed up the crowd.``.  The name is the subject when the words
    before its comma end in a role noun in lower case (never a place:
    ``In Dayton, Ohio, she said``) and a comma and a verb follow the name.
    """
    if not flat.startswith(", ", found.end) or not found.words[0][:1].isupper():
        return False
    before = flat[lo : comma - 2].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    return is_role(before[-4:]) and bool(_verb_follows(flat, found.end + 1, hi))


def _recorded_speaker(flat: str, mention: Mention) -> Mention:
    """Return the speaker in a recording's mention before a participle, else *mention*.

    Copy reports what a recording or an account shows someone saying by a
    noun of the recording, ``of``, the speaker and a participle (the list
    ``recording_nouns``): ``Footage of Tom Reyes calling the plan "a
    disgrace" spread quickly.``, ``an account of Marsh telling an aide to
    "get out"``, ``A recording of Councilman Tom Hale saying "we will bury
    this"``: the name after ``of`` is the participle's subject, not the
    recording.
    """
    words = mention.words
    k = words.index("of")
    if k == 0 or k == len(words) - 1 or words[k - 1].lower() not in cues.RECORDING_NOUNS:
        return mention
    at = flat.find(" of ", mention.start, mention.end)
    if at < 0:
        return mention
    return mention._replace(start=at + 4, words=words[k + 1 :])


def _with_participle(flat: str, lo: int, start: int) -> Mention | None:
    """Read the subject of an absolute ``with`` clause before a participle cue.

    ``..., with Harbor Minister Ilse Varga telling reporters the barrier was
    "sound"``: the name between ``with`` and the participle is its subject.
    So is a group, a body or a person named by a noun of the word lists
    (``group_nouns``, ``org_nouns``, ``role_nouns``, ``document_nouns``),
    as court and council copy writes it: ``Tom Roe pleaded guilty, with
    prosecutors calling him "a thief."``, ``with the mayor calling it
    "a good start"``.
    """
    at = flat.rfind(" with ", max(lo, start - 80), start)
    if at < 0:
        return None
    mention, _ = phrase_after(flat, at + 6, start)
    if mention is None or mention.end != start - 1:
        return None
    if not (mention.words[-1][:1].isupper() or mention.words[-1].lower() in _WITH_CLAUSE_NOUNS):
        return None
    return mention._replace(rule="mention.with_participle")


#: Where a clause of its own opens inside a sentence: a semicolon, or a comma
#: and a conjunction (``Acme said prices rose, but shoppers called ...``).
_OWN_CLAUSE = lazy_compile_re(r"(?:; |, (?:and|but|while|although|though|whereas|yet) )")


def _reads_plural(word: str) -> bool:
    """Whether *word* has a plural's shape: four letters or more ending in one ``s``."""
    return len(word) >= 4 and word.endswith("s") and not word.endswith("ss")


def _plural_after_break(flat: str, lo: int, start: int) -> Mention | None:
    """Return a bare plural noun phrase that opens a clause right before a cue.

    ``Acme Docks said prices rose, but shoppers called the move "a
    rip-off."``, ``...; many dockers called it "a betrayal."``: the clause
    after a comma and a conjunction, or a semicolon, has a subject of its
    own, one to three words in lower case ending in a plural, and the cue
    is that group's, not the first clause's source.
    """
    breaks = list(_OWN_CLAUSE.finditer(flat, max(lo, start - 48), start))
    if not breaks:
        return None
    last = breaks[-1]
    text = flat[last.end() : start].rstrip(" ")
    words = text.split(" ")
    head = words[-1]
    if (
        not 1 <= len(words) <= 3
        or not all(w.isalpha() and w.islower() for w in words)
        or not _reads_plural(head)
        or any(w in cues.PRONOUNS or w in cues.ADJUNCT_WORDS for w in words)
    ):
        return None
    return Mention(last.end(), last.end() + len(text), tuple(words), "mention.phrase_before")


#: The words that open a description of a source after an inverted cue.
_DESCRIPTION_OPENERS = frozenset(("a", "an", "one", "another", "the"))
#: The words that open an indefinite description that a name in apposition
#: may follow after an inverted cue (``said one, Mia Cole``).
_APPOSITION_OPENERS = frozenset(("a", "an", "one", "another"))


#: The prepositions that tie a description after a name to its employer or
#: place: ``Ada Roe, a cardiologist at Mercy Hospital,``.
_EMPLOYER_LINKS: Final = frozenset(("at", "with", "for", "in", "of", "from"))


def _described_at_employer(aside: Sequence[str]) -> bool:
    """Whether *aside* is a description tied to an employer or a place by name.

    Copy sets a person's calling and where they practise it beside the
    name, the place in capitals: ``Dr. Ada Roe, a cardiologist at Mercy
    Hospital, was more cautious.``, ``Tom Hale, a forecaster with the
    Harbor Weather Office, warned ...``.  An article, up to four words in
    lower case (an age among them), a preposition of :data:`_EMPLOYER_LINKS`
    and up to six words of the employer, none of them ending a clause,
    read as one aside whatever the noun; a relative clause may close it
    (``a cardiologist at Mercy Hospital who was not involved in the
    study,``).
    """
    if not 3 <= len(aside) <= 16 or aside[0] not in ("a", "an"):
        return False
    for k in range(2, min(len(aside) - 1, 6)):
        if aside[k] in _EMPLOYER_LINKS:
            rest = aside[k + 1 :]
            end = next((i for i, w in enumerate(rest) if w in _RELATIVE_WORDS), len(rest))
            return (
                0 < end <= 6
                and all(_lower_word(w) or is_age(w) for w in aside[1:k])
                and all(_employer_word(w) for w in rest[:end])
            )
    return False


def _employer_word(word: str) -> bool:
    """Whether *word* may stand in an employer's name: letters, digits, ``'``, ``-``, ``&``."""
    return word == "&" or word.replace("'", "").replace("’", "").replace("-", "").isalnum()


def _lower_word(word: str) -> bool:
    """Return whether *word* is a lower-case word, a possessive or hyphens in it."""
    core = word.replace("’s", "").replace("'s", "").replace("-", "")
    return core.isalpha() and core.islower()


def _name_in_apposition(flat: str, pos: int, hi: int) -> Mention | None:
    """Return the name set beside an indefinite description after an inverted cue.

    ``"Thank God," said one, Mia Cole, 34.``, ``said a neighbor, Mia
    Cole.``, ``said another driver, Bo Hardy, who ...``: copy picks someone
    out of a crowd and names them in apposition; the name, of two
    capitalised words or more, ending the clause, is the source.  A longer
    indefinite description, up to ten words in lower case (``said a farmer
    sheltering under a tarpaulin by the road, Abdul Razzaq``) or one that
    names a place (``said a retired teacher in Oak Lawn, Margaret Dunne``)
    gives a name that opens with a known given name.  A calling in lower
    case before the name is left out: ``said another regular, retired
    postman Keith Doyle``.  So too
    after a definite description that the word lists do not know, a
    possessive in it (``exclaims the school's carnavalesco, Ana de
    Souza``).
    """
    while pos < hi and flat[pos] == " ":
        pos += 1
    comma = flat.find(", ", pos, min(hi, pos + 90))
    if comma < 0:
        return None
    words = flat[pos:comma].split(" ")
    # A long description (a participle or a place after the noun: "a farmer
    # sheltering under a tarpaulin by the road, Abdul Razzaq") is an
    # indefinite one, and its name opens with a known given name.
    long = len(words) > 4
    # A place named in the description ("a retired teacher in Oak Lawn,
    # Margaret Dunne") asks for a given name too.
    placed = _placed_description(words)
    long = long or placed
    if (
        (words[0].lower() not in _APPOSITION_OPENERS and (long or words[0].lower() != "the"))
        or len(words) > 10
        or not (placed or all(_lower_word(w) for w in words[1:]))
    ):
        return None
    at = comma + 2
    while at < hi and flat[at].isspace():
        at += 1  # a line break after the comma: "carnavalesco, \r\nAna de Souza"
    named, _ = phrase_after(flat, at, hi)
    if named is not None and named.words[0].islower():
        # A calling before the name: "said another regular, retired postman
        # Keith Doyle" (up to three words in lower case, left out).
        k = 0
        while k < len(named.words) and named.words[k].islower():
            k += 1
        if k > 3 or not all(w.isalpha() for w in named.words[:k]):
            return None
        skip = sum(len(w) + 1 for w in named.words[:k])
        at += skip
        named = Mention(named.start + skip, named.end, named.words[k:], named.rule)
    if (
        named is None
        or named.start != at
        or len(named.words) < 2
        or not (named.words[0][:1].isupper() and named.words[-1][:1].isupper())  # "Ana de Souza"
        or named.words[0].lower() in cues.PRONOUNS
        or not _clause_ends(flat, named.end, hi)
        or (
            long
            and named.words[0].lower() not in cues.MALE_GIVEN_NAMES
            and named.words[0].lower() not in cues.FEMALE_GIVEN_NAMES
        )
    ):
        return None
    return named._replace(rule="mention.name_after_role")


def _placed_description(words: Sequence[str]) -> bool:
    """Whether *words* are a description in lower case with a place after ``in``, ``from``...

    ``a retired teacher in Oak Lawn``, ``one farmer near Ames``: lower-case
    words, then a preposition of place and capitalised words to the end.
    """
    for k in range(2, len(words) - 1):
        if words[k] in ("in", "from", "near", "outside", "at"):
            return all(_lower_word(w) for w in words[1:k]) and all(
                w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()
                for w in words[k + 1 :]
            )
    return False


def _description_after(flat: str, pos: int, hi: int) -> Mention | None:
    """Return a description after an inverted cue that the word lists do not know.

    ``"...," said a longtime shopkeeper.``, ``"...," said one former
    campaign staffer, who ...``: an inverted cue right after a quotation
    names its source after the verb, so an article and up to four words in
    lower case (an age among them: ``said the 71-year-old baker``), ending
    the clause, are the source's description whatever its head noun.
    """
    while pos < hi and flat[pos] == " ":
        pos += 1
    tokens = flat[pos : min(hi, pos + 80)].split(" ")
    if len(tokens) < 2 or tokens[0].lower() not in _DESCRIPTION_OPENERS:
        return None
    words = [tokens[0]]
    for tok in tokens[1:5]:
        core = tok.rstrip(".,;:")
        if (
            not core
            or not (core.replace("-", "").isalpha() or is_age(core))
            or not core.islower()
            or core in cues.BOUNDARY_WORDS
        ):
            return None
        words.append(core)
        if core != tok:
            break  # punctuation ends the clause
    else:
        return None
    end = pos + len(" ".join(tokens[: len(words) - 1])) + 1 + len(words[-1])
    return Mention(pos, end, tuple(words), "mention.phrase_after")


def _description_before(flat: str, lo: int, start: int) -> Mention | None:
    """Return a description between a quotation and its cue that the word lists do not know.

    ``"...," the meteorologist said.``, ``"...," a longtime shopkeeper
    says.``: between the quotation's comma and the cue, an article and up
    to four words in lower case (an age among them: ``the 71-year-old
    baker``) are the source's description whatever its head noun, as after
    an inverted cue (:func:`_description_after`).
    """
    mark = flat.rfind(MASK, max(lo, start - 48), start)
    if mark < 0:
        return None
    gap = flat[mark + 1 : start].rstrip(" ")
    text = gap.lstrip(" ,")
    if not text or len(gap) - len(text) > 2:
        return None
    words = text.split(" ")
    if not 2 <= len(words) <= 5 or words[0].lower() not in _DESCRIPTION_OPENERS:
        return None
    for word in words[1:]:
        if (
            not (word.replace("-", "").isalpha() or is_age(word))
            or not word.islower()
            or word in cues.BOUNDARY_WORDS
            or word in cues.PRONOUNS
        ):
            return None
    end = mark + 1 + len(gap)
    return Mention(end - len(text), end, tuple(words), "mention.phrase_before")


def _clause_ends(flat: str, pos: int, hi: int) -> bool:
    """Return whether the clause ends at *pos*.

    It ends at punctuation, at the sentence end, or before a relative or
    prepositional phrase (``said Varga, who ...``).
    """
    while pos < hi and flat[pos] == " ":
        pos += 1
    if pos >= hi or flat[pos] in ".,;:!?—–-()" or flat[pos] == MASK:
        return True
    word = flat[pos : pos + 16].split(" ", 1)[0]
    if is_participle(word):
        # A participle phrase describing the source: ""...," said a young
        # man wearing a grey cap."; not a noun in -ing ("Monday morning").
        return True
    # "said Ada Roe Monday.", "said Roe today, adding ...": the word's own
    # punctuation ends the clause after it.
    return word.rstrip(".,;:!?").lower() in _AFTER_SOURCE


_AFTER_SOURCE = frozenset(
    """who in at on during after before to of from with when as while about
    late early earlier later last this yesterday today tonight monday tuesday
    wednesday thursday friday saturday sunday known identified""".split()
)


#: An aside between commas after a subject that is no role: an age or a
#: party-and-state tag (``Roe, 54, said``; ``Roe, D-Ore., said``; ``Roe, R-N.Y.,``).
_SHORT_ASIDE = lazy_compile_re(r" ?(?:\d{1,3}|[DRI]-[A-Z][A-Za-z.]{1,6}) ?")


#: Adverbial asides between a subject and its verb (list ``adverbial_asides``):
#: ``Hale, for his part, is modest``.
_ADVERBIAL_ASIDES = lexicon.words("en", "adverbial_asides")


#: A phrase of time opening a sentence, before its subject: ``Next month,
#: when the line opens, he will retire.``, ``Last year Ada Marsh ran.``,
#: ``This week, the board voted.``, ``Next, the board will vote.``.  ``Next``
#: alone before a verb may be a name (``Next said sales rose``, a retailer).
_TIME_OPENING = lazy_compile_re(
    r"(?:(?:Next|Last|This) (?:week|month|year|weekend|spring|summer|fall|autumn|winter"
    r"|season|time)\b,?|Next,) (?=\S)"
)
#: A sentence that presents what follows by a clause of ``how``, ``what``
#: or ``why``: ``Here is how Gov. Ned Sorel closed his speech:``, ``Here's
#: what Ada Marsh told the crowd:``, ``This is why Tom Hale voted no:``.
_SHOWN_CLAUSE = lazy_compile_re(r"(?:Here|This|That)(?: is|['’]s) (?:how|what|why) ")


def _verb_follows(flat: str, pos: int, hi: int, source: str = "") -> str | None:
    """Return how a lower-case word (a verb, presumably) follows *pos*, if one does.

    Comma-delimited asides are skipped: an appositive (``Christie, New
    Jersey's sitting governor, repeated``), an age (``Roe, 54, sent``), a
    party-and-state tag (``Roe, D-Ore., sent``), a participle of manner
    (``Roe, clearly annoyed, sent``) or an adverbial (``Roe, for her part,
    is modest``; ``Roe, however, sent``) give ``mention.sentence_opening``; a
    relative clause, a participial phrase, a long appositive or appositives
    in a row give the name of their rule (:func:`_subject_aside`).

    An aside that ends in a quotation whose comma stands inside its marks
    ends there (``Varga, citing "the cost of steel," said``), when *source*,
    the text *flat* masks, is given.

    :returns: The name of the mention rule, or ``None`` when no verb follows.
    """
    rule = "mention.sentence_opening"
    while pos < hi and flat[pos] == " ":
        pos += 1
    if pos >= hi or flat[pos] != ",":
        word = flat[pos : pos + 16].split(" ", 1)[0]
        if word and word[0].islower() and word not in ("of", "and", "or"):
            return rule
        return None
    # What the aside before reads as when a later one does not: its verdict.
    verdict: str | None = None
    start = pos + 1
    for count in range(_MAX_ASIDES):
        reach = min(hi, start + _ASIDE_REACH)
        close = flat.find(", ", start, reach)
        mark = flat.find(MASK, start, close if close >= 0 else reach) if source else -1
        if mark >= 0:
            # A quotation in the aside: it ends the aside when its comma is
            # inside the marks ('citing "the cost of steel," said').
            end = mark
            while end < reach and flat[end] == MASK:
                end += 1
            # The closing mark may be two characters (''...,'').
            if (
                source[max(mark, end - 3) : end].rstrip(_CLOSING_MARK_CHARS).endswith(",")
                and flat[end : end + 1] == " "
            ):
                close = end - 1
        if close < 0:
            return verdict
        aside = flat[start:close].split()
        if (
            close - start < 90
            and (
                _SHORT_ASIDE.fullmatch(flat, start, close) is not None
                or (
                    0 < len(aside) <= 3
                    and aside[-1].endswith("ed")
                    and all(w.isalpha() and w.islower() for w in aside)
                )
                or ("." not in flat[start:close] and is_role(aside))
                # "Ada Roe, a former postmistress, gave": a description that the
                # word lists do not know, an article and words in lower case
                # (an age among them: "an 80-year-old former postmistress").
                or (
                    1 < len(aside) <= 8
                    and aside[0] in ("a", "an")
                    and all(_lower_word(w) or is_age(w) for w in aside[1:])
                )
                # "Park, the youngest, tried", "Park, the only newcomer on
                # stage, tried", "Marcus Lyles, the younger of the two, cut
                # hair": a definite description of the person named (a rank in
                # a family or a group among them).
                or (
                    1 < len(aside) <= 6
                    and aside[0] == "the"
                    and all(_lower_word(w) for w in aside[1:])
                )
                or _described_at_employer(aside)
                # "Hale, for his part, is modest", "The board, however, voted no".
                or (len(aside) <= 3 and " ".join(aside).lower() in _ADVERBIAL_ASIDES)
            )
        ):
            if count and rule == "mention.sentence_opening":
                rule = "mention.subject_appositives"  # "Roe, 54, a pilot, sent"
        else:
            named = _subject_aside(flat, start, close, aside)
            if named is None:
                return verdict
            if rule == "mention.sentence_opening":
                rule = named
        word = flat[close + 2 : close + 18].split(" ", 1)[0]
        if not word or word in ("of", "and", "or"):
            return verdict
        if word[0].islower() and word not in cues.DETERMINERS and word not in _RELATIVE_WORDS:
            return rule
        if word[0].islower():
            verdict = rule  # "Roe, 54, a pilot ...": the aside before still stands
        start = close + 2  # another aside: "Roe, founder of the club, a pilot, sent"
    return verdict


#: The characters of a closing quotation mark: ``"``, ``”``, ``’``, ``»``,
#: ``›`` and the doubled apostrophe of archive copy (``''``).
_CLOSING_MARK_CHARS: Final = "\"”’»›'"


#: How far back from a cue a restrictive relative clause may open.
_RELATIVE_REACH = 70
#: The most words of the noun phrase before such a clause.
_RELATIVE_MAX_WORDS = 6
#: Words that leave a cue the relative clause's own verb: ``who will say``.
_AUXILIARIES_AND_ADVERBS = frozenset(
    """will would can could should may might must shall did does do has have had
    is was are were be been also often never always not still just then""".split()
)


def _object_in_clause(word: str) -> bool:
    """Whether a phrase after *word* is an object: after a preposition or a past tense."""
    low = word.lower()
    return low in _OBJECT_PREPOSITIONS or (low.isalpha() and low.endswith("ed"))


#: Prepositions whose object a phrase before a cue may be (``to speak to the media said``).
_OBJECT_PREPOSITIONS = frozenset("to of for with about on in at by from into against".split())


#: An opening phrase of a participle and its comma, then ``he`` or ``she``
#: and a verb: ``Asked about the game, he shrugged.``
_INTRO_PRONOUN = lazy_compile_re(r"[A-Z][a-z]+(?:ed|ing) [^,\x01]{1,80}, (he|she) [a-z]+")


def _intro_pronoun(flat: str, sent: _Sentence) -> Mention | None:
    """Return the ``he`` or ``she`` after a sentence's opening participle phrase.

    ``Asked about the playoffs, he shrugged.``, ``Smiling at the crowd, she
    waved.``: the pronoun is the sentence's subject.
    """
    m = _INTRO_PRONOUN.match(flat, sent.start, sent.end)
    if m is None:
        return None
    return Mention(m.start(1), m.end(1), (m.group(1),), "mention.pronoun")


def _before_restrictive_relative(
    flat: str, lo: int, cue_start: int, reach: int = _RELATIVE_REACH
) -> Mention | None:
    """Return the source before a relative clause set without commas, if any.

    ``"...," a senior official who asked not to be named told the paper``,
    ``People who live near the pier said``: the clause between ``who`` and
    the cue is skipped back to the noun phrase before it
    (``mention.subject_relative``).  Only a described source or a name
    counts, and the clause holds no comma and no quotation.  A clause on
    ``that`` nearer the cue, with its own verb, is skipped back to the
    described body, group or person before it (:func:`_before_that_clause`).

    :param reach: How far before the cue ``who`` or ``that`` may stand.
    """
    floor = max(lo, cue_start - reach)
    who = flat.rfind(" who ", floor, cue_start)
    that = flat.rfind(" that ", max(floor, who), cue_start)
    if that > who and _that_clause_of_source(flat, that, cue_start):
        return _before_that_clause(flat, lo, that)
    if who <= lo:
        return None  # no "who" in reach (the common case: no clause to cut out)
    if not _clause_before_cue(flat[who + 5 : cue_start]):
        return None
    mention, _ = subject_before(flat, lo, who + 1)
    if (
        mention is None
        or mention.end != who
        or flat[mention.start - 2 : mention.start] == ", "  # "in Jupiter, Florida who"
        or mention.words[0].lower() in cues.PRONOUNS
        or len(mention.words) > _RELATIVE_MAX_WORDS
        or any(w.endswith("ed") and w.islower() for w in mention.words[1:-1])
    ):
        return None  # no noun phrase, or a clause read as one ("the board disparaged women")
    return mention._replace(rule="mention.subject_relative")


def _clause_before_cue(clause: str) -> bool:
    """Whether *clause*, between a relative word and a cue, may be a clause of its own.

    It holds a word, no comma and no quotation, and more than auxiliaries
    and adverbs: else the cue is the clause's own verb (``women who
    complained``, ``who will say``, ``the union that said``) and no cue of
    the sentence.
    """
    words = clause.lower().split()
    return (
        bool(words)
        and "," not in clause
        and MASK not in clause
        and not _AUXILIARIES_AND_ADVERBS.issuperset(words)
    )


#: The head nouns of a source described before a ``that`` clause.
_RELATIVE_SOURCE_NOUNS = cues.PERSON_NOUNS | cues.GROUP_NOUNS | cues.ORG_NOUNS


def _in_that_clause(flat: str, lo: int, start: int) -> bool:
    """Whether the phrase at *start* is the object of a ``that`` clause's verb.

    ``The union that represents the drivers said``: ``the drivers`` is the
    object of ``represents``, the cue's subject is before ``that``.  (A
    subject pronoun is the subject of a clause of its own: ``a board that
    acts as fast as it says``.)
    """
    that = flat.rfind(" that ", max(lo, start - 40), start)
    return that >= 0 and _that_clause_of_source(flat, that, start)


def _that_clause_of_source(flat: str, that: int, cue_start: int) -> bool:
    """Whether ``flat[that:cue_start]`` is a relative clause on ``that`` with its own verb.

    ``The union that represents the drivers said``: the word after ``that``
    is the clause's verb, in lower case (``represents``, ``runs``,
    ``built``, ``has long backed``), no article, pronoun or noun of a group,
    so the clause is no object clause (``the group that the mayor said``,
    ``the plan that officials said``: the cue is the clause's own, and its
    subject stands inside); the clause holds no comma and no quotation, and
    the cue is not its only verb (``the union that said``).
    """
    clause = flat[that + 6 : cue_start]
    if not _clause_before_cue(clause):
        return False
    verb = clause.split(None, 1)[0]
    return (
        verb.isalpha()
        and verb.islower()
        and verb not in cues.DETERMINERS
        and verb not in cues.PRONOUNS
        and verb not in cues.GROUP_NOUNS
        and (
            verb in _AUXILIARIES_AND_ADVERBS
            or verb in cues.IRREGULAR_PAST
            or verb.endswith(("s", "ed"))
        )
    )


def _before_that_clause(flat: str, lo: int, that: int) -> Mention | None:
    """Return the body or person described right before a ``that`` clause, if any.

    A restrictive relative clause on ``that`` follows a described source,
    a body or a group more often than a person: ``"...," the union that
    represents the drivers said``, ``A group that tracks the harbour's
    water called the spill "the worst in a decade."`` (``mention.subject_relative``).
    Only a phrase of at most six words whose head is a noun of a person, a
    group or a body (``union``, ``company``, ``group``, ``residents``)
    counts: a complement clause (``officials said Tuesday that``) has none.
    """
    mention, _ = subject_before(flat, lo, that + 1)
    if (
        mention is None
        or mention.end != that
        or len(mention.words) > _RELATIVE_MAX_WORDS
        or not mention.words[0][:1].isalpha()
        or mention.words[0].lower() not in cues.DETERMINERS
        or (
            head_noun(mention.words) not in _RELATIVE_SOURCE_NOUNS
            and not _union_local(mention.words)
        )
    ):
        return None
    return mention._replace(rule="mention.subject_relative")


def _union_local(words: Sequence[str]) -> bool:
    """Whether *words* name a union's local by the union's name: ``the Teamsters local``.

    Labour copy calls a union's branch ``local`` after the union's name in
    capitals (``"...," the Harbor Workers local that represents the crews
    said``); the noun alone is no source (``the local paper``).
    """
    return len(words) >= 3 and words[-1].lower() == "local" and words[-2][:1].isupper()


#: A participle of holding and ``by`` with its holder, ending right before a
#: cue: ``[A letter from the board] obtained by The Associated Press
#: [warns]``, ``[a memo] seen by Reuters [says]`` (the holder holds no comma
#: or quotation).
_AGENT_PARTICIPLE = lazy_compile_re(r" (?:obtained|seen|reviewed|viewed) by [^,;:\x01]{2,60}$")
#: Participles whose agent holds a document, not wrote it: ``a memo seen by
#: Reuters says`` is the memo's, not Reuters'.
_HOLDER_PARTICIPLES = frozenset(("obtained", "seen", "reviewed", "viewed"))


def _participle_agent(flat: str, mention: Mention) -> Mention:
    """Return a mention without the participle of holding and the holder after it.

    ``a memo seen by Reuters``: the memo (who holds a document did not write
    it, and says nothing).  Any other mention is returned as it is.
    """
    words = mention.words
    if "by" not in words:
        return mention
    k = words.index("by")
    if k < 2 or k + 1 >= len(words):
        return mention
    if words[k - 1].lower() not in _HOLDER_PARTICIPLES:
        return mention
    at = flat.find(f" {words[k - 1]} by ", mention.start, mention.end + 1)
    if at < 0:
        return mention
    return Mention(mention.start, at, words[: k - 1], mention.rule)


def _quoted_as_saying(flat: str, lo: int, start: int) -> Mention | None:
    """Return the source a reporting outlet quotes: ``the agency quoted Ada Marsh as saying``.

    Wire copy passes on another outlet's quotation with ``quoted ... as
    saying`` (or ``cited ... as saying``, or another cue's participle:
    ``quoted Ada Marsh as warning that``): the source is the object of the
    verb, not the outlet that is the sentence's subject (``Interfax quoted
    Ada Marsh as saying "..."``, ``"...," the agency quoted her as saying``,
    ``The Portvale Press cited Ada Marsh as saying ...``).

    :param start: The offset of ``saying`` (or the cue's participle).
    """
    end = start - 4
    if flat[end:start] != " as ":
        return None
    verb = " quoted "
    at = flat.rfind(verb, max(lo, end - 80), end)
    if at < 0:
        # "The Portvale Press cited Ada Marsh as saying ...": the same.
        verb = " cited "
        at = flat.rfind(verb, max(lo, end - 80), end)
        if at < 0:
            return None
    mention, _ = phrase_after(flat, at + len(verb), end)
    if mention is not None and mention.end != end:
        mention = _quoted_apposed(flat, mention, end)
    if mention is None:
        return None
    return mention._replace(rule="mention.quoted_as_saying")


def _quoted_apposed(flat: str, mention: Mention, end: int) -> Mention | None:
    """Return the person an outlet quotes when an apposition closes the object.

    ``The Harbor Times quoted Tomas Vane, a ferry pilot, as saying ...`` is
    Tomas Vane; ``the paper quoted a ferry pilot, Tomas Vane, as saying
    ...`` is the name after the description.  The apposition stands between
    two commas, the second right before ``as`` (at *end*); *mention* is the
    phrase that opens the object.
    """
    if flat[end - 1 : end] != ",":
        return None
    comma = flat.rfind(", ", mention.start, end - 1)
    if comma < mention.end or flat.count(",", mention.start, comma) > 0:
        return None  # one apposition between two commas, no list
    named, _ = phrase_after(flat, comma + 2, end - 1)
    if named is None or named.end != end - 1:
        return None
    if mention.end == comma and mention.words[0].lower() not in cues.DETERMINERS:
        if mention.words[0][:1].isupper():
            return mention  # the name first, its description between the commas
        return None
    if (
        mention.words[0].lower() in cues.DETERMINERS
        and named.words[0][:1].isupper()
        and named.words[-1].rsplit("-", 1)[-1][:1].isupper()
    ):
        return named  # the description first, the name ("Omar al-Tahan") between the commas
    return None


def _with_author(flat: str, mention: Mention, cue_start: int, *, subject: bool = False) -> Mention:
    """Extend a document's mention with its author: ``A statement from the board``.

    The walk back from a cue stops at the document (``A statement``); the
    author after ``from`` or ``by`` up to the cue is the source the resolver
    gives (``resolve.document_author``).  With *subject*, the mention opens
    a sentence and *cue_start* is the sentence's end: the author is read up
    to its verb (``A report by the state auditor found the agency had
    "failed to keep records."``).
    """
    if head_noun(mention.words) not in cues.DOCUMENT_NOUNS:
        return mention
    at = mention.end + (6 if flat.startswith(" from ", mention.end) else 4)
    author, _ = phrase_after(flat, at, cue_start)
    if author is None:
        return mention
    if subject:
        if not _verb_follows(flat, author.end, cue_start):
            return mention
    elif flat[author.end : cue_start].strip():
        return mention
    link = flat[mention.end + 1 : at - 1]
    return mention._replace(end=author.end, words=(*mention.words, link, *author.words))


#: How many comma-delimited asides may stand between a subject and its verb.
_MAX_ASIDES = 3
#: How far (in characters) one aside between a subject and its verb may run.
_ASIDE_REACH = 160
_RELATIVE_WORDS = frozenset(("who", "whose", "which"))
#: Words that open a phrase of time, place or channel between a subject and
#: its verb (``mention.subject_adjunct``: ``Ada Marsh, in a note to the
#: board, wrote``).
_SUBJECT_ADJUNCT_OPENERS = frozenset(("in", "at", "on", "during", "after", "before", "speaking"))


def _subject_aside(flat: str, lo: int, hi: int, aside: Sequence[str]) -> str | None:
    """Return the rule that skips ``flat[lo:hi]``, an aside after a subject, if any.

    * ``mention.subject_relative``: a relative clause, ``Ada Marsh, who
      chairs the harbor board, has backed the plan``;
    * ``mention.subject_participle``: a participial phrase, ``Ada Marsh,
      making it plain that the locks came first, described the plan``;
    * ``mention.subject_adjunct``: a phrase of time, place or channel,
      ``Ada Marsh, in a letter to the board, wrote that ...``;
    * ``mention.subject_appositives``: a long role, or two roles joined by
      ``and``, ``Ada Marsh, co-founder of the Harbor Trust and a former
      river pilot of many years on the estuary, welcomed the plan``.
    """
    if not aside:
        return None
    first = aside[0]
    if first in _SUBJECT_ADJUNCT_OPENERS and "." not in flat[lo:hi]:
        return "mention.subject_adjunct"
    if first in _RELATIVE_WORDS:
        return "mention.subject_relative"
    if first.endswith("ing") and first.isalpha() and first.islower() and len(first) > 4:
        return "mention.subject_participle"
    if first in _ASIDE_PARTICIPLES:
        # "The rebels' leader, known by his nom de guerre Abu Karim, spoke".
        return "mention.subject_participle"
    text = flat[lo:hi]
    if MASK in text:
        # The title of a show or a book in marks after a role, its comma
        # inside the marks: 'Tom Reyes, a host of the show "Dock Talk," who ...'.
        before = text[: text.find(MASK)].split()
        tail = text[text.rfind(MASK) + 1 :].split()
        if (not before or is_role(before)) and (not tail or tail[0] in _RELATIVE_WORDS):
            return "mention.subject_appositives"
        return None
    if "." in text:
        return None
    lower = [w.lower() for w in aside]
    head = lower.index("and") if "and" in lower else len(aside)
    if 0 < head <= 14 and is_role(aside[:head]):
        return "mention.subject_appositives"
    return None


_ROLE_DETERMINERS = frozenset(("a", "an", "another", "the", "its", "his", "her", "their"))
#: Past participles that open an aside after a subject: ``Ada Marsh, known
#: to all as the harbour's voice, said``; ``The leader, dubbed ..., said``.
_ASIDE_PARTICIPLES = frozenset("known dubbed nicknamed named called born elected appointed".split())


#: The stems of cue verbs a document is never the source of (``the
#: investigation was continuing``, ``the report hoped``).
_NOT_A_DOCUMENT_S = (
    "continu",
    "hope",
    "believ",
    "think",
    "thought",
    "expect",
    "want",
    "feel",
    "felt",
    "fear",
    "wonder",
    "worr",
)
#: Verbs by which a document reports what it found: ``An audit found``.
_REPORTING_VERBS = frozenset(
    """found finds concluded concludes showed shows described describes called calls
    warned warns said says noted notes cited cites blamed blames criticized criticised
    faulted faults""".split()
)
#: The words that open the sentence after a quotation and point back at it,
#: before its source (the list ``back_reference_tags``, each with its space):
#: ``"..." That is how Ada Marsh remembers it.``
_BACK_REFERENCE_TAGS = tuple(
    sorted((w + " " for w in lexicon.words("en", "back_reference_tags")), key=len, reverse=True)
)
#: The participle after the name that ``That was`` points back with, as
#: broadcast copy names the voice just quoted: ``"..." That was Gov. Ada
#: Marsh, speaking in Albany.``, ``That was Tom Hale talking to reporters.``
_SPEAKING_AFTER = lazy_compile_re(
    r",? (?:speaking|talking|addressing|testifying|reacting|responding|announcing)\b"
)
#: The first words of :data:`_BACK_REFERENCE_TAGS` (``that``, ``so``...), as
#: written with either apostrophe, tested before the tags themselves.
_BACK_REFERENCE_FIRST = tuple(
    sorted({t.split(" ", 1)[0].split("'", 1)[0] for t in _BACK_REFERENCE_TAGS})
)
#: The verbs after which an organisation subject is the source of the words
#: its sentence quotes: the verbs of finding or reporting, and of issuing a
#: document (``The Harbor Commission released a statement, offering "..."``).
_ORGANISATION_VERBS = _REPORTING_VERBS | frozenset("issued released published".split())
#: Lower-case words that may stand inside a name's phrase: a title or role
#: (``Acme Docks chief executive Jane Roe``), an organisation or group noun.
_INSIDE_NAME_PHRASE = (
    cues.PERSON_NOUNS | cues.TITLE_WORDS | cues.ORG_NOUNS | cues.GROUP_NOUNS | cues.DOCUMENT_NOUNS
)


#: An age between commas after a name: ``Ada Marsh, 34, and ...``.
_AGE_ASIDE = lazy_compile_re(r", \d{1,3},")


def _name_run(flat: str, pos: int, hi: int) -> list[str]:
    """Return the capitalised words of a plain name from *pos* on: ``Ada Marsh``.

    Each word is letters only, capitalised, with a lower-case rest; the run
    ends at the first other word or at punctuation (kept off the word).
    """
    words: list[str] = []
    for tok in flat[pos : min(hi, pos + 60)].split(" ")[:4]:
        word = tok.rstrip(".,;:")
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            break
        words.append(word)
        if word != tok:
            break
    return words


#: A named person's home after the name: `` of Oregon``, `` of New
#: Hampshire``, `` of N.H.`` (``Sen. Ada Marsh of Oregon has pushed``).
_HOME_OF = lazy_compile_re(
    r" of (?:[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?|(?:[A-Z]\.){2})(?= [a-z])"
)


def _home_of(flat: str, mention: Mention, hi: int) -> int:
    """Return where a home state or town after a person's name ends, or -1.

    ``Sen. Ada Marsh of Oregon has pushed for the bill``, ``Mayor Tom Hale
    of Portvale is upbeat``: US copy places a person by ``of`` and the
    place right after the name; the verb after the place is the name's.  The
    name is two capitalised words or more, none of them a noun of an
    organisation (``Bank of Portvale`` is one name).
    """
    words = mention.words
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return -1
    if any(w.lower().rstrip(".") in cues.ORG_TAIL_WORDS for w in words):
        return -1
    found = _HOME_OF.match(flat, mention.end, hi)
    return -1 if found is None else found.end()


def _kin_pair(flat: str, mention: Mention, hi: int) -> Mention | None:
    """Return a couple that opens a sentence as one subject: ``Ada Marsh and her husband, Tom``.

    Local copy introduces a couple by one name, ``and``, a possessive and a
    noun of kin, then the other name (``Ada Marsh, 34, and her husband,
    Tom Marsh, 36, lost their car.``); both are the subject, so a later
    ``he`` or ``she`` is the one of that gender.  The mention returned
    reads as two coordinated names (``Ada Marsh and Tom Marsh``).
    """
    pos = mention.end
    age = _AGE_ASIDE.match(flat, pos, hi)
    if age is not None:
        pos = age.end()
    if not flat.startswith(" and ", pos):
        return None
    rest = flat[pos + 5 : min(hi, pos + 80)].split(" ")
    if len(rest) < 3 or rest[0] not in ("her", "his", "their"):
        return None
    kin = rest[1].rstrip(",")
    if kin not in KIN_NOUNS:
        return None
    at = pos + 5 + len(rest[0]) + 1 + len(rest[1]) + 1
    name = _name_run(flat, at, hi)
    if not name:
        return None
    end = at + len(" ".join(name))
    after = _AGE_ASIDE.match(flat, end, hi)
    verb_at = after.end() if after is not None else end + (flat[end : end + 1] == ",")
    if not _verb_follows(flat, verb_at, hi):
        return None
    return mention._replace(end=end, words=(*mention.words, "and", *name))


def _name_before_verb(mention: Mention) -> Mention:
    """Cut a phrase read past a name's verb: ``Pruitt gives Hale some credit``.

    The phrase walker reads lower-case words on (``the harbor master``),
    so a sentence that opens with a name, a verb and another name reads as
    one phrase ending in the second name.  When the phrase opens with
    capitalised words and the first lower-case word after them reads as a
    verb in ``-s`` or ``-ed`` that is neither a title, a role nor the noun
    of an organisation or a group (``Acme Docks chief executive Jane Roe``,
    ``Democratic presidential candidate Ada Marsh`` stay whole), the
    subject is the name before it.
    """
    words = mention.words
    n = 0
    while n < len(words) and words[n][:1].isupper():
        n += 1
    if n == 0 or n >= len(words) - 1:
        return mention
    low = words[n].lower()
    if (
        not (low.endswith(("ed", "s")) and not low.endswith(("ss", "us")))
        or low in _INSIDE_NAME_PHRASE
        or low.rstrip("s") in _INSIDE_NAME_PHRASE
        or not words[n + 1][:1].isupper()
    ):
        return mention  # only a verb in "-s" or "-ed" before a name ends the name
    end = mention.start + len(" ".join(words[:n]))
    return mention._replace(end=end, words=words[:n])


#: An age between commas after a name: ``81, still works``.
_AGE_AFTER_NAME = lazy_compile_re(r"\d{1,3},")


def _acronym_modifier(word: str) -> bool:
    """Whether *word* is an acronym of two to four capitals: ``EU``, ``IT``, ``NATO``.

    Wire style writes a country's or a body's initials with periods too
    (``U.S.``, ``U.N.``, ``U.K.``): ``The U.N. envoy, Tom Hale, welcomed the
    truce.`` names the envoy.
    """
    if word.endswith(".") and 4 <= len(word) <= 8:
        letters = word[0::2]
        return word[1::2] == "." * (len(word) // 2) and letters.isalpha() and letters.isupper()
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


#: The words by which copy gives a source's first name alone, and the name:
#: ``who gave only her first name, Maria``, ``who would give only his first
#: name, Luis``, ``who declined to give his last name, Tom``.
_FIRST_NAME_ONLY = (
    r"(?:only (?:his|her|their) first name|(?:his|her|their) first name only"
    r"|(?:give|gave|giving|provide|provided) (?:his|her|their) first name"
    r"|to give (?:his|her|their) (?:last|full|family) name),? ([A-Z][\w'’-]{1,30})"
)
#: The same, ending right before a cue: ``..., Luis, said``.
_FIRST_NAME_BEFORE = lazy_compile_re(_FIRST_NAME_ONLY + r",? ?$")
#: The same, after an inverted cue and a description: ``said a bakery owner
#: who gave only her first name, Maria.``
_FIRST_NAME_AFTER = lazy_compile_re(
    r" *(?:a|an|one|another) [^,;\x01]{0,80}?" + _FIRST_NAME_ONLY + r"(?=[.,;]|$)"
)


def _given_name(found: re.Match[str]) -> Mention:
    """Return the first name that :data:`_FIRST_NAME_ONLY` found, as a mention.

    Copy that may give a source's first name only says so and gives it:
    ``A man in Berwyn, who would give only his first name, Luis, said``;
    ``said a bakery owner who gave only her first name, Maria``.  The name
    is the source (not the town before it, nor the description).
    """
    return Mention(found.start(1), found.end(1), (found.group(1),), "mention.first_name_only")


def _one_of_named(flat: str, pos: int, hi: int) -> Mention | None:
    """Return the name set after ``One of them,`` opening a sentence at *pos*.

    Copy picks one person out of a group it has just described and names
    them between commas: ``One of them, Jesus Ortiz, has come every autumn
    for 15 years``; ``One of the pickers, Ana Ruiz, 19, said``.  Up to four
    words in lower case stand between ``One of`` and the comma; the name,
    two capitalised words or more, is followed by a comma.
    """
    comma = flat.find(", ", pos + 7, min(hi, pos + 48))
    if comma < 0:
        return None
    group = flat[pos + 7 : comma].split(" ")
    if len(group) > 4 or not all(_lower_word(w) for w in group):
        return None
    named, _ = phrase_after(flat, comma + 2, hi)
    if (
        named is None
        or named.start != comma + 2
        or len(named.words) < 2
        or not all(w[:1].isupper() or w in cues.NAME_PARTICLES for w in named.words)
        or not flat.startswith(",", named.end)
    ):
        return None
    return named._replace(rule="mention.name_after_role")


def _name_after_role(flat: str, role: Mention, hi: int) -> Mention | None:
    """Return the name after *role*, a role phrase opening a sentence, if one follows.

    ``Another board member, Tom Reyes of Leeds, explained his vote``: the
    name between the commas, before the verb, is the subject, the phrase
    before it his role (``mention.name_after_role``).
    """
    words = role.words
    first = words[0]
    # "Another, retiree Stan Bukowski, was blunter": one more of a crowd,
    # named after a description.
    another = words == ("Another",) and flat.startswith(", ", role.end)
    comma = role.end
    # A party's member in the role, with its complement: "The ranking
    # Republican on the panel, Sen. Tom Hale, said".
    party = (
        len(words) >= 2
        and first.lower() == "the"
        and words[-1].lower() in _PARTY_NOUNS
        and not any(w[:1].isupper() for w in words[1:-1])
    )
    if party and not flat.startswith(", ", comma):
        tail = _PARTY_ROLE_COMPLEMENT.match(flat, comma, min(hi, comma + 40))
        comma = tail.end() if tail is not None else comma
    capitals = any(w[:1].isupper() and not _acronym_modifier(w) for w in words[1:])
    # A body's or a person's noun with a relative clause before the name:
    # "The company that runs the ferry, Skerry Lines, said".
    relative = (
        not another
        and not party
        and len(words) == 2
        and first.lower() == "the"
        and (words[1].lower() in cues.ORG_NOUNS or is_role(words))
        and not flat.startswith(", ", comma)
    )
    if relative:
        clause = _ROLE_RELATIVE.match(flat, comma, min(hi, comma + 64))
        relative = clause is not None
        comma = clause.end() if clause is not None else comma
    if (
        (
            not another
            and not party
            and not relative
            and (
                len(words) < 2
                or not (
                    first.lower() in _ROLE_DETERMINERS
                    # A kin or role noun after a possessive name: "Wade's mother, Dottie
                    # Budge, 81, still works the till", "Vick's husband, Ron, was there".
                    or (first[:1].isupper() and first.endswith(("'s", "’s")))
                )
                # Capitals in the role name a body, unless an acronym: "The
                # EU envoy, Tom Hale,", "The IT minister, Ada Roe,"; or in the
                # complement of a role in lower case: "The mayor of Brackton,".
                or (capitals and not _role_of_named_body(words))
                or not flat.startswith(", ", role.end)
                or not is_role(words)
            )
        )
        or not flat.startswith(", ", comma)
    ):
        return None
    named, _ = phrase_after(flat, comma + 2, hi)
    if another and named is not None and named.words[0].islower():
        # The description before the name is left out: "retiree Stan Bukowski".
        k = 0
        while k < len(named.words) and named.words[k].islower():
            k += 1
        if len(named.words) - k < 2:
            return None
        skip = sum(len(w) + 1 for w in named.words[:k])
        named = Mention(named.start + skip, named.end, named.words[k:], named.rule)
    if (
        named is None
        or not named.words[0][:1].isupper()
        or not named.words[-1][:1].isupper()
        or named.words[0].lower() in cues.PRONOUNS
        or (capitals and not _apposed_name(named.words))
    ):
        return None
    rest = flat[named.end : named.end + 64]
    if rest.startswith((" of ", " with ", " at ", " for ")):
        # The name's place or employer, left out of it: "Tom Reyes of Leeds,".
        comma = rest.find(", ")
        if comma < 0:
            return None
        rest = rest[comma:]
    rest = rest[:24].lstrip(", ")
    if _AGE_AFTER_NAME.match(rest):
        rest = rest[rest.find(",") + 1 :].lstrip()  # the name's age: "Dottie Budge, 81,"
    word = rest.split(" ", 1)[0]
    if word[:1].isupper() and word.rstrip(",").endswith("."):
        # A state after the place: "Tom Reyes of Salem, Ore., explained".
        word = rest.split(" ", 2)[1] if rest.count(" ") >= 1 else ""
    if not word or not word[0].islower() or word in ("of", "and", "or", "who", "which"):
        return None
    return named


#: The clock time that opens a live blog's entry, before its first sentence:
#: ``13.08 Tomas Vane, the airline's chief, has been speaking ...``.
_LIVE_STAMP = lazy_compile_re(r"(?:[01]\d|2[0-3])[.:][0-5]\d (?=[A-Z])")


def _name_before_open_apposition(flat: str, lo: int, start: int) -> Mention | None:
    """Return the name whose apposition the copy left open before the cue at *start*.

    Quick web copy drops the comma that closes an apposition: ``"...," Ines
    Vale, an oceanographer at the University of Brackton in Harborton told
    Reuters.`` is Ines Vale, the description her calling.  The name of two to
    four capitalised words (a particle among them: ``Erik van Dijk``) stands
    right after the quotation (or opens the sentence), then a comma, ``a`` or
    ``an`` and a description of up to 90 characters with no comma, whose
    second or third word is a calling in ``-er``, ``-or``, ``-ist``, ``-ian``
    or ``-man`` or a role noun.
    """
    comma = flat.rfind(", ", max(lo, start - 100), start)
    if comma < 0 or not flat.startswith(("a ", "an "), comma + 2) or MASK in flat[comma:start]:
        return None  # (a quotation inside the description hides its commas)
    described = flat[comma + 2 : start].split()
    if not 2 <= len(described) <= 16 or any(w.endswith((",", ";", ":")) for w in described):
        return None
    if not any(w.endswith(_CALLING_ENDINGS) or is_role([w]) for w in described[1:3] if w.islower()):
        return None
    k = comma
    while k > lo and (flat[k - 1].isalpha() or flat[k - 1] in " -'’."):
        k -= 1
    while k < comma and flat[k] == " ":
        k += 1
    words = tuple(flat[k:comma].split())
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    if not all(w[:1].isupper() or w in cues.NAME_PARTICLES for w in words):
        return None
    before = flat[lo:k].rstrip(" ")
    if before and not before.endswith(("\x01", '"', "”", ",\x01")):
        return None  # not right after the quotation nor opening the sentence
    return Mention(k, comma, words, "mention.appositive")


#: Endings of a noun of what someone does: ``oceanographer``, ``curator``.
_CALLING_ENDINGS = ("er", "or", "ist", "ian", "man")


def _role_of_named_body(words: Sequence[str]) -> bool:
    """Whether *words* are a role in lower case and its complement after ``of`` or ``for``.

    Copy names a person by the office and the place or body it serves, then
    the name between commas: ``The mayor of Brackton, Tomas Quell, visited
    the ward.``, ``the spokesman for the Harbor Growers Union, Ivo Renn,
    said``.  The capitals of the complement name the body served, not the
    role: the role's words before ``of`` or ``for`` are in lower case after
    the article and name a person (:func:`is_role`).
    """
    for k in range(2, min(len(words) - 1, 6)):
        if words[k] in ("of", "for"):
            return (
                words[0].lower() in ("the", "a", "an")
                and all(w.isalpha() and w.islower() for w in words[1:k])
                and is_role(words[:k])
            )
    return False


def _apposed_name(words: Sequence[str]) -> bool:
    """Whether *words*, between commas after a role of a named body, are a person's name.

    Two to four capitalised words, or a title and a name; never a place that
    goes on the body's name (``The mayor of Portland, Maine,``, ``the governor
    of Surabaya, East Java,``, ``the mayor of Salem, New Hampshire,``): one
    word alone, a state's name, or a first word of a compass point or
    ``New`` is read as a place.
    """
    if not 2 <= len(words) <= 4 or not all(
        w[:1].isupper() or w.rsplit("-", 1)[-1][:1].isupper() for w in words
    ):
        return False  # "Sheik Omar el-Tahan": a particle joined to the surname
    if words[0] in _PLACE_OPENERS or " ".join(words).lower() in _STATE_NAMES:
        return False
    return words[-1].lower() not in cues.PLACE_TAIL_WORDS


#: First words of a two-word place after a body's name: ``Salem, New
#: Hampshire``, ``Surabaya, East Java``.
_PLACE_OPENERS = frozenset(
    ("New", "North", "South", "East", "West", "Central", "Upper", "Lower", "Greater")
)
#: The US states by name, in lower case (``rhode island``).
_STATE_NAMES = frozenset(lexicon.mapping("en", "state_names"))


#: The members of a party, as a role: ``the ranking Republican``.
_PARTY_NOUNS = frozenset(("democrat", "republican"))
#: A party member's complement before the comma of a name: ``on the panel``,
#: ``in the House``.
_PARTY_ROLE_COMPLEMENT = lazy_compile_re(
    r" (?:on|in|of|for) (?:the )?[\w’'.-]+(?: [\w’'.-]+){0,2}(?=, )"
)


#: A relative clause of two to six words after a role that opens a sentence,
#: before the comma of a name: `` that runs the ferry`` in ``The company that
#: runs the ferry, Skerry Lines, said``; a contact clause, its pronoun the
#: clause's subject, too: `` I played for`` in ``The coach I played for, Tom
#: Hale, stopped the drill to announce, "..."``.
_ROLE_RELATIVE = lazy_compile_re(
    r" (?:that|which|who|I|we|he|she|they|you) [a-z][\w’'.-]*(?: [\w’'.-]+){1,5}(?=, )"
)


#: Verbs that a participle may follow: ``Hale seems tired``, ``Hale gets paid``.
_LINKING_VERBS = frozenset(
    "seems gets looks sounds feels becomes remains appears stays got".split()
)


#: The prepositions that open a plural noun's complement after it at the head
#: of a sentence (``Talks on the grain deal collapsed``).
_COMPLEMENT_PREPOSITIONS = frozenset(("on", "of", "over", "about", "between", "with", "for"))


def _plural_with_complement(flat: str, mention: Mention, hi: int, resolver: Resolver) -> bool:
    """Whether the one capitalised word that opens a sentence is a plural noun with its complement.

    ``Talks on the grain deal collapsed on Tuesday``, ``Prices of diesel
    rose``: a word in ``s`` that opens a sentence, then a preposition and a
    word in lower case, is a noun and its complement, not a name (a later
    ``he`` is not ``Talks``).  A surname the article gives in full (``Tom
    Jones``) stays a name.
    """
    words = mention.words
    word = words[0]
    if not _reads_plural(word) or (len(words) > 1 and words[1] not in _COMPLEMENT_PREPOSITIONS):
        return False
    end = mention.start + len(word)
    after = flat[end : min(hi, end + 24)].split(" ", 3)
    return (
        len(after) >= 3
        and after[0] == ""
        and after[1] in _COMPLEMENT_PREPOSITIONS
        and after[2][:1].islower()
        and not resolver.named_in_full(word)
    )


#: Reflexive pronouns that stress the subject before its verb: ``Hensley
#: himself was defiant``.
_INTENSIFIERS = frozenset(("himself", "herself", "themselves", "itself"))


def _modifies_noun(flat: str, end: int, hi: int) -> bool:
    """Whether the one capitalised word before *end* modifies the noun after it.

    ``Heavy rain flooded the town``, ``Strong winds were forecast``: a
    word that opens a sentence, then a word in lower case that is neither
    an adverb nor an auxiliary, then a verb in the past, is an adjective
    and its noun, not a name and its verb (``Hale also said`` and ``Hale
    runs the shop`` are).
    """
    after = flat[end : min(hi, end + 40)].split(" ", 3)
    if len(after) < 3 or after[0] != "":
        return False
    noun, verb = after[1], after[2].rstrip(".,;:")
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in _INTENSIFIERS  # "Hensley himself was defiant": a name
        and noun not in cues.ADJUNCT_WORDS
        and not noun.endswith("ly")
        and noun not in cues.SPEECH_VERBS
        and not noun.endswith("ed")
        and noun not in _LINKING_VERBS
        and noun not in cues.IRREGULAR_PAST
        and verb.isalpha()
        and verb.islower()
        and (
            (verb.endswith("ed") and len(verb) > 4)
            or verb in cues.IRREGULAR_PAST
            or verb in ("was", "were", "is", "are", "has", "had", "will", "would")
        )
    )


def _word_hits(lower: str, word: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of *word* as a whole word in *lower*, the first 16 places it stands.

    :param lower: The flat text in lower case.
    :param word: The word, in any case.
    """
    needle = word.lower()
    pos = lower.find(needle)
    seen = 0
    while pos >= 0 and seen < 16:
        seen += 1
        end = pos + len(needle)
        if (pos == 0 or not lower[pos - 1].isalpha()) and (
            end >= len(lower) or not lower[end].isalpha()
        ):
            yield pos, end
        pos = lower.find(needle, end)


def _common_word(lower: str, flat: str, word: str) -> bool:
    """Return whether *word*, capitalised at a sentence start, is a common word.

    It is when the article writes it in lower case elsewhere: ``Casinos
    there have ...`` is no name.
    """
    return any(flat[pos].islower() for pos, _ in _word_hits(lower, word))


def _trim(source: str, lo: int, hi: int) -> tuple[int, int]:
    """Return ``[lo, hi)`` clipped to the source and without edge whitespace."""
    hi = min(hi, len(source))
    lo = min(max(lo, 0), hi)
    if lo < hi and not source[lo].isspace() and not source[hi - 1].isspace():
        return lo, hi  # the common case: nothing to strip
    text = source[lo:hi]
    inner = text.strip()
    if not inner:
        return lo, lo
    lo += len(text) - len(text.lstrip())
    return lo, lo + len(inner)


def _words_of(text: str) -> list[str]:
    return [w for t in text.split() if (w := t.strip("\"'“”‘’.,;:!?()[]—–-…"))]


_SMALL_WORDS = frozenset("a an the of and or in on at to for by with de la le van von".split())


def _title_case(words: Sequence[str]) -> bool:
    """Return whether the words read as a title or a name: ``America First``."""
    if not words or len(words) > 12:
        return False
    if not words[0][:1].isupper():
        return False
    # Every word capitalised (or a number) or a small word; a small word
    # capitalised ("The", opening the title) counts once.
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


#: The punctuation stripped from the words before a quoted span.
_BEFORE_EDGE = ',:;("“'


def _context_kind(
    flat: str, lo: int, open_start: int, close_end: int, hi: int, text: str
) -> QuoteKind | None:
    """Return the kind that the words around a quoted span give it, if any.

    ``so-called``, ``known as (the)``, ``nicknamed`` make a nickname; ``slogan``,
    ``motto``, ``hashtag`` (or ``"..." chants``) a slogan; ``the film``,
    ``television's`` a title.  A title is capitalised and follows its noun
    at once (``the film "Quiet Harbor"``): words in lower case after it
    (``put the program "back on track"``), or after an article that stands
    between (``called the report a "boldfaced lie"``), or after a verb
    (``the album is "in the home stretch"``) are no title.

    :param text: The quoted words.
    """
    before = flat[max(lo, open_start - 40) : open_start].split()
    # The two words before the span, a determiner right before it skipped
    # ("known as the "Harbor Hilton""): *w1* the nearer, *w2* the other, as
    # written without edge punctuation (None where there is no word), and
    # *p1*, *p2* in lower case.  No rule reads further back.
    k = len(before) - 1
    if k >= 0 and before[k].strip(_BEFORE_EDGE).lower() in cues.DETERMINERS:
        k -= 1
    if k >= 0:
        w1 = before[k].strip(_BEFORE_EDGE)
        p1 = w1.lower()
        w2 = before[k - 1].strip(_BEFORE_EDGE) if k >= 1 else None
        p2 = None if w2 is None else w2.lower()
        if p1 in cues.NICKNAME_WORDS or (p1 == "as" and p2 == "known"):
            # "the prison, dubbed the "Harbor Hilton"" names a thing; in "who he
            # dubbed "the little senator"" a pronoun subject said it.
            subject = before[k - 1] if k >= 1 and p1.endswith("ed") else ""
            if subject.lower() not in _SUBJECT_PRONOUNS:
                return QuoteKind.NICKNAME
        if p1 in cues.SLOGAN_WORDS or (
            p2 is not None and p2 in cues.SLOGAN_WORDS and p1 not in _OBJECT_PRONOUNS
        ):
            # "a banner reading "...", "signs saying "..."; but a noun of the
            # list with an object pronoun after it is a verb: "he would sign
            # it "in a heartbeat"" quotes the speaker's words.
            return QuoteKind.SLOGAN
        if p1 in _TITLE_PREPOSITIONS and w1.islower():
            # "the authors of the "Harbor Renewal Plan"", "a guest on "Dock
            # Talk"": a name in title case as the object of a preposition
            # names a work, a plan or a programme, whatever cue is near.
            words = _words_of(text)
            if len(words) >= 2 and _title_case(words) and "to" not in words:
                # ("from "Dover to Calais"" is a range of places, quoted.)
                return QuoteKind.TITLE
    # The word after the span: "..." chants.
    after = flat[close_end : min(hi, close_end + 30)].split(None, 1)
    if after and after[0].lower().strip(',.;:)"”') in cues.SLOGAN_WORDS:
        return QuoteKind.SLOGAN
    if _title_as_subject(flat, lo, open_start, close_end, hi, text) or _capitals_title(
        flat, close_end, hi, text
    ):
        return QuoteKind.TITLE
    # w1 and p1 are set when k >= 0.
    if (
        k >= 0
        and k == len(before) - 1  # no article between the noun and the title
        and text.lstrip(" '\"‘“")[:1].isupper()
        and (
            (p1 in cues.WORK_NOUNS and w1.islower())
            or (w2 is not None and p2 in cues.WORK_NOUNS and w2.islower() and p1 in _TITLE_VERBS)
            or (p1.endswith(("'s", "’s")) and p1[:-2] in _MEDIA_WORDS)
        )
    ):
        return QuoteKind.TITLE
    return None


def _title_as_subject(
    flat: str, lo: int, open_start: int, close_end: int, hi: int, text: str
) -> bool:
    """Return whether the quoted *text* is a name opening its sentence as the subject of ``is a``.

    Copy introduces a programme, a festival or a campaign by its name in
    quotation marks and says what it is: ``"Harbor Lights" is a week of
    concerts on the pier.``  The words are a title in title case (two words
    or more), not speech, though they open the sentence as a full quotation
    does.
    """
    if flat[lo:open_start].strip():
        return False
    after = flat[close_end : min(hi, close_end + 12)].split()
    if len(after) < 2 or after[0] not in _NAMING_COPULAS or after[1] not in ("a", "an"):
        return False
    words = _words_of(text)
    return len(words) >= 2 and _title_case(words)


def _capitals_title(flat: str, close_end: int, hi: int, text: str) -> bool:
    """Return whether the quoted *text* names an event in copy set in capitals.

    A daybook or an advisory set in capitals lists events by their titles
    in quotation marks, each followed by its comma and what the event is:
    ``9 A.M. "HARBOR LIGHTS AND THE FUTURE OF FERRIES," THE FOURTH ANNUAL
    KELMOOR TRANSPORT FORUM.``  The words in capitals are a title when the
    description after them, in capitals too, opens with an article or a
    participle (``SPONSORED BY``) and holds no speech verb up to its
    sentence's end (``"WE WILL WIN," MAYOR ADA MARSH SAID.`` is speech).
    """
    words = _words_of(text)
    if len(words) < 2 or not text.rstrip().endswith(",") or not text.isupper():
        return False
    stop = flat.find(". ", close_end, hi)
    rest = flat[close_end : stop if stop > 0 else hi].split()
    if not rest or not all(w.isupper() or not any(c.isalpha() for c in w) for w in rest):
        return False
    first = rest[0].strip(",.;:").lower()
    if first not in ("the", "a", "an") and not first.endswith("ed"):
        return False
    return cues.SPEECH_VERBS.isdisjoint(w.strip(",.;:").lower() for w in rest)


#: The verbs after a name in title case that make it the subject naming a
#: thing: ``"Harbor Lights" is a festival``.
_NAMING_COPULAS = frozenset(("is", "was"))
#: Prepositions whose object in title case is a title: ``the authors of the "Harbor Plan"``.
_TITLE_PREPOSITIONS = frozenset(("of", "from", "in", "on", "at", "by"))


def _sign_text(flat: str, lo: int, open_start: int) -> bool:
    """Whether the quotation is the text of a sign: ``signs reading "Save the pier."``.

    A slogan noun (the list ``slogan_words``: ``sign``, ``banner``,
    ``placard``, ``T-shirt``...) and ``reading``, ``saying``, ``that read``
    or ``which said`` right before the marks: the words are written on it,
    not spoken by the people who hold it; the quotation has no speaker.
    """
    near = flat[max(lo, open_start - 12) : open_start].rstrip(" ,:")
    if not near.endswith(("ing", "ead", "aid", "ays", "eads")):
        return False  # (most quotations: no "reading", "saying", "read", "said" before)
    before = flat[max(lo, open_start - 40) : open_start].split()
    if len(before) < 2:
        return False
    verb = before[-1].strip(_BEFORE_EDGE).lower()
    if verb not in ("reading", "saying", "read", "said", "reads", "says"):
        return False
    noun = before[-2].strip(_BEFORE_EDGE).lower()
    if noun in ("that", "which") and len(before) > 2:
        noun = before[-3].strip(_BEFORE_EDGE).lower()
    elif verb in ("read", "said", "reads", "says"):
        return False  # "the mayor said "...": a sign needs its relative
    return noun in cues.SLOGAN_WORDS


#: The verbs of a sign's text inverted after it: ``"...," read a sign``.
_SIGN_VERBS = frozenset(("read", "reads", "said", "says"))
#: The words that open the sign's noun phrase: ``read a sign``, ``said one banner``.
_SIGN_ARTICLES = frozenset(("a", "an", "one", "another", "the"))


def _sign_after(flat: str, close: int, hi: int) -> bool:
    """Whether a sign's noun follows the quotation with an inverted verb of reading.

    ``"Save the pier," read a sign held by one striker.``, ``"No deal," said
    one banner.``: the verb (``read``, ``said``), an article and at most two
    modifiers, then a slogan noun (the list ``slogan_words``): the words are
    written on it, not spoken by the people who hold it, nor by a speaker
    carried over; the quotation has no speaker.

    :param close: Where the quotation's closing mark ends.
    """
    words = flat[close : min(hi, close + 60)].split(None, 5)
    if len(words) < 3 or words[0].strip(",").lower() not in _SIGN_VERBS:
        if len(words) < 4 or words[0] != "," or words[1].lower() not in _SIGN_VERBS:
            return False
        words = words[1:]
    if words[1].lower() not in _SIGN_ARTICLES:
        return False
    for word in words[2:5]:
        core = word.strip(_BEFORE_EDGE + ".,;:").lower()
        if core in cues.SLOGAN_WORDS:
            return True
        if not core.replace("-", "").isalpha():
            return False
    return False


#: Verbs between a work noun and its title: ``the show called "Dock Talk"``.
_TITLE_VERBS = frozenset(("called", "titled", "entitled", "named"))


_MEDIA_WORDS = frozenset("television tv abc nbc cbs cnn fox bbc msnbc hbo netflix pbs npr".split())


#: A line break inside a quotation, with the white space around it (the break
#: between ``We will`` and ``rebuild`` when a quotation runs over two lines).
_LINE_BREAK = lazy_compile_re(r"[ \t\xa0]*+(?:\r\n|\r|\n)[ \t\xa0]*+")
#: A letter or a digit: a quotation without one quotes no words (``"?!"``
#: quotes none, ``"No."`` one).
_HAS_WORD = re.compile(r"[^\W_]")


def analyse(source: str, paragraphs: Sequence[Paragraph], language: str = "en") -> QuoteAnalysis:
    r"""Find the quotations, attributions and speakers of an article's body.

    Copy wrapped at a fixed width breaks lines inside names and phrases, and
    feeds end their lines with ``\r\n`` or pad them with spaces (``senior
    union official Ines\r\nVarga told reporters``, ``said Ola \r\nBrandt``).
    Such a line break with the white space around it, two characters or more
    inside a paragraph, is read as one line break, as a single ``\n`` is:
    the name is ``Ines Varga``.  Spans are still offsets into *source*.

    :param source: The whole article text; every span returned is an offset
        into it.  ANPA-1312 copy is read as transmitted: its typewriter marks
        (`` `` ``, ``''``) are quotation marks, and texts are returned with
        them, as the source has them.
    :param paragraphs: The body paragraphs, in order; each is read from
        ``source[p.span.start:p.span.end]``.
    :param language: The article's language (ISO 639-1); the speakers of a
        language in :data:`wireparse.quotations.languages.SUPPORTED` are read
        by :func:`wireparse.quotations.languages.attribute`.
    :returns: The quotations of speech, the attributions, the people, the
        quoted spans that are not speech and the defects.
    """
    runs = _wrap_runs(source, paragraphs)
    if not runs:
        return _analyse(source, paragraphs, language)
    unwrapped = _Unwrapped(source, runs)
    moved = [unwrapped.paragraph(p) for p in paragraphs]
    found = _analyse(unwrapped.text, moved, language)
    return unwrapped.restore(found)


#: The first character of a line break: ``\r`` (of ``\r\n`` too) or ``\n``.
#: :func:`_wrap_runs` takes the blanks around it (:data:`_LINE_BLANKS`), and
#: a run of more than one character reads as one line break: ``\r\n``,
#: `` \n``, ``\n   `` (a bare ``\n`` is left as it is).
_LINE_END_RE = lazy_compile_re(r"[\r\n]")
#: The blanks around a line break that a wrapped line's run takes in.
_LINE_BLANKS = " \t\xa0"


def _wrap_runs(source: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each line break of two characters or more inside a paragraph."""
    if "\r" not in source and "\n " not in source and " \n" not in source and "\t" not in source:
        return []  # no run longer than a bare "\n" anywhere (most texts)
    runs: list[tuple[int, int]] = []
    search = _LINE_END_RE.search
    for p in paragraphs:
        lo, hi = _trim(source, p.span.start, p.span.end)
        m = search(source, lo, hi)
        while m is not None:
            # The break, then the blanks around it: a search led by a
            # character class, which re skips to (a pattern opening with
            # optional blanks would be tried at every character).
            start = end = m.start()
            while start > lo and source[start - 1] in _LINE_BLANKS:
                start -= 1
            end += 2 if source.startswith("\r\n", end) else 1
            while end < hi and source[end] in _LINE_BLANKS:
                end += 1
            if end - start > 1:
                runs.append((start, end))
            m = search(source, end, hi)
    return runs


#: A node of :class:`QuoteAnalysis` that :meth:`_Unwrapped.restore` rebuilds.
_N = TypeVar("_N")


@attrs.frozen(slots=True)
class _Unwrapped:
    r"""A source with each run of :func:`_wrap_runs` written as one ``\n``, and the way back.

    :param source: The text as given.
    :param runs: The runs, in order, none overlapping.
    """

    source: str
    runs: Sequence[tuple[int, int]]
    #: The text with each run one ``\n``.
    text: str = attrs.field(init=False)
    #: Where each run's ``\n`` stands in :attr:`text`.
    marks: list[int] = attrs.field(init=False)
    #: The characters dropped before and at each run, counted cumulatively.
    dropped: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        parts: list[str] = []
        marks: list[int] = []
        dropped: list[int] = []
        pos = total = 0
        for start, end in self.runs:
            parts.append(self.source[pos:start])
            marks.append(start - total)
            parts.append("\n")
            total += end - start - 1
            dropped.append(total)
            pos = end
        parts.append(self.source[pos:])
        object.__setattr__(self, "text", "".join(parts))
        object.__setattr__(self, "marks", marks)
        object.__setattr__(self, "dropped", dropped)

    def inward(self, offset: int) -> int:
        """Map an offset of the source outside every run to the unwrapped text."""
        k = bisect.bisect_right(self.runs, (offset, offset))
        # A run that starts at *offset* lies after it: bisect_right on pairs
        # counts (offset, end) only when end <= offset, never for a real run.
        return offset - (self.dropped[k - 1] if k else 0)

    def paragraph(self, para: Paragraph) -> Paragraph:
        """*para* with its span mapped to the unwrapped text (itself when no run is before it)."""
        start, end = self.inward(para.span.start), self.inward(para.span.end)
        if start == para.span.start and end == para.span.end:
            return para
        return attrs.evolve(para, span=Span(start, end))

    def back(self, offset: int) -> int:
        r"""Map an offset of the unwrapped text to the source.

        An offset at a run's ``\n`` is the run's start; one after it, its end.
        """
        k = bisect.bisect_left(self.marks, offset)
        return offset + (self.dropped[k - 1] if k else 0)

    def restore(self, node: _N) -> _N:
        """*node* with every span mapped back to the source (a mention and a cue read there).

        A node whose spans all lie before the first run is returned as it is,
        and so is every string, number, enum member and tuple of strings.
        """
        if isinstance(node, Span):
            start, end = self.back(node.start), self.back(node.end)
            if start == node.start and end == node.end:
                return node
            return cast("_N", Span(start, end))
        if isinstance(node, tuple):
            if not node or isinstance(node[0], str):
                return node  # a rule chain, a mention's words
            items = [self.restore(item) for item in node]
            if all(new is old for new, old in zip(items, node, strict=True)):
                return node
            return cast("_N", tuple(items))
        fields = node_fields(type(node))
        if not fields:
            return node  # a string, a number, an enum member, None
        changes: dict[str, object] = {}
        for name, alias in fields:
            value = getattr(node, name)
            if value is None or isinstance(value, (str, int)):
                continue
            moved = self.restore(value)
            if moved is not value:
                changes[alias] = moved
        if not changes:
            return node
        if isinstance(node, Speaker) and "mention_span" in changes:
            where = cast("Span", changes["mention_span"])
            changes["mention"] = self.source[where.start : where.end]
        elif isinstance(node, (Quote, Attribution)) and "cue_span" in changes:
            # A cue over a wrapped line is as written too: "added\r\nin the letter".
            where = cast("Span", changes["cue_span"])
            changes["cue"] = self.source[where.start : where.end]
        evolved: Any = attrs.evolve(cast("Any", node), **changes)
        return cast("_N", evolved)


#: :func:`node_fields`'s answers, by class (the few node classes of a quotation result).
_NODE_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def node_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """The name and the ``__init__`` keyword of each field an attrs class takes; none for others.

    The walkers that rebuild a quotation result read it: :meth:`_Unwrapped.restore`
    here and the parser's that drops invisible characters from its strings.
    """
    known = _NODE_FIELDS.get(cls)
    if known is None:
        known = (
            tuple((f.name, f.alias or f.name) for f in attrs.fields(cast("Any", cls)) if f.init)
            if attrs.has(cls)
            else ()
        )
        _NODE_FIELDS[cls] = known
    return known


def _analyse(source: str, paragraphs: Sequence[Paragraph], language: str) -> QuoteAnalysis:
    """Do :func:`analyse`'s work on a source whose paragraphs hold no wrapped line breaks."""
    state = _Analysis(source, paragraphs, language)
    flat = state.flat
    bounds = state.bounds
    sentences = state.sentences
    quotes: list[Quote] = []
    others: list[Quote] = []
    # Each paragraph's quotations of speech so far (made when it has one):
    # where each opens, and its speaker.
    para_speech: dict[int, list[tuple[int, Speaker | None, tuple[str, ...]]]] = {}
    pending: list[int] = []  # speech quotations waiting for a later speaker
    for pieces in state.raw:
        first, last = pieces[0], pieces[-1]
        pi = first.para
        open_start = first.open_start
        lo = bounds[pi][0]
        single = len(pieces) == 1
        text = (
            source[first.open_end : first.end]
            if single
            else " ".join(source[p.open_end : p.end] for p in pieces)
        )
        if "\n" in text or "\r" in text:
            # Hard-wrapped copy: read as the paragraph's text reads, its line
            # breaks (and the indent around them) one space.
            text = _LINE_BREAK.sub(" ", text)
        # A letter or digit first (most quotations) needs no search: [^\W_] is
        # what str.isalnum() tests, character by character.
        if not text[:1].isalnum() and _HAS_WORD.search(text) is None:
            continue  # marks around nothing ('""', '" "'): no quotation at all
        sent_index = state.sentence_of(open_start)
        sent = sentences[sent_index]
        cue, full, adjacent, found_by = state.cue_for(pieces, sent)
        speaker = state.source_of(cue) if cue is not None else None
        rules: tuple[str, ...] = ()
        if speaker is not None and cue is not None:
            # "cue.according_to" and "cue.opening_inverted" name the cue's
            # position better than the rule that found it.
            rules = (
                cue.chain
                if cue.chain[0] in ("cue.according_to", "cue.opening_inverted")
                else (found_by, *cue.chain)
            )
        # The kind, and whether it is speech (kind.is_speech): a kind from the
        # context is never speech.
        kind: QuoteKind
        # "signs reading "Save the pier."": quoted words no one said aloud.
        written = _sign_text(flat, lo, open_start) or (
            last.close_end is not None and _sign_after(flat, last.close_end, bounds[last.para][1])
        )
        agent = _passive_agent(state, lo, open_start, last.close_end, bounds[last.para][1])
        if agent is None and flat.startswith("Asked by ", sent.start):
            # "Asked by Ines Holt whether it was "a white elephant," Varga
            # shrugged": the asker's words, not the subject's.
            agent = _asker(state, sent, open_start, cue) if state.english else None
        if agent is not None:
            # "branded "reckless" by the union": the agent's words, whatever
            # other source the sentence cites.
            kind = QuoteKind.PARTIAL
            speech = True
            cue = None
            speaker, rules = agent
        elif (full or written) and not (
            full
            and (
                _title_as_subject(flat, lo, open_start, last.mask_end, bounds[last.para][1], text)
                or _capitals_title(flat, last.mask_end, bounds[last.para][1], text)
            )
        ):
            kind = QuoteKind.FULL if full else QuoteKind.PARTIAL
            speech = True
        else:
            context = _context_kind(flat, lo, open_start, last.mask_end, bounds[last.para][1], text)
            speech = False
            owner = None if context is not None else _possessive_owner(state, lo, open_start)
            if owner is None and context is None and (cue is None or cue.sentence != sent_index):
                owner = _frame_owner(state, sent, open_start) or _relative_namer(
                    state, sent, open_start
                )
            if context is not None:
                kind = context
            elif owner is not None:
                # "Varga's pledge to "keep the ferries running"": the words
                # are the possessor's, whatever cue the sentence has.
                kind = QuoteKind.PARTIAL
                speech = True
                cue = None
                speaker, rules = owner
            elif cue is not None and (speaker is not None or adjacent or cue.mention is not None):
                kind = QuoteKind.PARTIAL
                speech = True
            else:
                words = _words_of(text)
                if _title_case(words):
                    kind = QuoteKind.TITLE
                elif len(words) <= 4 and not text.rstrip(" ’'").endswith(("!", "?")):
                    kind = QuoteKind.SCARE
                    if _known_person_subject(state, sent) or state.reporting_document(sent):
                        # "Ada Marsh called it a "historic" day", "An audit
                        # found "serious failings"": a few words quoted in a
                        # sentence about a named person or a reporting document.
                        kind = QuoteKind.PARTIAL
                        speech = True
                else:
                    kind = QuoteKind.PARTIAL
                    speech = True
        if not speech or written:
            # (The text of a sign stays a quotation, of no one's saying: the
            # people who hold the sign are not its speakers.)
            cue = None
            speaker = None
            rules = ()
        elif speaker is None:
            told = _told_gender(cue)
            cue = None
            # The next sentence may point back at a full quotation and name
            # its source ('"..." That is how Ada Marsh remembers it.');
            # else carry the speaker over: the last source named before it in
            # the paragraph, else the previous paragraph's when it opens this one.
            if full and state.english:
                speaker, rules = state.back_reference(last, open_start)
                if speaker is None and open_start > lo:
                    # A clause with a subject of its own and a colon
                    # introduces the quotation, nearer than any speaker
                    # named before it ("Visser was more hopeful: "..."").
                    colon = _colon_before(state, lo, open_start)
                    if colon > 0:
                        speaker, rules = _colon_subject(state, colon, sent)
                elif speaker is None and open_start == lo and pi > 0:
                    # A statement quoted in full stands in a paragraph of its
                    # own under the clause that introduces it ("The union was
                    # cautious: ¶ "We welcome the plan."").
                    # (A clause with a cue of its own, "Ward said:", is
                    # carried over as the paragraph's source.)
                    colon = bounds[pi - 1][1] - 1
                    if flat[colon] == ":":
                        before = sentences[state.sentence_of(colon)]
                        if not before.cues:
                            speaker, rules = _colon_subject(state, colon, before)
                        elif _IT_READ.fullmatch(flat, before.start, colon) is not None:
                            speaker, rules = _document_sharer(
                                state, state.sentence_of(colon), bounds[pi - 1][0]
                            )
            if speaker is None and open_start == lo and last.para == pi:
                # A paragraph that is a quotation and its credit after a dash
                # names its own source, nearer than any speaker carried over.
                credited = _dash_credit(state, last.mask_end, bounds[pi][1])
                if credited is not None:
                    speaker, rules = credited
            if speaker is None:
                speaker, rules = _carried(state, pi, open_start, para_speech.get(pi, ()))
                if speaker is not None:
                    rules = ("carry.paragraph", *rules)
                elif pi > 0 and open_start == lo and not state.new_entry(pi):
                    speaker, rules = _carried(
                        state, pi - 1, bounds[pi - 1][1], para_speech.get(pi - 1, ())
                    )
                    if speaker is not None:
                        rules = ("carry.previous_paragraph", *rules)
            if (
                told is not None
                and speaker is not None
                and state.resolver.gender_of(speaker) not in (None, told)
            ):
                # '"We love it," she said. ¶ "It is hard work," he said.': a
                # pronoun of the other gender at the quotation's own cue is
                # someone else, never the speaker carried over.
                speaker, rules = None, ()
            if (
                speaker is None
                and kind is QuoteKind.PARTIAL
                and not _title_case(_words_of(text))  # a title is no one's words
            ):
                # "The candidate sent an email inviting them to "win my shotgun!"":
                # words quoted in a sentence about a person are that person's.
                speaker = (
                    state.subject_speaker(sent)
                    or state.reporting_document(sent)
                    or state.reporting_organisation(sent)
                )
                if speaker is not None and sent.subject_mention is not None:
                    rules = (
                        "partial.sentence_subject",
                        sent.subject_mention.rule,
                        sent.subject_rule,
                    )
            elif speaker is None:
                speaker, rules = _introduced(state, pi, open_start, last, sent)
            if speaker is None and state.english and _answer_dot(flat, lo, open_start):
                # "Q. Will you sign it? ¶ A. "Not in its current form."": the
                # answer label with a full stop, as some papers set it.
                answered = _interviewee(state)
                if answered is not None:
                    speaker, rules = answered
            if (
                speaker is None
                and state.english
                and open_start == lo
                and pi > 0
                and state.answers_question(pi)
            ):
                # "Will late fees come back? ¶ "No."": an answer set under
                # its question, without a label, is the interviewee's.
                answered = _interviewee(state, "cue.answer_to_question")
                if answered is not None:
                    speaker, rules = answered
        cue_text: str | None = None
        cue_span: Span | None = None
        if cue is not None:
            cue.used = True
            cue_text = source[cue.start : cue.end]
            cue_span = span(cue.start, cue.end)
        text_span = span(first.open_end, last.end)
        # The fields in order (a positional call is the faster).
        quote = Quote(
            text,
            text_span,
            (text_span,) if single else tuple([span(p.open_end, p.end) for p in pieces]),
            span(open_start, first.open_end),
            None if last.close_end is None else span(last.end, last.close_end),
            kind,
            speaker,
            cue_text,
            cue_span,
            pi,
            rules,
        )
        if speech:
            if speaker is None and full and not written:  # (a sign's text stays no one's)
                pending.append(len(quotes))
            elif speaker is not None and pending:
                # "A." "B," he said: the speaker reaches back over the run.
                for k in pending:
                    prev = quotes[k]
                    if prev.paragraph == pi:
                        quotes[k] = attrs.evolve(
                            prev, speaker=speaker, rules=("carry.run_back", *rules)
                        )
                pending.clear()
            quotes.append(quote)
            para_speech.setdefault(pi, []).append((open_start, speaker, rules))
            sent.has_speech = True
        else:
            others.append(quote)
        if pending and quotes and quotes[pending[-1]].paragraph != pi:
            pending = [k for k in pending if quotes[k].paragraph == pi]
    attributions = _attributions(state)
    if language in languages.SUPPORTED:
        # Hook: another language's speakers (wireparse.quotations.languages).
        quotes, others = languages.attribute(source, paragraphs, quotes, others, language)
    return QuoteAnalysis(
        quotes=tuple(quotes),
        attributions=tuple(attributions),
        people=state.resolver.people(),
        others=tuple(others),
        defects=tuple(sorted(state.defects, key=lambda d: d.span.start if d.span else -1)),
    )


#: A possessor, a noun for something said and a word that leads into the
#: words (an adjunct of up to four words may stand between), right before a
#: quotation: ``Varga's pledge to``, ``Ilse Varga's bold claim that``, ``Roe's
#: words:``, ``Varga's call earlier in the day to``.
_POSSESSIVE_SPEECH = lazy_compile_re(
    r"([A-Z][\w.-]{0,30}(?: [A-Z][\w.-]{0,30}){0,3})[’']s "
    r"([a-z][a-z -]{0,80}?)(?: (?:to|that|of|for|as)|,|:) ?$"
)

#: A possessive noun of speech with a ``that`` clause whose verb is quoted:
#: ``Hale's claim that the mayor "lied to us"``, ``Roe's charge that Lee
#: "broke the deal"`` (a subject of up to six words between).
_POSSESSIVE_THAT = lazy_compile_re(
    r"([A-Z][\w.-]{0,30}(?: [A-Z][\w.-]{0,30}){0,3})[’']s "
    r"([a-z][a-z -]{0,40}?) that (?:[\w.’'-]+ ){1,6}$"
)


def _possessive_owner(
    state: _Analysis, lo: int, open_start: int
) -> tuple[Speaker, tuple[str, ...]] | None:
    """Return the speaker of a quotation after a possessive noun of speech.

    ``partial.possessive``: a quotation right after a person's or an
    organisation's possessive and a noun for something said (``call``,
    ``pledge``, ``claim``, ``warning``: the list ``speech_nouns``) is that
    source's words: ``Roe mocked Varga's pledge to "keep the ferries
    running"`` gives Varga, not Roe; so is the quoted verb of a ``that``
    clause after the noun (``Roe mocked Varga's claim that the board "lied to
    us"``).  The noun must lead into the words (a
    ``to``, ``that``, ``of``, ``for``, ``as``, a comma or a colon): in ``Roe
    said Varga's remarks "did real harm"`` the quotation says something
    about the remarks, and it is Roe's.
    """
    flat = state.flat
    start = max(lo, open_start - 80)
    # The pattern needs a possessive "'s " in the window: most windows have
    # none, and two string searches tell it faster than the pattern's search.
    if flat.find("'s ", start, open_start) < 0 and flat.find("’s ", start, open_start) < 0:
        return None
    found = _POSSESSIVE_SPEECH.search(flat, start, open_start)
    if found is None and flat.find(" that ", start, open_start) >= 0:
        # (_POSSESSIVE_THAT holds " that ": without one in the window its
        # search, which backtracks over every capital, finds nothing.)
        found = _POSSESSIVE_THAT.search(flat, start, open_start)
    if found is None:
        return None
    # The noun is one of the first three words: "Varga's bold new claim".
    phrase = found.group(2).split()
    if len(phrase) > 7 or not any(w in cues.SPEECH_NOUNS for w in phrase[:3]):
        return None
    words = tuple(found.group(1).split(" "))
    if words[0].lower() in cues.SENTENCE_OPENERS:
        words = words[1:]
        if not words:
            return None
    name_start = found.end(1) - len(" ".join(words))
    mention = Mention(name_start, found.end(1), words, "mention.possessive")
    ent = state.resolver.resolve(mention)
    if ent is None or ent.kind not in (SourceKind.PERSON, SourceKind.ORGANISATION):
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("partial.possessive", "mention.possessive", state.resolver.rule)


#: A frame that opens a sentence and names whose view the sentence gives,
#: then a comma: ``In Varga's words,``, ``In the union's words,`` (group 1),
#: ``To Varga,``, ``To councillor Amir Shah,`` (group 2).  A name is up to
#: four capitalised words, after up to two words of a role in lower case.
_VIEW_FRAME = lazy_compile_re(
    r"(?:In ((?:the (?:[a-z-]+ ){0,2}[a-z-]+|[A-Z][\w.-]{0,30}(?: [A-Z][\w.-]{0,30}){0,3})"
    r"(?:[’']s|s[’'])) (?:own )?words"
    r"|To ((?:[a-z-]+ ){0,2}[A-Z][\w.-]{0,30}(?: [A-Z][\w.-]{0,30}){0,3})), (?=[^\x01]{1,160}$)"
)


def _named_before(flat: str, lo: int, hi: int, surname: str) -> bool:
    """Whether *surname* stands after another capitalised word between *lo* and *hi*.

    A person called back by a surname alone was introduced by a fuller
    form: ``Grace Okafor``, ``Union leader Okafor``.
    """
    pos = flat.find(" " + surname, lo, hi)
    while pos >= 0:
        after = pos + 1 + len(surname)
        if after >= len(flat) or not (flat[after].isalnum() or flat[after] == "-"):
            before = flat[flat.rfind(" ", lo, pos) + 1 : pos]
            if before[:1].isupper():
                return True
        pos = flat.find(" " + surname, pos + 1, hi)
    return False


def _frame_owner(
    state: _Analysis, sent: _Sentence, open_start: int
) -> tuple[Speaker, tuple[str, ...]] | None:
    """Return the speaker of a partial quotation in a sentence opened by a view frame.

    ``partial.view_frame``: a sentence that opens with ``In Varga's words,``
    or ``To Varga,`` gives that source's view, and a quotation in it with no
    cue of its own is the source's words: ``In Varga's words, the deal was
    "a trap."``; ``To Varga, the offer was "an insult."`` (the possessive
    form of ``in the words of``).  A ``To`` frame must name a person or an
    organisation: ``To Lisbon, the ferry was "a lifeline"`` names a place.
    """
    flat = state.flat
    start = sent.start
    head = flat[start : start + 3]
    if (head != "In " and head != "To ") or not state.english:
        return None
    found = _VIEW_FRAME.match(flat, start, open_start)
    if found is None:
        return None
    group = 1 if found.group(1) is not None else 2
    words = tuple(found.group(group).split(" "))
    if words[0].lower() in cues.SENTENCE_OPENERS:
        return None
    # A role in lower case before the name: "To councillor Amir Shah,".
    role = 0
    while role < len(words) and words[role].islower():
        if words[role] not in cues.TITLE_WORDS and words[role] not in cues.PERSON_NOUNS:
            return None
        role += 1
    name = words[role:]
    given = name[0].lower()
    if group == 2 and not (
        (len(name) > 1 and (given in cues.MALE_GIVEN_NAMES or given in cues.FEMALE_GIVEN_NAMES))
        or _named_before(flat, state.bounds[0][0], start, name[-1])
    ):
        return None  # "To Lisbon,": a name the story has not given a person
    mention = Mention(found.start(group), found.end(group), words, "mention.possessive")
    ent = state.resolver.resolve(mention)
    if ent is None or ent.kind not in (
        SourceKind.PERSON,
        SourceKind.ORGANISATION,
        SourceKind.GROUP,
    ):
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("partial.view_frame", "mention.possessive", state.resolver.rule)


#: A relative clause of naming that runs up to a quotation, no comma, colon or
#: other quotation in it: ``who described the order as "``, ``who called
#: the plan "`` (:func:`_relative_namer`).  Group 1 is the relative's
#: antecedent: an article and up to three words, or a name of up to four
#: capitalised words before a comma.
_RELATIVE_NAMING = lazy_compile_re(
    r"(?:\b((?:[Aa]n?|[Oo]ne|[Tt]he) (?:[\w-]+ ){0,2}[a-z][\w-]*)"
    r"|(?<![\w'’])([A-Z][\w.-]{0,30}(?: [A-Z][\w.-]{0,30}){1,3}),)"
    r" who (?:[a-z]+ly )?(?:described|called|termed|branded|label+ed|dubbed|deemed)"
    r" [^,;:\x01]{1,120}$"
)


def _relative_namer(
    state: _Analysis, sent: _Sentence, open_start: int
) -> tuple[Speaker, tuple[str, ...]] | None:
    """Return the speaker of words quoted in a relative clause of naming.

    ``partial.relative_clause``: news copy names a witness inside another
    sentence and quotes the words the witness chose in a relative clause
    after the noun: ``The inquiry heard four officials, including a navy
    officer who described the order as "reckless."`` (invented) quotes the
    officer, not the sentence's subject; so does ``the inquiry heard Ada
    Marsh, who called it "a gamble."``.  The clause opens with ``who`` and a
    verb of naming (``described``, ``called``, ``termed``, ``branded``,
    ``labelled``, ``dubbed``, ``deemed``; an adverb in ``-ly`` before it
    allowed), and runs up to the quotation with no comma, colon or other
    quotation in it; its antecedent is an article and up to three words
    ending in a noun of a person (``a navy officer``), or a name before a
    comma.  English copy only.
    """
    if not state.english:
        return None
    flat = state.flat
    found = _RELATIVE_NAMING.search(flat, max(sent.start, open_start - 200), open_start)
    if found is None:
        return None
    group = 1 if found.group(1) is not None else 2
    words = tuple(found.group(group).split(" "))
    if group == 1 and words[-1].lower() not in cues.PERSON_NOUNS:
        head = words[-1].lower()
        if not (head.endswith(("er", "or", "ist", "ian")) and len(head) > 4):
            return None  # "the plan which ...", "a move who": no person
    mention = Mention(found.start(group), found.end(group), words, "mention.phrase_before")
    ent = state.resolver.resolve(mention)
    if ent is None or ent.kind is not SourceKind.PERSON:
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("partial.relative_clause", "mention.phrase_before", state.resolver.rule)


#: A verb of naming in the passive right before a quotation, an adverb or
#: two before it allowed: ``was branded "reckless"``, ``labelled "unsafe"``,
#: ``widely described as "a fighter"``, ``dismissed as "a stunt"``.
_PASSIVE_NAMING = lazy_compile_re(
    r"(?<![\w'’])(?:called|branded|label+ed|dubbed|termed|"
    r"(?:described|denounced|hailed|derided|dismissed|condemned|characteri[sz]ed|"
    r"critici[sz]ed|touted|billed|praised|decried|slammed) as) $"
)
#: ``by`` and the agent right after the closing mark: ``"reckless" by the
#: union``, ``"a disgrace," by residents`` (a comma or full stop inside
#: the marks, or a comma after them).
_BY_AGENT = lazy_compile_re(r",? by (?=\w)")


def _passive_agent(
    state: _Analysis, lo: int, open_start: int, close_end: int | None, hi: int
) -> tuple[Speaker, tuple[str, ...]] | None:
    """Return the agent of a passive verb of naming around a quotation.

    ``partial.passive_agent``: words quoted after a verb of naming in the
    passive and followed by ``by`` and a source are that source's, whatever
    else the sentence cites: ``The plan was branded "reckless" by the union``
    gives the union; ``The wall, called "a disgrace" by residents, will be
    rebuilt`` gives residents; ``emails labelled "secret" by the ministry,
    according to two officials`` gives the ministry, not the officials.
    """
    if close_end is None or close_end >= hi:
        return None
    flat = state.flat
    # Most quotations have no "by" after them: one string test tells it.
    if flat.find("by ", close_end, close_end + 5) < 0:
        return None
    found = _BY_AGENT.match(flat, close_end, hi)
    if found is None or _PASSIVE_NAMING.search(flat, max(lo, open_start - 30), open_start) is None:
        return None
    mention, _ = phrase_after(flat, found.end(), min(hi, found.end() + 120))
    if mention is None or mention.start != found.end():
        return None
    mention = Mention(mention.start, mention.end, mention.words, "mention.passive_agent")
    ent = state.resolver.resolve(mention)
    if ent is None:
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("partial.passive_agent", "mention.passive_agent", state.resolver.rule)


#: A party-and-state tag's letter: ``D-Calif.``, ``(R-Peoria)``.
_PARTY_LETTER_TAG = lazy_compile_re(r"(?<![\w-])([DRI])-[A-Z]")
#: The dash before a speaker label inside a paragraph: ``Ports - Omar Feld: "..."``.
_LABEL_DASH = lazy_compile_re(r" [-–—] ")
#: A speaker label's tail between the name and the colon: a party-and-state
#: tag in brackets or between commas (``Sen. Jane Roe (D-Ore.):``, ``Roe, D-Ore.:``).
_LABEL_TAIL = lazy_compile_re(r" ?(?:\([^()\n]{1,30}\)|, ?[A-Z][\w.-]{1,12},?)? ?")
#: A roundup label's credit between the name and the colon: up to ten words,
#: no sentence's end and nothing quoted (:func:`_credited_label`):
#: ``Ned Calloway, owner of the Riverside Diner: "..."``.
_LABEL_CREDIT = lazy_compile_re(r", (?:[^\s.!?;:\x01]{1,30} ?){1,10}")
#: A credit that is a person's by its first words: an age or a described role
#: (``Gary Oduya, 34:``, ``Noor Haddad, a deckhand:``, ``Ned Calloway, owner of``).
_PERSON_CREDIT = lazy_compile_re(r", (?:\d{1,3}\b|an? |the |[a-z]+ (?:of|at|for|with) )")


def _credited_label(flat: str, mention: Mention, colon: int) -> bool:
    """Whether a credit after the name of a roundup's label runs to its colon.

    Roundups of reactions label a quotation with the name and a credit
    after a comma: an age, a role, or where the words were written
    (``Gary Oduya, 34: "..."``, ``Ned Calloway, owner of the Riverside
    Diner: "..."``, ``Club captain Lewis Harte, in a message on the club
    website: "..."``).  The label is a person's by a title or a calling
    before the name, or by a credit that opens with an age or a role: a
    place and a time (``Dunmore Harbor, at dawn on Sunday:``) is no
    label.  A noun of a calling before the name is a title here
    (``Pastor Iris Lund, at the vigil:``, ``Shopkeeper Nina Vos, at her
    door:``).  A credit that is a role by its noun needs no article
    (``Delroy Mensah, night-shift charge nurse:``).
    """
    if _LABEL_CREDIT.fullmatch(flat, mention.end, colon) is None:
        return False
    before_name = mention.words[:-2]
    titled = any(
        w[:1].islower()
        or w.rstrip(".").lower() in _LABEL_TITLES
        # "Pastor Iris Lund, at the vigil:": a calling's noun as a title.
        or w.lower() in cues.PERSON_NOUNS
        for w in before_name
    )
    return (
        titled
        or _PERSON_CREDIT.match(flat, mention.end, colon) is not None
        # "Delroy Mensah, night-shift charge nurse:": a role as written.
        or is_role(flat[mention.end + 1 : colon].split())
    )


def _caps_label(
    state: _Analysis, start: int, colon: int
) -> tuple[Speaker | None, tuple[str, ...]] | None:
    """Return the speaker of a transcript's label in capitals, and its rules.

    Briefing and hearing transcripts label each turn with the speaker's
    surname in capitals, an honorific or title before it or not (``WHITLOCK:
    "I'm not going to get ahead of the president."``, ``MS. WHITLOCK:``,
    ``SEN. ROE:``): the label is the person the article names with that
    surname in ordinary case (``press secretary Dana Whitlock``), when it
    gives that person a full name.  A label the article never writes in
    ordinary case (``Q:``, ``NOTE:``) names no one, unless it is a known
    given name and a surname, titles before them or not (``DEPUTY CHIEF
    ANITA ROWE:`` is Anita Rowe).
    """
    words = state.flat[start:colon].split()
    while len(words) > 1 and words[0].rstrip(".").lower() in _LABEL_TITLES:
        words = words[1:]
    # "FIRE CHIEF WALTER BRISBANE:", "FIRE CHIEF BRISBANE:": a title of
    # several words before the name.
    if len(words) > 2 and words[-3].rstrip(".").lower() in _LABEL_TITLES:
        words = words[-2:]
    elif len(words) > 2 and words[-2].rstrip(".").lower() in _LABEL_TITLES:
        words = words[-1:]
    if not 1 <= len(words) <= 2 or not all(
        w.isupper() and w.replace("-", "").replace("'", "").isalpha() and len(w) > 1 for w in words
    ):
        return None
    cased = [_cased(state, w) for w in words]
    if any(w is None for w in cased):
        if len(words) != 2 or words[0].lower() not in _GIVEN_NAMES:
            return None
        # "DEPUTY CHIEF ANITA ROWE:": a known given name and a surname
        # in capitals name the person, though the story never writes her
        # name in ordinary case.
        cased = [w.capitalize() for w in words]
    mention = Mention(start, colon, tuple(w for w in cased if w), "mention.name_alone")
    ent = state.resolver.resolve(mention)
    if ent is None or not _full_name(state, ent.name, ent.kind):
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("cue.speaker_label", mention.rule, state.resolver.rule)


def _role_label(
    state: _Analysis, start: int, colon: int
) -> tuple[Speaker | None, tuple[str, ...]] | None:
    """Return the speaker of a transcript's label that is a role alone, and its rules.

    A transcript or a roundup labels the turns of people it does not name
    by their part: ``Reporter: "Will you bring the old route back?"``,
    ``Moderator:``, ``Audience member:``.  A label of up to three words
    that opens the paragraph, the first capitalised and no article, the
    others in lower case, ending in a noun of a person's role (the list
    ``role_nouns``, or a calling by its ending: ``-er``, ``-or``, ``-man``,
    ``-ist``), is that person, unnamed (or the article's named holder of the
    role: ``Governor:`` is the governor the story names).
    """
    words = state.flat[start:colon].split()
    if not (
        1 <= len(words) <= 3
        and words[0][:1].isupper()
        # A label names no thing by its article: "The barrier:".
        and words[0].lower() not in cues.DETERMINERS
        and all(w.isalpha() for w in words)
        and all(w.islower() for w in words[1:])
        and (
            words[-1].lower() in cues.PERSON_NOUNS
            # "Fisherman:", "Moderator:": a calling by its ending.
            or (len(words[-1]) > 4 and words[-1].endswith(("er", "or", "man", "ist")))
        )
        and words[-1].lower() not in cues.DOCUMENT_NOUNS
    ):
        return None
    # A description, in lower case as the story would write it in a sentence.
    words = [words[0].lower(), *words[1:]]
    mention = Mention(start, colon, tuple(words), "mention.phrase_after")
    ent = state.resolver.resolve(mention)
    if ent is None or ent.kind is not SourceKind.PERSON:
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("cue.speaker_label", mention.rule, state.resolver.rule)


#: Honorifics and titles before a transcript's label in capitals (``MS.
#: WHITLOCK:``, ``SEN. ROE:``).
_LABEL_TITLES = cues.HONORIFICS | cues.TITLE_WORDS


def _cased(state: _Analysis, word: str) -> str | None:
    """Return *word*, written in capitals, as the article writes it elsewhere in ordinary case."""
    flat = state.flat
    for pos, end in _word_hits(state.resolver.lower, word):
        if flat[pos].isupper() and not flat[pos:end].isupper():
            return flat[pos:end]
    return None


#: A sentence that introduces a document's text by ``it`` alone before a
#: colon: ``It read:``, ``It says:``.
_IT_READ = lazy_compile_re(r" *It (?:read|reads|said|says|stated|states) *")


def _document_sharer(
    state: _Analysis, index: int, lo: int
) -> tuple[Speaker | None, tuple[str, ...]]:
    """Return who shared the document that ``It read:`` quotes in the next paragraph.

    ``Union leader Bram Ostrow posted a letter on the union's website. It
    read: ¶ "..."``: ``it`` is the document the sentence before names, and
    its words are the words of that sentence's subject, a person named in
    full, an organisation or a group (``cue.colon_subject``), who posted,
    shared or issued it.  A sentence before naming no document gives no one.
    """
    if index == 0:
        return None, ()
    prev = state.sentences[index - 1]
    if prev.start < lo:
        return None, ()
    words = state.flat[prev.start : prev.end].split()
    if not any(w.strip(".,;:'\"()").lower() in cues.DOCUMENT_NOUNS for w in words[1:]):
        return None, ()
    return _colon_subject(state, prev.end, prev)


def _colon_subject(
    state: _Analysis, colon: int, sent: _Sentence
) -> tuple[Speaker | None, tuple[str, ...]]:
    """Return the subject of the clause a colon ends before a quotation (``cue.colon_subject``).

    ``Varga sent a blunt note to the board: "Stop the work."``, ``Ilse Visser
    was more hopeful: "We will be back."``: the clause's subject, a person
    named in full, an organisation or a group, introduces the quotation
    (``The ministry was blunter: "..."``, ``The Marsh campaign, in a note to
    donors, put it more carefully: "..."``, ``Police were firm: "..."``), or
    a person described and never named (``Another official was more
    cautious: "..."``).
    """
    if sent.start >= colon:
        return None, ()
    ent = state.subject(sent)
    mention = sent.subject_mention
    if (
        ent is None
        or mention is None
        or mention.end >= colon
        or not (
            ent.kind is SourceKind.ORGANISATION
            or ent.kind is SourceKind.GROUP
            or _full_name(state, ent.name, ent.kind)
            # A person described, never named: "Another official, who was not
            # authorised to speak, was more cautious: "...""
            or (ent.kind is SourceKind.PERSON and sent.subject_rule == "resolve.description")
        )
    ):
        return None, ()
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("cue.colon_subject", mention.rule, sent.subject_rule)


def _colon_before(state: _Analysis, lo: int, open_start: int) -> int:
    """Return where the colon before a quotation stands (spaces between), or -1."""
    flat = state.flat
    colon = open_start - 1
    while colon > lo and flat[colon] == " ":
        colon -= 1
    return colon if colon > lo and flat[colon] == ":" else -1


def _introduced(
    state: _Analysis, pi: int, open_start: int, last: _Piece, sent: _Sentence
) -> tuple[Speaker | None, tuple[str, ...]]:
    """Return the speaker that introduces a full quotation without a cue, and its rules.

    Tried in this order, each a convention of news copy:

    - ``cue.speaker_label``: a paragraph that opens with a name and a colon
      before the quotation is a transcript's speaker label
      (``Sen. Jane Roe (D-Ore.): "Who told you that?"``), and so is a name
      between a dash and a colon in a roundup (``Ports are quiet - Omar
      Feld: "The dock is empty."``);
    - ``cue.colon_subject``: a quotation introduced by a colon after a clause
      is the words of that clause's subject
      (``Varga sent a blunt note to the board: "Stop the work."``);
    - ``carry.sentence_subject``: a quotation that opens a sentence right
      after a sentence of its paragraph about a named person, that quotes
      and cues nobody, is that person's (``Still, Pruitt gives Hale some
      credit. "It is bad theology, but brilliant marketing."``);
    - ``carry.previous_subject``: a paragraph that is only a quotation,
      after a paragraph about a person that quotes nobody, is that person's
      (``Varga is upbeat about the plan. ¶ "It is the only way."``): the
      subject of the paragraph's last sentence, or of its first when that
      one reports her speaking on a topic (:func:`_talks_about`).
    """
    flat = state.flat
    lo, hi = state.bounds[pi]
    if last.para == pi:
        replied = _possessive_reply(state, last.mask_end, hi)
        if replied is not None:
            return replied
    colon = _colon_before(state, lo, open_start)
    if colon > 0:
        # The label opens the paragraph, or follows a dash in a roundup's
        # paragraph ("Port traffic falls again - Omar Feld: "...""").
        start = lo
        dash = _LABEL_DASH.search(flat, max(lo, colon - 60), colon)
        while dash is not None:
            start = dash.end()
            dash = _LABEL_DASH.search(flat, start, colon)
        if start == lo and flat[lo:colon] in ("A", "A.") and state.english:
            # "Q: What surprised you? ¶ A: "How many calls are medical."":
            # an interview's answers are the interviewee's.
            answered = _interviewee(state)
            if answered is not None:
                return answered
        if state.english and start == lo:
            labelled = _caps_label(state, start, colon)
            if labelled is not None:
                return labelled
        if flat[start].isupper():
            mention, _ = phrase_after(flat, start, colon)
            if (
                mention is not None
                and mention.start == start
                and mention.words[0].lower() not in cues.PRONOUNS
                and (
                    _LABEL_TAIL.fullmatch(flat, mention.end, colon) is not None
                    or (state.english and _credited_label(flat, mention, colon))
                )
            ):
                ent = state.resolver.resolve(mention)
                if ent is not None and _full_name(state, ent.name, ent.kind):
                    speaker = state.resolver.speaker(ent, mention, state.source)
                    return speaker, ("cue.speaker_label", mention.rule, state.resolver.rule)
        if state.english and start == lo:
            labelled = _role_label(state, start, colon)
            if labelled is not None:
                return labelled
        found = _colon_subject(state, colon, sent)
        if found[0] is not None:
            return found
    si = state.sentence_of(open_start)
    if (
        state.english
        and open_start > lo
        and si > 0
        and state.sentences[si].start >= open_start - 1
        and not _title_case(_words_of(state.source[open_start : last.end]))
    ):
        # The quotation opens a sentence after another of its paragraph; or
        # after sentences that quote nobody, the first of which reports the
        # subject speaking on a topic ("Marsh also spoke about the budget.
        # (The cut ended two routes.) "We will restore them."").
        sentences = state.sentences
        prevs = [sentences[si - 1]]
        first_i = state.sentence_of(lo)
        if (
            first_i < si - 1
            and all(
                not sentences[k].has_speech and not sentences[k].cues for k in range(first_i, si)
            )
            and _talks_about(state, sentences[first_i])
        ):
            prevs.append(sentences[first_i])
        for prev in prevs:
            if prev.para != pi or prev.has_speech or prev.cues:
                break
            ent = state.subject(prev)
            mention = prev.subject_mention
            rule = prev.subject_rule
            if ent is None and mention is None:
                # "Asked about the game, he shrugged. "Next year."": a he or
                # she after an opening phrase is the person it stands for.
                mention = _intro_pronoun(flat, prev)
                if mention is not None:
                    ent = state.pronoun_antecedent(prev, mention)
                    rule = "resolve.pronoun_antecedent"
            named = _named_speaker(state, ent, mention)
            if named is not None and mention is not None:
                return named, ("carry.sentence_subject", mention.rule, rule)
    if pi > 0 and open_start == lo and not state.new_entry(pi):
        # (A quotation that runs on over paragraphs ends in its last piece's.)
        end = last.mask_end
        if not flat[end : state.bounds[last.para][1]].strip(" .,;"):
            plo, phi = state.bounds[pi - 1]
            first_i = state.sentence_of(plo)
            last_i = state.sentence_of(phi - 1)
            candidates = [state.sentences[last_i]]
            if last_i > first_i and _talks_about(state, state.sentences[first_i]):
                # "Marsh also spoke about the budget. (The cut ended two routes.)"
                candidates.append(state.sentences[first_i])
            for prev in candidates:
                if prev.has_speech or prev.para != pi - 1:
                    break
                # "She pauses. ¶ "Well, thank you."": the pronoun's person.
                ent = state.person_subject(prev)
                mention = prev.subject_mention
                named = _named_speaker(state, ent, mention)
                if named is not None and mention is not None:
                    return named, ("carry.previous_subject", mention.rule, prev.subject_rule)
    return None, ()


#: A possessive noun of speech after a quotation: ``"...," was Roe's reply``,
#: ``"...," came the mayor's answer`` (the possessor up to four words).
_REPLY_AFTER = lazy_compile_re(
    r"[ ,]{0,3}(?:was|came|is|has been) (?:the )?"
    r"([A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}|the [a-z]{2,20})[’']s? "
    r"(?:[a-z]+ )?(reply|response|answer|retort|message|verdict|warning|comment|refrain|mantra)\b"
)


def _possessive_reply(
    state: _Analysis, end: int, hi: int
) -> tuple[Speaker | None, tuple[str, ...]] | None:
    """Return the possessor of a noun of speech right after a quotation.

    ``cue.possessive_after``: ``"Whatever it takes," was Roe's reply.``,
    ``"Not yet," came the mayor's answer.``: the words are the possessor's.

    :param end: Where the quotation's closing mark ends.
    :param hi: The end of the paragraph.
    """
    found = _REPLY_AFTER.match(state.flat, end, hi)
    if found is None:
        return None
    words = tuple(found.group(1).split(" "))
    mention = Mention(found.start(1), found.end(1), words, "mention.possessive")
    ent = state.resolver.resolve(mention)
    if ent is None or ent.kind not in (SourceKind.PERSON, SourceKind.ORGANISATION):
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("cue.possessive_after", mention.rule, state.resolver.rule)


#: The dash that credits a quotation standing alone: ``"..." — Jane Roe``.
_CREDIT_DASH = lazy_compile_re(r"[ .,]{0,3}(?:—|–|--?)[ \xa0]?")


def _answer_dot(flat: str, lo: int, open_start: int) -> bool:
    """Whether the paragraph at *lo* opens with an answer's label and a full stop.

    ``A. "Not in its current form."``: some papers label an interview's
    answers ``A.`` (and its questions ``Q.``); the quotation follows the
    label at once.
    """
    return open_start - lo <= 4 and flat.startswith("A. ", lo)


def _interviewee(
    state: _Analysis, rule: str = "cue.answer_label"
) -> tuple[Speaker, tuple[str, ...]] | None:
    """Return the person a question-and-answer interview puts the questions to.

    ``cue.answer_label``: an interview set as questions and answers labels
    the answers ``A:``; they are the words of the person the lede names
    (``Milton's new fire chief, Andre Toussaint, sat down with the Record
    this week. ¶ Q: What surprised you? ¶ A: "How many calls are
    medical."``): the first person named in full as the subject of one of
    the body's first three sentences.  ``cue.answer_to_question``: a
    feature may set the answers under their questions without a label
    (:meth:`_Analysis.answers_question`).

    :param rule: The name of the rule that found the answer.
    """
    sentences = state.sentences
    for sent in sentences[:3]:
        ent = state.subject(sent)  # (reads the sentence's subject mention too)
        mention = sent.subject_mention
        speaker = _named_speaker(state, ent, mention)
        if speaker is not None and mention is not None:
            return speaker, (rule, mention.rule, sent.subject_rule)
    return None


def _dash_credit(
    state: _Analysis, end: int, hi: int
) -> tuple[Speaker | None, tuple[str, ...]] | None:
    """Return the source credited after a dash at the end of a quotation's paragraph.

    ``cue.dash_credit``: feature and broadcast copy set a quotation on a
    line of its own and credit it after a dash, the name first and a role
    after a comma (``"We lost everything." — Jane Roe, bakery owner``).
    Nothing but the credit may follow the quotation.

    :param end: Where the quotation's closing mark ends.
    :param hi: The end of the paragraph.
    """
    flat = state.flat
    dash = _CREDIT_DASH.match(flat, end, hi)
    if dash is None or not flat[dash.end() : dash.end() + 1].isupper():
        return None
    mention, _ = phrase_after(flat, dash.end(), hi)
    if (
        mention is None
        or mention.start != dash.end()
        or mention.words[0].lower() in cues.PRONOUNS
        or not mention.words[-1][:1].isupper()
    ):
        return None
    rest = flat[mention.end : hi].strip(" .")
    if rest and (not rest.startswith(",") or len(rest) > 100 or MASK in rest):
        return None
    ent = state.resolver.resolve(mention)
    if ent is None or ent.kind not in (SourceKind.PERSON, SourceKind.ORGANISATION):
        return None
    speaker = state.resolver.speaker(ent, mention, state.source)
    return speaker, ("cue.dash_credit", mention.rule, state.resolver.rule)


def _talks_about(state: _Analysis, sent: _Sentence) -> bool:
    """Whether *sent* reports its subject speaking on a topic without quoting her.

    ``Marsh also spoke about the budget``, ``Marsh talked at length about
    the ferries``: the verb after the subject (an ``also`` between them
    aside) is one of the English list ``topic_speech_verbs``.  Such a
    sentence opens a paragraph that introduces the quotation under it,
    whatever the paragraph explains after it.
    """
    if state.subject(sent) is None or sent.subject_mention is None:
        return False
    words = state.flat[sent.subject_mention.end : sent.subject_mention.end + 40].split()
    if words[:1] == ["also"]:
        words = words[1:]
    return bool(words) and words[0] in lexicon.words("en", "topic_speech_verbs")


#: How many words an interview's question may have (:meth:`_Analysis.answers_question`).
_QUESTION_WORDS = 40
#: Quotation marks that a question of an interview does not hold: one that
#: quotes someone is a question of the story's prose (``"Why?" she asked.``).
_QUESTION_MARKS = ('"', "“", "”", "«", "»", "„")

#: Given names, lower case: a subject that opens with one is a person.
_GIVEN_NAMES = cues.FEMALE_GIVEN_NAMES | cues.MALE_GIVEN_NAMES | cues.UNISEX_GIVEN_NAMES
#: The resolution rules that tie a subject to a person the article names.
_NAMED_RESOLUTIONS = frozenset(("resolve.name_form", "resolve.role_noun"))


def _known_person_subject(state: _Analysis, sent: _Sentence) -> bool:
    """Whether *sent* is about a person the article names.

    A few quoted words are a partial quotation of that person
    (``Ada Marsh called the plan "reckless"``, ``Marsh hailed a "historic"
    day``); in a sentence about anything else they are scare quotes
    (``Fares could be set on a "distance band" basis``).  The person is the
    sentence's subject, resolved to a fuller name or a role the article
    gives, or a full name as written (``Ada Marsh``, every word capitalised)
    or one opening with a common given name.
    """
    speaker = state.subject_speaker(sent)
    if speaker is None:
        return False
    if sent.subject_rule in _NAMED_RESOLUTIONS:
        return True
    words = speaker.name.split()
    return words[0].lower() in _GIVEN_NAMES or (
        len(words) > 1 and all(w[:1].isupper() for w in words)
    )


def _named_speaker(state: _Analysis, ent: Entity | None, mention: Mention | None) -> Speaker | None:
    """Return *ent* as the speaker *mention* names, when it is a person named in full."""
    if ent is None or mention is None or not _full_name(state, ent.name, ent.kind):
        return None
    return state.resolver.speaker(ent, mention, state.source)


def _full_name(state: _Analysis, name: str, kind: SourceKind) -> bool:
    """Return whether *name* is a person's full name.

    It is the only source the rules of :func:`_introduced` give without a cue.
    ``Jane Roe`` is; ``Organizations`` (a plural noun opening a sentence),
    ``the board`` and ``Also Roe`` (a word the article writes in lower case
    elsewhere) are not.
    """
    if kind is not SourceKind.PERSON or not name[:1].isupper() or " " not in name:
        return False
    lower = state.resolver.lower
    return not any(_common_word(lower, state.flat, w) for w in name.split(" "))


#: How many words a sentence of narration between a speaker's quotation and
#: the next paragraph's quotation may have (:func:`_carried`).
_NARRATION_WORDS = 8


def _share_of_people(cue: _Cue) -> bool:
    """Return whether *cue*'s source is a share of people: ``71 percent of adults say``."""
    words = cue.mention.words if cue.mention is not None else ()
    return any(w.lower() == "percent" or w.endswith("%") for w in words)


def _group_tag(cue: _Cue) -> bool:
    """Return whether *cue*'s source is a group described in lower case (``aides said``).

    Such a tag credits the news of its sentence to people not named (no
    article: ``the groups say`` calls back groups named before); the
    sentence's subject stays the person a ``he``, a ``she`` or an epithet after
    it stands for: ``Sen. Tom Hale will run, people close to him said. ¶
    "...," he said.`` is Tom Hale.
    """
    ent = cue.entity
    return (
        ent is not None
        and ent.kind is SourceKind.GROUP
        and cue.mention is not None
        and cue.mention.words[0][:1].islower()
        and cue.mention.words[0] != "the"
    )


def _told_gender(cue: _Cue | None) -> str | None:
    """Return the gender of the pronoun at *cue*'s source (``he said``), if it is one."""
    if cue is None or cue.mention is None or len(cue.mention.words) != 1:
        return None
    want = cues.PRONOUNS.get(cue.mention.words[0].lower())
    return want if want in ("male", "female") else None


def _carried(
    state: _Analysis,
    pi: int,
    pos: int,
    speech: Sequence[tuple[int, Speaker | None, tuple[str, ...]]],
) -> tuple[Speaker | None, tuple[str, ...]]:
    """Return the last source named in paragraph *pi* before *pos*, and its rules.

    That is a quotation's speaker or an attribution's source, whichever
    comes later, within the sentence and the two before it.  A source named
    by ``according to`` is its own sentence's only and is never carried.
    """
    here = state.sentence_of(max(pos - 1, 0))
    sentences = state.sentences
    limit = sentences[max(here - 2, 0)].start
    here_start = sentences[here].start
    if here_start < state.bounds[pi][1] <= pos:
        limit = here_start  # the previous paragraph's last sentence
        last = sentences[here]
        flat = state.flat
        aside = flat[here_start : last.end].rstrip()
        if (
            here > 0
            and not last.cues
            and MASK not in aside
            and not aside.endswith(":")
            and len(aside.split()) <= _NARRATION_WORDS
            and sentences[here - 1].para == last.para
            and MASK in flat[sentences[here - 1].start : here_start]
        ):
            # A short sentence of narration after a quotation and its cue
            # does not end the speech: '"...," he said. The roof sagged. ¶ "..."'.
            limit = sentences[here - 1].start
    quoted_at, quoted = -1, None
    quoted_rules: tuple[str, ...] = ()
    for at, speaker, rules in speech[-_SCAN:][::-1]:
        if at >= pos:
            continue
        if at < limit:
            break
        if speaker is not None:
            if "cue.according_to" in rules:
                # "according to" names a source for its own sentence only.
                quoted_at = at
                break
            quoted_at, quoted, quoted_rules = at, speaker, rules
            break
    first, end = state.para_cues(pi)
    end = min(end, bisect.bisect_left(state.cue_starts, pos, first, end))
    floor = max(quoted_at, limit)
    # A cue later in the sentence of the last quotation reports something
    # else ('"...," Reyes assured Jonas, after Jonas assured him ...'): the
    # next quotation goes on with the quotation's speaker.
    quoted_sentence = state.sentence_of(quoted_at) if quoted is not None else -1
    cues_ = state.cues
    for k in range(end - 1, max(first, end - _SCAN) - 1, -1):
        cue = cues_[k]
        if cue.start < floor:
            break
        if cue.end > pos or cue.sentence == quoted_sentence:
            continue
        if (cue.weak and not _named_subject(state, cue)) or cue.according:
            continue
        speaker = state.source_of(cue)
        if speaker is not None:
            return speaker, cue.chain
    return quoted, quoted_rules


def _named_subject(state: _Analysis, cue: _Cue) -> bool:
    """Return whether a weak cue has a named person as its subject.

    ``Reyes praised the crews. "We need someone who ..."``: a quotation after
    a sentence in which a named person praises, thanks or calls something
    goes on with that person; ``officials called the vote`` carries nothing.
    """
    if not cue.resolved:
        state.locate(cue)
    mention = cue.mention
    if mention is None or cue.inverted or not mention.words[-1][:1].isupper():
        return False
    state.source_of(cue)
    return cue.entity is not None and cue.entity.kind is SourceKind.PERSON


#: Verbs that attribute a statement only with a clause after them (``that``,
#: a colon, a pronoun subject): ``Varga read the report``, ``... agreed on
#: Tuesday to end the strike``, ``a moon boasting lakes``, ``prosecutors
#: charged Holt with fraud``, ``she maintained an account`` (to keep) are no
#: statements; ``Varga agreed that ...``, ``he maintains that ...`` are.
_CLAUSE_VERBS = frozenset(
    (
        "read",
        "reads",
        "reading",
        "agree",
        "agrees",
        "agreed",
        "boasted",
        "boasting",
        "boasts",
        "charged",
        "maintain",
        "maintains",
        "maintained",
        "maintaining",
    )
)


def _weak_clause(flat: str, cue: _Cue, hi: int) -> bool:
    """Return whether a weak cue without a quotation attributes a statement."""
    if cue.verb.lower() not in _CLAUSE_VERBS:
        return True
    after = flat[cue.end : min(hi, cue.end + 60)].lstrip(" ")
    if after.startswith(":"):
        return True
    # "agreed on Tuesday that ...": a few words may come before "that";
    # "agrees he is ...": a clause with a pronoun subject.
    words = after.split(" ", 5)[:5]
    return "that" in words or (bool(words) and words[0].lower() in _SUBJECT_PRONOUNS)


#: Words that open a time or place adjunct between a cue and ``that``.
_ADJUNCT_OPENERS = frozenset(
    """on in at to during after before earlier later last this late early
    yesterday today tonight""".split()
)
#: Cues whose object comes before the statement: ``told reporters that ...``.
_TELL_VERBS = frozenset(("told", "tells", "telling", "tell"))
#: Openers that make an adjunct only before a word of time: ``this week``.
_TIME_MODIFIERS = frozenset(("this", "last", "late", "early"))
_TIME_NOUNS = frozenset(
    """week month year morning afternoon evening night weekend day spring summer
    fall autumn winter season monday tuesday wednesday thursday friday saturday
    sunday""".split()
)


def _after_adjunct_that(flat: str, pos: int, end: int, tell: bool = False) -> int:
    """Return where the statement starts when an adjunct comes before ``that``.

    ``Varga agreed on Tuesday that the gates ...``: the statement starts
    after ``that``.  The adjunct is at most five words, opens with a
    preposition or a word of time (``this``, ``last``, ``late`` and ``early``
    only before one: ``this week``), and holds no comma and no quotation;
    otherwise *pos* is returned as it is.

    :param tell: Whether the cue is a form of *tell*, whose object comes
        before ``that`` whatever its first word: ``told reporters on
        Tuesday that ...``.
    """
    head = flat[pos : min(end, pos + 48)]
    cut = head.find(" that ")
    if cut <= 0 or "," in head[:cut] or MASK in head[:cut]:
        return pos
    words = head[:cut].lower().split(" ")
    if len(words) > 5:
        return pos
    if tell:
        return pos + cut + 6
    if words[0] not in _ADJUNCT_OPENERS:
        return pos
    if words[0] in _TIME_MODIFIERS and _TIME_NOUNS.isdisjoint(words[1:]):
        return pos  # "said this discovery is evidence that ...": a subject, no adjunct
    return pos + cut + 6


#: Verbs of manner that tag a quotation and report no speech on their own.
_TAG_VERBS = lexicon.words("en", "tag_verbs")


def _joined_description(flat: str, lo: int, mention: Mention) -> Mention:
    """Return *mention* with the description joined to it by ``and`` before it.

    Copy describes a person twice before the name, the two descriptions
    joined by ``and``: ``"...," former team-mate and long-time friend Arno
    Weiss told local radio.``  The subject is the whole phrase, its name the
    person's (not ``long-time friend Arno Weiss`` alone, which leaves the
    words before it between the quotation and the cue).  The description
    before ``and`` is up to four words in lower case with a noun of a person
    (``former coach``, ``his old friend``) after a clause boundary (a
    quotation, a comma or the sentence start); else *mention* is returned.
    """
    k = mention.start - 5  # the space before "and"
    words: list[str] = []
    while len(words) < 5:
        j = flat.rfind(" ", lo, k)
        word = flat[j + 1 : k]
        if not word or word[-1] in (",", MASK) or word[0] == MASK:
            break
        if not word[:1].islower() or not word.replace("-", "").replace("'", "").isalpha():
            return mention
        words.append(word)
        k = j
        if j < lo:
            break
    words.reverse()
    if not 1 <= len(words) <= 4 or not (
        # "former team-mate": a noun of a person written with its hyphen.
        is_role(words) or is_role([*words[:-1], words[-1].replace("-", "")])
    ):
        return mention
    start = mention.start - 5 - sum(map(len, words)) - len(words)
    while start < mention.start and flat[start] == " ":
        start += 1
    return mention._replace(start=start, words=(*words, "and", *mention.words))


#: A negation right before a cue, up to two words between them: ``did not
#: say``, ``didn't confirm``, ``has never said``, ``did not immediately
#: respond``.
_NEGATION_RE = re.compile(r"(?:\b(?:not|never)|n['’]t)(?:\s+[a-z]+){0,2}\s+$")


def _opener_only(flat: str, start: int, end: int) -> bool:
    """Whether ``flat[start:end]`` is only a sentence's opening adverbial.

    Convention: a sentence may open with an adverb or a phrase of time or
    place set off by a comma before its subject and cue (``However, the
    company said profit rose.``, ``On Thursday, Snow told reporters ...``,
    ``In May, the minister said ...``); it is no part of the statement,
    which follows the cue.  Up to three words whose first is a sentence
    opener (list ``sentence_openers``) other than an article, a possessive
    or a pronoun (``This campaign, he says, is different.`` splits a
    statement around its tag), or an adverb in ``-ly`` (``Reluctantly,``,
    ``Most recently,``) that is no given name (``Kelly``).
    """
    words = flat[start:end].split()
    if not words or len(words) > 3:
        return False
    first = words[0].lower()
    if (
        len(words) <= 2
        and words[-1].endswith("ly")
        and words[-1][:1].isalpha()
        and (len(words) == 1 or first in ("most", "more", "very"))
        and words[-1].lower() not in _GIVEN_NAMES
    ):
        return True  # an adverb of manner: "Reluctantly,", "Most recently,"
    return (
        first in cues.SENTENCE_OPENERS
        and first not in cues.DETERMINERS
        and first not in cues.PRONOUNS
        and first not in _DEMONSTRATIVE_OPENERS
    )


#: Openers that begin a noun phrase, a subject split around its tag (``This
#: plan, she said, is dead.``), not an adverbial.
_DEMONSTRATIVE_OPENERS = frozenset({"this", "that", "these", "those", "some", "many", "most"})


def _attributions(state: _Analysis) -> list[Attribution]:
    """Build the attributions.

    They are the cues with a source that no quotation took, in sentences
    without speech.  A verb of manner (list ``tag_verbs``: ``smiled``,
    ``laughed``) tags a quotation but reports nothing on its own: ``Ada
    Marsh laughed at the joke.`` is no attribution.
    """
    out: list[Attribution] = []
    flat = state.flat
    source = state.source
    size = len(source)
    sentences = state.sentences
    for cue in state.cues:
        if cue.used:
            continue
        sent = sentences[cue.sentence]
        if sent.has_speech or cue.verb in _TAG_VERBS:
            continue
        # _weak_clause is true at once for a verb that is not a clause verb.
        if cue.verb.lower() in _CLAUSE_VERBS and not _weak_clause(flat, cue, sent.end):
            continue
        speaker = cue.speaker if cue.sourced else state.source_of(cue)
        if speaker is None:
            continue
        if (
            cue.mention is not None
            and cue.mention.end <= cue.start
            and _NEGATION_RE.search(flat, max(cue.mention.end, cue.start - 40), cue.start)
            is not None
        ):
            # "Police have not confirmed whether ...", "Holt didn't say when
            # ...": a negated cue attributes no statement to its source.
            continue
        start, end = sent.start, sent.end
        if not (
            0 <= start < end <= size
            and not source[start].isspace()
            and not source[end - 1].isspace()
        ):
            start, end = _trim(source, start, end)  # else _trim would return them as they are
        # The content's bounds, when it is found.
        cs: int | None = None
        ce = 0
        mention = cue.mention
        if cue.according and mention is not None:
            if mention.start <= start + 13:
                comma = flat.find(", ", mention.end, min(end, mention.end + 80))
                if comma > 0:
                    cs, ce = comma + 2, end
            else:
                comma = flat.rfind(",", max(start, cue.start - 8), cue.start)
                if comma > start:
                    cs, ce = start, comma
        elif mention is not None and cue.inverted:
            # "The ministers focused on ..., said Varga."
            comma = flat.rfind(",", max(start, cue.start - 4), cue.start)
            if comma > start:
                cs, ce = start, comma
        elif mention is not None:
            if (
                mention.start - start < 3
                or (
                    # "The chief engineer, Leonie Farrow, said ...": a role opens it.
                    cue.role is not None
                    and flat[start : mention.start].rstrip(" ,").lower() == cue.role.lower()
                )
                or (
                    # "The company that runs the ferry, Skerry Lines, said ...".
                    mention.rule == "mention.name_after_role"
                    and _ROLE_RELATIVE.search(flat, start, mention.start) is not None
                )
            ):
                c0 = cue.end
                while c0 < end and flat[c0] == " ":
                    c0 += 1
                if flat.startswith("that ", c0):
                    c0 += 5
                else:
                    c0 = _after_adjunct_that(flat, c0, end, cue.verb in _TELL_VERBS)
                if c0 < end:
                    cs, ce = c0, end
            elif mention.rule != "mention.quoted_as_saying":
                # (An outlet's object after its apposition's comma closes no
                # content: "quoted a pilot, Tomas Vane, as saying".)
                comma = flat.rfind(",", max(start, mention.start - 8), mention.start)
                if comma > start and not flat[comma + 1 : mention.start].strip():
                    cs, ce = start, comma
                    if _opener_only(flat, start, comma):
                        # "However, the company said profit rose.": the
                        # statement is after the cue (and after its comma:
                        # "Now, Malsam said, farmers can make more.").
                        c0 = cue.end
                        while c0 < end and flat[c0] in " ,":
                            c0 += 1
                        if flat.startswith("that ", c0):
                            c0 += 5
                        else:
                            c0 = _after_adjunct_that(flat, c0, end, cue.verb in _TELL_VERBS)
                        if len(flat[c0:end].split()) >= 3:
                            cs, ce = c0, end
        if cs is not None and cs < cue.start and flat[cue.end : end].strip() == ":":
            # "In a letter to members, Varga said:": the words follow in the
            # next paragraph; the sentence before the cue is no statement.
            cs = None
        content: Span | None = None
        if cs is not None:
            if not (
                0 <= cs < ce <= size and not source[cs].isspace() and not source[ce - 1].isspace()
            ):
                cs, ce = _trim(source, cs, ce)  # else _trim would return them as they are
            # Final periods and semicolons off: cs < ce implies 0 <= cs and
            # ce <= size after the trim, so the slice is the one read.
            if ce > cs:
                ce = cs + len(source[cs:ce].rstrip(".;"))
            if ce > cs and _HAS_WORD.search(source, cs, ce) is not None:
                # ("He said:" before a quotation set as its own paragraph
                # leaves a colon: no statement.)
                content = span(cs, ce)
        out.append(
            Attribution(  # the fields in order
                speaker,
                source[cue.start : cue.end],
                span(cue.start, cue.end),
                span(start, end),
                content,
                sent.para,
                cue.chain,
            )
        )
    return out


_DEMONYMS = lexicon.words("en", "demonyms")


def _is_demonym_epithet(words: Sequence[str]) -> bool:
    """Tell whether *words* call a person back by nationality: ``the Spaniard``.

    Sports and culture copy names a player or artist once, then calls them by
    the noun of their country (``Ana Ortiz won in straight sets. ¶ "...,"
    the Spaniard said.``, ``said the 23-year-old Scot``): ``the`` and a
    capitalised noun of the list ``demonyms``, perhaps with modifiers between,
    is the person just named.  A plural (``the Spaniards``) or an adjective
    (``the Spanish coach``) is not such a noun.
    """
    if len(words) < 2 or words[0] not in ("the", "The"):
        return False
    last = words[-1]
    return last[:1].isupper() and last.isalpha() and last.lower() in _DEMONYMS


_CALLBACK_NOUNS = lexicon.words("en", "callback_nouns")

#: A name of one to three capitalised words and its possessive opening the
#: name of a thing: ``Marr's earnings`` (``_Analysis._possessor_named``).
_POSSESSOR = re.compile(r"([A-Z][\w.-]{0,30}(?: [A-Z][\w.-]{0,30}){0,2})['’]s ")


#: Nouns of a person that are no calling: sex, age, plight, a part in an
#: event or a broadcast (``the woman``, ``the victim``, ``the narrator``).
_PLAIN_PERSON_NOUNS = lexicon.words("en", "plain_person_nouns")


def _is_calling_callback(words: Sequence[str]) -> bool:
    """Tell whether *words* call a person back by a calling: ``the former dockworker``.

    ``the``, at most one modifier in lower case and a noun of what someone
    does (the list ``role_nouns``, or a noun in ``-er``, ``-or``, ``-ist``,
    ``-ian`` or ``-man``), not a title, a noun of kin nor one of the list
    ``plain_person_nouns`` (``the woman``, ``the victim``).
    """
    last = words[-1]
    return (
        2 <= len(words) <= 3
        and words[0] in ("the", "The")
        and last.isalpha()
        and all(w.islower() for w in words[1:])
        and (last in cues.PERSON_NOUNS or last.endswith(("er", "or", "ist", "ian", "man")))
        and last not in KIN_NOUNS
        and last not in cues.TITLE_WORDS
        and last not in cues.ROLE_SYNONYMS  # "the doctor": a title's holder
        and last not in _PLAIN_PERSON_NOUNS
    )


def _is_callback_noun(words: Sequence[str]) -> bool:
    """Tell whether *words* call a named person back by fame or position: ``the star``.

    Sports and culture copy names a player or a performer once and then
    calls them by what they are known as (``Actor Ben Hale walked the red
    carpet. ¶ "...," the star said.``, ``Jo Vance won the 400 meters. ¶
    "...," the Olympic champion said.``): ``the`` and a noun of the list
    ``callback_nouns``, with modifiers or not, that the article gives no
    named person as a role, is the person just named.  So is ``the`` and a
    player's height before any noun (``Jalen Brooks committed to Kentucky.
    ¶ "...," the 6-foot-8 forward said.``).
    """
    return (
        len(words) >= 2
        and words[0] in ("the", "The")
        and words[-1].isalpha()
        and (words[-1] in _CALLBACK_NOUNS or (len(words) >= 3 and is_height(words[1])))
    )
