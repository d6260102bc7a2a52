"""NITF 3.6 export: an article as a News Industry Text Format document.

:func:`~wireparse.to_nitf` writes an :class:`~wireparse.Article` as an `NITF 3.6
<https://iptc.org/standards/nitf/>`_ XML document (the IPTC's DTD, public
identifier ``-//IPTC//DTD NITF 3.6//EN``), and :func:`~wireparse.to_nitf_element` gives
the same document as an ``xml.etree.ElementTree.Element``.  Only the
standard library is used.  See :doc:`/nitf` for what goes where.

The elements follow the order of the DTD's content models::

    nitf
      head: title? docdata? revision-history?
        docdata: doc-id? date.issue? ed-msg* doc.copyright?
      body
        body.head: hedline? byline* distributor? dateline? abstract?
        body.content: (hl2 | p)*
        body.end: tagline?

Paragraphs keep their text exactly (their hard-wrapped lines joined, as in
:attr:`Paragraph.text <wireparse.Paragraph.text>`); quotations of speech are
marked inside them with ``<q>``, and the speakers named at the cues with
``<person>`` or ``<org>``, so that the text of a ``<p>``, its children
included, is the paragraph's text.  Quotation and speaker spans are offsets
into :attr:`Article.source <wireparse.Article.source>`: they are carried into
the paragraph's text through the line joins, and a span that cannot be
carried exactly, or that would cross another, is left unmarked rather than
risk the text.

Characters that XML 1.0 forbids (the C0 controls other than tab, line feed
and carriage return, which raw feeds carry; lone surrogates; U+FFFE and
U+FFFF) are removed from every text and attribute value: see
:func:`~wireparse.outputs.nitf.xml_text`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from wireparse.model import Article
from wireparse.reading.source import BLANK_CHARS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from xml.etree.ElementTree import Element

    from wireparse.model import Paragraph, Span, Speaker

__all__ = [
    "NITF_VERSION",
    "XML_DECLARATION",
    "norm_date",
    "to_nitf",
    "to_nitf_element",
    "xml_text",
]

#: The value of the ``version`` attribute of ``<nitf>``: the DTD's public identifier.
NITF_VERSION: Final = "-//IPTC//DTD NITF 3.6//EN"

#: The XML declaration that :func:`~wireparse.to_nitf` writes first.
XML_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>'

#: What XML 1.0 cannot carry, not even as a character reference (production [2] Char: #x9 | #xA |
#: #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]), for example ``\x0b`` (a vertical
#: tab) or a lone surrogate ``\ud800``.
_NOT_XML_CHAR: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Elements whose content model holds elements only: white space between their
# children means nothing, so pretty-printing may add it.  Every other element
# (p, q, hl1, byline, tagline...) has mixed content and is never touched.
_CONTAINERS: Final = frozenset(
    {
        "nitf",
        "head",
        "docdata",
        "body",
        "body.head",
        "hedline",
        "body.content",
        "body.end",
        "abstract",
    }
)
_INDENT: Final = "  "

# Words that name no one by themselves: a speaker mentioned so is not marked.
_PRONOUNS: Final = frozenset("he she they it we i you him her them".split())
_ARTICLES: Final = frozenset(("the", "a", "an"))
# The element of a speaker, by its SourceKind value; groups, documents and
# unknown sources are not marked.
_SPEAKER_TAGS: Final = {"person": "person", "organisation": "org"}

# An inline mark: (start, end, rank, tag, attributes), offsets into one text.
# At equal spans, the lower rank is the outer element.
_Mark = tuple[int, int, int, str, dict[str, str]]


def xml_text(text: str) -> str:
    """Return *text* without the characters that XML 1.0 cannot carry.

    Those are the C0 control characters other than tab, line feed and
    carriage return (raw feeds use SOH, STX, ETX, EOT, SYN... as framing),
    lone surrogates, U+FFFE and U+FFFF.  Every other character is kept.

    :param text: Any text.
    """
    return _NOT_XML_CHAR.sub("", text)


def to_nitf(
    article: Article,
    *,
    indent: bool = True,
    declaration: bool = True,
    doc_id: str | None = None,
) -> str:
    """Return *article* as an NITF 3.6 XML document.

    The document is well-formed XML 1.0 and follows the element order of the
    NITF 3.6 DTD.  No ``<!DOCTYPE>`` is written, so that no reader goes to
    the network for the DTD; the ``version`` attribute names it.

    :param article: A parsed article.
    :param indent: Put each element of the document's structure on a line of
        its own, indented by two spaces.  Text is never re-flowed: the
        content of ``<p>``, ``<hl1>``, ``<byline>``, ``<tagline>`` and the
        other elements of mixed content is written exactly.
    :param declaration: Begin with ``<?xml version="1.0" encoding="UTF-8"?>``.
        The result is a :class:`str`; encode it as UTF-8 to match.
    :param doc_id: An identifier for ``<doc-id id-string="...">``, or ``None``
        to write no ``<doc-id>``.
    :raises TypeError: If *article* is not an :class:`~wireparse.Article`.
    """
    from xml.etree import ElementTree

    root = to_nitf_element(article, doc_id=doc_id)
    if indent:
        _indent(root, 0)
    # A carriage return in character data would be read back as a line feed.
    document = ElementTree.tostring(root, encoding="unicode").replace("\r", "&#13;")
    head = XML_DECLARATION + "\n" if declaration else ""
    return head + document + ("\n" if indent else "")


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def to_nitf_element(article: Article, *, doc_id: str | None = None) -> Element:
    """Return *article* as the root ``<nitf>`` element of an NITF 3.6 document.

    The tree is not indented; :func:`~wireparse.to_nitf` indents and serialises it.
    Text and attribute values are already cleaned with
    :func:`~wireparse.outputs.nitf.xml_text`.
    Serialising the element yourself, note that ``xml.etree.ElementTree``
    writes a carriage return in text as is, which a parser reads back as a
    line feed.

    :param article: A parsed article.
    :param doc_id: An identifier for ``<doc-id id-string="...">``, or ``None``.
        The root carries the article's language as ``xml:lang`` when it is known.
    :raises TypeError: If *article* is not an :class:`~wireparse.Article`.
    """
    if not isinstance(article, Article):
        raise TypeError(f"to_nitf expects an Article, not {type(article).__name__}")
    from xml.etree import ElementTree

    root = ElementTree.Element("nitf", {"version": NITF_VERSION})
    if article.language is not None:
        # The story's language, as NITF's global attribute (``<nitf xml:lang="de">``).
        root.set(_XML_LANG, xml_text(article.language))
    _head(_sub(root, "head"), article, doc_id)
    body = _sub(root, "body")
    _body_head(_sub(body, "body.head"), article)
    _body_content(_sub(body, "body.content"), article)
    _body_end(_sub(body, "body.end"), article)
    for part in list(body):
        if not len(part):
            body.remove(part)
    return root


# --------------------------------------------------------------------------
# head


def _head(head: Element, article: Article, doc_id: str | None) -> None:
    if article.headline:
        _sub(head, "title", text=article.headline)
    docdata = _sub(head, "docdata")
    if doc_id is not None:
        _sub(docdata, "doc-id", {"id-string": doc_id})
    if article.published is not None:
        _sub(docdata, "date.issue", {"norm": norm_date(article.published)})
    for note in article.notes:
        _sub(docdata, "ed-msg", {"info": note.text})
    notice = article.copyright
    if notice is not None and (notice.year is not None or notice.holder):
        attrib = {}
        if notice.year is not None:
            attrib["year"] = str(notice.year)
        if notice.holder:
            attrib["holder"] = notice.holder
        _sub(docdata, "doc.copyright", attrib)
    if not len(docdata):
        head.remove(docdata)
    # The published time falls back to the update time: a revision at the
    # time of issue would say nothing.
    updated = getattr(article, "updated", None)
    if isinstance(updated, dt.date) and updated != article.published:
        _sub(head, "revision-history", {"norm": norm_date(updated)})


def norm_date(value: dt.date) -> str:
    """Return *value* in the ISO 8601 basic form of NITF's ``norm`` attributes.

    A time with a zone gives ``20260303T184000-0500``; a time without one
    gives ``20260303T184000`` (the zone is not known, so none is claimed); a
    date gives ``20260303T000000``, as the standard asks when no time is
    known.  Fractions of a second are dropped.

    :param value: A date or a time.
    """
    text = f"{value.year:04d}{value.month:02d}{value.day:02d}T"
    if not isinstance(value, dt.datetime):
        return text + "000000"
    text += f"{value.hour:02d}{value.minute:02d}{value.second:02d}"
    offset = value.utcoffset()
    if offset is None:
        return text
    seconds = int(offset.total_seconds())
    minutes = abs(seconds) // 60
    return text + ("-" if seconds < 0 else "+") + f"{minutes // 60:02d}{minutes % 60:02d}"


# --------------------------------------------------------------------------
# body.head


def _body_head(head: Element, article: Article) -> None:
    if article.headline:
        _sub(_sub(head, "hedline"), "hl1", text=article.headline)
    byline = article.byline
    if byline is not None:
        persons = [
            ("person", n, {"value": d})
            for n, d in zip(byline.names, byline.display_names, strict=False)
        ]
        org_rank = len(persons) + 1
        marks = _find_marks(
            byline.text,
            [
                *persons,
                ("byttl", byline.title, {}),
                ("byttl", byline.organisation, {}),
                ("location", byline.location, {}),
            ],
        )
        # The organisation is a title naming an organisation: <byttl><org>.
        marks += [(s, e, r + 1, "org", {}) for s, e, r, _, _ in marks if r == org_rank]
        _fill(_sub(head, "byline"), byline.text, _nested(marks))
    else:
        for fragment in article.bylines:
            _sub(head, "byline", text=fragment.text)
    if article.agency:
        _sub(head, "distributor", text=article.agency)
    dateline = article.dateline
    if dateline is not None:
        date_attrib = {"norm": norm_date(dateline.date)} if dateline.date else {}
        marks = _find_marks(
            dateline.text,
            [("location", dateline.place, {}), ("story.date", dateline.date_text, date_attrib)],
        )
        _fill(_sub(head, "dateline"), dateline.text, _nested(marks))
    if article.highlights:
        abstract = _sub(head, "abstract")
        for fragment in article.highlights:
            _sub(abstract, "p", text=fragment.text)


def _find_marks(text: str, wanted: Iterable[tuple[str, str | None, dict[str, str]]]) -> list[_Mark]:
    """Mark each wanted phrase where it is written in *text*, in order."""
    marks: list[_Mark] = []
    pos = 0
    for rank, (tag, phrase, attrib) in enumerate(wanted):
        if not phrase:
            continue
        start = text.find(phrase, pos)
        if start < 0:
            start = text.find(phrase)
        if start >= 0:
            marks.append((start, start + len(phrase), rank, tag, attrib))
            pos = start + len(phrase)
    return marks


# --------------------------------------------------------------------------
# body.content


def _body_content(content: Element, article: Article) -> None:
    paragraphs = article.paragraphs
    marks = _inline_marks(article, paragraphs)
    index = 0
    for section in article.sections:
        if section.heading is not None:
            _sub(content, "hl2", text=section.heading)
        for paragraph in section.paragraphs:
            _fill(_sub(content, "p"), paragraph.text, marks.get(index, ()))
            index += 1


def _inline_marks(article: Article, paragraphs: tuple[Paragraph, ...]) -> dict[int, list[_Mark]]:
    """The ``<q>``, ``<person>`` and ``<org>`` marks of each paragraph, by index."""
    starts = [p.span.start for p in paragraphs]
    quotes: dict[int, list[tuple[Span, str]]] = {}
    for quote in article.quotes:
        for piece in quote.pieces:
            k = _paragraph_of(piece, starts, paragraphs)
            if k is not None:
                quotes.setdefault(k, []).append((piece, quote.kind.value))
    speakers: dict[int, dict[tuple[int, int], Speaker]] = {}
    cited = [q.speaker for q in article.quotes] + [a.speaker for a in article.attributions]
    for speaker in cited:
        if speaker is None:
            continue
        k = _paragraph_of(speaker.mention_span, starts, paragraphs)
        if k is not None:
            span = speaker.mention_span
            speakers.setdefault(k, {}).setdefault((span.start, span.end), speaker)
    out: dict[int, list[_Mark]] = {}
    for k in sorted(quotes.keys() | speakers.keys()):
        text = paragraphs[k].text
        to_text = _offset_map(article.source, paragraphs[k])
        if to_text is None:
            continue
        q_marks: list[_Mark] = []
        for span, kind in quotes.get(k, ()):
            carried = to_text(span)
            # A quotation of nothing but control characters would be an empty <q>.
            if carried is not None and xml_text(text[carried[0] : carried[1]]):
                q_marks.append((*carried, 0, "q", {"class": kind}))
        q_marks = _nested(q_marks)
        # A speaker's mention is never inside a quotation: one that would
        # overlap a quotation is left unmarked, so that quotations always win.
        outer = _outermost(q_marks)
        ends = [m[1] for m in outer]
        p_marks: list[_Mark] = []
        for speaker in speakers.get(k, {}).values():
            carried = to_text(speaker.mention_span)
            tag = _speaker_tag(speaker)
            if carried is None or tag is None:
                continue
            a, b = carried
            i = bisect.bisect_right(ends, a)
            if i < len(outer) and outer[i][0] < b:
                continue
            p_marks.append((a, b, 1, tag, {"value": speaker.name}))
        marks = _nested(q_marks + p_marks)
        if marks:
            out[k] = marks
    return out


def _speaker_tag(speaker: Speaker) -> str | None:
    """``person`` or ``org`` for a speaker mentioned by name at its cue, else ``None``.

    A pronoun (``he``) or a description (``a spokesman``, ``the board``) is
    not a name: only a mention with a capitalised word after its article is.
    """
    words = speaker.mention.split()
    if words and words[0].casefold() in _ARTICLES:
        words = words[1:]
    if not words or " ".join(words).casefold() in _PRONOUNS:
        return None
    if not any(w[:1].isupper() for w in words):
        return None
    # By value: wireparse.quotations.people is loaded with the first parse, not at import.
    return _SPEAKER_TAGS.get(speaker.kind.value)


def _paragraph_of(span: Span, starts: list[int], paragraphs: tuple[Paragraph, ...]) -> int | None:
    k = bisect.bisect_right(starts, span.start) - 1
    if k >= 0 and paragraphs[k].span.contains(span) and span.start < span.end:
        return k
    return None


class _OffsetMap:
    """Carries source offsets inside one paragraph into the paragraph's text."""

    __slots__ = ("_map", "_source", "_start", "_text")

    def __init__(self, source: str, start: int, text: str, table: list[int] | None) -> None:
        self._source = source
        self._start = start
        self._text = text
        self._map = table

    def __call__(self, span: Span) -> tuple[int, int] | None:
        a, b = span.start - self._start, span.end - self._start
        if self._map is None:
            return a, b
        ta, tb = self._map[a], self._map[b]
        # The carried span must hold the same characters, white space aside.
        raw = self._source[span.start : span.end]
        if ta >= tb or _solid(raw) != _solid(self._text[ta:tb]):
            return None
        return ta, tb


