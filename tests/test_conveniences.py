"""repr(article), Article.to_text(), the compact dict form, detect() and iter_articles() inputs."""

from __future__ import annotations

import io
import json
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import Article, Defect, DefectCode, Paragraph, Section, Span
from wireparse.cli import TEXT_SEPARATOR, main
from wireparse.model.article import REPR_HEADLINE_CHARS

from .feed_samples import ANPA_STORY, IPTC_STORY, ZCZC_AAP
from .strategies import articles

STORY = (
    "Harbor gates approved\n\n"
    "By Maren Holt\n\n"
    'PORTVALE (AP) - The council approved the harbor gates on Tuesday. "They will hold," '
    "said Tobias Reyes, the harbor master.\n\n"
    "Work starts in May.\n\n"
    "Cost of the work\n\n"
    "The gates will cost four million.\n"
)
CAPTURE = ANPA_STORY + IPTC_STORY + ZCZC_AAP


@pytest.fixture(scope="module")
def story() -> Article:
    return wireparse.parse(STORY)


# -- repr -----------------------------------------------------------------------


def test_repr_is_short_and_exact(story: Article) -> None:
    assert len(story.paragraphs) == 3
    assert repr(story) == (
        "<Article 'Harbor gates approved' (text, en): 3 paragraphs, 1 quotation, 0 defects>"
    )


def test_repr_without_headline_or_language() -> None:
    article = Article(
        source="x",
        defects=(Defect(DefectCode.NO_HEADLINE, "no headline was found"),),
    )
    assert repr(article) == "<Article no headline (text): 0 paragraphs, 0 quotations, 1 defect>"


def test_repr_cuts_a_long_headline() -> None:
    article = Article(source="x", headline="word " * 100)
    shown = repr(article)
    assert shown.startswith("<Article 'word word")
    assert "…' (text)" in shown
    assert len(shown) < 150


_names = st.text(max_size=500)


@given(
    headline=st.none() | st.text(max_size=2_000),
    fmt=_names,
    language=st.none() | _names,
    paragraphs=st.integers(0, 30),
    defects=st.integers(0, 30),
)
def test_repr_is_never_longer_than_300(
    headline: str | None, fmt: str, language: str | None, paragraphs: int, defects: int
) -> None:
    section = Section(None, None, tuple(Paragraph("p", Span(0, 1)) for _ in range(paragraphs)))
    article = Article(
        source="x",
        headline=headline,
        format=fmt,
        language=language,
        sections=(section,),
        defects=tuple(Defect(DefectCode.NO_BODY, "m") for _ in range(defects)),
    )
    assert len(repr(article)) <= 300
    assert REPR_HEADLINE_CHARS <= 300


@given(articles())
def test_repr_of_parsed_articles_is_short(gen: object) -> None:
    article = wireparse.parse(gen.text)  # type: ignore[attr-defined]
    assert len(repr(article)) <= 300
    assert f"{len(article.paragraphs)} paragraph" in repr(article)


def test_seed_sized_repr_is_short() -> None:
    article = wireparse.parse(STORY * 40)
    assert len(repr(article)) <= 300


# -- to_text --------------------------------------------------------------------


def test_to_text_exact(story: Article) -> None:
    assert story.to_text() == (
        "Harbor gates approved\n\n"
        "By Maren Holt\n\n"
        'PORTVALE (AP) - The council approved the harbor gates on Tuesday. "They will hold," '
        "said Tobias Reyes, the harbor master.\n\n"
        "Work starts in May.\n\n"
        "Cost of the work\n\n"
        "The gates will cost four million.\n"
    )


def test_to_text_prints_a_dateline_apart_from_the_lead() -> None:
    # A dateline that is not inside any paragraph (here: an article built by
    # hand) is printed on its own line after the byline.
    story = wireparse.parse(STORY)
    assert story.dateline is not None
    dateline = story.dateline
    moved = Article(
        source=story.source,
        headline="Harbor gates approved",
        dateline=dateline,
        sections=(Section(None, None, (Paragraph("Work starts in May.", Span(200, 219)),)),),
    )
    assert moved.to_text() == "Harbor gates approved\n\nPORTVALE (AP) -\n\nWork starts in May.\n"


def test_to_text_of_an_empty_article() -> None:
    assert Article(source="x").to_text() == "\n"


@given(articles())
def test_to_text_holds_every_paragraph_in_order(gen: object) -> None:
    article = wireparse.parse(gen.text)  # type: ignore[attr-defined]
    text = article.to_text()
    position = 0
    for paragraph in article.paragraphs:
        found = text.find(paragraph.text, position)
        assert found >= 0, paragraph.text
        position = found + len(paragraph.text)
    for section in article.sections:
        if section.heading:
            assert section.heading in text
    if article.headline:
        assert text.startswith(article.headline)
    assert text.endswith("\n")


def test_cli_text_format_uses_to_text(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], story: Article
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main([str(path), "--format", "text"]) == 0
    assert capsys.readouterr().out == story.to_text()


