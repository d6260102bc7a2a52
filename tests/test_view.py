"""The HTML view: pages read back with the standard library's HTML parser.

Every story here was written for these tests, imitating the conventions of
wire copy; none is copied from a real article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import resources

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import Article, BlockKind, Defect, DefectCode, Span
from wireparse.outputs.view import FALLBACK_COLOURS, KIND_COLOURS, render_html

from .strategies import Generated, articles

# A web story: a headline with markup characters, a byline with a title,
# Posted and Updated timestamps, a dated dateline, a quotation with no
# speaker, a quotation in two pieces over two paragraphs, a partial
# quotation, a nickname in quotation marks, a subheading, an attribution
# without marks, an editor's note, a credit, the wire's tagline and a notice.
STORY = """\
Night ferry <returns> to Gull Island & the "old" pier

By Signe Okafor, Example Wire Island Correspondent

Posted 7:10 AM, April 9, 2026
Updated 11:45 AM, April 9, 2026

GULL ISLAND, Examplia, April 9, 2026 (Example Wire) -- The night ferry to Gull \
Island sailed again on Wednesday, three winters after the last boat was tied up \
for good.

"Nobody here believed it would come back."

"We counted every crossing," harbor master Lucian Dray said. "The islanders \
wrote letters for three years.

"Now the lights are on at the pier again."

The council called the timetable a "fair compromise" between the crews and the \
islanders. The boat, known as the "Night Owl," carries forty people.

Crews and costs

Dray said the council would pay for the fuel until the end of the year.

Editor's note: An earlier version of this story gave the wrong day of the first crossing.

Jonas Pell contributed to this report.

The-Example-Wire

Copyright 2026 Example Wire Media, Inc. All rights reserved.
"""

HEADLINE = 'Night ferry <returns> to Gull Island & the "old" pier'

# A raw ZCZC story of our own, framed as AAP frames its copy.
ZCZC_STORY = (
    "ZCZC AAP\n^Ferry returns to Gull Island\n:Ferry\n$General News\n"
    "GULL ISLAND, April 9 AAP - The night ferry sailed again on Wednesday after "
    "three winters tied up at the pier.\n\nNNNN\n"
)

# Characters an HTML page cannot hold, and markup meant to break out of text
# and attribute values.
HOSTILE = (
    "<script>alert(1)</script> & the \"><img src=x onerror=alert(1)> '&amp;' pier\n"
    "\n"
    "GULL ISLAND (Example Wire) -- The \x00\x01\x02\x03\x04\x05\x06\x07\x08 ferry"
    ' \x0b\x0c sailed \x7f\x85 again \ud800 and \udfff, said "<b>Ilse</b> & '
    "'co' \ufffe\U0010ffff\".\n"
    "\n"
    '"\'><script>alert(2)</script>," said <i onmouseover="x">Lucian Dray</i>.\n'
)

VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base"})
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


# --------------------------------------------------------------------------
# A small tree built with html.parser


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def get(self, name: str) -> str | None:
        return self.attrs.get(name)

    def iter(self) -> list[Node]:
        out: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                out.append(child)
                out.extend(child.iter())
        return out

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
        ]

    def by_id(self, ident: str) -> Node:
        found = [n for n in self.iter() if n.get("id") == ident]
        assert len(found) == 1, ident
        return found[0]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def ancestors(self) -> list[Node]:
        out = []
        node = self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


class TreeBuilder(HTMLParser):
    """Builds a :class:`Node` tree, and records every tag that does not nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.problems: list[str] = []
        self.declarations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), parent=self.stack[-1])
        if len(node.attrs) != len(attrs):
            self.problems.append(f"repeated attribute in <{tag}>")
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"end tag of void <{tag}>")
        elif len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.problems.append(f"</{tag}> closes <{self.stack[-1].tag}>")

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)


def read(page: str) -> Node:
    """The page as a tree, checking that it is well nested."""
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.problems == []
    assert [n.tag for n in builder.stack] == ["#root"], "elements left open"
    assert builder.declarations == ["DOCTYPE html"]
    return builder.root


