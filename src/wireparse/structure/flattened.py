"""Pages flattened to one line: the pieces a scraper glued into the running text.

A scraper that drops a web page's markup can leave the whole page on one
line: the story's sentences with no paragraph break between them, and the
page's furniture glued in among them, a video player's buttons (``Skip Ad``,
``x Embed x Share``), a photo gallery (``1 of 12 Full Screen Autoplay Close``
... ``Wait 1 second to continue.``), caption labels (``Image caption``,
``Image copyright AP``), photo captions ended by their credit (``(Photo: Jane
Doe, AP)``), related-story links in brackets or as bare headlines, embedded
posts (``-- Jane Doe (@jdoe) March 7, 2016``), a reporter's analysis box
(``Analysis - Jane Doe, BBC News, Oslo``) and a share line at the very end.

:func:`pieces` finds them, in order and without overlap, so that the block
can be cut around them: each piece becomes a block of its own, and each
stretch of running text between two pieces a paragraph of its own (the only
paragraph breaks a flattened page still shows).  A dateline inside the
text (``... transition. OSLO -- The mayor said``) cuts the text before it off
as well, so that the story's lead opens with its dateline.

Every search is a bounded pattern run once over the block, or a walk over a
window of bounded size: the cost is linear in the block's length.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Final

from wireparse import lexicon
from wireparse.metadata.dates import WEEKDAY_NAMES
from wireparse.model import BlockKind
from wireparse.quotations import cues
from wireparse.reading.patterns import KEEP_GIL, lazy_compile, lazy_compile_re

if TYPE_CHECKING:
    import regex

__all__ = ["CAPITALS_HEADING", "FLAT_PARAGRAPH_MAX", "FlatPiece", "pieces"]

#: A piece: ``(start, end, kind, rule)``; a kind of ``None`` is running text
#: cut off from what follows it (the text before a dateline).
FlatPiece = tuple[int, int, BlockKind | None, str]

_STRONG = (
    r"Skip\sAd|Ad\sLoading(?:\.{3}|…)?|Full\sScreen|Autoplay|View\sPhotos?|Buy\sPhoto|"
    r"Wait\s\d{1,2}\sseconds?\sto\scontinue\.|Replay\sVideo|Now\sPlaying|Up\sNext"
)
_WEAK = r"[xX×]|Embed|Share|Close|Caption|Ad|Replay|\d{1,3}\sof\s\d{1,3}"
#: The buttons of a video player or gallery: a run of button words holding at
#: least one that prose never uses (``Skip Ad Ad Loading... x Embed x Share``).
CHROME: Final = lazy_compile(
    rf"(?<![\p{{L}}\d])(?:(?:{_WEAK})\s){{0,6}}(?:{_STRONG})(?:\s(?:{_STRONG}|{_WEAK})){{0,8}}"
    r"(?![\p{L}\d])"
)
#: A word of each button :data:`CHROME` needs one of (``Skip`` of ``Skip Ad``,
#: ``Photo`` of ``View Photos`` and ``Buy Photo``, ``continue.`` of ``Wait 1 second
#: to continue.``): a page holding none of them has no player's buttons.
_CHROME_WORDS: Final = (
    "Skip", "Loading", "Screen", "Autoplay", "Photo", "continue.", "Video", "Playing", "Next",
)  # fmt: skip
#: A photo gallery, from its counter to its interstitial's countdown:
#: ``1 of 12 Full Screen Autoplay Close ... Wait 1 second to continue.``.
GALLERY: Final = lazy_compile(
    r"(?<![\p{L}\d])\d{1,3}\sof\s\d{1,3}\sFull\sScreen\b[^\n]{0,3000}?"
    r"Wait\s\d{1,2}\sseconds?\sto\scontinue\."
)
#: A caption label; the caption runs on after it (``Image caption A crowd ...``).
CAPTION_LABEL: Final = lazy_compile(r"\b(?:Media|Image|Video|Photo|Picture)\scaption\b")
#: An image credit label and the holder after it (``Image copyright AP``).
IMAGE_CREDIT: Final = lazy_compile(
    r"\b(?:Image|Photo|Picture)\s(?:copyright|credit)\s(?:Getty\sImages|The\s\S{1,30}|\S{1,30})"
)
#: The credit that ends a photo or video caption, set right after a sentence:
#: ``(Photo: Jane Doe, AP)``, ``(Jane Doe/The Daily Courier)``, ``(AP)``.
CAPTION_CREDIT: Final = lazy_compile(
    r"(?<=[.!?\"”’)]\s)\((?:(?:Photo|Video|Image|Picture)s?:\s[^()\n]{2,80}|"
    r"(?:\p{Lu}[\p{L}.'’-]{0,20}\s){0,3}\p{Lu}[\p{L}.'’-]{0,20}/[^()\n]{2,50}|"
    r"AP|Reuters|AFP|EPA|Getty\sImages|The\s\p{Lu}\p{L}{1,20}(?:\s\p{Lu}\p{L}{1,20}){0,3})\)"
    r"(?=\s|$)"
)
#: A related-story link in square brackets between sentences
#: (``[Harbour plan splits the council]``).
BRACKET_LINK: Final = lazy_compile(r"(?<=[.!?\"”’)]\s)\[[^\[\]\n]{8,200}\](?=\s|$)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?"
#: An embedded post's attribution: ``-- Jane Doe (@jdoe) March 7, 2016``.
POST_ATTRIBUTION: Final = lazy_compile(
    rf"(?<=\s)(?:—|–|--|-)\s?[^()\n.!?]{{1,60}}?\s?\(@\w{{1,15}}\)\s{_MONTH}\s\d{{1,2}},\s(\d{{4}})"
)
#: A reporter's box inside the story: a title, a dash, the reporter, the
#: outlet and the place (``Analysis - Jane Doe, BBC News, Oslo``), a subheading.
REPORTER_HEADING: Final = lazy_compile(
    r"(?<=[.!?\"”’]\s)\p{Lu}[^.!?\"“”\n]{1,80}?\s[-–—]\s\p{Lu}\p{L}{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20}){1,2},"
    r"\s\p{Lu}[\p{L}]{1,20}(?:\s\p{Lu}[\p{L}]{1,20}){0,2},"
    r"\s(?:(?:New|San|Los|Las|St\.?|Hong|South|North|West|East)\s)?\p{Lu}\p{L}{1,20}"
    r"(?:,\s(?:(?:New|San|Los|Las|St\.?|Hong|South|North|West|East)\s)?\p{Lu}\p{L}{1,20})?"
    r"(?=\s\p{Lu})"
)
#: A subheading in capitals between two sentences of flattened text.
#: For example ``... on Monday. WHAT COMES NEXT The council ...``.
CAPITALS_HEADING: Final = lazy_compile(
    r"(?<=[.!?\"”’]\s)(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]*){2,9})(?=\s\p{Lu}\p{Ll})"
)
#: A dateline inside flattened text, after a sentence: ``OSLO -- The mayor``,
#: ``OSLO, Norway (AP) —``.
INNER_DATELINE: Final = lazy_compile(
    r"(?<=[.!?\"”’)]\s)\p{Lu}{2,}(?:[\s.'-]\p{Lu}{2,}){0,3}\.?"
    r"(?:,\s\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}\p{L}{1,20})?)?"
    r"(?:\s\((?:AP|Reuters|AFP|CNN|UPI|dpa)\))?\s(?:--|—|–)\s(?=\p{Lu}|[\"“])"
)
#: A sentence end: the mark, closing quotes or brackets, then a capital,
#: which may open a quotation in English, German or French marks.
#: For example ``The gates held. The river fell.``, ``Er tagte. „Nein“, sagte er.``
_SENTENCE_END = lazy_compile(r"[.!?…][\"“”’»«')\]]*\s(?=[\"“‘„«»(\[]?\p{Lu})")
#: Two words glued where a page's break was: a word in lower case, then a
#: capitalised word that opens sentences (``the essentials The mayor``).  After
#: a capitalised word it is a title of a work (``Making Of The Film``), as it
#: is after a noun for a work (``the film The Storm``) or a verb of speech
#: (``told The Daily Courier``).
_GLUED = lazy_compile(r"(?<=[\p{L}\d])\s(\p{Lu}\p{Ll}{0,9})\b")
#: The last word before a glued break (``essentials`` in ``the essentials The mayor``).
#: Searched backwards (``regex``'s ``(?r)``) from the end of the window it is
#: searched in: the same match as a forward search, which tries every start
#: in the window and runs each to the window's end (about 40 times the
#: work for a window of 31 characters; it is asked at every sentence end and
#: glued break of a flattened page).
_WORD_BEFORE = lazy_compile(r"(?r)([\p{L}\d'’-]{1,30})$")
#: Sentence openers that do not mark a glued break: a weekday or ``I`` follows
#: a verb in plain prose (``said Monday``), as do ``No`` and ``More`` in titles.
_NOT_GLUE: Final = frozenset(
    """i one no not more less all both each every any such like unlike speaking
    asked according nobody none nothing everything something other another""".split()
) | frozenset(WEEKDAY_NAMES)
_GLUE_OPENERS: Final = frozenset(cues.SENTENCE_OPENERS - _NOT_GLUE)
#: Words that open a sentence rather than a title (a title piece never opens so).
_NOT_TITLE_START: Final = frozenset("he she it they we i you his her its their our".split())

#: The most words of a headline-shaped piece between two sentences.
TITLE_MAX_WORDS: Final = 12
#: A short question set before a link (``Who leads? See the poll tracker``).
_QUESTION_MAX_WORDS = 8
#: How far a caption label's caption may run.
_CAPTION_WINDOW = 400
#: How many sentences at the top of a page a caption credit may close.
_TOP_CAPTION_SENTENCES = 3
#: The length of an embedded post: 140 characters until late 2017, then 280.
_POST_SHORT, _POST_LONG, _POST_LONG_FROM = 140, 280, 2018
#: The longest stretch of running text a flattened page is left to hold as
#: one paragraph.  An ordinary paragraph of news copy runs to a few hundred
#: characters and very rarely past 1,200; a stretch of twice that between two
#: pieces is several paragraphs run together.
FLAT_PARAGRAPH_MAX: Final = 2400
#: How far into a flattened page a dateline is looked for.
_DATELINE_WITHIN = 1500
#: A web address in flattened text (``https://example.com/story``, ``pic.twitter.com/abc123``).
_LINK_RE = lazy_compile(r"(?:https?://|pic\.twitter\.com/)\S{1,200}")


def pieces(text: str, start: int, end: int) -> list[FlatPiece]:
    """Find the pieces glued into the flattened page ``text[start:end]``, in order.

    :param text: The source.
    :param start: Offset of the block's first character.
    :param end: Offset just past its last character.
    :returns: Pieces that do not overlap, in order of their start.
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, end) if _ends(text, m)]
    glued = _glued(text, start, end)
    found: list[FlatPiece] = []
    for m in GALLERY.finditer(text, start, end):
        found.append((m.start(), m.end(), BlockKind.FURNITURE, "furniture.gallery"))
    if any(text.find(word, start, end) >= 0 for word in _CHROME_WORDS):
        for m in CHROME.finditer(text, start, end):
            found.append((m.start(), m.end(), BlockKind.FURNITURE, "furniture.player"))
    for m in IMAGE_CREDIT.finditer(text, start, end):
        found.append((m.start(), m.end(), BlockKind.CAPTION, "caption.flattened"))
    for m in BRACKET_LINK.finditer(text, start, end):
        found.append((m.start(), m.end(), BlockKind.FURNITURE, "furniture.related_link"))
    labels = [m.start() for m in CAPTION_LABEL.finditer(text, start, end)]
    for p in labels:
        stop = _caption_end(text, p, end, ends, glued, labels)
        found.append((p, stop, BlockKind.CAPTION, "caption.flattened"))
    for m in REPORTER_HEADING.finditer(text, start, end):
        found.append((m.start(), m.end(), BlockKind.HEADING, "heading.flattened"))
    found = _without_overlaps(found)
    # Pieces reached back from their end: captions before a credit, posts
    # before their attribution; they stop at the piece before them.
    backward: list[FlatPiece] = []
    found_ends = [p[1] for p in found]
    for m in CAPTION_CREDIT.finditer(text, start, end):
        floor = _floor(found_ends, m.start(), start)
        first = _sentence_start(ends, floor, m.start(), top=floor == start)
        backward.append((first, m.end(), BlockKind.CAPTION, "caption.flattened"))
    for m in POST_ATTRIBUTION.finditer(text, start, end):
        floor = _floor(found_ends, m.start(), start)
        first = _post_start(text, ends, floor, m.start(), int(m.group(1)))
        backward.append((first, m.end(), BlockKind.FURNITURE, "embed.flattened"))
    found = _without_overlaps(found + backward)
    found = _without_overlaps(found + _titles(text, start, end, found, ends, glued))
    found = _with_dateline_cut(text, start, end, found)
    found = sorted(found + _paragraph_cuts(text, start, end, found, ends), key=lambda p: p[0])
    return [p for p in found if p[0] < p[1]]


