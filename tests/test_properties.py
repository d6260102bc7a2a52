"""Invariants of parse(), proven with hypothesis over generated and arbitrary text."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import Article, BlockKind
from wireparse.reading.source import BLANK_CHARS, check_is_text

from .strategies import INVISIBLE, LAYOUTS, Generated, articles, sprinkled

# Text made of what wire copy is made of: letters, digits, punctuation, quotes,
# white space of every sort, line breaks and control characters.
wire_alphabet = st.sampled_from(
    list("aAzZ09 .,;:-—–'\"“”‘’()[]@#©™&\n\r\t\xa0\u200b\ufeff\x01\x02\x03\x04\x1e\x1f\x7f")
)
wire_text = st.text(wire_alphabet, max_size=400) | st.text(max_size=200)


def parse_or_none(text: str | bytes) -> Article | None:
    try:
        article = wireparse.parse(text)
    except (wireparse.EmptyInputError, wireparse.NotTextError):
        return None
    # The quotation stage's guard must never have had to catch an error.
    assert wireparse.DefectCode.QUOTATIONS_FAILED not in [d.code for d in article.defects]
    return article


def assert_lossless(article: Article) -> None:
    source = article.source
    covered = bytearray(len(source))
    position = 0
    for block in article.blocks:
        assert block.span.start >= position, "blocks overlap or are out of order"
        assert block.span.end > block.span.start, "empty block"
        assert source[block.span.start : block.span.end] == block.text
        covered[block.span.start : block.span.end] = b"\x01" * len(block.span)
        position = block.span.end
    lost = [c for c, hit in zip(source, covered, strict=True) if not hit and not c.isspace()]
    assert not lost, f"characters in no block: {lost[:10]!r}"


@given(wire_text)
def test_any_text_parses_losslessly(text: str) -> None:
    try:
        check_is_text(text)
    except wireparse.NotTextError:
        with pytest.raises(wireparse.NotTextError):
            wireparse.parse(text)
        return
    article = parse_or_none(text)
    if article is None:
        assert all(c in BLANK_CHARS for c in text)
        return
    assert_lossless(article)


@given(st.binary(max_size=300))
def test_any_bytes_parse(data: bytes) -> None:
    article = parse_or_none(data)
    if article is not None:
        assert article.encoding in {"utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-32"}
        assert_lossless(article)


@given(wire_text, wire_text)
def test_parse_is_deterministic(text: str, other: str) -> None:
    # No state leaks from one parse into the next: parsing another text in
    # between changes nothing, in the objects or in their dict form.
    first = parse_or_none(text)
    parse_or_none(other)
    again = parse_or_none(text)
    assert first == again
    if first is not None and again is not None:
        assert first.to_dict() == again.to_dict()
        assert first.source == text


@given(wire_text)
def test_results_pickle_and_serialise(text: str) -> None:
    article = parse_or_none(text)
    if article is None:
        return
    assert pickle.loads(pickle.dumps(article)) == article
    data = json.loads(json.dumps(article.to_dict()))
    assert data["source"] == text
    assert data["schema_version"] == wireparse.model.SCHEMA_VERSION


@given(wire_text)
def test_every_node_span_is_its_text(text: str) -> None:
    article = parse_or_none(text)
    if article is None:
        return
    for paragraph in article.paragraphs:
        raw = paragraph.span.of(article.source)
        assert _words(raw) == _words(paragraph.text)
    if article.headline is not None:
        assert article.headline_span is not None
        assert _words(article.headline_span.of(article.source)) == _words(article.headline)


def test_zero_width_space_counts_as_white_space_in_spans() -> None:
    """Pinned: a hypothesis find; U+200B between words is white space, not a word."""
    article = wireparse.parse("\t:\u200b\r:")
    assert [_words(p.span.of(article.source)) for p in article.paragraphs] == [
        _words(p.text) for p in article.paragraphs
    ]


def _words(text: str) -> list[str]:
    """Split *text* at the library's white space (``str.split`` misses U+200B).

    Soft hyphens and word joiners, which node text leaves out, are dropped;
    control characters, which it leaves out too, part words.
    """
    return "".join(
        " " if c in BLANK_CHARS or _is_control(c) else c for c in text if c not in "\xad\u2060"
    ).split()


def _is_control(c: str) -> bool:
    """Whether *c* is a control character node text leaves out (not TAB, LF, CR)."""
    return (c < " " and c not in "\t\n\r") or c == "\x7f"


@given(articles())
def test_generated_articles_parse_back(gen: Generated) -> None:
    article = wireparse.parse(gen.text)
    assert_lossless(article)
    assert article.headline == gen.headline
    assert [s.heading for s in article.sections if s.heading] == gen.headings
    assert [p.text for p in article.paragraphs] == gen.paragraphs
    assert [n.text for n in article.notes] == gen.notes
    assert [c.text for c in article.credits] == gen.credits
    for credit in article.credits:
        assert credit.span is not None
        assert " ".join(credit.span.of(article.source).split()) == credit.text
        assert credit.names() == tuple(n for r in credit.roles for n in r.names)
    assert [t.text for t in article.taglines] == gen.taglines
    assert [b.text for b in article.boilerplate] == gen.furniture
    if gen.copyright is None:
        assert article.copyright is None
    else:
        assert article.copyright is not None
        assert (article.copyright.year, article.copyright.holder) == gen.copyright
        assert article.copyright.text == gen.copyright_text


@pytest.mark.parametrize("layout", LAYOUTS)
@given(data=st.data())
def test_each_layout_parses_back(layout: str, data: st.DataObject) -> None:
    gen = data.draw(articles(layout=layout))
    article = wireparse.parse(gen.text)
    assert [p.text for p in article.paragraphs] == gen.paragraphs
    assert article.headline == gen.headline


@given(articles(furniture=False, trailers=False, copyright=False))
def test_nothing_but_story_gives_no_furniture(gen: Generated) -> None:
    article = wireparse.parse(gen.text)
    kinds = {b.kind for b in article.blocks}
    assert kinds <= {BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.PARAGRAPH}


@given(articles())
def test_bytes_and_text_agree(gen: Generated) -> None:
    from_text = wireparse.parse(gen.text)
    from_bytes = wireparse.parse(gen.text.encode("utf-8"))
    assert from_bytes.encoding == "utf-8"
    assert from_bytes.blocks == from_text.blocks


@given(st.data())
def test_invisible_characters_are_covered_and_never_leak(data: st.DataObject) -> None:
    """Zero-width spaces, BOMs, word joiners and soft hyphens anywhere in an article:
    every one is in a block, and none is in a headline, heading, name or paragraph text.
    """
    gen = data.draw(articles())
    text = data.draw(sprinkled(gen.text))
    article = parse_or_none(text)
    assert article is not None
    assert_lossless(article)
    texts = [article.headline or ""]
    texts += [s.heading or "" for s in article.sections]
    texts += [p.text for p in article.paragraphs]
    if article.byline is not None:
        texts += list(article.byline.names)
    texts += [q.speaker.name if q.speaker else "" for q in article.quotes]
    texts += [person.name for person in article.people]
    for found in texts:
        assert not set(found) & set(INVISIBLE), found


def test_a_bom_at_the_head_of_a_line_inside_the_text_is_covered() -> None:
    """Pinned: two texts pasted together leave a BOM at the head of a line."""
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "\ufeffWork is to start in the spring and take six years, officials said.\n\n"
        "Har\xadbour\u200b news\ufeff\n"
    )
    article = parse_or_none(text)
    assert article is not None
    assert_lossless(article)
    assert article.paragraphs[1].text.startswith("Work is")
    assert article.paragraphs[1].span.start == text.index("\ufeff")
    assert article.blocks[-1].text == "Har\xadbour\u200b news\ufeff"