def pane_text(root: Node) -> str:
    """The source pane's text: labels left out, each box read as its character."""
    out: list[str] = []

    def walk(node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                out.append(child)
            elif "label" in child.classes:
                continue
            elif "ctl" in child.classes:
                out.append(chr(int(child.get("data-code") or "", 16)))
            else:
                walk(child)

    walk(root.by_id("source"))
    return "".join(out)


def check_page(article: Article, page: str | None = None) -> Node:
    """The invariants of every page: well nested, lossless, self-contained, linked."""
    page = render_html(article) if page is None else page
    page.encode("utf-8")  # no lone surrogate
    assert UNSAFE.search(page) is None
    root = read(page)
    assert pane_text(root) == article.source
    ids = [n.get("id") for n in root.iter() if n.get("id") is not None]
    assert len(ids) == len(set(ids)), "repeated ids"
    for node in root.iter():
        assert node.tag not in {"script", "img", "iframe", "object", "embed", "link"}
        assert "src" not in node.attrs
        assert not any(name.startswith("on") for name in node.attrs)
        if node.tag == "a":
            href = node.get("href") or ""
            assert href.startswith("#"), href
            assert href[1:] in ids, href
            assert not any(a.tag == "a" for a in node.ancestors()), "link in a link"
    # Every start tag has only double-quoted attribute values free of markup.
    for tag in re.findall(r"<[a-zA-Z][^>]*>", page.split("<body>", 1)[1]):
        assert re.fullmatch(r'<[a-z0-9]+(?: [a-z-]+="[^"<>]*")*>', tag), tag
    return root


@pytest.fixture(scope="module")
def story() -> Article:
    return wireparse.parse(STORY)


@pytest.fixture(scope="module")
def root(story: Article) -> Node:
    return check_page(story)


def words(node: Node) -> str:
    """The text of *node*, its pieces joined by single spaces."""
    pieces: list[str] = []

    def walk(n: Node) -> None:
        for child in n.children:
            if isinstance(child, str):
                pieces.append(child)
            else:
                walk(child)

    walk(node)
    return " ".join(" ".join(pieces).split())


def rows(section: Node) -> dict[str, str]:
    """The ``<dt>``/``<dd>`` pairs of the first definition list of a section."""
    dl = section.find_all("dl")[0]
    terms = [c for c in dl.children if isinstance(c, Node)]
    return {dt.text(): words(dd) for dt, dd in zip(terms[::2], terms[1::2], strict=True)}


# --------------------------------------------------------------------------
# The page


def test_head(story: Article) -> None:
    page = render_html(story)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    root = read(page)
    metas = {n.get("name"): n.get("content") for n in root.find_all("meta")}
    assert metas["viewport"] == "width=device-width, initial-scale=1"
    assert metas["generator"] == f"wireparse {wireparse.__version__}"
    assert [t.text() for t in root.find_all("title")] == [HEADLINE]
    assert [h.text() for h in root.find_all("h1")] == [HEADLINE]
    assert len(root.find_all("style")) == 1
    assert root.find_all("script") == []
    assert (
        "<title>Night ferry &lt;returns&gt; to Gull Island &amp; the &quot;old&quot; pier" in page
    )


def test_title_argument_and_fallback(story: Article) -> None:
    root = read(render_html(story, title='Ferry "night" <check>'))
    assert [t.text() for t in root.find_all("title")] == ['Ferry "night" <check>']
    assert rows(root.by_id("story"))["Page title"] == 'Ferry "night" <check>'
    untitled = wireparse.parse("Just a handful of words")
    root = read(render_html(untitled))
    assert [t.text() for t in root.find_all("title")] == ["Untitled story"]
    assert rows(root.by_id("story"))["Headline"] == "none found"


def test_rejects_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="render_html expects an Article, not str"):
        render_html(STORY)  # type: ignore[arg-type]


def test_self_contained(story: Article) -> None:
    page = render_html(story)
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "url(" not in style
    assert "@import" not in style
    assert "<" not in style
    assert "http:" not in page
    assert "https:" not in page
    assert "//" not in page.replace("<!DOCTYPE html>", "")


def test_deterministic(story: Article) -> None:
    assert render_html(story) == render_html(wireparse.parse(STORY))


# --------------------------------------------------------------------------
# The source pane