def test_cli_text_format_separates_the_stories_of_a_capture(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "capture.txt"
    path.write_bytes(CAPTURE.encode("utf-8"))
    assert main([str(path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    texts = [a.to_text() for a in wireparse.iter_articles(CAPTURE)]
    assert len(texts) == 3
    assert out == f"\n{TEXT_SEPARATOR}\n\n".join(texts)
    assert out.count(TEXT_SEPARATOR) == 2


def test_cli_text_format_separates_two_inputs(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ferry service resumes\n\nFerries sailed again.\n")
    assert main([str(tmp_path), "--format", "text", "-q"]) == 0
    out = capsys.readouterr().out
    first, second = out.split(f"\n{TEXT_SEPARATOR}\n\n")
    assert first == wireparse.parse(STORY).to_text()
    assert second == "Ferry service resumes\n\nFerries sailed again.\n"


def test_cli_text_output_file_separates_stories(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "capture.txt"
    path.write_bytes(CAPTURE.encode("utf-8"))
    out = tmp_path / "out"
    assert main([str(path), "--format", "text", "-o", str(out), "-q"]) == 0
    written = (out / "capture.txt").read_text(encoding="utf-8")
    assert written.count(TEXT_SEPARATOR) == 2


# -- the compact dict form ----------------------------------------------------------


def _without_source(full: dict[str, object]) -> dict[str, object]:
    out = dict(full)
    del out["source"]
    out["blocks"] = [{k: v for k, v in b.items() if k != "text"} for b in full["blocks"]]  # type: ignore[attr-defined]
    return out


def test_compact_form_exact(story: Article) -> None:
    compact = story.to_dict(include_source=False)
    assert "source" not in compact
    assert compact["blocks"][0] == {"kind": "headline", "span": [0, 21], "rule": "headline"}
    assert compact["paragraphs"][2] == {
        "text": "The gates will cost four million.",
        "span": [len(STORY) - 34, len(STORY) - 1],
    }
    assert compact == _without_source(story.to_dict())


def test_compact_dumps_and_to_dict(story: Article) -> None:
    text = wireparse.dumps(story, include_source=False)
    assert json.loads(text) == story.to_dict(include_source=False)
    assert wireparse.model.serialise.to_dict(story, include_source=False) == json.loads(text)
    assert len(text) < len(wireparse.dumps(story))


def test_compact_form_is_refused_by_from_dict(story: Article) -> None:
    with pytest.raises(wireparse.SchemaError, match="compact form"):
        Article.from_dict(story.to_dict(include_source=False))
    with pytest.raises(wireparse.SchemaError, match="compact form"):
        wireparse.loads(wireparse.dumps(story, include_source=False))


def test_compact_form_is_valid_against_the_schema(story: Article) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = wireparse.json_schema()
    jsonschema.validate(story.to_dict(include_source=False), schema)
    jsonschema.validate(story.to_dict(), schema)
    assert "source" not in schema["required"]
    assert "text" not in schema["$defs"]["Block"]["required"]


@given(articles())
def test_compact_form_keeps_everything_else(gen: object) -> None:
    article = wireparse.parse(gen.text)  # type: ignore[attr-defined]
    full = article.to_dict()
    compact = article.to_dict(include_source=False)
    assert "source" not in compact
    assert all("text" not in block for block in compact["blocks"])
    assert compact == _without_source(full)
    assert json.loads(json.dumps(compact)) == compact
    # What it keeps reads back: the full form, of which it is a part, round-trips.
    assert Article.from_dict(json.loads(json.dumps(full))) == article


# -- detect() and iter_articles() inputs ---------------------------------------------


def test_detect_takes_bytes() -> None:
    assert wireparse.detect(ANPA_STORY.encode()).format == "anpa1312"
    assert wireparse.detect(memoryview(IPTC_STORY.encode())).format == "iptc7901"
    assert wireparse.detect(STORY.encode()).format == "text"


def _formats(articles: object) -> list[str]:
    return [a.format for a in articles]  # type: ignore[attr-defined]


def test_iter_articles_takes_the_whole_capture_as_bytes() -> None:
    expected = ["anpa1312", "iptc7901", "zczc"]
    assert _formats(wireparse.iter_articles(CAPTURE.encode())) == expected
    assert _formats(wireparse.iter_articles(bytearray(CAPTURE.encode()))) == expected
    assert _formats(wireparse.iter_articles(memoryview(CAPTURE.encode()))) == expected


def test_iter_articles_takes_the_whole_capture_as_text() -> None:
    articles = list(wireparse.iter_articles(CAPTURE))
    assert _formats(articles) == ["anpa1312", "iptc7901", "zczc"]
    assert articles == list(wireparse.iter_articles(io.StringIO(CAPTURE)))


def test_iter_articles_takes_a_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "capture.anpa"
    path.write_bytes(CAPTURE.encode("utf-8"))
    from_path = list(wireparse.iter_articles(path))
    assert _formats(from_path) == ["anpa1312", "iptc7901", "zczc"]
    assert from_path == list(wireparse.iter_articles(CAPTURE.encode("utf-8")))


def test_iter_articles_path_that_is_missing(tmp_path: pathlib.Path) -> None:
    articles = wireparse.iter_articles(tmp_path / "missing.anpa")
    with pytest.raises(FileNotFoundError):
        next(articles)


def test_iter_articles_still_refuses_other_things() -> None:
    with pytest.raises(TypeError, match="iter_stories\\(\\) reads str or bytes, not int"):
        list(wireparse.iter_articles([1, 2]))  # type: ignore[arg-type]


def test_dir_shows_only_the_public_api() -> None:
    names = dir(wireparse)
    assert {"ParseOptions", "DefectCode", "detect", "json_schema", "iter_articles"} <= set(names)
    assert not [n for n in names if n.startswith("_") and n != "__version__"]
    assert "Any" not in names
    assert "TYPE_CHECKING" not in names
    assert set(names) - set(wireparse.__all__) <= {
        "errors",
        "feeds",
        "language",
        "lexicon",
        "metadata",
        "model",
        "options",
        "outputs",
        "parser",
        "quotations",
        "reading",
        "structure",
        "batch",
        "cli",
    }