def _ends(text: str, m: regex.Match[str]) -> bool:
    """Whether the sentence-end candidate *m* ends a sentence (not an abbreviation)."""
    dot = m.start()
    if text[dot] != ".":
        return True
    found = _WORD_BEFORE.search(text, max(0, dot - 31), dot, KEEP_GIL)
    if found is None:
        return True
    word = found.group(1).lower()
    if len(word) == 1 or word in cues.ABBREVIATIONS:
        return False
    if "." in word or word in cues.END_ABBREVIATIONS:
        after = text[m.end() : m.end() + 12].split(" ", 1)[0].lower()
        return after in cues.SENTENCE_OPENERS
    return True


def _glued(text: str, start: int, end: int) -> list[int]:
    """Offsets of capitalised openers glued to the word before them (a lost break)."""
    out = []
    for m in _GLUED.finditer(text, start, end):
        word = m.group(1).lower()
        if word not in _GLUE_OPENERS:
            continue
        before = _WORD_BEFORE.search(text, max(start, m.start() - 31), m.start())
        if (
            before is None
            or not before.group(1)[0].islower()
            or before.group(1) in cues.SENTENCE_OPENERS
            or before.group(1) in cues.WORK_NOUNS
            or before.group(1) in cues.SPEECH_VERBS
        ):
            continue
        out.append(m.start(1))
    return out