def test_source_pane_is_the_source(story: Article, root: Node) -> None:
    assert pane_text(root) == STORY
    # White space between blocks is text of the pane itself, outside the blocks.
    pane = root.by_id("source")
    between = [c for c in pane.children if isinstance(c, str)]
    assert between == ["\n\n", "\n\n", "\n", *(["\n\n"] * 11), "\n"]


def test_blocks_are_coloured_and_labelled(story: Article, root: Node) -> None:
    blocks = root.find_all("span", "block")
    got = [
        (
            b.get("id"),
            sorted(b.classes),
            b.get("data-kind"),
            b.get("data-rule"),
            b.find_all("span", "label")[0].text(),
        )
        for b in blocks
    ]
    assert got == [
        ("block-0", ["block", "kind-headline"], "headline", "headline", "headline"),
        ("block-1", ["block", "kind-byline"], "byline", "byline", "byline"),
        ("block-2", ["block", "kind-timestamp"], "timestamp", "timestamp", "timestamp"),
        ("block-3", ["block", "kind-timestamp"], "timestamp", "timestamp", "timestamp"),
        (
            "block-4",
            ["block", "kind-paragraph"],
            "paragraph",
            "paragraph.lead",
            "paragraph · paragraph.lead",
        ),
        *[
            (f"block-{i}", ["block", "kind-paragraph"], "paragraph", "paragraph", "paragraph")
            for i in range(5, 9)
        ],
        ("block-9", ["block", "kind-heading"], "heading", "heading", "heading"),
        ("block-10", ["block", "kind-paragraph"], "paragraph", "paragraph", "paragraph"),
        ("block-11", ["block", "kind-note"], "note", "note", "note"),
        ("block-12", ["block", "kind-credit"], "credit", "credit", "credit"),
        ("block-13", ["block", "kind-tagline"], "tagline", "tagline", "tagline"),
        ("block-14", ["block", "kind-copyright"], "copyright", "copyright", "copyright"),
    ]
    labels = root.find_all("span", "label")
    assert len(labels) == len(story.blocks)
    assert all(label.get("aria-hidden") == "true" for label in labels)
    assert blocks[4].get("title") == "block 4 · paragraph · rule paragraph.lead · 170–338"
    # Each block holds its text, the label aside.
    for block, node in zip(story.blocks, blocks, strict=True):
        assert node.text() == node.find_all("span", "label")[0].text() + block.text


def test_quotations_link_to_their_speakers(root: Node) -> None:
    marks = [
        (m.get("id"), sorted(m.classes), m.get("data-speaker"), m.text())
        for m in root.find_all("mark")
        if "quote" in m.classes and m.ancestors()[0].tag != "li"  # not the legend
    ]
    assert marks == [
        ("quote-0", ["no-speaker", "quote", "quote-full"], None,
         "Nobody here believed it would come back."),
        ("quote-1", ["quote", "quote-full"], "person-0", "We counted every crossing,"),
        ("quote-2", ["quote", "quote-full"], "person-0",
         "The islanders wrote letters for three years."),
        ("quote-2-2", ["quote", "quote-full"], "person-0",
         "Now the lights are on at the pier again."),
        ("quote-3", ["quote", "quote-partial"], "person-1", "fair compromise"),
    ]  # fmt: skip
    links = {
        m.get("id"): [a.get("href") for a in m.find_all("a")]
        for m in root.by_id("source").find_all("mark")
    }
    assert links == {
        "quote-0": [],
        "quote-1": ["#person-0"],
        "quote-2": ["#person-0"],
        "quote-2-2": ["#person-0"],
        "quote-3": ["#person-1"],
    }
    assert root.by_id("quote-1").get("title") == (
        "Lucian Dray · full quotation · said"
        " · rules: cue.after, mention.phrase_before, resolve.name_as_written"
    )
    assert root.by_id("quote-0").get("title") == "full quotation · no speaker found"


def test_other_marks(root: Node) -> None:
    pane = root.by_id("source")
    assert [(n.get("id"), n.text()) for n in pane.find_all("span", "quoted")] == [
        ("quoted-0", "Night Owl,")
    ]
    assert "quoted-nickname" in root.by_id("quoted-0").classes
    assert [
        (n.text(), n.find_all("a")[0].get("href")) for n in pane.find_all("span", "speaker")
    ] == [
        ("harbor master Lucian Dray", "#person-0"),
        ("The council", "#person-1"),
        ("Dray", "#person-0"),
    ]
    assert [n.text() for n in pane.find_all("span", "cue")] == ["said", "called", "said"]
    attribution = root.by_id("attribution-0")
    assert attribution.text() == "the council would pay for the fuel until the end of the year"
    assert attribution.get("data-speaker") == "person-0"
    assert root.by_id("dateline").text() == "GULL ISLAND, Examplia, April 9, 2026 (Example Wire) --"


