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
   words.  Sentences and cues (:data:`wireparse.cues.CUE_RE`) are found in it.
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
   sentence without quoted speech, is an :class:`Attribution`.

Spans are offsets into the *source* passed to :func:`analyse`; each
paragraph is read from ``source[p.span.start:p.span.end]``.
"""

from __future__ import annotations

import bisect
import enum
import re
from typing import TYPE_CHECKING

import attrs

from wireparse import cues
from wireparse.model import Defect, Paragraph, Span
from wireparse.people import (
    MASK,
    Entity,
    Mention,
    Person,
    Resolver,
    SourceKind,
    Speaker,
    is_role,
    phrase_after,
    span,
    subject_before,
    word_before,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = [
    "Attribution",
    "Person",
    "Quote",
    "QuoteAnalysis",
    "QuoteKind",
    "SourceKind",
    "Speaker",
    "analyse",
]


class QuoteKind(enum.StrEnum):
    """What a quoted span is.  The values are the names used in output."""

    #: A quotation of speech that stands as a sentence or more:
    #: ``"We leave this room with ships moving again," Varga said.``
    FULL = "full"
    #: A quoted phrase of speech inside the reporter's sentence:
    #: ``the ceasefire was a "defined agreement"``.
    PARTIAL = "partial"
    #: A scare quote or a quoted term that no one is reported to say:
    #: ``a "career average" salary``.
    SCARE = "scare"
    #: A title of a work, a name, or another capitalised phrase that is not
    #: speech: ``the film "Trainwreck"``, ``put "America First"``.
    TITLE = "title"
    #: A nickname or a name given to something: ``known as the "Hanoi Hilton"``,
    #: ``the so-called "Bad Newz Kennels"``.
    NICKNAME = "nickname"
    #: A slogan, motto or hashtag: ``the campaign slogan "Build the Dam"``.
    #: (Words chanted or shouted are speech.)
    SLOGAN = "slogan"

    @property
    def is_speech(self) -> bool:
        """Whether the span reproduces someone's words."""
        return self in (QuoteKind.FULL, QuoteKind.PARTIAL)


@attrs.frozen(slots=True)
class Quote:
    """A quoted span of the body, with its speaker when it is speech.

    :param text: The text between the marks, marks excluded, exactly as in the
        source; for a quotation in several pieces, the pieces' texts joined by
        single spaces.
    :param span: From the start of the first piece's text to the end of the
        last piece's text (between the marks).
    :param pieces: The span of each piece's text; one piece unless the
        quotation runs over several paragraphs or reopens its marks.
    :param open_mark: Where the (first) opening mark is.
    :param close_mark: Where the (last) closing mark is, or ``None`` when the
        quotation is never closed (a defect is then reported).
    :param kind: Full or partial quotation of speech, or what else it is.
    :param speaker: Who said it, or ``None`` when the article names no source.
    :param cue: The attribution verb or phrase as written (``said``, ``told``,
        ``is quoted as saying``, ``according to``, ``said in a statement``), or
        ``None`` when the speaker was carried over from a previous quotation.
    :param cue_span: Where the cue is, or ``None``.
    :param paragraph: Index of the paragraph of the first piece, in the
        paragraphs given to :func:`analyse`.
    """

    text: str
    span: Span
    pieces: tuple[Span, ...]
    open_mark: Span
    close_mark: Span | None
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: str | None = None
    cue_span: Span | None = None
    paragraph: int = 0

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker else "?"
        return f"{who}: “{self.text}”"


@attrs.frozen(slots=True)
class Attribution:
    """A statement attributed to a source without quotation marks.

    ``Varga said both sides want to move on.`` or ``According to
    Russian state-run Sputnik media, the leaders discussed ...``

    :param speaker: The source the statement is attributed to.
    :param cue: The attribution verb or phrase as written.
    :param cue_span: Where the cue is.
    :param span: The sentence that carries the attribution.
    :param content: The attributed statement inside the sentence (``both
        leaders want to move on``), or ``None`` when it cannot be separated.
    :param paragraph: Index of the paragraph, in the paragraphs given to
        :func:`analyse`.
    """

    speaker: Speaker
    cue: str
    cue_span: Span
    span: Span
    content: Span | None = None
    paragraph: int = 0