def _offset_map(source: str, paragraph: Paragraph) -> _OffsetMap | None:
    """Map the paragraph's source offsets to its text, or ``None`` if they differ.

    The text is the source's lines trimmed and joined by single spaces, so the
    two are walked together: equal characters advance both, blank characters
    of the source (line breaks, indentation) are skipped, and a space of the
    text with nothing in the source is a join.  Anything else means the text
    is not made so, and nothing is marked in the paragraph.
    """
    start, end = paragraph.span.start, paragraph.span.end
    raw = source[start:end]
    text = paragraph.text
    if raw == text:
        return _OffsetMap(source, start, text, None)
    table = [0] * (len(raw) + 1)
    i = j = 0
    n, m = len(raw), len(text)
    while i < n:
        c = raw[i]
        table[i] = j
        if j < m and c == text[j]:
            i += 1
            j += 1
        elif c in BLANK_CHARS or c.isspace():
            i += 1
        elif j < m and text[j] == " ":
            j += 1
        else:
            return None
    table[n] = j
    if text[j:].strip(" "):
        return None
    return _OffsetMap(source, start, text, table)


def _solid(text: str) -> str:
    return "".join(c for c in text if not (c in BLANK_CHARS or c.isspace()))


def _nested(marks: list[_Mark]) -> list[_Mark]:
    """Sort *marks* and keep those that nest: a mark crossing an earlier one goes."""
    out: list[_Mark] = []
    stack: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (m[0], -m[1], m[2])):
        start, end, _, tag, _ = mark
        if start >= end:
            continue
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack:
            top = stack[-1]
            if end > top[1] or (top[0], top[1], top[3]) == (start, end, tag):
                continue
        stack.append(mark)
        out.append(mark)
    return out