def test_markup_characters_are_text(root: Node) -> None:
    headline = root.by_id("block-0")
    assert headline.find_all("span", "label")[0].text() == "headline"
    assert [c for c in headline.children if isinstance(c, str)] == [HEADLINE]


def test_control_characters_are_boxed() -> None:
    article = wireparse.parse("Ferry\x01 returns\n\nGULL ISLAND -- The\x02 ferry \x7fsailed.\n")
    root = check_page(article)
    boxes = [(n.get("data-code"), n.text()) for n in root.by_id("source").find_all("span", "ctl")]
    assert boxes == [("0001", "SOH"), ("0002", "STX"), ("007F", "DEL")]
    # The headline reads without its control character (the source keeps it).
    assert [t.text() for t in root.find_all("title")] == ["Ferry returns"]


# --------------------------------------------------------------------------
# The side panel


def test_story_fields(root: Node) -> None:
    assert rows(root.by_id("story")) == {
        "Headline": HEADLINE + " 0–53",
        "Format": "text",
        "Encoding": "none (text given)",
        "Size": "985 characters, 28 lines",
        "Found": "15 blocks, 6 paragraphs, 4 quotations, 2 sources, 0 defects",
    }
    assert root.by_id("story").find_all("a")[0].get("href") == "#block-0"


def test_provenance_fields(root: Node) -> None:
    assert rows(root.by_id("byline")) == {
        "As written": "By Signe Okafor, Example Wire Island Correspondent",
        "Names": "Signe Okafor",
        "Title": "Example Wire Island Correspondent",
        "Lines": "By Signe Okafor, Example Wire Island Correspondent 55–105",
    }
    assert rows(root.by_id("dateline-fields")) == {
        "As written": "GULL ISLAND, Examplia, April 9, 2026 (Example Wire) -- 170–224",
        "Place": "GULL ISLAND, Examplia",
        "Agency tag": "Example Wire",
        "Date as written": "April 9, 2026",
        "Date": "2026-04-09",
    }
    assert root.by_id("dateline-fields").find_all("a")[0].get("href") == "#dateline"
    assert rows(root.by_id("agency")) == {
        "Agency": "Example Wire",
        "Decided by": "dateline",
        "Evidence": "dateline: Example Wire -> Example Wire",
    }
    assert rows(root.by_id("dates")) == {
        "Published": "2026-04-09T07:10:00",
        "Updated": "2026-04-09T11:45:00",
        "Timestamps": "Posted 7:10 AM, April 9, 2026 107–136 "
        "Updated 11:45 AM, April 9, 2026 137–168",
    }
    assert rows(root.by_id("copyright")) == {
        "As written": "Copyright 2026 Example Wire Media, Inc. All rights reserved. 924–984",
        "Year": "2026",
        "Holder": "Example Wire Media, Inc.",
    }


def test_credits_notes_taglines(root: Node) -> None:
    credits = root.by_id("credits").find_all("li")
    assert [words(c) for c in credits] == [
        "Jonas Pell contributed to this report. 866–904 contributing Jonas Pell"
    ]
    assert [words(n) for n in root.by_id("notes").find_all("li")] == [
        "Editor's note: An earlier version of this story gave the wrong day of the first "
        "crossing. 775–864"
    ]
    assert [words(n) for n in root.by_id("taglines").find_all("li")] == ["The-Example-Wire 906–922"]
    assert [a.get("href") for a in root.by_id("notes").find_all("a")] == ["#block-11"]


