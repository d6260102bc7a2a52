"""An HTML view of an article: what the parser made of a story, at a glance.

:func:`render_html` writes one self-contained HTML page: no file, font,
script or image is fetched from anywhere, and the page works with JavaScript
turned off.  It has two panes.

The source pane shows :attr:`Article.source <wireparse.Article.source>`
whole and in order, with its line breaks and indentation: every block is
coloured by its :class:`~wireparse.BlockKind` and opens with a small label
naming its kind and the rule that classified it; quotations of speech are
highlighted, each a link to its speaker in the side panel; quoted spans that
are not speech, attributed statements, the speakers' mentions at their cues,
the cues, the dateline and the spans of defects are marked too.

The side panel lists the article's fields: the headline, byline, dateline,
agency with its evidence, dates, copyright, credits, notes, a feed's envelope
and trailer, the people quoted with their quotations, the defects, and the
blocks counted by kind, which is also the legend of the colours.

Every text is escaped.  A character that an HTML page cannot hold (the C0
and C1 control characters other than tab, line feed and carriage return,
lone surrogates, the noncharacters) is shown as a small box naming it,
``<span class="ctl" data-code="0002" title="U+0002">STX</span>``, with its
code point in ``data-code``: so the text of the source pane, with the labels
left out and each box read as the character of its ``data-code``, is the
source.  In an attribute value such a character is written as its Unicode
control picture (``␂``) or U+FFFD.
See :doc:`/view`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import html
import itertools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from wireparse._version import __version__
from wireparse.model import Article, BlockKind, Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from wireparse.model import Block, Envelope, Fragment, Speaker, Trailer

__all__ = ["FALLBACK_COLOURS", "KIND_COLOURS", "render_html"]

#: The colours of each block kind: ``(background, ink)``.  The background is
#: the block's, under text of ``#1a1a1a`` (a contrast of 7:1 or more, WCAG's
#: AAA); the ink is the colour of its label's text and border, on white (4.5:1
#: or more, AA).  A kind missing here is drawn in :data:`FALLBACK_COLOURS`.
KIND_COLOURS: Final[Mapping[BlockKind, tuple[str, str]]] = {
    BlockKind.FURNITURE: ("#ececec", "#505050"),
    BlockKind.HEADLINE: ("#ffd8b0", "#8a3f00"),
    BlockKind.BYLINE: ("#cfe3ff", "#1d4f91"),
    BlockKind.TIMESTAMP: ("#ddd5ff", "#4a35a0"),
    BlockKind.HEADING: ("#ffd1e3", "#9b1b50"),
    BlockKind.PARAGRAPH: ("#f1f8ee", "#2e6b28"),
    BlockKind.CAPTION: ("#cdeee9", "#17665c"),
    BlockKind.HIGHLIGHT: ("#f3eeb4", "#5e5800"),
    BlockKind.NOTE: ("#ffdcd2", "#a1300e"),
    BlockKind.CREDIT: ("#eadfca", "#654c1c"),
    BlockKind.TAGLINE: ("#d4ecf7", "#155b78"),
    BlockKind.COPYRIGHT: ("#e9d9f5", "#6a2f8f"),
    BlockKind.SIGNOFF: ("#dfe6ee", "#3d4f63"),
    BlockKind.SEPARATOR: ("#f0e4e4", "#6b4040"),
    BlockKind.CONTACT: ("#e0f0d0", "#42631a"),
    BlockKind.DISCLAIMER: ("#f4e0ea", "#7a3557"),
    BlockKind.FRAMING: ("#dadada", "#3a3a3a"),
    BlockKind.UNCLASSIFIED: ("#ffc9c9", "#a40000"),
}

#: The colours of a block kind that :data:`KIND_COLOURS` does not list.
FALLBACK_COLOURS: Final = ("#f4f4e4", "#4d4d33")

# Characters an HTML page cannot hold: the C0 controls but tab, line feed
# and carriage return (form feed too, which XML forbids and a page does not
# show), DEL and the C1 controls, lone surrogates, and the noncharacters.
_NONCHARACTERS: Final = "".join(
    chr(plane << 16 | low) for plane in range(1, 17) for low in (0xFFFE, 0xFFFF)
)
#: Characters an HTML page must not carry, shown as a mark instead (``\x00``, ``\x7f``, a lone
#: surrogate ``\ud800``, ``\ufffe``).
_UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + _NONCHARACTERS
    + "]"
)
#: What a class name cannot hold, replaced by a hyphen (``paragraph.lead`` to ``paragraph-lead``).
_TOKEN: Final = re.compile(r"[^a-z0-9_-]+")
#: A line break of any platform (``\r\n``, ``\r``, ``\n``), for the source pane's numbered lines.
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_SNIPPET: Final = 72

# Ranks of the inline marks: at equal spans, the lower rank is the outer element.
_DEFECT, _DATELINE, _ATTRIBUTION, _QUOTE, _QUOTED, _MENTION, _CUE = range(7)


# --------------------------------------------------------------------------
# Escaping


_C0_NAMES: Final = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()


def _picture(char: str) -> str:
    """The stand-in of a character a page cannot hold, inside an attribute.

    A C0 control character becomes its Unicode control picture (``␂``), DEL
    ``␡``, anything else U+FFFD.
    """
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def _abbreviation(char: str) -> str:
    """The name shown in the box of a character a page cannot hold (``STX``, ``U+D800``)."""
    code = ord(char)
    if code < 0x20:
        return _C0_NAMES[code]
    if code == 0x7F:
        return "DEL"
    return f"U+{code:04X}"


def _attr(text: str) -> str:
    """*text* for a quoted attribute value: escaped, unsafe characters as pictures."""
    return html.escape(_UNSAFE.sub(lambda m: _picture(m.group()), text), quote=True)


def _plain(text: str) -> str:
    """*text* for the ``<title>``, which holds no markup: as :func:`_attr`."""
    return _attr(text)


def _esc(text: str) -> str:
    """*text* as element content: escaped, each unsafe character in a box.

    The box is ``<span class="ctl" data-code="0002" title="U+0002">STX</span>``:
    the character's code point in ``data-code``, a name for it as the text.
    """
    out: list[str] = []
    pos = 0
    for match in _UNSAFE.finditer(text):
        out.append(html.escape(text[pos : match.start()], quote=False))
        char = match.group()
        code = f"{ord(char):04X}"
        out.append(
            f'<span class="ctl" data-code="{code}" title="U+{code}">{_abbreviation(char)}</span>'
        )
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _token(value: object) -> str:
    """A safe class-name token for a kind's value (``kind-paragraph``)."""
    text = value.value if isinstance(value, enum.Enum) else value
    return _TOKEN.sub("-", str(text).lower()).strip("-") or "unknown"