def _outermost(marks: list[_Mark]) -> list[_Mark]:
    """The marks of a nested, sorted list that no other mark contains."""
    out: list[_Mark] = []
    for mark in marks:
        if not out or mark[0] >= out[-1][1]:
            out.append(mark)
    return out


# --------------------------------------------------------------------------
# body.end


def _body_end(end: Element, article: Article) -> None:
    # Credits read from a bare string have no span: they go last.
    after = len(article.source)
    items = [(c.span.start if c.span else after, "credit", c.text) for c in article.credits]
    items += [(t.span.start, "tagline", t.text) for t in article.taglines]
    notice = article.copyright
    if notice is not None:
        items.append((notice.span.start, "copyright", notice.text))
    if not items:
        return
    tagline = _sub(end, "tagline")
    for n, (_, kind, text) in enumerate(sorted(items)):
        if n:
            _sub(tagline, "br")
        if kind != "copyright" or notice is None:
            _append(tagline, text)
            continue
        year = str(notice.year) if notice.year is not None else None
        marks = _find_marks(
            text, [("copyrite.year", year, {}), ("copyrite.holder", notice.holder, {})]
        )
        _fill(_sub(tagline, "copyrite"), text, _nested(marks))


# --------------------------------------------------------------------------
# Tree helpers