@attrs.frozen(slots=True)
class QuoteAnalysis:
    """The result of :func:`analyse`.

    :param quotes: Quotations of speech (full and partial), in order.
    :param attributions: Attributions without quotation marks, in order.
    :param people: The sources the speakers resolve to, in the order first
        resolved; :attr:`wireparse.people.Speaker.person` indexes this tuple.
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
#: and '' (a run of three apostrophes is a single close plus a double close).
_DOUBLE_RE = re.compile(r"``|''(?!')|[\"“”„‟«»]")
#: Single marks, read as quotation only when a body has no double marks.
_SINGLE_RE = re.compile(r"[‘’'‚‹›`]")

_OPEN, _CLOSE, _EITHER = 1, 2, 3
_OPENERS = frozenset(("“", "„", "‟", "``", "«", "‘", "‚", "‹", "`"))
_CLOSERS = frozenset(("”", "''", "»", "’", "›"))
_BEFORE_OPEN = frozenset("([{—–-/\"“”„«»‘’'`\x01")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-/\"“”„«»‘’'`…")
#: Deepest nesting of double marks tracked inside a quotation.
_MAX_DEPTH = 4


def _role(source: str, start: int, end: int, lo: int, hi: int, single: bool) -> int:
    """Return whether the mark at ``[start, end)`` opens, closes or may do either.

    Returns 0 for a single mark that is an apostrophe (``Russia's``,
    ``'90s``, ``rock 'n' roll``).
    """
    glyph = source[start:end]
    prev = source[start - 1] if start > lo else " "
    nxt = source[end] if end < hi else " "
    can_open = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if single:
        if prev.isalnum() and nxt.isalnum():
            return 0  # Russia's, don't
        if glyph in "'’" and can_open:
            if nxt.isdigit():
                return 0  # '90s
            word_end = end
            while word_end < hi and word_end - end < 6 and source[word_end].isalpha():
                word_end += 1
            if source[end:word_end].lower() in cues.ELISIONS:
                return 0  # 'em, 'n'
    if glyph in _OPENERS:
        return _CLOSE if can_close and not can_open else _OPEN
    if glyph in _CLOSERS:
        return _OPEN if can_open and not can_close else _CLOSE
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    return _EITHER


@attrs.define(slots=True)
class _Piece:
    para: int
    open_start: int
    open_end: int
    end: int
    close_end: int | None = None

    @property
    def mask_end(self) -> int:
        return self.end if self.close_end is None else self.close_end


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


def _pair_marks(
    source: str, bounds: Sequence[tuple[int, int]], single: bool
) -> tuple[list[list[_Piece]], list[Defect]]:
    """Pair the quotation marks of the paragraphs into quotations of pieces."""
    pattern = _SINGLE_RE if single else _DOUBLE_RE
    quotes: list[list[_Piece]] = []
    defects: list[Defect] = []
    cur: list[_Piece] | None = None
    open_at = (0, 0)
    nested: list[int] = []
    for pi, (lo, hi) in enumerate(bounds):
        marks = pattern.finditer(source, lo, hi)
        if cur is not None:
            m = next(marks)  # the paragraph opens with a mark: the next piece
            open_at = (m.start(), m.end())
        for m in marks:
            start, end = m.start(), m.end()
            role = _role(source, start, end, lo, hi, single)
            if role == 0:
                continue
            if role == _OPEN or (role == _EITHER and cur is None):
                if cur is None:
                    cur = []
                    open_at = (start, end)
                elif not nested and _after_sentence_end(source, start, open_at[1]):
                    # A mark reopening after a sentence end: a new piece.
                    cur.append(_Piece(pi, *open_at, _rstrip_at(source, open_at[1], start)))
                    open_at = (start, end)
                elif len(nested) < _MAX_DEPTH:
                    nested.append(start)
                else:
                    defects.append(_defect("unclosed-quote", start, end))
                continue
            if cur is None:
                if not single:
                    defects.append(
                        Defect(
                            "unopened-quote",
                            "A closing quotation mark has no opening mark.",
                            span(start, end),
                        )
                    )
                continue
            if nested:
                nested.pop()
                continue
            cur.append(_Piece(pi, *open_at, start, end))
            quotes.append(cur)
            cur = None
        if cur is None:
            continue
        for pos in nested:
            defects.append(_defect("unclosed-quote", pos, pos + 1))
        nested.clear()
        cur.append(_Piece(pi, *open_at, _rstrip_at(source, open_at[1], hi)))
        if pi + 1 < len(bounds) and _opens_with_mark(source, *bounds[pi + 1], single):
            continue  # the quotation goes on in the next paragraph
        first = cur[0]
        defects.append(_defect("unclosed-quote", first.open_start, first.open_end))
        quotes.append(cur)
        cur = None
    return quotes, defects


def _defect(code: str, start: int, end: int) -> Defect:
    return Defect(code, "A quotation mark is never closed.", span(start, end))


# --------------------------------------------------------------------------
# Step 2: flat text and sentences

_WHITESPACE = ("\n", "\r", "\t", "\xa0", "\x0b", "\x0c", "\u2028", "\u2029", "\x85")
_SENTENCE_END_RE = re.compile(r"[.?!…]+[\"”’')\]]* +")


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


def _sentence_starts(
    flat: str,
    source: str,
    bounds: Sequence[tuple[int, int]],
    quotes: Sequence[Sequence[_Piece]],
) -> list[list[int]]:
    """Return, for each paragraph, the offsets where its sentences start.

    A sentence ends at ``.``, ``?`` or ``!`` (closing marks included) before a
    capital, a digit or a quotation, unless the period ends an abbreviation
    (``Sen.``, an initial), or ``U.S.`` and ``Inc.`` before a word that does not
    usually open a sentence.  A quotation whose text ends a sentence ends one.
    """
    starts = [[lo] for lo, _ in bounds]
    if not bounds:
        return starts
    para_starts = [lo for lo, _ in bounds]
    size = len(flat)
    for m in _SENTENCE_END_RE.finditer(flat, bounds[0][0], bounds[-1][1]):
        nxt = m.end()
        k = bisect.bisect_right(para_starts, nxt) - 1
        lo, hi = bounds[k]
        if not lo < nxt < hi:
            continue
        ch = flat[nxt]
        if ch in _SENTENCE_NEXT and nxt + 1 < size:
            ch = flat[nxt + 1]
        if not (ch.isupper() or ch.isdigit() or ch == MASK):
            continue
        dot = m.start()
        if flat[dot] == "." and nxt - dot == 2:
            word = word_before(flat, lo, dot).lstrip("(\"'“‘").lower()
            if len(word) == 1 or word in cues.ABBREVIATIONS:
                continue
            if "." in word or word in cues.END_ABBREVIATIONS:
                # "U.S." and "Inc." end a sentence only before a usual opener.
                after = flat[nxt : nxt + 12].split(" ", 1)[0].lower()
                if after not in cues.SENTENCE_OPENERS:
                    continue
        starts[k].append(nxt)
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
                starts[piece.para].append(nxt)
    for para in starts:
        if len(para) > 2:
            para.sort()
    return starts


# --------------------------------------------------------------------------
# Step 3: cues


class _Cue:
    """A cue found in the flat text, and what is known of its source.

    A plain class with class-level defaults: only four fields are set when a
    cue is found, the rest when (and if) its source is looked for.
    """

    according = False
    weak = False
    mention: Mention | None = None
    role: str | None = None
    inverted = False
    link: _Cue | None = None
    fallback = False
    resolved = False
    sourced = False
    entity: Entity | None = None
    speaker: Speaker | None = None
    used = False

    def __init__(self, start: int, end: int, text: str, sentence: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence


class _Sentence:
    """A sentence of a paragraph: its bounds, cues and subject."""

    subject: Entity | bool | None = False  # False: not looked for yet
    first_cue = 0  # index in the analysis' cues of this sentence's first cue
    subject_mention: Mention | None = None
    has_speech = False

    def __init__(self, start: int, end: int, para: int) -> None:
        self.start = start
        self.end = end
        self.para = para
        self.cues: list[_Cue] = []


_INTRO_WORDS = frozenset(
    """in on at after before during earlier later last this speaking asked since under
    with without from for despite when while as meanwhile separately previously
    following according amid in addition""".split()
)
#: How many cues before or after a quotation in its sentence are looked at.
_SCAN = 8
#: How many sentences back a pronoun looks for its antecedent.
_PRONOUN_REACH = 8
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))
_PROGRESSIVE = frozenset(("is", "are", "was", "were", "been", "be", "am", "he's", "she's"))
_JOINERS = frozenset(("and", "but", "or", "then", "while", "before", "after"))
_PASSIVE = frozenset(("is", "was", "are", "were", "been", "be", "being", "it's"))
_NOT_BEFORE_CUE = _PASSIVE | cues.DETERMINERS | {"to"}


def _find_cues(
    flat: str, bounds: Sequence[tuple[int, int]], sentence_of: _SentenceIndex
) -> list[_Cue]:
    """Find the cues of the body paragraphs, in order.

    Skips a verb after a determiner (``the report``), an infinitive
    (``declined to say``) and a passive (``it is thought``, ``were told``).
    """
    found: list[_Cue] = []
    if not bounds:
        return found
    para_starts = [lo for lo, _ in bounds]
    matches: list[tuple[int, int]] = []
    first_lo = bounds[0][0]
    if first_lo == 0:
        m0 = cues.CUE_AT_START_RE.match(flat, 0, bounds[0][1])
        if m0 is not None:
            matches.append((0, m0.end()))
    for m in cues.CUE_RE.finditer(flat, max(first_lo - 1, 0), bounds[-1][1]):
        matches.append((m.start() + 1, m.end()))
    sentence_starts = sentence_of.starts
    bisect_right = bisect.bisect_right
    for start, end in matches:
        k = bisect_right(para_starts, start) - 1
        lo, hi = bounds[k]
        if start >= hi or start < lo:
            continue
        if end > hi:
            end = hi
        text = flat[start:end]
        prev = word_before(flat, lo, start - 1).lower()
        if prev.endswith(("'s", "’s")) and text.endswith("ed"):
            continue  # "Russia's alleged interference"
        if prev in _NOT_BEFORE_CUE:
            if prev in _PASSIVE:
                if text.endswith(("ed", "told", "thought", "said")):
                    continue  # "it is thought", "were told"
            elif prev != "to" or not text.startswith("acc"):
                continue  # "the report", "declined to say"
        cue = _Cue(start, end, text, bisect_right(sentence_starts, start) - 1)
        first = text.split(" ", 1)[0]
        if first in ("according", "According", "in"):
            cue.according = True
        elif first in cues.WEAK_VERBS:
            cue.weak = True
        found.append(cue)
    return found


class _SentenceIndex:
    """Find the sentence that holds an offset, by bisection."""

    def __init__(self, sentences: Sequence[_Sentence]) -> None:
        self.starts = [s.start for s in sentences]

    def __call__(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


# --------------------------------------------------------------------------
# Step 4: the analysis


class _Analysis:
    """The state of one call of :func:`analyse`."""

    def __init__(self, source: str, paragraphs: Sequence[Paragraph]) -> None:
        self.source = source
        self.bounds = [_trim(source, p.span.start, p.span.end) for p in paragraphs]
        single = bool(self.bounds) and not _DOUBLE_RE.search(
            source, self.bounds[0][0], self.bounds[-1][1]
        )
        self.raw, self.defects = _pair_marks(source, self.bounds, single)
        self.flat = _flatten(source, self.raw)
        self.resolver = Resolver(self.flat, self.bounds)
        self.sentences: list[_Sentence] = []
        for pi, starts in enumerate(_sentence_starts(self.flat, source, self.bounds, self.raw)):
            hi = self.bounds[pi][1]
            for k, start in enumerate(starts):
                end = starts[k + 1] if k + 1 < len(starts) else hi
                self.sentences.append(_Sentence(start, end, pi))
        self.sentence_of = _SentenceIndex(self.sentences)
        self.cues = _find_cues(self.flat, self.bounds, self.sentence_of)
        self.para_cues: list[tuple[int, int]] = []
        k = 0
        for pi in range(len(self.bounds)):
            first = k
            while k < len(self.cues) and self.sentences[self.cues[k].sentence].para == pi:
                sent = self.sentences[self.cues[k].sentence]
                if not sent.cues:
                    sent.first_cue = k
                sent.cues.append(self.cues[k])
                k += 1
            self.para_cues.append((first, k))
        self.cue_starts = [c.start for c in self.cues]

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
        participle = cue.text.split(" ", 1)[0].endswith("ing")
        if participle:
            # "he's predicting" is a tense, not a participle.
            prev = word_before(flat, sent.start, cue.start - 1)
            participle = prev.lower() not in _PROGRESSIVE and not prev.endswith(("’s", "'s"))
        cue.mention, cue.role = subject_before(flat, sent.start, cue.start)
        if (
            cue.mention is not None
            and participle
            and (cue.mention.end < cue.start - 1 or not cue.mention.words[-1][:1].isupper())
        ):
            # Only a name right before a participle is its subject:
            # "with Senator John McCain telling reporters".
            cue.mention = cue.role = None
        if cue.mention is not None:
            return
        before = flat[max(sent.start, cue.start - 4) : cue.start].rstrip(" ")
        if (
            not participle
            and (before == "" or before.endswith((MASK, ",")))
            and cue.text.split(" ", 1)[0] in cues.INVERTIBLE_VERBS
        ):
            # "...," said Varga; "..., said Kofi Brandt, an economist."
            mention, role = phrase_after(flat, cue.end, sent.end)
            if mention is not None and _clause_ends(flat, mention.end, sent.end):
                cue.mention, cue.role, cue.inverted = mention, role, True
                return
        # Coordinated cues share a subject: "Trump said ... but suggested ...";
        # a participle takes the sentence's: "..., calling him a "nice guy"".
        prev_word = word_before(flat, sent.start, cue.start - 1).lower()
        if prev_word.rstrip(",") in _JOINERS or prev_word.endswith(",") or participle:
            for other in self.cues_before(sent, cue.start):
                if other is not cue:
                    self.locate(other)
                    if other.mention is not None or other.link is not None:
                        cue.link = other.link or other
                        return
            cue.fallback = True

    def source_of(self, cue: _Cue) -> Speaker | None:
        """Return the speaker of *cue*, resolving its mention (memoised)."""
        if cue.sourced:
            return cue.speaker
        cue.sourced = True  # also stops a pronoun from looking at itself
        self.locate(cue)
        if cue.link is not None:
            cue.speaker = self.source_of(cue.link)
            cue.entity = cue.link.entity
            return cue.speaker
        if cue.mention is None:
            if not cue.fallback:
                return None
            sent = self.sentences[cue.sentence]
            cue.entity = self.subject(sent)
            cue.mention = sent.subject_mention
            if cue.mention is None or cue.mention.start > cue.start:
                cue.mention = cue.entity = None
                return None
        if cue.entity is None:
            cue.entity = self.resolver.resolve(cue.mention, self._antecedents(cue))
        if cue.entity is None:
            return None
        if cue.role and cue.entity.role is None and cue.entity.kind is SourceKind.PERSON:
            cue.entity.role = cue.role
        cue.speaker = self.resolver.speaker(cue.entity, cue.mention, self.source)
        return cue.speaker

    def _antecedents(self, cue: _Cue) -> Iterator[Entity | None]:
        """Yield candidates for a pronoun at *cue*, nearest first."""
        index = cue.sentence
        first = max(0, index - _PRONOUN_REACH)
        for si in range(index, first - 1, -1):
            sent = self.sentences[si]
            spoke = False
            for other in self.cues_before(sent, cue.start if si == index else sent.end):
                if other.mention is cue.mention:
                    continue
                if self.source_of(other) is not None:
                    spoke = True
                    yield other.entity
            # A sentence's subject, unless its cues named their sources.
            if not spoke and (
                si < index or (cue.mention is not None and cue.mention.start > sent.start + 2)
            ):
                yield self.subject(sent)

    def subject(self, sent: _Sentence) -> Entity | None:
        """Return the source that opens *sent* as its subject, if any (memoised)."""
        if sent.subject is not False:
            return sent.subject  # type: ignore[return-value]
        sent.subject = None
        flat = self.flat
        pos = sent.start
        if not flat[pos].isupper():
            return None
        first = flat[pos : pos + 20].split(" ", 1)[0].lower().strip(",")
        if first in ("but", "and", "so", "yet", "still", "now", "then", "also"):
            pos = flat.find(" ", pos, min(sent.end, pos + 12)) + 1
            if pos <= 0:
                return None
            first = flat[pos : pos + 20].split(" ", 1)[0].lower().strip(",")
        mention: Mention | None = None
        if first in cues.PRONOUNS or first.rstrip("’'s") in ("he", "she", "they"):
            # A pronoun subject is kept for the cues of the sentence to resolve.
            end = pos + len(first.rstrip("’'s").rstrip("’'"))
            if flat[pos:end].lower() in _SUBJECT_PRONOUNS:
                sent.subject_mention = Mention(pos, end, (flat[pos:end],))
            return None
        if first in _INTRO_WORDS or first.endswith("ing"):
            # "Speaking at a town hall in Salem, New Hampshire, Trump went ...":
            # the subject follows the comma where a name meets a verb.
            comma = pos
            for _ in range(4):
                comma = flat.find(", ", comma, min(sent.end, pos + 160))
                if comma < 0:
                    break
                comma += 2
                found, _ = phrase_after(flat, comma, sent.end)
                if found is not None and _verb_follows(flat, found.end, sent.end):
                    mention = found
                    break
        else:
            mention, _ = phrase_after(flat, pos, sent.end)
            if mention is not None and not _verb_follows(flat, mention.end, sent.end):
                mention = None
        if mention is None or mention.words[0].lower() in cues.PRONOUNS:
            return None
        words = mention.words
        head = words[-1].lower()
        if (
            not any(w[:1].isupper() for w in words)
            and head not in cues.PERSON_NOUNS
            and head not in cues.GROUP_NOUNS
        ):
            return None
        if len(words) == 1 and _common_word(self.resolver.lower, flat, words[0]):
            return None
        sent.subject = self.resolver.resolve(mention)
        sent.subject_mention = mention
        return sent.subject

    def subject_speaker(self, sent: _Sentence) -> Speaker | None:
        """Return the subject of *sent* as a speaker, when it is a person."""
        ent = self.subject(sent)
        mention = sent.subject_mention
        if ent is None or mention is None or ent.kind is not SourceKind.PERSON:
            return None
        return self.resolver.speaker(ent, mention, self.source)

    # -- quotations ---------------------------------------------------------

    def cue_for(self, pieces: Sequence[_Piece]) -> tuple[_Cue | None, bool, bool]:
        """Find the cue of a quotation.

        :returns: The cue, whether the quotation stands as a full one, and
            whether the cue is next to it.
        """
        first, last = pieces[0], pieces[-1]
        flat = self.flat
        sent = self.sentences[self.sentence_of(first.open_start)]
        lead = flat[max(sent.start, first.open_start - 60) : first.open_start].strip(" ([—–-")
        full = lead == "" or lead.endswith(":") or len(pieces) > 1
        cue = self._cue_after(last)
        if cue is not None:
            return cue, full, True
        before = self._cue_before(first, sent)
        if before is not None:
            gap = flat[max(before.end, first.open_start - 80) : first.open_start].strip(" ,:")
            if gap == "" and before.end >= first.open_start - 80:
                full = True  # 'Varga said: "..."'
            return before, full, len(gap.split()) <= 4
        return self._cue_closing(last), full, False

    def _cue_after(self, piece: _Piece) -> _Cue | None:
        if piece.close_end is None:
            return None
        flat = self.flat
        k = bisect.bisect_left(self.cue_starts, piece.close_end)
        if k >= len(self.cues):
            return None
        cue = self.cues[k]
        if cue.start >= self.bounds[piece.para][1] or cue.start - piece.close_end > 120:
            return None
        self.locate(cue)
        gap_end = cue.start
        if not cue.inverted:
            if cue.mention is None:
                if cue.link is not None or flat[piece.close_end : cue.start].strip(" ,—–-"):
                    return None
            else:
                gap_end = cue.mention.start
        if flat[piece.close_end : gap_end].strip(" ,—–-"):
            return None
        text = self.source[piece.open_end : piece.end].rstrip(" ’'\n")
        if text.endswith(".") and not cue.inverted:
            # "...done." Trump said the talks ... starts a new statement.
            sent = self.sentences[cue.sentence]
            tail = flat[cue.end : sent.end].strip()
            if (
                tail
                and not tail.startswith((".", ",", ";"))
                and (
                    len(tail.split()) > 8 or tail.split()[0].lower() in ("that", "the", "he", "she")
                )
            ):
                return None
        return cue

    def _cue_before(self, piece: _Piece, sent: _Sentence) -> _Cue | None:
        for cue in self.cues_before(sent, piece.open_start):
            if cue.end > piece.open_start:
                continue
            self.locate(cue)
            if cue.inverted:
                # "...," said X. inverted cues belong to the quotation before them.
                if cue.mention is not None and cue.mention.end <= piece.open_start:
                    return cue
                continue
            if cue.mention is not None or cue.link is not None or cue.fallback:
                return cue
        return None

    def _cue_closing(self, piece: _Piece) -> _Cue | None:
        """Find a cue that closes the sentence: ``..., Varga added.``."""
        sent = self.sentences[self.sentence_of(piece.end)]
        flat = self.flat
        end = piece.mask_end
        for cue in self.cues_after(sent, end):
            self.locate(cue)
            if cue.according and cue.mention is not None:
                return cue
            if cue.mention is None or cue.mention.start < end:
                continue
            head = min(cue.start, cue.mention.start)
            if not flat[max(end, head - 8) : head].rstrip().endswith(","):
                continue
            tail = flat[max(cue.end, cue.mention.end) : sent.end].strip(" .")
            if MASK in tail:
                continue
            if len(tail.split()) <= 8 or (cue.inverted and tail.startswith(",")):
                return cue
        return None


def _clause_ends(flat: str, pos: int, hi: int) -> bool:
    """Return whether the clause ends at *pos*.

    It ends at punctuation, at the sentence end, or before a relative or
    prepositional phrase (``said Varga, who ...``).
    """
    while pos < hi and flat[pos] == " ":
        pos += 1
    if pos >= hi or flat[pos] in ".,;:!?—–-)" or flat[pos] == MASK:
        return True
    word = flat[pos : pos + 12].split(" ", 1)[0].lower()
    return word in _AFTER_SOURCE


_AFTER_SOURCE = frozenset(
    """who in at on during after before to of from with when as while about
    late early earlier later last this yesterday today tonight""".split()
)


def _verb_follows(flat: str, pos: int, hi: int) -> bool:
    """Return whether a lower-case word (a verb, presumably) follows *pos*.

    One comma-delimited appositive is skipped: ``Christie, New Jersey's
    sitting governor, repeated``.
    """
    while pos < hi and flat[pos] == " ":
        pos += 1
    if pos < hi and flat[pos] == ",":
        close = flat.find(", ", pos + 1, min(hi, pos + 90))
        if close < 0 or "." in flat[pos:close] or not is_role(flat[pos + 1 : close].split()):
            return False
        pos = close + 2
    word = flat[pos : pos + 16].split(" ", 1)[0]
    return bool(word) and word[0].islower() and word not in ("of", "and", "or")


def _common_word(lower: str, flat: str, word: str) -> bool:
    """Return whether *word*, capitalised at a sentence start, is a common word.

    It is when the article writes it in lower case elsewhere: ``Casinos
    there have ...`` is no name.
    """
    needle = word.lower()
    pos = lower.find(needle)
    seen = 0
    while pos >= 0 and seen < 16:
        seen += 1
        end = pos + len(needle)
        if (
            flat[pos].islower()
            and (pos == 0 or not lower[pos - 1].isalpha())
            and (end >= len(lower) or not lower[end].isalpha())
        ):
            return True
        pos = lower.find(needle, end)
    return False


def _trim(source: str, lo: int, hi: int) -> tuple[int, int]:
    """Return ``[lo, hi)`` clipped to the source and without edge whitespace."""
    hi = min(hi, len(source))
    lo = min(max(lo, 0), hi)
    text = source[lo:hi]
    inner = text.strip()
    if not inner:
        return lo, lo
    lo += len(text) - len(text.lstrip())
    return lo, lo + len(inner)


def _words_of(text: str) -> list[str]:
    return [w for w in (t.strip("\"'“”‘’.,;:!?()[]—–-…") for t in text.split()) if w]


_SMALL_WORDS = frozenset("a an the of and or in on at to for by with de la le van von".split())


def _title_case(words: Sequence[str]) -> bool:
    """Return whether the words read as a title or a name: ``America First``."""
    if not words or len(words) > 12:
        return False
    if not words[0][:1].isupper():
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    small = sum(1 for w in words if w.lower() in _SMALL_WORDS)
    return caps + small == len(words) and caps >= 1


def _context_kind(flat: str, lo: int, open_start: int, close_end: int, hi: int) -> QuoteKind | None:
    """Return the kind that the words around a quoted span give it, if any.

    ``so-called``, ``known as (the)``, ``nicknamed`` make a nickname; ``slogan``,
    ``motto``, ``hashtag`` (or ``"..." chants``) a slogan; ``the film``,
    ``television's`` a title.
    """
    before = flat[max(lo, open_start - 40) : open_start].split()
    raw = [w.strip(',:;("“') for w in before[-4:]]
    if raw and raw[-1].lower() in cues.DETERMINERS:
        raw = raw[:-1]  # "known as the "Harbor Hilton""
    raw = raw[-3:]
    prev = [w.lower() for w in raw]
    after = flat[close_end : min(hi, close_end + 30)].split()
    nxt = [w.lower().strip(',.;:)"”') for w in after[:2]]
    if prev and (prev[-1] in cues.NICKNAME_WORDS or prev[-2:] == ["known", "as"]):
        return QuoteKind.NICKNAME
    if any(w in cues.SLOGAN_WORDS for w in prev[-2:]) or (nxt and nxt[0] in cues.SLOGAN_WORDS):
        return QuoteKind.SLOGAN
    if prev and (
        (prev[-1] in cues.WORK_NOUNS and raw[-1].islower())
        or (len(prev) > 1 and prev[-2] in cues.WORK_NOUNS and raw[-2].islower())
        or (prev[-1].endswith(("'s", "’s")) and prev[-1][:-2] in _MEDIA_WORDS)
    ):
        return QuoteKind.TITLE
    return None


_MEDIA_WORDS = frozenset("television tv abc nbc cbs cnn fox bbc msnbc hbo netflix pbs npr".split())


def analyse(source: str, paragraphs: Sequence[Paragraph]) -> QuoteAnalysis:
    """Find the quotations, attributions and speakers of an article's body.

    :param source: The whole article text; every span returned is an offset into it.
    :param paragraphs: The body paragraphs, in order; each is read from
        ``source[p.span.start:p.span.end]``.
    :returns: The quotations of speech, the attributions, the people, the
        quoted spans that are not speech and the defects.
    """
    state = _Analysis(source, paragraphs)
    flat = state.flat
    quotes: list[Quote] = []
    others: list[Quote] = []
    para_speech: list[list[tuple[int, Speaker | None]]] = [[] for _ in state.bounds]
    pending: list[int] = []  # speech quotations waiting for a later speaker
    for pieces in state.raw:
        first, last = pieces[0], pieces[-1]
        pi = first.para
        lo = state.bounds[pi][0]
        text = (
            source[first.open_end : first.end]
            if len(pieces) == 1
            else " ".join(source[p.open_end : p.end] for p in pieces)
        )
        cue, full, adjacent = state.cue_for(pieces)
        speaker = state.source_of(cue) if cue is not None else None
        kind: QuoteKind
        context = None
        if not full:
            context = _context_kind(
                flat, lo, first.open_start, last.mask_end, state.bounds[last.para][1]
            )
        if context is not None:
            kind = context
        elif full:
            kind = QuoteKind.FULL
        elif cue is not None and (speaker is not None or adjacent or cue.mention is not None):
            kind = QuoteKind.PARTIAL
        else:
            words = _words_of(text)
            if _title_case(words):
                kind = QuoteKind.TITLE
            elif len(words) <= 4 and not text.rstrip(" ’'").endswith(("!", "?")):
                kind = QuoteKind.SCARE
            else:
                kind = QuoteKind.PARTIAL
        if not kind.is_speech:
            cue = None
            speaker = None
        elif speaker is None:
            cue = None
            # Carry the speaker over: the last source named before it in the
            # paragraph, else the previous paragraph's when it opens this one.
            speaker = _carried(state, pi, first.open_start, para_speech[pi])
            if speaker is None and pi > 0 and first.open_start == lo:
                speaker = _carried(state, pi - 1, state.bounds[pi - 1][1], para_speech[pi - 1])
            if speaker is None and kind is QuoteKind.PARTIAL:
                # "The candidate sent an email inviting them to "win my shotgun!"":
                # words quoted in a sentence about a person are that person's.
                speaker = state.subject_speaker(
                    state.sentences[state.sentence_of(first.open_start)]
                )
        if cue is not None:
            cue.used = True
        quote = Quote(
            text=text,
            span=span(first.open_end, last.end),
            pieces=tuple(span(p.open_end, p.end) for p in pieces),
            open_mark=span(first.open_start, first.open_end),
            close_mark=None if last.close_end is None else span(last.end, last.close_end),
            kind=kind,
            speaker=speaker,
            cue=None if cue is None else source[cue.start : cue.end],
            cue_span=None if cue is None else span(cue.start, cue.end),
            paragraph=pi,
        )
        if kind.is_speech:
            if speaker is None and full:
                pending.append(len(quotes))
            elif speaker is not None and pending:
                # "A." "B," he said: the speaker reaches back over the run.
                for k in pending:
                    prev = quotes[k]
                    if prev.paragraph == pi:
                        quotes[k] = attrs.evolve(prev, speaker=speaker)
                pending.clear()
            quotes.append(quote)
            para_speech[pi].append((first.open_start, speaker))
            state.sentences[state.sentence_of(first.open_start)].has_speech = True
        else:
            others.append(quote)
        if pending and quotes and quotes[pending[-1]].paragraph != pi:
            pending = [k for k in pending if quotes[k].paragraph == pi]
    attributions = _attributions(state)
    return QuoteAnalysis(
        quotes=tuple(quotes),
        attributions=tuple(attributions),
        people=state.resolver.people(),
        others=tuple(others),
        defects=tuple(sorted(state.defects, key=lambda d: d.span.start if d.span else -1)),
    )


def _carried(
    state: _Analysis, pi: int, pos: int, speech: Sequence[tuple[int, Speaker | None]]
) -> Speaker | None:
    """Return the last source named in paragraph *pi* before *pos*.

    That is a quotation's speaker or an attribution's source, whichever
    comes later, within the sentence and the two before it.
    """
    here = state.sentence_of(max(pos - 1, 0))
    limit = state.sentences[max(here - 2, 0)].start
    if state.sentences[here].start < state.bounds[pi][1] <= pos:
        limit = state.sentences[here].start  # the previous paragraph's last sentence
    quoted_at, quoted = -1, None
    for at, speaker in speech[-_SCAN:][::-1]:
        if at >= pos:
            continue
        if at < limit:
            break
        if speaker is not None:
            quoted_at, quoted = at, speaker
            break
    first, end = state.para_cues[pi]
    end = min(end, bisect.bisect_left(state.cue_starts, pos, first, end))
    floor = max(quoted_at, limit)
    for k in range(end - 1, max(first, end - _SCAN) - 1, -1):
        cue = state.cues[k]
        if cue.start < floor:
            break
        if cue.end > pos or cue.weak:
            continue
        speaker = state.source_of(cue)
        if speaker is not None:
            return speaker
    return quoted


def _attributions(state: _Analysis) -> list[Attribution]:
    """Build the attributions.

    They are the cues with a source that no quotation took, in sentences
    without speech.
    """
    out: list[Attribution] = []
    flat = state.flat
    trimmed: dict[int, tuple[int, int]] = {}
    for cue in state.cues:
        if cue.used:
            continue
        sent = state.sentences[cue.sentence]
        if sent.has_speech:
            continue
        speaker = state.source_of(cue)
        if speaker is None:
            continue
        bounds = trimmed.get(cue.sentence)
        if bounds is None:
            bounds = trimmed[cue.sentence] = _trim(state.source, sent.start, sent.end)
        start, end = bounds
        content: Span | None = None
        mention = cue.mention
        if cue.according and mention is not None:
            if mention.start <= start + 13:
                comma = flat.find(", ", mention.end, min(end, mention.end + 80))
                if comma > 0:
                    content = span(comma + 2, end)
            else:
                comma = flat.rfind(",", max(start, cue.start - 8), cue.start)
                if comma > start:
                    content = span(start, comma)
        elif mention is not None and cue.inverted:
            # "The ministers focused on ..., said Varga."
            comma = flat.rfind(",", max(start, cue.start - 4), cue.start)
            if comma > start:
                content = span(start, comma)
        elif mention is not None:
            if mention.start - start < 3:
                c0 = cue.end
                while c0 < end and flat[c0] == " ":
                    c0 += 1
                if flat.startswith("that ", c0):
                    c0 += 5
                if c0 < end:
                    content = span(c0, end)
            else:
                comma = flat.rfind(",", max(start, mention.start - 8), mention.start)
                if comma > start and not flat[comma + 1 : mention.start].strip():
                    content = span(start, comma)
        if content is not None:
            cs, ce = _trim(state.source, content.start, content.end)
            while ce > cs and state.source[ce - 1] in ".;":
                ce -= 1
            content = span(cs, ce) if ce > cs else None
        out.append(
            Attribution(
                speaker=speaker,
                cue=state.source[cue.start : cue.end],
                cue_span=span(cue.start, cue.end),
                span=span(start, end),
                content=content,
                paragraph=sent.para,
            )
        )
    return out