def test_people(root: Node) -> None:
    people = root.by_id("people").find_all("li", "person")
    assert [p.get("id") for p in people] == ["person-0", "person-1"]
    dray = root.by_id("person-0")
    assert dray.find_all("span", "who")[0].text() == "Lucian Dray"
    assert dray.find_all("span", "facts")[0].text() == "person · harbor master"
    assert dray.find_all("div", "counts")[0].text() == "2 quotations · 1 attribution · 3 mentions"
    assert [(a.get("href"), a.text()) for a in dray.find_all("a")] == [
        ("#quote-1", "“We counted every crossing,”"),
        ("#quote-2", "“The islanders wrote letters for three years. Now the lights are on at t…”"),
        ("#attribution-0", "said: the council would pay for the fuel until the end of the year"),
    ]
    council = root.by_id("person-1")
    assert council.find_all("span", "facts")[0].text() == "organisation"
    assert [a.get("href") for a in council.find_all("a")] == ["#quote-3"]


def test_quotations_summary(root: Node) -> None:
    assert rows(root.by_id("quotations")) == {
        "Speech": "4 (3 full, 1 partial)",
        "No speaker": "“Nobody here believed it would come back.”",
        "Not speech": "1 (1 nickname)",
        "Attributions": "1",
    }
    assert [a.get("href") for a in root.by_id("quotations").find_all("a")] == ["#quote-0"]


def test_blocks_by_kind_counts_every_kind(root: Node) -> None:
    section = root.by_id("blocks")
    got = {}
    for item in section.find_all("li", "kind"):
        swatch, name, count = item.find_all("span")[:3]
        assert swatch.classes == {"swatch", f"kind-{name.text()}"}
        got[name.text()] = int(count.text())
        assert ("zero" in item.classes) == (got[name.text()] == 0)
    assert list(got) == [kind.value for kind in BlockKind]
    assert {k: n for k, n in got.items() if n} == {
        "headline": 1,
        "byline": 1,
        "timestamp": 2,
        "heading": 1,
        "paragraph": 6,
        "note": 1,
        "credit": 1,
        "tagline": 1,
        "copyright": 1,
    }
    # A count links to the first block of its kind.
    assert [a.get("href") for a in section.find_all("a")][:3] == [
        "#block-0",
        "#block-1",
        "#block-2",
    ]


def test_unknown_kind_is_counted_and_drawn(story: Article) -> None:
    mystery = attrs.evolve(story.blocks[0], kind="mystery")  # type: ignore[arg-type]
    blocks = (mystery, *story.blocks[1:])
    article = attrs.evolve(story, blocks=blocks)
    root = check_page(article)
    assert root.by_id("block-0").classes == {"block", "kind-mystery"}
    names = [n.text() for n in root.by_id("blocks").find_all("span", "name")]
    assert names == [*(kind.value for kind in BlockKind), "mystery"]


def test_defects_link_to_their_spans() -> None:
    article = wireparse.parse(
        "Ferry returns to Gull Island\n\n"
        "GULL ISLAND (Example Wire) -- The ferry sailed, said Lucian Dray, "
        '"and it will sail again.\n'
    )
    assert [d.code for d in article.defects] == ["unclosed-quote"]
    root = check_page(article)
    items = root.by_id("defects").find_all("li")
    assert [" ".join(i.text().split()) for i in items] == [
        f"unclosed-quote {article.defects[0].message} "
        f"{article.defects[0].span.start}–{article.defects[0].span.end}"  # type: ignore[union-attr]
    ]
    assert [a.get("href") for a in items[0].find_all("a")] == ["#defect-0"]
    assert "defect" in root.by_id("defect-0").classes


def test_feed_envelope() -> None:
    article = wireparse.parse(ZCZC_STORY)
    assert article.format == "zczc"
    root = check_page(article)
    envelope = rows(root.by_id("envelope"))
    assert envelope["Type"] == "ZczcEnvelope"
    assert envelope["originator"] == "AAP"
    assert envelope["Raw"] == "ZCZC AAP ^Ferry returns to Gull Island :Ferry $General News"
    assert envelope["fields"] == (
        "marker ^ name headline value Ferry returns to Gull Island span 9–38 "
        "marker : name keyword value Ferry span 39–45 "
        "marker $ name category value General News span 46–59"
    )
    assert [a.get("href") for a in root.by_id("envelope").find_all("a")] == ["#block-0"]