def _name(value: object) -> str:
    """The output name of an enum member, or the text of anything else."""
    return str(value.value if isinstance(value, enum.Enum) else value)


def _attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f' {key}="{_attr(value)}"' for key, value in pairs if value is not None)


def _snippet(text: str, width: int = _SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------
# Inline marks of the source pane


@attrs.define(slots=True, eq=False)
class _Mark:
    """An element to draw around a span of the source.

    A mark that crosses a block's edge or another mark is cut into parts;
    only the first part carries the id.
    """

    start: int
    end: int
    rank: int
    seq: int
    tag: str
    classes: str
    ident: str | None = None
    href: str | None = None
    title: str | None = None
    data: tuple[tuple[str, str], ...] = ()
    shown: bool = False


class _Part(NamedTuple):
    start: int
    end: int
    mark: _Mark


def _open(mark: _Mark, first: bool, inside_link: bool) -> tuple[str, bool]:
    """The start tag(s) of a part of *mark*, and whether a link was opened."""
    classes = mark.classes if first else mark.classes + " cont"
    head = (
        f"<{mark.tag}"
        + _attrs(
            [
                ("class", classes),
                ("id", mark.ident if first else None),
                ("title", mark.title),
                *mark.data,
            ]
        )
        + ">"
    )
    if mark.href is None or inside_link:
        return head, False
    return head + f'<a href="{_attr(mark.href)}">', True


def _close(mark: _Mark, linked: bool) -> str:
    return ("</a>" if linked else "") + f"</{mark.tag}>"


def _fill(source: str, start: int, end: int, parts: list[_Part], out: list[str]) -> None:
    """Write ``source[start:end]`` with each part's element around its span.

    The parts may nest, touch or cross: the open elements are kept as a stack
    in the order of the parts that cover the text, and at each edge the
    elements above the first difference are closed and the new ones opened,
    so the tags always nest.  A part never opens a link inside a link.
    """
    parts = [p for p in parts if p.start < p.end]
    if not parts:
        out.append(_esc(source[start:end]))
        return
    points = sorted({start, end, *(p.start for p in parts), *(p.end for p in parts)})
    parts.sort(key=lambda p: (p.start, -p.end, p.mark.rank, p.mark.seq))
    stack: list[tuple[_Part, bool]] = []
    active: list[_Part] = []
    k = 0
    for here, there in itertools.pairwise(points):
        active = [p for p in active if p.end > here]
        while k < len(parts) and parts[k].start <= here:
            active.append(parts[k])
            k += 1
        # Stable: *active* is in the order of *parts*, outer before inner.
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
            keep += 1
        while len(stack) > keep:
            part, linked = stack.pop()
            out.append(_close(part.mark, linked))
        links = any(linked for _, linked in stack)
        for part in active[keep:]:
            tag, linked = _open(part.mark, not part.mark.shown, links)
            part.mark.shown = True
            out.append(tag)
            stack.append((part, linked))
            links = links or linked
        out.append(_esc(source[here:there]))
    while stack:
        part, linked = stack.pop()
        out.append(_close(part.mark, linked))


class _Speakers:
    """The side panel's entry of each speaker, and what each one said.

    A speaker resolved to a record of :attr:`Article.people
    <wireparse.Article.people>` is ``person-N`` (N its index there); one
    without a record is ``speaker-N``, one entry per name and kind.
    """

    def __init__(self, article: Article) -> None:
        self.count = len(article.people)
        self.extra: dict[tuple[str, str], int] = {}
        self.quotes: dict[str, list[int]] = {}
        self.attributions: dict[str, list[int]] = {}
        for i, quote in enumerate(article.quotes):
            if quote.speaker is not None:
                self.quotes.setdefault(self.ref(quote.speaker), []).append(i)
        for i, attribution in enumerate(article.attributions):
            self.attributions.setdefault(self.ref(attribution.speaker), []).append(i)

    def ref(self, speaker: Speaker) -> str:
        person = speaker.person
        if isinstance(person, int) and 0 <= person < self.count:
            return f"person-{person}"
        key = (speaker.name, _name(speaker.kind))
        return f"speaker-{self.extra.setdefault(key, len(self.extra))}"


def _marks(article: Article, speakers: _Speakers) -> list[_Mark]:
    """Every inline mark of the source pane, in no particular order."""
    marks: list[_Mark] = []

    def add(
        span: Span | None,
        rank: int,
        tag: str,
        classes: str,
        *,
        ident: str | None = None,
        href: str | None = None,
        title: str | None = None,
        data: tuple[tuple[str, str], ...] = (),
    ) -> None:
        if span is not None and span.start < span.end:
            seq = len(marks)
            marks.append(
                _Mark(span.start, span.end, rank, seq, tag, classes, ident, href, title, data)
            )

    cited: dict[tuple[int, int], tuple[Speaker, str]] = {}
    cues: dict[tuple[int, int], str] = {}

    def cite(speaker: Speaker, ref: str, cue: str | None, cue_span: Span | None) -> None:
        span = speaker.mention_span
        cited.setdefault((span.start, span.end), (speaker, ref))
        if cue is not None and cue_span is not None:
            cues.setdefault((cue_span.start, cue_span.end), cue)

    for i, defect in enumerate(article.defects):
        add(defect.span, _DEFECT, "span", "defect", ident=f"defect-{i}",
            title=f"defect {defect.code}: {defect.message}")  # fmt: skip
    dateline = article.dateline
    if dateline is not None and dateline.span.of(article.source) == dateline.text:
        add(dateline.span, _DATELINE, "span", "dateline", ident="dateline", title="dateline")
    for i, quote in enumerate(article.quotes):
        kind = _token(quote.kind)
        if quote.speaker is None:
            ref = None
            classes = f"quote quote-{kind} no-speaker"
            title = f"{_name(quote.kind)} quotation · no speaker found"
        else:
            ref = speakers.ref(quote.speaker)
            classes = f"quote quote-{kind}"
            title = f"{quote.speaker.name} · {_name(quote.kind)} quotation"
            if quote.cue:
                title += f" · {quote.cue}"
            if quote.rules:
                title += f" · rules: {', '.join(quote.rules)}"
            cite(quote.speaker, ref, quote.cue, quote.cue_span)
        for n, piece in enumerate(quote.pieces or (quote.span,)):
            add(piece, _QUOTE, "mark", classes,
                ident=f"quote-{i}" if n == 0 else f"quote-{i}-{n + 1}",
                href=None if ref is None else f"#{ref}",
                title=title,
                data=(("data-speaker", ref),) if ref else ())  # fmt: skip
    for i, quoted in enumerate(article.quoted):
        kind = _token(quoted.kind)
        for n, piece in enumerate(quoted.pieces or (quoted.span,)):
            add(piece, _QUOTED, "span", f"quoted quoted-{kind}",
                ident=f"quoted-{i}" if n == 0 else f"quoted-{i}-{n + 1}",
                title=f"quoted: {_name(quoted.kind)}, not speech")  # fmt: skip
    for i, attribution in enumerate(article.attributions):
        ref = speakers.ref(attribution.speaker)
        add(attribution.content or attribution.span, _ATTRIBUTION, "span", "attribution",
            ident=f"attribution-{i}",
            title=f"attributed to {attribution.speaker.name} · {attribution.cue}"
            + (f" · rules: {', '.join(attribution.rules)}" if attribution.rules else ""),
            data=(("data-speaker", ref),))  # fmt: skip
        cite(attribution.speaker, ref, attribution.cue, attribution.cue_span)
    for speaker, ref in cited.values():
        add(speaker.mention_span, _MENTION, "span", "speaker", href=f"#{ref}",
            title=f"{speaker.name} ({_name(speaker.kind)})")  # fmt: skip
    for (start, end), cue in cues.items():
        add(Span(start, end), _CUE, "span", "cue", title=f"cue: {cue}")
    return marks


def _rendered_blocks(article: Article) -> list[tuple[int, Block]]:
    """The blocks to draw, with their indexes: in order, inside the source, none overlapping.

    A parsed article's blocks always are; a block of an article made by hand
    that is not is left out rather than break the page.
    """
    size = len(article.source)
    out: list[tuple[int, Block]] = []
    end = 0
    for i, block in sorted(enumerate(article.blocks), key=lambda ib: (ib[1].span.start, ib[0])):
        span = block.span
        if span.start < end or span.end > size or span.start >= span.end:
            continue
        out.append((i, block))
        end = span.end
    return out


def _label(block: Block) -> str:
    kind = _name(block.kind)
    return kind if block.rule == kind else f"{kind} · {block.rule}"


def _source_pane(article: Article, marks: list[_Mark], blocks: list[tuple[int, Block]]) -> str:
    source = article.source
    out = ['<div class="source" id="source">']
    marks = sorted(marks, key=lambda m: (m.start, m.end, m.rank, m.seq))
    live: list[_Mark] = []
    k = 0
    pos = 0
    for i, block in blocks:
        start, end = block.span.start, block.span.end
        out.append(_esc(source[pos:start]))
        while k < len(marks) and marks[k].start < end:
            live.append(marks[k])
            k += 1
        live = [m for m in live if m.end > start]
        parts = [_Part(max(m.start, start), min(m.end, end), m) for m in live]
        kind = _name(block.kind)
        out.append(
            f'<span class="block kind-{_token(block.kind)}"'
            + _attrs(
                [
                    ("id", f"block-{i}"),
                    ("data-kind", kind),
                    ("data-rule", block.rule),
                    ("title", f"block {i} · {kind} · rule {block.rule} · {start}–{end}"),
                ]
            )
            + f'><span class="label" aria-hidden="true">{_esc(_label(block))}</span>'
        )
        _fill(source, start, end, parts, out)
        out.append("</span>")
        pos = end
    out.append(_esc(source[pos:]))
    out.append("</div>")
    return "".join(out)


# --------------------------------------------------------------------------
# The side panel

_NONE: Final = '<p class="none">none found</p>'


class _Panel:
    """Writes the side panel; links only to ids that the source pane has."""

    def __init__(
        self,
        article: Article,
        speakers: _Speakers,
        blocks: list[tuple[int, Block]],
        ids: set[str],
    ) -> None:
        self.article = article
        self.speakers = speakers
        self.blocks = blocks
        self.starts = [b.span.start for _, b in blocks]
        self.ids = ids

    # -- helpers -----------------------------------------------------------

    def link(self, target: str | None, content: str) -> str:
        """*content* (HTML) as a link to *target*, if the page has that id."""
        if target is None or target not in self.ids:
            return content
        return f'<a href="#{_attr(target)}">{content}</a>'

    def block_of(self, span: Span | None) -> str | None:
        """The id of the drawn block where *span* starts, if any."""
        if span is None:
            return None
        k = bisect.bisect_right(self.starts, span.start) - 1
        if k >= 0 and span.start < self.blocks[k][1].span.end:
            return f"block-{self.blocks[k][0]}"
        return None

    def at(self, span: Span | None, target: str | None = None) -> str:
        """`` at 12–40``, linked to *target* or the block of the span."""
        if span is None:
            return ""
        where = _esc(f"{span.start}–{span.end}")
        return f' <span class="at">{self.link(target or self.block_of(span), where)}</span>'

    def text_at(self, text: str, span: Span | None, target: str | None = None) -> str:
        return _esc(text) + self.at(span, target)

    # -- sections ------------------------------------------------------------

    def render(self, title: str) -> str:
        article = self.article
        sections = [
            ("story", "Story", self.story(title)),
            ("blocks", "Blocks by kind", self.kinds()),
            ("marks", "Marks", _MARKS_LEGEND),
            ("defects", "Defects", self.defects()),
            ("people", "People", self.people()),
            ("quotations", "Quotations", self.quotations()),
            ("byline", "Byline", self.byline()),
            ("dateline-fields", "Dateline", self.dateline()),
            ("agency", "Agency", self.agency()),
            ("dates", "Dates", self.dates()),
            ("copyright", "Copyright", self.copyright()),
            ("credits", "Credits", self.credits()),
            ("notes", "Notes", self.fragments(article.notes)),
            ("taglines", "Taglines and sign-offs",
             self.fragments((*article.taglines, *article.signoffs))),
        ]  # fmt: skip
        if article.envelope is not None:
            sections.append(("envelope", "Feed envelope", self.envelope(article.envelope)))
        if article.trailer is not None:
            sections.append(("trailer", "Feed trailer", self.trailer(article.trailer)))
        nav = " ".join(f'<a href="#{ident}">{_esc(head)}</a>' for ident, head, _ in sections)
        body = "".join(
            f'<section id="{ident}"><h2>{_esc(head)}</h2>{content}</section>'
            for ident, head, content in sections
        )
        return (
            '<aside class="panel" aria-label="What the parser found">'
            f'<nav class="toc">{nav}</nav>{body}</aside>'
        )

    def story(self, title: str) -> str:
        article = self.article
        headline = None
        if article.headline is not None:
            headline = self.text_at(article.headline, article.headline_span)
        breaks = _LINE_BREAK.findall(article.source)
        lines = len(breaks) + (not article.source.endswith(("\n", "\r")))
        shown = " ".join((article.headline or "").split())
        return _dl(
            [
                ("Headline", headline or '<span class="none">none found</span>'),
                ("Page title", _esc(title) if title != shown else None),
                ("Format", _esc(article.format)),
                ("Encoding", _esc(article.encoding) if article.encoding else "none (text given)"),
                ("Size", _esc(f"{_plural(len(article.source), 'character')}, "
                              f"{_plural(lines, 'line')}")),
                ("Found", _esc(", ".join([
                    _plural(len(article.blocks), "block"),
                    _plural(len(article.paragraphs), "paragraph"),
                    _plural(len(article.quotes), "quotation"),
                    _plural(len(article.people), "source"),
                    _plural(len(article.defects), "defect"),
                ]))),
            ]
        )  # fmt: skip

    def kinds(self) -> str:
        counts: dict[str, int] = {}
        for block in self.article.blocks:
            counts[_name(block.kind)] = counts.get(_name(block.kind), 0) + 1
        items = []
        names = [kind.value for kind in BlockKind]
        names += sorted(set(counts) - set(names))
        for name in names:
            n = counts.get(name, 0)
            first = next((i for i, b in self.blocks if _name(b.kind) == name), None)
            count = str(n) if first is None else self.link(f"block-{first}", str(n))
            items.append(
                f'<li class="{"kind" if n else "kind zero"}">'
                f'<span class="swatch kind-{_token(name)}" aria-hidden="true"></span>'
                f'<span class="name">{_esc(name)}</span> <span class="n">{count}</span></li>'
            )
        return f'<ul class="kinds">{"".join(items)}</ul>'

    def defects(self) -> str:
        items = [
            f"<li><code>{_esc(d.code)}</code> {_esc(d.message)}"
            f"{self.at(d.span, f'defect-{i}' if f'defect-{i}' in self.ids else None)}</li>"
            for i, d in enumerate(self.article.defects)
        ]
        return _list(items, ordered=True)

    def people(self) -> str:
        article = self.article
        speakers = self.speakers
        items = []
        entries: list[tuple[str, str, str, str | None, str | None, int | None]] = [
            (f"person-{i}", p.name, _name(p.kind), p.title, p.role, len(p.mentions))
            for i, p in enumerate(article.people)
        ]
        entries += [
            (f"speaker-{k}", name, kind, None, None, None)
            for (name, kind), k in speakers.extra.items()
        ]
        for ident, name, kind, title, role, mentions in entries:
            quotes = speakers.quotes.get(ident, [])
            attributions = speakers.attributions.get(ident, [])
            facts = [kind, *(x for x in (title, role) if x)]
            if mentions is None:
                facts.append("no person record")
            counts = [_plural(len(quotes), "quotation"), _plural(len(attributions), "attribution")]
            if mentions is not None:
                counts.append(_plural(mentions, "mention"))
            refs = [
                f"<li>{self.link(f'quote-{q}', _esc('“' + _snippet(article.quotes[q].text) + '”'))}"
                "</li>"
                for q in quotes
            ]
            refs += [
                f'<li class="said">{self.link(f"attribution-{a}", _esc(self.said(a)))}</li>'
                for a in attributions
            ]
            items.append(
                f'<li id="{_attr(ident)}" class="person">'
                f'<span class="who">{_esc(name)}</span> '
                f'<span class="facts">{_esc(" · ".join(facts))}</span>'
                f'<div class="counts">{_esc(" · ".join(counts))}</div>'
                + (f'<ol class="refs">{"".join(refs)}</ol>' if refs else "")
                + "</li>"
            )
        return _list(items, ordered=True, cls="people")

    def said(self, index: int) -> str:
        attribution = self.article.attributions[index]
        span = attribution.content or attribution.span
        return f"{attribution.cue}: {_snippet(span.of(self.article.source))}"

    def quotations(self) -> str:
        article = self.article
        by_kind: dict[str, int] = {}
        for quote in article.quotes:
            by_kind[_name(quote.kind)] = by_kind.get(_name(quote.kind), 0) + 1
        others: dict[str, int] = {}
        for quoted in article.quoted:
            others[_name(quoted.kind)] = others.get(_name(quoted.kind), 0) + 1
        orphans = [
            f"<li>{self.link(f'quote-{i}', _esc('“' + _snippet(q.text) + '”'))}</li>"
            for i, q in enumerate(article.quotes)
            if q.speaker is None
        ]
        return _dl(
            [
                ("Speech", _esc(_counted(len(article.quotes), by_kind))),
                ("No speaker", _list(orphans, ordered=True) if orphans else "0"),
                ("Not speech", _esc(_counted(len(article.quoted), others))),
                ("Attributions", str(len(article.attributions))),
            ]
        )

    def byline(self) -> str:
        article = self.article
        byline = article.byline
        rows: list[tuple[str, str | None]] = []
        if byline is not None:
            rows += [
                ("As written", _esc(byline.text)),
                ("Names", _esc(", ".join(byline.display_names)) if byline.display_names else None),
                ("Title", _opt(byline.title)),
                ("Organisation", _opt(byline.organisation)),
                ("Agency", _opt(byline.agency)),
                ("Location", _opt(byline.location)),
            ]
        lines = [f"<li>{self.text_at(f.text, f.span)}</li>" for f in article.bylines]
        if lines:
            rows.append(("Lines", _list(lines)))
        return _dl(rows)

    def dateline(self) -> str:
        dateline = self.article.dateline
        if dateline is None:
            return _NONE
        return _dl(
            [
                ("As written", self.text_at(dateline.text, dateline.span, "dateline")),
                ("Place", _opt(dateline.place)),
                ("Agency tag", _opt(dateline.agency)),
                ("Date as written", _opt(dateline.date_text)),
                ("Date", _opt_date(dateline.date)),
            ]
        )

    def agency(self) -> str:
        article = self.article
        decision = article.agency_decision
        rows: list[tuple[str, str | None]] = [("Agency", _opt(article.agency))]
        if decision is not None:
            rows.append(("Decided by", _opt(decision.source)))
            evidence = [f"<li>{_esc(e)}</li>" for e in decision.evidence]
            rows.append(("Evidence", _list(evidence) if evidence else None))
            if decision.conflicting:
                rows.append(("Conflicting", "yes: the evidence names more than one agency"))
        return _dl(rows)

    def dates(self) -> str:
        article = self.article
        stamps = [f"<li>{self.text_at(f.text, f.span)}</li>" for f in article.timestamps]
        return _dl(
            [
                ("Published", _opt_date(article.published)),
                ("Updated", _opt_date(article.updated)),
                ("Timestamps", _list(stamps) if stamps else None),
            ]
        )  # fmt: skip

    def copyright(self) -> str:
        notice = self.article.copyright
        if notice is None:
            return _NONE
        years = None
        if notice.year is not None:
            years = str(notice.year)
            if notice.end_year is not None:
                years += f"–{notice.end_year}"
        return _dl(
            [
                ("As written", self.text_at(notice.text, notice.span)),
                ("Year", _opt(years)),
                ("Holder", _opt(notice.holder)),
            ]
        )

    def credits(self) -> str:
        items = []
        for credit in self.article.credits:
            roles = [
                f"<dt>{_esc(role.role)}</dt><dd>{_esc(', '.join(role.names) or '—')}</dd>"
                for role in credit.roles
            ]
            facts = [
                ("agency", credit.agency),
                ("organisations", ", ".join(credit.organisations) or None),
                ("house style", credit.house_style),
            ]
            roles += [f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in facts if v]
            items.append(
                f"<li>{self.text_at(credit.text, credit.span)}"
                + (f'<dl class="roles">{"".join(roles)}</dl>' if roles else "")
                + "</li>"
            )
        return _list(items)

    def fragments(self, fragments: Sequence[Fragment]) -> str:
        return _list([f"<li>{self.text_at(f.text, f.span)}</li>" for f in fragments])

    def envelope(self, envelope: Envelope) -> str:
        rows: list[tuple[str, str | None]] = [("Type", _esc(type(envelope).__name__))]
        rows += [
            (field.name.replace("_", " "), _value(getattr(envelope, field.name)))
            for field in attrs.fields(type(envelope))
            if field.name not in {"raw", "span"}
        ]
        rows.append(("At", self.at(envelope.span).strip()))
        rows.append(("Raw", f'<pre class="raw">{_esc(envelope.raw)}</pre>'))
        return _dl(rows)

    def trailer(self, trailer: Trailer) -> str:
        return _dl(
            [
                ("As written", self.text_at(trailer.text, trailer.span)),
                ("Time", _opt_date(trailer.timestamp)),
                ("Zone", _opt(trailer.zone)),
                ("Agency", _opt(trailer.agency)),
                ("Circuit", _opt(trailer.circuit)),
            ]
        )


def _opt(text: str | None) -> str | None:
    return None if text is None or text == "" else _esc(text)


def _opt_date(value: dt.date | None) -> str | None:
    return None if value is None else _esc(value.isoformat())


def _counted(total: int, by_kind: dict[str, int]) -> str:
    if not by_kind:
        return str(total)
    return f"{total} ({', '.join(f'{n} {k}' for k, n in sorted(by_kind.items()))})"


def _dl(rows: Iterable[tuple[str, str | None]]) -> str:
    """A definition list of the rows that have a value (HTML); ``none found`` if none do."""
    items = [f"<dt>{_esc(key)}</dt><dd>{value}</dd>" for key, value in rows if value]
    return f"<dl>{''.join(items)}</dl>" if items else _NONE


def _list(items: Sequence[str], *, ordered: bool = False, cls: str | None = None) -> str:
    if not items:
        return _NONE
    tag = "ol" if ordered else "ul"
    return f"<{tag}{_attrs([('class', cls)])}>{''.join(items)}</{tag}>"


def _value(value: object, depth: int = 0) -> str | None:
    """A field of a feed envelope as HTML, nested values as lists; ``None`` for none."""
    if value is None or value == "" or value == ():
        return None
    if isinstance(value, Span):
        return _esc(f"{value.start}–{value.end}")
    if isinstance(value, enum.Enum):
        return _esc(_name(value))
    if isinstance(value, dt.date | dt.time):
        return _esc(value.isoformat())
    if isinstance(value, str | int | float):
        return _esc(str(value))
    if isinstance(value, tuple | list) and depth < 3:
        items = [v for v in (_value(item, depth + 1) for item in value) if v]
        return _list([f"<li>{v}</li>" for v in items]) if items else None
    cls = type(value)
    if attrs.has(cls) and depth < 3:
        rows = [
            (field.name.replace("_", " "), _value(getattr(value, field.name), depth + 1))
            for field in attrs.fields(cls)
        ]
        return (
            '<dl class="nested">'
            + "".join(f"<dt>{_esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
            + "</dl>"
        )
    return _esc(repr(value))


_MARKS_LEGEND: Final = (
    '<ul class="legend">'
    '<li><mark class="quote quote-full">quotation</mark> of speech, linked to its speaker'
    ' (<mark class="quote quote-partial">partial</mark>)</li>'
    '<li><mark class="quote quote-full no-speaker">quotation</mark> with no speaker found</li>'
    '<li><span class="quoted">quoted</span> but not speech: a scare quote, a title, a name</li>'
    '<li><span class="attribution">statement</span> attributed without quotation marks</li>'
    '<li><span class="speaker"><a href="#people">speaker</a></span> named at a'
    ' <span class="cue">cue</span></li>'
    '<li><span class="dateline">dateline</span> of the lead</li>'
    '<li><span class="defect">defect</span>: a problem found in the text</li>'
    '<li><span class="ctl">STX</span> a control character, or another character that a'
    " page cannot hold</li>"
    "</ul>"
)


# --------------------------------------------------------------------------
# The page

_TEXT: Final = "#1a1a1a"

_STYLE: Final = """
:root { color-scheme: light; --muted: #555; --line: #d4d4d4; --panel: #f7f7f4; }
* { box-sizing: border-box; }
html, body { margin: 0; background: #fff; color: %(text)s; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
  Arial, sans-serif; }
a { color: #0b4ea2; }
header.top { padding: .75rem 1.25rem; border-bottom: 1px solid var(--line);
  background: var(--panel); }
header.top h1 { margin: 0; font-size: 1.25rem; line-height: 1.3; }
header.top p { margin: .25rem 0 0; color: var(--muted); font-size: .875rem; }
.page { display: grid; grid-template-columns: minmax(0, 1fr) minmax(18rem, 27rem); }
main { padding: 1rem 1.25rem 3rem; min-width: 0; }
.source { white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4;
  font: 14px/1.75 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
  monospace; }
aside.panel { border-left: 1px solid var(--line); background: var(--panel);
  padding: .75rem 1.25rem 3rem; font-size: .875rem; position: sticky; top: 0;
  max-height: 100vh; overflow-y: auto; overflow-wrap: anywhere; }
@media (max-width: 60rem) {
  .page { grid-template-columns: minmax(0, 1fr); }
  aside.panel { border-left: 0; border-top: 1px solid var(--line); position: static;
    max-height: none; }
}
.toc { display: flex; flex-wrap: wrap; gap: .15rem .6rem; font-size: .8rem;
  padding-bottom: .5rem; border-bottom: 1px solid var(--line); }
aside section { padding: .5rem 0; border-bottom: 1px solid var(--line); }
aside h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); margin: .25rem 0 .4rem; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .75rem;
  margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; }
dl.roles, dl.nested { font-size: .95em; margin: .15rem 0 .3rem; }
ul, ol { margin: .1rem 0; padding-left: 1.4rem; }
li { margin: .1rem 0; }
pre.raw { margin: 0; white-space: pre-wrap; font-size: .8rem; background: #fff;
  border: 1px solid var(--line); padding: .25rem .4rem; }
.none, .at, .counts, .facts { color: var(--muted); }
.at, .counts { font-size: .8rem; }
.who { font-weight: 600; }
ol.refs { font-size: .85rem; }
ol.refs li.said { list-style-type: circle; }
ul.kinds { list-style: none; padding: 0; display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .1rem 1.25rem; }
ul.kinds li { display: flex; align-items: center; gap: .4rem; margin: 0; }
ul.kinds .n { margin-left: auto; }
ul.kinds li.zero { color: var(--muted); }
.swatch { display: inline-block; flex: none; width: 1.6rem; height: .95rem;
  border: 1px solid var(--ink); border-radius: 3px; background: var(--bg); }
ul.legend { list-style: none; padding: 0; }
.block, .swatch { --bg: %(fallback_bg)s; --ink: %(fallback_ink)s; }
%(kinds)s
.block { background: var(--bg); border-radius: 3px; padding: 2px 0;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.kind-unclassified { outline: 1px dashed var(--ink); }
.label { font: 600 10px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: #fff; border: 1px solid var(--ink); border-radius: 3px;
  padding: 1px 4px; margin-right: 4px; vertical-align: 2px; white-space: nowrap;
  -webkit-user-select: none; user-select: none; }
mark.quote { background: #fff27a; color: inherit; border-bottom: 2px solid #a68a00;
  border-radius: 2px; }
mark.quote-partial { background: #fff8c4; border-bottom-style: dashed; }
mark.quote.no-speaker { background: #ffe1e1; border-bottom: 2px dashed #b3261e; }
mark.quote a { color: inherit; text-decoration: none; }
mark.quote a:hover, mark.quote a:focus { text-decoration: underline; }
.quoted { border-bottom: 2px dotted #6b6b6b; }
.attribution { text-decoration: underline 1px #5b4bc4; text-underline-offset: 4px; }
.speaker a { color: #0b4ea2; font-weight: 600; }
.cue { font-style: italic; color: #4a2a8a; }
.dateline { outline: 1px dotted #2e6b28; outline-offset: 1px; }
.defect { text-decoration: underline wavy #c62828; text-decoration-skip-ink: none; }
.ctl { color: #a40000; background: #fff; border: 1px solid #a40000; border-radius: 2px;
  font-size: .85em; padding: 0 1px; }
:target { outline: 3px solid #e65100; outline-offset: 1px; }
aside li:target, aside section:target { outline: none; background: #fff1d6; }
"""


def _style() -> str:
    """The page's style sheet: a colour rule for every :class:`~wireparse.BlockKind`."""
    kinds = "\n".join(
        f".kind-{kind.value} {{ --bg: {bg}; --ink: {ink}; }}"
        for kind in BlockKind
        for bg, ink in [KIND_COLOURS.get(kind, FALLBACK_COLOURS)]
    )
    return _STYLE % {
        "text": _TEXT,
        "kinds": kinds,
        "fallback_bg": FALLBACK_COLOURS[0],
        "fallback_ink": FALLBACK_COLOURS[1],
    }


def render_html(article: Article, *, title: str | None = None) -> str:
    """Return a self-contained HTML page showing what the parser made of *article*.

    The page shows the source text whole, each block coloured by its kind and
    labelled with its kind and rule, each quotation highlighted and linked to
    its speaker, and a side panel with the article's fields (see
    :doc:`/view`).  It loads nothing from anywhere: the style sheet is inline,
    there is no script, no font and no image.  Every text is escaped, and the
    characters a page cannot hold are shown as boxes that keep their code
    point (``<span class="ctl" data-code="0002">``).  The same article always
    gives the same page.

    :param article: A parsed article.
    :param title: The page's title; the article's headline when ``None``, or
        ``Untitled story`` when it has none.
    :returns: The page, a :class:`str` beginning ``<!DOCTYPE html>`` that
        declares UTF-8: write it with that encoding.
    :raises TypeError: If *article* is not an :class:`~wireparse.Article`.
    """
    if not isinstance(article, Article):
        raise TypeError(f"render_html expects an Article, not {type(article).__name__}")
    if title is None:
        title = article.headline or "Untitled story"
    title = " ".join(title.split()) or "Untitled story"
    speakers = _Speakers(article)
    marks = _marks(article, speakers)
    blocks = _rendered_blocks(article)
    pane = _source_pane(article, marks, blocks)
    ids = {f"block-{i}" for i, _ in blocks}
    ids.update(m.ident for m in marks if m.shown and m.ident is not None)
    panel = _Panel(article, speakers, blocks, ids).render(title)
    summary = ", ".join(
        [
            _plural(len(article.blocks), "block"),
            _plural(len(article.quotes), "quotation"),
            _plural(len(article.people), "source"),
            _plural(len(article.defects), "defect"),
        ]
    )
    return "".join(
        [
            "<!DOCTYPE html>\n",
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta name="generator" content="wireparse {_attr(__version__)}">\n',
            f"<title>{_plain(title)}</title>\n",
            f"<style>{_style()}</style>\n</head>\n<body>\n",
            f'<header class="top"><h1>{_esc(title)}</h1>',
            f"<p>What wireparse made of this story: {_esc(summary)}. Each block of the",
            " source is coloured by its kind and labelled with its rule;",
            ' <a href="#blocks">the colours</a> are in the side panel.</p></header>\n',
            '<div class="page">\n<main aria-label="Source text">',
            pane,
            "</main>\n",
            panel,
            "\n</div>\n</body>\n</html>\n",
        ]
    )
