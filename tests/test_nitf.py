"""NITF 3.6 export: the document read back with ElementTree, on our own stories.

Every story here was written for these tests, imitating the conventions of
wire copy; none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import wireparse
from wireparse import Article, Paragraph, Section, Span, WireparseError
from wireparse.model import Quote, QuoteKind
from wireparse.outputs.nitf import NITF_VERSION, norm_date, to_nitf, to_nitf_element, xml_text

from .strategies import NAMES, WORDS, Generated, articles

# A web story: byline with a title, Posted and Updated timestamps, a dated
# dateline, a quotation in two pieces over two paragraphs (the AP convention),
# a partial quotation, a subheading, an editor's note, a credit, the wire's
# tagline and a copyright notice; markup characters in the headline and body.
STORY = """\
Ferry timetable wins council vote after "long & loud" debate

By Odile Marsh, Example Wire Harbor Correspondent

Posted 9:15 AM, March 3, 2026
Updated 4:05 PM, March 3, 2026

PORTVALE, Examplia, March 3, 2026 (Example Wire) -- The harbor council voted \
on Tuesday to add early ferry crossings for workers, ending a debate that ran \
past midnight.

"We listened to the people who ride the boats every day," council chair Ilse \
Varga said. "The early crossing was the first thing they asked for.

"It will take some weeks to train the crews, but by summer every landing will \
have a boat before seven."

Pilots and crews

The pilots' union said the plan was workable if the council paid for two more \
boats.

Varga said the money would come from the harbor's reserve fund, which holds \
<2 million crowns & "a little more" ]]> than last year.

Editor's note: An earlier version of this story gave the wrong day of the vote.

Kofi Brandt contributed to this report.

The-Example-Wire

Copyright 2026 Example Wire Media, Inc. All rights reserved.
"""

# Reuters-style copy: four-space indents and hard-wrapped lines, so that the
# paragraphs' text (lines joined) differs from their source.
WRAPPED = """\
Ferry crews to train over the winter

    PORTVALE, Examplia, March 3 (Reuters) - The harbor council on
Tuesday approved a new ferry timetable, adding early crossings for
workers, its chair said.
    "It will take some weeks to train the crews, but by summer every
landing will have a boat before seven," council chair Ilse Varga told
reporters after the vote.
    "We asked the pilots first," she said.