def test_bundled_sample() -> None:
    data = resources.files("wireparse").joinpath("data/sample.txt").read_bytes()
    article = wireparse.parse(data)
    root = check_page(article)
    assert len(root.find_all("span", "block")) == len(article.blocks)
    quotes = [m for m in root.by_id("source").find_all("mark") if "quote" in m.classes]
    assert len({m.get("id") for m in quotes}) == sum(len(q.pieces) for q in article.quotes)
    assert len(root.by_id("people").find_all("li", "person")) == len(article.people)


# --------------------------------------------------------------------------
# Colours


def test_every_kind_has_a_colour() -> None:
    assert set(KIND_COLOURS) == set(BlockKind)
    page = render_html(wireparse.parse(STORY))
    for kind in BlockKind:
        bg, ink = KIND_COLOURS[kind]
        assert f".kind-{kind.value} {{ --bg: {bg}; --ink: {ink}; }}" in page
    assert len(set(KIND_COLOURS.values())) == len(KIND_COLOURS)


def test_kind_without_a_colour_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    colours = dict(KIND_COLOURS)
    del colours[BlockKind.CONTACT]
    monkeypatch.setattr("wireparse.outputs.view.KIND_COLOURS", colours)
    page = render_html(wireparse.parse(STORY))
    bg, ink = FALLBACK_COLOURS
    assert f".kind-contact {{ --bg: {bg}; --ink: {ink}; }}" in page
    # So does a kind the enum does not know, through the base rule.
    assert f".block, .swatch {{ --bg: {bg}; --ink: {ink}; }}" in page


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("colours", [*KIND_COLOURS.values(), FALLBACK_COLOURS])
def test_contrast(colours: tuple[str, str]) -> None:
    bg, ink = colours
    assert _contrast("#1a1a1a", bg) >= 7  # the text on its block: AAA
    assert _contrast(ink, "#ffffff") >= 4.5  # a label: AA for small text
    assert _contrast(ink, bg) >= 3  # the swatch's border on its fill


# --------------------------------------------------------------------------
# Escaping


def test_hostile_text() -> None:
    article = wireparse.parse(HOSTILE)
    page = render_html(article, title='"><script>alert(3)</script>\x00\ud800')
    root = check_page(article, page)
    lowered = page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "<b>" not in lowered
    assert "<i " not in lowered
    assert "&amp;amp;" in page  # the entity in the text is text
    assert [t.text() for t in root.find_all("title")] == ['"><script>alert(3)</script>\u2400\ufffd']
    codes = [n.get("data-code") for n in root.by_id("source").find_all("span", "ctl")]
    assert codes == [
        *(f"000{i}" for i in range(9)), "000B", "000C", "007F", "0085", "D800", "DFFF",
        "FFFE", "10FFFF",
    ]  # fmt: skip
    assert root.by_id("source").find_all("span", "ctl")[1].text() == "SOH"
    assert root.by_id("source").find_all("span", "ctl")[-3].text() == "U+DFFF"


def test_hostile_fields() -> None:
    """Every field that the page shows is escaped, not only the source."""
    evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>\x01'
    article = wireparse.parse(STORY)
    blocks = tuple(attrs.evolve(b, rule=evil + b.rule) for b in article.blocks)
    people = tuple(attrs.evolve(p, name=evil, title=evil) for p in article.people)
    quotes = tuple(
        attrs.evolve(q, text=evil, cue=evil, speaker=attrs.evolve(q.speaker, name=evil))
        if q.speaker
        else q
        for q in article.quotes
    )
    assert article.dateline is not None
    assert article.byline is not None
    hostile = attrs.evolve(
        article,
        headline=evil,
        blocks=blocks,
        people=people,
        quotes=quotes,
        format=evil,
        encoding=evil,
        agency=evil,
        byline=attrs.evolve(article.byline, text=evil, display_names=(evil,)),
        dateline=attrs.evolve(article.dateline, place=evil),
        defects=(Defect(DefectCode.NO_BODY, evil, Span(0, 5)),),
        notes=tuple(attrs.evolve(n, text=evil) for n in article.notes),
    )
    page = render_html(hostile)
    root = check_page(hostile, page)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert (
        root.by_id("block-4").get("data-rule") == evil.replace("\x01", "\u2401") + "paragraph.lead"
    )
    assert root.by_id("person-0").find_all("span", "who")[0].text() == evil.replace("\x01", "SOH")


# --------------------------------------------------------------------------
# Marks that cross, touch or fall outside the blocks