def _caption_end(
    text: str, label: int, end: int, ends: list[int], glued: list[int], labels: list[int]
) -> int:
    """Where the caption after the label at *label* ends.

    At the first sentence end outside a quotation, at a closing quotation mark
    followed by a capital, at a glued break, or at the next label.
    """
    limit = min(end, label + _CAPTION_WINDOW)
    k = bisect.bisect_right(labels, label)
    if k < len(labels):
        limit = min(limit, labels[k])
    g = bisect.bisect_right(glued, label + 16)
    if g < len(glued):
        limit = min(limit, glued[g])
    inside = False
    pos = label + len("Image caption")
    while pos < limit:
        ch = text[pos]
        if ch in '"“”':
            closing = ch == "”" or (ch == '"' and inside)
            inside = not closing
            if closing and pos + 2 < end and text[pos + 1] == " " and text[pos + 2].isupper():
                return pos + 1
        elif ch in ".!?" and not inside:
            e = bisect.bisect_left(ends, pos + 1)
            if e < len(ends) and ends[e] <= pos + 4:
                return _trim(text, ends[e])
        pos += 1
    return _trim(text, limit)


def _trim(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _floor(found_ends: list[int], pos: int, start: int) -> int:
    """The end of the last piece before *pos*, or *start*.

    :param found_ends: The ends of pieces that do not overlap, in order.
    """
    k = bisect.bisect_right(found_ends, pos)
    return max(start, found_ends[k - 1]) if k else start


def _sentence_start(ends: list[int], floor: int, pos: int, *, top: bool) -> int:
    """Where the sentence ending just before *pos* starts (not before *floor*).

    At the top of the page, the few sentences before a caption credit are all
    the caption.
    """
    inside = ends[bisect.bisect_right(ends, floor) : bisect.bisect_left(ends, pos)]
    if not inside or (top and len(inside) < _TOP_CAPTION_SENTENCES):
        return floor
    return inside[-1]


def _post_start(text: str, ends: list[int], floor: int, pos: int, year: int) -> int:
    """Where an embedded post ending at *pos* starts: whole sentences within its length.

    The sentence right before the attribution is always the post's; the ones
    before it are taken while the post stays within the length a post could
    have that year.
    """
    budget = _POST_LONG if year >= _POST_LONG_FROM else _POST_SHORT
    starts = [floor, *ends[bisect.bisect_right(ends, floor) : bisect.bisect_left(ends, pos)]]
    first = starts[-1]
    for e in reversed(starts[:-1]):
        if _post_length(text[e:pos]) > budget:
            break
        first = e
    return first


def _post_length(text: str) -> int:
    """The length of a post's text, its links left out.

    Attached media and quoted posts stopped counting in 2016.
    """
    return len(" ".join(_LINK_RE.sub("", text).split()))


def _without_overlaps(found: list[FlatPiece]) -> list[FlatPiece]:
    """The pieces in order; of two that overlap, the one that starts first (or is longer)."""
    out: list[FlatPiece] = []
    for piece in sorted(found, key=lambda p: (p[0], -p[1])):
        if out and piece[0] < out[-1][1]:
            continue
        out.append(piece)
    return out


def _titles(
    text: str,
    start: int,
    end: int,
    found: list[FlatPiece],
    ends: list[int],
    glued: list[int],
) -> list[FlatPiece]:
    """Headline-shaped stretches between sentences: related links, and the page's tail.

    Between two pieces, the text is cut at sentence ends and glued breaks
    into units.  A unit that ends at a glued break or right before a piece
    (not with a full stop), opens with a capital and has at most
    :data:`TITLE_MAX_WORDS` words is a link set between paragraphs (the
    page's headline when it opens the page, a subheading when it is in
    capitals); a short
    question right before it belongs to it (``Who leads? See the tracker``).
    The units after the last sentence of the page, when the page ends with
    no full stop, are its closing furniture (a share line).
    """
    out: list[FlatPiece] = []
    glued_at = set(glued)
    gaps = []
    pos = start
    for a, b, _kind, _rule in found:
        if a > pos:
            gaps.append((pos, a, True))
        pos = max(pos, b)
    if pos < end:
        gaps.append((pos, end, False))
    for lo, hi, before_piece in gaps:
        cuts = sorted(
            {lo, hi}
            | set(ends[bisect.bisect_right(ends, lo) : bisect.bisect_left(ends, hi)])
            | set(glued[bisect.bisect_right(glued, lo) : bisect.bisect_left(glued, hi)])
        )
        units = list(itertools.pairwise(cuts))
        for n, (a, b) in enumerate(units):
            unit = text[a:b].strip()
            ends_title = b in glued_at or (b == hi and before_piece)
            if not unit or not (ends_title or _headline_question(unit)):
                continue
            if not _is_title(unit):
                continue
            first = a
            if n and units[n - 1][0] >= lo:
                qa, qb = units[n - 1]
                question = text[qa:qb].strip()
                if question.endswith("?") and len(question.split()) <= _QUESTION_MAX_WORDS:
                    first = qa
            if first == start:
                out.append((first, _trim(text, b), BlockKind.HEADLINE, "headline.flattened"))
            elif unit.isupper():
                out.append((first, _trim(text, b), BlockKind.HEADING, "heading.flattened"))
            else:
                out.append((first, _trim(text, b), BlockKind.FURNITURE, "furniture.related_link"))
        if hi == end and not before_piece and text[_trim(text, hi) - 1] not in '.!?"”’)':
            tail = _tail(text, units)
            if tail is not None:
                out.append((tail, _trim(text, hi), BlockKind.FURNITURE, "furniture.flattened"))
    return out


def _is_title(unit: str) -> bool:
    words = [w for w in unit.split() if any(ch.isalnum() for ch in w)]
    return (
        0 < len(words) <= TITLE_MAX_WORDS
        and unit[0].isupper()
        and words[0].lower() not in _NOT_TITLE_START
        and unit[-1] not in ".,;"
        and ", " not in unit
        and (unit[-1] != "?" or _headline_question(unit))
        and not any(w.strip(",.").lower() in cues.SPEECH_VERBS for w in words)
    )


def _headline_question(unit: str) -> bool:
    """Whether a question is set as a headline: a topic, a dash or colon, the question."""
    return " - " in unit or ": " in unit


def _tail(text: str, units: list[tuple[int, int]]) -> int | None:
    """Where the short units closing a page that ends with no full stop begin."""
    first = None
    total = 0
    for a, b in reversed(units):
        n = len(text[a:b].split())
        if n > TITLE_MAX_WORDS or total + n > 2 * TITLE_MAX_WORDS:
            break
        unit = text[a:b].strip()
        if first is not None and unit.endswith(".") and n > 3:
            break
        total += n
        first = a
    return first


def _with_dateline_cut(text: str, start: int, end: int, found: list[FlatPiece]) -> list[FlatPiece]:
    """Cut the running text before a dateline inside the page off from it.

    Only the first dateline counts, and only in running text with no body
    before it: the text before it is the page's top (a caption, a summary).
    """
    pos = start
    for n, (a, b, _kind, _rule) in enumerate([*found, (end, end, None, "")]):
        if a > pos:
            m = INNER_DATELINE.search(text, pos, min(a, start + _DATELINE_WITHIN))
            if m is not None and _trim(text, m.start()) > pos:
                cut: FlatPiece = (pos, _trim(text, m.start()), None, "")
                return [*found[:n], cut, *found[n:]]
        pos = max(pos, b)
    return found


#: The first word of a sentence (``It`` in ``It was late.``).
_FIRST_WORD = lazy_compile(r"(\p{L}{1,20})\b")
#: Opening quotation marks.
_OPENING = "“«„"
#: Closing quotation marks.
_CLOSING = "”»"
#: What may follow a sentence's final mark: closing quotation marks and brackets.
_AFTER_STOP = "\"”’')]"
#: A quotation mark that :func:`_sentence_cuts` reads: :data:`_OPENING`, :data:`_CLOSING`
#: and the straight double mark.  For example the marks of ``„Ja“``, ``« Oui »`` and ``"Yes"``.
_QUOTATION_MARK = lazy_compile_re('[“«„”»"]')


def _paragraph_cuts(
    text: str, start: int, end: int, found: list[FlatPiece], ends: list[int]
) -> list[FlatPiece]:
    """Cut each stretch of running text longer than :data:`FLAT_PARAGRAPH_MAX` at its sentences.

    A page flattened to one line keeps no paragraph break but the pieces
    glued between its paragraphs; where none stood for a long run, the
    breaks are lost, and the stretch is cut into its sentences, each a
    paragraph of its own (wire copy sets a paragraph to a sentence or two).
    A sentence ends at a full stop outside a quotation, or before a
    quotation mark that opens a new quotation (a quotation carried over
    several paragraphs opens each with a mark and closes only the last);
    after a question or exclamation mark the next sentence stays with it,
    so that no short question stands alone as a title, as does a sentence
    that opens by pointing back (``It``, ``That``, ``He``...;
    :func:`_points_back`), so that a pronoun or a quotation without a cue
    stays with the sentence that names its speaker.  For example, in
    ``The pier shut. "We will wait," Ada Finch said. It may take a week.
    The council meets on Friday.`` the cuts fall after ``shut.`` and after
    ``week.``.

    A subheading in capitals (:data:`CAPITALS_HEADING`) bounds a stretch as
    a piece does.

    :returns: Pieces of running text (kind ``None``), each ending before
        the next sentence; the stretch's last sentence is left uncovered.
    """
    out: list[FlatPiece] = []
    bounds = [(a, b) for a, b, _kind, _rule in found]
    bounds += [m.span(1) for m in CAPITALS_HEADING.finditer(text, start, end)]
    bounds.sort()
    pos = start
    stretches: list[tuple[int, int]] = []
    for a, b in [*bounds, (end, end)]:
        if a > pos:
            stretches.append((pos, a))
        pos = max(pos, b)
    for lo, hi in stretches:
        if _trim(text, hi) - lo <= FLAT_PARAGRAPH_MAX:
            continue
        cuts = _sentence_cuts(text, lo, hi, ends)
        for a, b in itertools.pairwise([lo, *cuts]):
            out.append((a, _trim(text, b), None, ""))
    return out


def _sentence_cuts(text: str, lo: int, hi: int, ends: list[int]) -> list[int]:
    """Where the sentences of ``text[lo:hi]`` after the first start (:func:`_paragraph_cuts`)."""
    cuts = []
    inside = False
    pos = lo
    for e in ends[bisect.bisect_right(ends, lo) : bisect.bisect_left(ends, hi)]:
        # Only quotation marks move ``inside``: the scan jumps from one to the next.
        for m in _QUOTATION_MARK.finditer(text, pos, e):
            at = m.start()
            ch = text[at]
            if ch == "“":  # opens in English, closes a German „...“
                inside = not inside
            elif ch in _OPENING:
                inside = True
            elif ch in _CLOSING:
                inside = False
            else:  # a straight mark: opening after a space or bracket, else closing
                before = text[at - 1] if at > lo else " "
                inside = before.isspace() or before in "([—–-"
        pos = max(pos, e)
        k = _trim(text, e) - 1
        while k > lo and text[k] in _AFTER_STOP:
            k -= 1
        if text[k] in "?!":
            continue
        if (not inside or text[e] in _OPENING or text[e] == '"') and not _points_back(text, e):
            cuts.append(e)
    return cuts


#: The personal pronouns a sentence may open with to carry on the one before it.
_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})


def _points_back(text: str, pos: int) -> bool:
    """Whether the sentence at *pos* opens with a word pointing to the one before it.

    ``It``, ``That``, ``Also`` (the English list ``back_references``) or a
    personal pronoun: ``He added: ...`` stays with the sentence that named him.
    """
    m = _FIRST_WORD.match(text, pos, pos + 40)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _PRONOUNS or word in lexicon.words("en", "back_references")