"""

# An ANPA-1312 feed story: SYN SYN SOH header, STX, display lines, ETX
# signature, EOT; and a stray BEL and ESC inside the body copy.
FEED = (
    "\x16\x16\x01w0815\x1fharbor\n"
    "a i\x13\x11 BC-EX--Ferry-Timetable   03-03 0230\r\n"
    "\x02^BC-EX--Ferry Timetable,0229<\r\n"
    "^Council adds early ferry crossings<\r\n"
    "^By SIGNE OKAFOR=\r\n"
    "^Associated Press=\r\n"
    "\t   PORTVALE, Examplia (AP) _ The harbor council added early ferry\x07 crossings"
    " on Tuesday.\r\n"
    " \r\n"
    "\t   ``It is what the riders asked for,'' said Ilse Varga, the council chair.\x1b\r\n"
    "\r\n"
    "\t   \x03AP-WF-03-03-26 1705GMT<\r\n"
    "\x0c\r\n"
    "\x04"
)

# Characters that XML 1.0 cannot carry, even as character references.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def nitf_of(article: Article, *, indent: bool = True) -> ET.Element:
    """Export *article* and read the document back."""
    return ET.fromstring(to_nitf(article, indent=indent))


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def find(root: ET.Element, path: str) -> ET.Element:
    element = root.find(path)
    assert element is not None, path
    return element


def children(element: ET.Element) -> list[str]:
    return [child.tag for child in element]


@pytest.fixture(scope="module")
def story() -> Article:
    return wireparse.parse(STORY)


@pytest.fixture(scope="module")
def root(story: Article) -> ET.Element:
    return nitf_of(story)


# --------------------------------------------------------------------------
# The document, element by element


def test_declaration_and_root(story: Article) -> None:
    xml = to_nitf(story)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<nitf ')
    assert xml.endswith("</nitf>\n")
    assert "<!DOCTYPE" not in xml
    root = ET.fromstring(xml)
    assert root.tag == "nitf"
    assert root.attrib["version"] == "-//IPTC//DTD NITF 3.6//EN" == NITF_VERSION
    assert root.attrib == {"version": NITF_VERSION, XML_LANG: story.language}


def test_the_root_carries_the_language_when_known() -> None:
    german = wireparse.parse(
        "Fähre fährt wieder\n\nBremen (dpa) - Die Fähre über die Weser fährt seit Montag "
        "wieder, wie ein Sprecher der Stadt sagte.\n"
    )
    assert ET.fromstring(to_nitf(german)).attrib[XML_LANG] == "de"
    unknown = attrs.evolve(german, language=None)
    assert XML_LANG not in ET.fromstring(to_nitf(unknown)).attrib


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_elements_in_dtd_order(root: ET.Element) -> None:
    assert children(root) == ["head", "body"]
    assert children(find(root, "head")) == ["title", "docdata", "revision-history"]
    assert children(find(root, "head/docdata")) == ["date.issue", "ed-msg", "doc.copyright"]
    assert children(find(root, "body")) == ["body.head", "body.content", "body.end"]
    assert children(find(root, "body/body.head")) == [
        "hedline",
        "byline",
        "distributor",
        "dateline",
    ]
    assert children(find(root, "body/body.content")) == ["p", "p", "p", "hl2", "p", "p"]
    assert children(find(root, "body/body.end")) == ["tagline"]


def test_head(root: ET.Element) -> None:
    headline = 'Ferry timetable wins council vote after "long & loud" debate'
    assert find(root, "head/title").text == headline
    assert find(root, "head/docdata/date.issue").attrib == {"norm": "20260303T091500"}
    assert find(root, "head/revision-history").attrib == {"norm": "20260303T160500"}
    assert find(root, "head/docdata/ed-msg").attrib == {
        "info": "Editor's note: An earlier version of this story gave the wrong day of the vote."
    }
    assert find(root, "head/docdata/doc.copyright").attrib == {
        "year": "2026",
        "holder": "Example Wire Media, Inc.",
    }


def test_update_at_the_time_of_issue(story: Article) -> None:
    # The published time falls back to the update time: no revision then.
    same = attrs.evolve(story, updated=story.published)
    head = find(nitf_of(same), "head")
    assert children(head) == ["title", "docdata"]
    assert find(head, "docdata/date.issue").attrib == {"norm": "20260303T091500"}
    none = attrs.evolve(story, published=None, updated=None)
    assert children(find(nitf_of(none), "head/docdata")) == ["ed-msg", "doc.copyright"]


def test_body_head(root: ET.Element) -> None:
    head = find(root, "body/body.head")
    assert find(head, "hedline/hl1").text == (
        'Ferry timetable wins council vote after "long & loud" debate'
    )
    byline = find(head, "byline")
    assert text_of(byline) == "By Odile Marsh, Example Wire Harbor Correspondent"
    assert find(byline, "person").text == "Odile Marsh"
    assert find(byline, "person").attrib == {"value": "Odile Marsh"}
    assert find(byline, "byttl").text == "Example Wire Harbor Correspondent"
    assert find(head, "distributor").text == "Example Wire"
    dateline = find(head, "dateline")
    assert text_of(dateline) == "PORTVALE, Examplia, March 3, 2026 (Example Wire) --"
    assert find(dateline, "location").text == "PORTVALE, Examplia"
    assert find(dateline, "story.date").text == "March 3, 2026"
    assert find(dateline, "story.date").attrib == {"norm": "20260303T000000"}


def test_sections_and_paragraphs(story: Article, root: ET.Element) -> None:
    content = find(root, "body/body.content")
    assert [h.text for h in content.iter("hl2")] == ["Pilots and crews"]
    ps = content.findall("p")
    assert len(ps) == 5
    assert [text_of(p) for p in ps] == [p.text for p in story.paragraphs]
    assert text_of(ps[4]) == (
        "Varga said the money would come from the harbor's reserve fund, which holds "
        '<2 million crowns & "a little more" ]]> than last year.'
    )


def test_quotations(story: Article, root: ET.Element) -> None:
    ps = find(root, "body/body.content").findall("p")
    qs = [q for p in ps for q in p.iter("q")]
    assert [(text_of(q), q.get("class")) for q in qs] == [
        ("We listened to the people who ride the boats every day,", "full"),
        ("The early crossing was the first thing they asked for.", "full"),
        (
            "It will take some weeks to train the crews, but by summer every landing "
            "will have a boat before seven.",
            "full",
        ),
        ("a little more", "partial"),
    ]
    # The quotation in two pieces is one <q> in each of its paragraphs, and
    # the pieces joined give the quotation's text.
    two = story.quotes[1]
    assert len(two.pieces) == 2
    assert f"{text_of(qs[1])} {text_of(qs[2])}" == two.text
    assert [len(list(p.iter("q"))) for p in ps] == [0, 2, 1, 0, 1]
    # Every quotation of the story is marked.
    assert [text_of(q) for q in qs] == [
        story.source[piece.start : piece.end] for q in story.quotes for piece in q.pieces
    ]


def test_speakers_named_at_cues(root: ET.Element) -> None:
    ps = find(root, "body/body.content").findall("p")
    people = [(p.text, p.attrib) for para in ps for p in para.iter("person")]
    assert people == [
        ("council chair Ilse Varga", {"value": "Ilse Varga"}),
        ("Varga", {"value": "Ilse Varga"}),
    ]
    # The last paragraph opens with the speaker: nothing before <person>.
    assert ps[4].text is None
    assert ps[4][0].tag == "person"


def test_body_end(root: ET.Element) -> None:
    tagline = find(root, "body/body.end/tagline")
    assert children(tagline) == ["br", "br", "copyrite"]
    assert tagline.text == "Kofi Brandt contributed to this report."
    assert tagline[0].tail == "The-Example-Wire"
    copyrite = find(tagline, "copyrite")
    assert text_of(copyrite) == "Copyright 2026 Example Wire Media, Inc. All rights reserved."
    assert find(copyrite, "copyrite.year").text == "2026"
    assert find(copyrite, "copyrite.holder").text == "Example Wire Media, Inc."


def test_escaping_is_exact(story: Article) -> None:
    xml = to_nitf(story)
    assert "&lt;2 million crowns &amp; " in xml
    assert "]]&gt; than last year" in xml
    assert "&quot;long &amp; loud&quot;" not in xml  # text, not an attribute
    assert '"long &amp; loud" debate</hl1>' in xml


def test_doc_id_and_declaration(story: Article) -> None:
    xml = to_nitf(story, declaration=False, doc_id='AP-<1>&"2"')
    assert xml.startswith("<nitf ")
    root = ET.fromstring(xml)
    docdata = find(root, "head/docdata")
    assert children(docdata)[0] == "doc-id"
    assert find(docdata, "doc-id").attrib == {"id-string": 'AP-<1>&"2"'}


def test_element_is_the_same_document(story: Article) -> None:
    element = to_nitf_element(story)
    assert element.tag == "nitf"
    assert ET.tostring(element, encoding="unicode") == to_nitf(
        story, indent=False, declaration=False
    )


def test_indent_never_touches_mixed_content(story: Article) -> None:
    structure = {"nitf", "head", "docdata", "body", "body.head", "hedline", "body.content"}
    structure.add("body.end")
    pretty, compact = nitf_of(story), nitf_of(story, indent=False)
    parents = {child: parent for parent in pretty.iter() for child in parent}
    for a, b in zip(pretty.iter(), compact.iter(), strict=True):
        assert (a.tag, a.attrib) == (b.tag, b.attrib)
        if a.tag in structure:
            assert not (a.text or "").strip()
        else:
            assert a.text == b.text
        if a in parents and parents[a].tag not in structure:
            assert a.tail == b.tail
    assert sum(1 for e in pretty.iter() if e.tag not in structure) > 20
    xml = to_nitf(story, indent=False)
    assert xml.count("\n") == 1  # after the declaration only


def test_hard_wrapped_paragraphs() -> None:
    article = wireparse.parse(WRAPPED)
    root = nitf_of(article)
    ps = find(root, "body/body.content").findall("p")
    assert [text_of(p) for p in ps] == [p.text for p in article.paragraphs]
    qs = [text_of(q) for p in ps for q in p.iter("q")]
    # The quotation runs over a line break in the source: its <q> holds the
    # paragraph's text, the lines joined.
    assert "\n" in article.quotes[0].span.of(article.source)
    assert qs == [q.text for q in article.quotes]
    assert qs[0] == (
        "It will take some weeks to train the crews, but by summer every landing "
        "will have a boat before seven,"
    )
    # "she" names no one: only the named mention is marked.
    assert [p.text for para in ps for p in para.iter("person")] == ["council chair Ilse Varga"]
    assert find(root, "body/body.head/dateline/story.date").attrib == {}


def test_feed_story_with_control_characters() -> None:
    article = wireparse.parse(FEED)
    assert article.format == "anpa1312"
    assert NOT_XML.search(article.source)
    assert not any(NOT_XML.search(p.text) for p in article.paragraphs)
    xml = to_nitf(article)
    assert not NOT_XML.search(xml)
    root = ET.fromstring(xml)
    ps = find(root, "body/body.content").findall("p")
    assert [text_of(p) for p in ps] == [xml_text(p.text) for p in article.paragraphs]
    assert text_of(ps[0]) == (
        "PORTVALE, Examplia (AP) _ The harbor council added early ferry crossings on Tuesday."
    )
    assert [text_of(q) for q in ps[1].iter("q")] == ["It is what the riders asked for,"]
    assert find(root, "head/title").text == "Council adds early ferry crossings"
    assert find(root, "body/body.head/distributor").text == "AP"
    assert find(root, "head/docdata/date.issue").attrib == {"norm": "20260303T170500+0000"}


def test_control_characters_and_carriage_returns_in_fields() -> None:
    article = Article(
        source="x",
        headline="Harbor\x01 bridge\r\nreopens\tat dawn\x1f",
        notes=(wireparse.Fragment("Eds:\x02 note\rwith\nbreaks\t", Span(0, 1)),),
    )
    root = nitf_of(article)
    assert find(root, "head/title").text == "Harbor bridge\r\nreopens\tat dawn"
    assert find(root, "body/body.head/hedline/hl1").text == "Harbor bridge\r\nreopens\tat dawn"
    assert find(root, "head/docdata/ed-msg").get("info") == "Eds: note\rwith\nbreaks\t"


def test_xml_text() -> None:
    assert xml_text("a\x00b\x01c\x08d\x0be\x0cf\x0eg\x1fh") == "abcdefgh"
    assert xml_text("tab\tlf\ncr\r") == "tab\tlf\ncr\r"
    assert xml_text("lone \ud800 surrogate \ufffe\uffff") == "lone  surrogate "
    assert (
        xml_text("del\x7f nbsp\xa0 emoji\U0001f600 \ufffd")
        == "del\x7f nbsp\xa0 emoji\U0001f600 \ufffd"
    )


def test_empty_article() -> None:
    xml = to_nitf(Article(source=""))
    root = ET.fromstring(xml)
    assert children(root) == ["head", "body"]
    assert len(find(root, "head")) == 0
    assert len(find(root, "body")) == 0


@pytest.mark.parametrize(
    ("value", "norm"),
    [
        (
            dt.datetime(2017, 11, 7, 17, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "20171107T171500-0500",
        ),
        (dt.datetime(2017, 11, 7, 17, 15, 9, 500, tzinfo=dt.UTC), "20171107T171509+0000"),
        (
            dt.datetime(2017, 11, 7, 7, 5, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            "20171107T070500+0530",
        ),
        (
            dt.datetime(2017, 11, 7, 7, 5, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30))),
            "20171107T070500-0330",
        ),
        (dt.datetime(2017, 11, 7, 17, 15), "20171107T171500"),
        (dt.date(2017, 11, 7), "20171107T000000"),
        (dt.date(987, 1, 2), "09870102T000000"),
    ],
)
def test_norm_date(value: dt.date, norm: str) -> None:
    assert norm_date(value) == norm


def test_not_an_article() -> None:
    with pytest.raises(TypeError, match="Article"):
        to_nitf(STORY)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_nitf_element(None)  # type: ignore[arg-type]


def test_package_exports() -> None:
    assert wireparse.to_nitf is to_nitf
    assert wireparse.to_nitf_element is to_nitf_element
    assert {"to_nitf", "to_nitf_element"} <= set(wireparse.__all__)


# --------------------------------------------------------------------------
# Quotation spans that cannot be written as they are


def quote(start: int, end: int, *pieces: tuple[int, int]) -> Quote:
    spans = tuple(Span(a, b) for a, b in pieces) or (Span(start, end),)
    return Quote("", Span(start, end), spans, Span(start, start), None, QuoteKind.FULL)


def article_with(text: str, quotes: list[Quote]) -> Article:
    """An article of blank-line paragraphs of *text*, with the quotes given."""
    paragraphs = tuple(
        Paragraph(m.group(), Span(m.start(), m.end())) for m in re.finditer(r"[^\n]+", text)
    )
    return Article(source=text, sections=(Section(None, None, paragraphs),), quotes=tuple(quotes))


def test_nested_crossing_and_stray_quotes() -> None:
    text = "abcdefghijklmnopqrstuvwxyz\n0123456789"
    article = article_with(
        text,
        [
            quote(2, 20),  # outer
            quote(5, 10),  # nested in the outer one
            quote(6, 8),  # nested twice
            quote(15, 24),  # crosses the outer one: left out
            quote(2, 20),  # the same span again: once is enough
            quote(20, 22),  # starts where the outer one ends
            quote(12, 12),  # empty
            quote(25, 30),  # runs over the paragraph break
            quote(30, 40),  # beyond the text
            quote(27, 29, (27, 28), (28, 29)),  # two adjacent pieces
        ],
    )
    root = nitf_of(article)
    ps = find(root, "body/body.content").findall("p")
    assert [text_of(p) for p in ps] == ["abcdefghijklmnopqrstuvwxyz", "0123456789"]
    outer = ps[0][0]
    assert (outer.tag, text_of(outer)) == ("q", "cdefghijklmnopqrst")
    assert text_of(outer[0]) == "fghij"
    assert text_of(outer[0][0]) == "gh"
    assert [text_of(q) for q in ps[0].iter("q")] == ["cdefghijklmnopqrst", "fghij", "gh", "uv"]
    assert [text_of(q) for q in ps[1].iter("q")] == ["0", "1"]


def test_text_that_is_not_the_source_is_left_unmarked() -> None:
    text = '"Harbor," she said.'
    article = article_with(text, [quote(1, 8)])
    changed = attrs.evolve(
        article,
        sections=(Section(None, None, (Paragraph('"Ferry," she said.', Span(0, len(text))),)),),
    )
    p = find(nitf_of(changed), "body/body.content/p")
    assert (p.text, len(p)) == ('"Ferry," she said.', 0)
    assert find(nitf_of(article), "body/body.content/p/q").text == "Harbor,"


# --------------------------------------------------------------------------
# Properties


def check_document(article: Article) -> ET.Element:
    """The export parses, holds no forbidden character, and loses no text."""
    xml = to_nitf(article)
    assert not NOT_XML.search(xml)
    root = ET.fromstring(xml)
    content = root.find("body/body.content")
    ps = [] if content is None else content.findall("p")
    assert [text_of(p) for p in ps] == [xml_text(p.text) for p in article.paragraphs]
    compact = ET.fromstring(to_nitf(article, indent=False))
    assert [text_of(p) for p in compact.iter("p")] == [text_of(p) for p in root.iter("p")]
    for p in ps:
        for q in p.iter("q"):
            assert text_of(q)
            assert text_of(q) in text_of(p)
    return root


@given(articles())
def test_generated_articles(gen: Generated) -> None:
    article = wireparse.parse(gen.text)
    root = check_document(article)
    assert [h.text for h in root.iter("hl2")] == [s.heading for s in article.sections if s.heading]
    if article.headline is not None:
        assert find(root, "body/body.head/hedline/hl1").text == xml_text(article.headline)
    if article.copyright is not None:
        assert text_of(find(root, "body/body.end/tagline/copyrite")) == article.copyright.text


@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    try:
        article = wireparse.parse(text)
    except WireparseError:
        assume(False)
        raise
    check_document(article)


MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''"]


@st.composite
def quoted_paragraphs(draw: st.DrawFn) -> str:
    """Paragraphs thick with quotation marks, names and cues, some hard-wrapped."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        parts = []
        for _ in range(draw(st.integers(1, 12))):
            parts.append(
                draw(
                    st.one_of(
                        st.sampled_from(WORDS),
                        st.sampled_from(NAMES),
                        st.sampled_from(["said", "told reporters", "he said", "she added", "."]),
                        st.sampled_from(MARKS),
                        st.builds("".join, st.lists(st.sampled_from(MARKS + WORDS), max_size=3)),
                    )
                )
            )
        paragraphs.append(" ".join(parts))
    if draw(st.booleans()):
        # Reuters layout: four-space indent, lines wrapped at 40 columns.
        out = []
        for paragraph in paragraphs:
            lines = re.findall(r".{1,40}(?:\s|$)", paragraph) or [paragraph]
            out.append("    " + "\n".join(line.rstrip() for line in lines))
        return "Harbor story\n\n" + "\n".join(out) + "\n"
    return "Harbor story\n\n" + "\n\n".join(paragraphs) + "\n"


@given(quoted_paragraphs())
def test_quote_heavy_text(text: str) -> None:
    article = wireparse.parse(text)
    root = check_document(article)
    pieces = {
        " ".join(text.split())
        for q in article.quotes
        for piece in q.pieces
        for text in [article.source[piece.start : piece.end]]
    }
    for q in root.iter("q"):
        assert " ".join(text_of(q).split()) in pieces