def test_crossing_and_stray_spans_still_nest(story: Article) -> None:
    quote = story.quotes[1]
    assert quote.speaker is not None
    crossing = attrs.evolve(
        quote,
        # From the middle of one paragraph into the middle of the next.
        pieces=(Span(360, 400),),
        cue="told",
        speaker=attrs.evolve(quote.speaker, person=99, mention_span=Span(395, 420)),
    )
    stray = attrs.evolve(story.quotes[0], pieces=(Span(382, 384), Span(380, 380)))
    overlapping = attrs.evolve(story.quotes[3], pieces=(Span(380, 392), Span(386, 396)))
    blocks = list(story.blocks)
    # A block that overlaps the one before it, and one past the end: left out.
    blocks.insert(6, attrs.evolve(blocks[5], span=Span(370, 390)))
    blocks.append(attrs.evolve(blocks[-1], span=Span(980, 2000)))
    article = attrs.evolve(
        story,
        quotes=(*story.quotes, crossing, stray, overlapping),
        blocks=tuple(blocks),
        defects=(Defect(DefectCode.NO_BODY, "crosses every block", Span(0, len(STORY))),),
    )
    root = check_page(article)
    pane = root.by_id("source")
    first = root.by_id("quote-4")
    assert "cont" not in first.classes
    parts = [
        m
        for m in pane.find_all("mark")
        if "quote" in m.classes and m.get("title") == first.get("title")
    ]
    assert "".join(m.text() for m in parts) == STORY[360:382] + STORY[384:400]
    assert all("cont" in m.classes and m.get("id") is None for m in parts[1:])
    # A speaker with no person record has an entry of its own.
    entry = root.by_id("speaker-0")
    assert "no person record" in entry.find_all("span", "facts")[0].text()
    assert [a.get("href") for a in entry.find_all("a")] == ["#quote-4"]
    # The defect covers the whole text but its id is written once.
    assert root.by_id("defect-0").text().startswith(story.headline or "")
    assert len(root.find_all("span", "block")) == len(story.blocks)


# --------------------------------------------------------------------------
# Properties

wire_alphabet = st.sampled_from(
    list("aAzZ09 .,;:-—–'\"“”‘’()[]<>&@#©\n\r\t\xa0\u200b\ufeff\x00\x01\x02\x03\x0b\x0c\x1e\x7f")
)
wire_text = st.text(wire_alphabet, max_size=300) | st.text(max_size=150)


@given(wire_text)
def test_any_text(text: str) -> None:
    try:
        article = wireparse.parse(text)
    except (wireparse.EmptyInputError, wireparse.NotTextError):
        return
    page = render_html(article)
    check_page(article, page)
    assert render_html(article) == page


@given(articles())
def test_generated_articles(gen: Generated) -> None:
    article = wireparse.parse(gen.text)
    root = check_page(article)
    assert len(root.find_all("span", "block")) == len(article.blocks)
    for i, quote in enumerate(article.quotes):
        if quote.speaker is not None:
            assert root.by_id(f"quote-{i}").get("data-speaker") is not None


spans = st.tuples(st.integers(0, len(STORY)), st.integers(0, 80)).map(
    lambda t: Span(t[0], min(t[0] + t[1], len(STORY)))
)


@given(st.lists(spans, max_size=12), st.lists(spans, max_size=12))
def test_any_marks_nest(defect_spans: list[Span], pieces: list[Span]) -> None:
    """Marks at random places, crossing blocks, gaps and one another, still nest."""
    story = wireparse.parse(STORY)
    quote = story.quotes[1]
    quotes = tuple(
        attrs.evolve(quote, pieces=(piece, *pieces[i + 1 : i + 2]))
        for i, piece in enumerate(pieces)
    )
    article = attrs.evolve(
        story,
        quotes=(*story.quotes, *quotes),
        defects=tuple(Defect(DefectCode.NO_BODY, "here", span) for span in defect_spans),
    )
    root = check_page(article)
    ids = {n.get("id") for n in root.iter()}
    for i in range(len(story.quotes), len(article.quotes)):
        first = article.quotes[i].pieces[0]
        drawn = first.start < first.end and any(
            b.span.start < first.end and first.start < b.span.end for b in story.blocks
        )
        assert (f"quote-{i}" in ids) == drawn