def _sub(
    parent: Element,
    tag: str,
    attrib: Mapping[str, str] | None = None,
    *,
    text: str | None = None,
) -> Element:
    """Append a child element, with its text and attributes made XML-safe."""
    child = parent.makeelement(tag, {k: xml_text(v) for k, v in (attrib or {}).items()})
    parent.append(child)
    if text:
        child.text = xml_text(text)
    return child


def _append(parent: Element, text: str) -> None:
    """Add *text* after the last child of *parent*, or to its text."""
    text = xml_text(text)
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _fill(parent: Element, text: str, marks: Iterable[_Mark]) -> None:
    """Write *text* into *parent*, each mark an element around its span.

    The marks must be sorted and nested (see :func:`_nested`).  The text of
    *parent*, children included, is then ``xml_text(text)``.
    """
    open_: list[tuple[Element, int]] = [(parent, len(text))]
    pos = 0
    for start, end, _, tag, attrib in marks:
        while len(open_) > 1 and open_[-1][1] <= start:
            element, stop = open_.pop()
            _append(element, text[pos:stop])
            pos = stop
        _append(open_[-1][0], text[pos:start])
        open_.append((_sub(open_[-1][0], tag, attrib), end))
        pos = start
    while open_:
        element, stop = open_.pop()
        _append(element, text[pos:stop])
        pos = stop


def _indent(element: Element, level: int) -> None:
    """Indent the children of structural elements, never mixed content."""
    if element.tag not in _CONTAINERS or not len(element):
        return
    inner = "\n" + _INDENT * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + _INDENT * level
