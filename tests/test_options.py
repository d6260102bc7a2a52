"""ParseOptions: one frozen object for every option of a parse, and its plumbing."""

from __future__ import annotations

import copy
import datetime
import json
import pathlib
import pickle
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import DecodeError, InputTooLargeError, ParseOptions
from wireparse.feeds import FORMAT_NAMES
from wireparse.options import DEFAULT_OPTIONS, resolve
from wireparse.reading.source import DEFAULT_MAX_CHARS

from .feed_samples import ANPA_STORY, IPTC_STORY, ZCZC_AAP

STORY = (
    "Ferry line adds a night crossing\n\n"
    "PORTVALE (AP) - The island ferry will run a night crossing from June, the harbor "
    "board said on Tuesday.\n\n"
    "The board said the new crossing would leave at eleven.\n"
)
CAPTURE = ANPA_STORY + IPTC_STORY + ZCZC_AAP


def test_defaults() -> None:
    options = ParseOptions()
    assert options == DEFAULT_OPTIONS
    assert attrs.asdict(options) == {
        "encoding": None,
        "strict": False,
        "max_chars": DEFAULT_MAX_CHARS,
        "format": None,
        "reference_date": None,
        "language": None,
    }


def test_every_keyword_of_parse_is_a_field() -> None:
    fields = {f.name for f in attrs.fields(ParseOptions)}
    for function in (wireparse.parse, wireparse.iter_articles, wireparse.parse_many):
        names = set(function.__code__.co_varnames[: function.__code__.co_kwonlyargcount + 1])
        assert fields <= names, function.__name__
        assert "options" in names


def test_frozen_slotted_hashable_pickles() -> None:
    options = ParseOptions(language="fr", max_chars=500)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        options.language = "de"  # type: ignore[misc]
    assert not hasattr(options, "__dict__")
    assert hash(options) == hash(ParseOptions(language="fr", max_chars=500))
    assert pickle.loads(pickle.dumps(options)) == options


def test_language_is_normalised() -> None:
    assert ParseOptions(language="de-AT").language == "de"
    assert ParseOptions(language="ES_419").language == "es"


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"format": "telex"}, ValueError, "unknown format 'telex'; the formats are"),
        ({"language": "german"}, ValueError, "not an ISO 639-1 language code: 'german'"),
        ({"language": 7}, TypeError, "a language is a str"),
        ({"max_chars": -1}, ValueError, "max_chars must be 0 or more, not -1"),
        ({"max_chars": "10"}, TypeError, "max_chars must be an integer, not str"),
        ({"max_chars": True}, TypeError, "max_chars must be an integer, not bool"),
        ({"strict": 1}, TypeError, "strict must be True or False, not 1"),
        ({"encoding": "no-such-codec"}, LookupError, "no-such-codec"),
        ({"encoding": b"utf-8"}, TypeError, "encoding must be a codec name"),
        ({"reference_date": "2024-01-01"}, TypeError, "reference_date must be a datetime.date"),
    ],
)
def test_bad_values_are_refused_on_construction(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(")):
        ParseOptions(**changes)  # type: ignore[arg-type]
    with pytest.raises(error, match=message.replace("(", r"\(")):
        DEFAULT_OPTIONS.evolve(**changes)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError):
        ParseOptions(colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        DEFAULT_OPTIONS.evolve(colour="red")


def test_keywords_only() -> None:
    with pytest.raises(TypeError):
        ParseOptions("utf-8")  # type: ignore[call-arg]


def test_evolve_returns_a_new_object() -> None:
    base = ParseOptions(strict=True)
    changed = base.evolve(max_chars=10, language="de-CH")
    assert base == ParseOptions(strict=True)
    assert changed == ParseOptions(strict=True, max_chars=10, language="de")


@pytest.mark.skipif(sys.version_info < (3, 13), reason="copy.replace is new in Python 3.13")
def test_copy_replace() -> None:
    replace = copy.replace  # type: ignore[attr-defined]
    assert replace(ParseOptions(), format="zczc") == ParseOptions(format="zczc")


def test_resolve() -> None:
    base = ParseOptions(strict=True, language="de")
    assert resolve(None) is DEFAULT_OPTIONS
    assert resolve(base) is base
    assert resolve(base, language=None, format=None) is base
    assert resolve(base, language="fr") == ParseOptions(strict=True, language="fr")
    assert resolve(None, max_chars=9) == ParseOptions(max_chars=9)
    with pytest.raises(TypeError, match="options must be a ParseOptions, not dict"):
        resolve({"strict": True})  # type: ignore[arg-type]


# -- parse() ------------------------------------------------------------------


def test_parse_with_options_equals_parse_with_keywords() -> None:
    options = ParseOptions(language="de", reference_date=datetime.date(2020, 5, 1))
    assert wireparse.parse(STORY, options=options) == wireparse.parse(
        STORY, language="de", reference_date=datetime.date(2020, 5, 1)
    )
    assert wireparse.parse(STORY, options=options).language == "de"


def test_keyword_overrides_the_options_field() -> None:
    options = ParseOptions(language="de", max_chars=10)
    article = wireparse.parse(STORY, options=options, language="fr", max_chars=10_000)
    assert article.language == "fr"
    with pytest.raises(InputTooLargeError):
        wireparse.parse(STORY, options=options, language="fr")


def test_keyword_left_at_none_keeps_the_options_field() -> None:
    options = ParseOptions(language="es")
    assert wireparse.parse(STORY, options=options, language=None).language == "es"


def test_parse_options_strict_and_encoding() -> None:
    data = "Café owner wins\n\nThe café on the quay won a prize.\n".encode("latin-1")
    with pytest.raises(DecodeError):
        wireparse.parse(data, options=ParseOptions(strict=True))
    article = wireparse.parse(data, options=ParseOptions(encoding="latin-1", strict=True))
    assert article.encoding == "latin-1"
    assert article.headline == "Café owner wins"


def test_parse_options_format() -> None:
    article = wireparse.parse(ANPA_STORY, options=ParseOptions(format="text"))
    assert article.format == "text"


def test_parse_refuses_options_of_another_type() -> None:
    with pytest.raises(TypeError, match="options must be a ParseOptions"):
        wireparse.parse(STORY, options={"strict": True})  # type: ignore[arg-type]


def test_parse_refuses_bad_keyword_values() -> None:
    with pytest.raises(ValueError, match="unknown format 'telex'"):
        wireparse.parse(STORY, format="telex")
    with pytest.raises(LookupError):
        wireparse.parse(STORY.encode(), encoding="no-such-codec")


@given(
    language=st.sampled_from([None, "en", "de", "fr", "es"]),
    fmt=st.sampled_from([None, *FORMAT_NAMES]),
    year=st.none() | st.integers(1990, 2030),
)
def test_options_and_keywords_agree(
    language: str | None, fmt: str | None, year: int | None
) -> None:
    reference = None if year is None else datetime.date(year, 6, 1)
    options = ParseOptions(language=language, format=fmt, reference_date=reference)
    by_options = wireparse.parse(ANPA_STORY, options=options)
    by_keywords = wireparse.parse(
        ANPA_STORY, language=language, format=fmt, reference_date=reference
    )
    assert by_options == by_keywords


# -- iter_articles() and parse_many() ------------------------------------------


def test_iter_articles_with_options() -> None:
    options = ParseOptions(language="de")
    articles = list(wireparse.iter_articles(CAPTURE, options=options))
    assert [a.format for a in articles] == ["anpa1312", "iptc7901", "zczc"]
    assert {a.language for a in articles} == {"de"}
    assert [
        a.language for a in wireparse.iter_articles(CAPTURE, options=options, language="fr")
    ] == [
        "fr",
        "fr",
        "fr",
    ]


def test_iter_articles_checks_options_at_once() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        wireparse.iter_articles(CAPTURE, format="telex")


def test_iter_articles_max_chars_per_story() -> None:
    with pytest.raises(InputTooLargeError):
        list(wireparse.iter_articles(CAPTURE, options=ParseOptions(max_chars=100)))


def test_iter_articles_encoding_decodes_the_stream() -> None:
    data = CAPTURE.replace("the", "thé").encode("latin-1")
    articles = list(wireparse.iter_articles(data, encoding="latin-1"))
    assert len(articles) == 3
    assert all("thé" in a.source for a in articles)


def test_iter_articles_strict_fails_on_undecodable_bytes() -> None:
    data = CAPTURE.encode("ascii") + b"\xff\xfe stray"
    with pytest.raises(DecodeError) as info:
        list(wireparse.iter_articles(data, options=ParseOptions(strict=True)))
    assert info.value.encoding == "utf-8-sig"
    assert info.value.position == len(CAPTURE)


def test_parse_many_with_options() -> None:
    options = ParseOptions(language="fr")
    got = list(wireparse.parse_many([STORY, STORY.encode()], options=options))
    assert [a.language for a in got] == ["fr", "fr"]
    assert got[0] == wireparse.parse(STORY, options=options)
    overridden = list(wireparse.parse_many([STORY], options=options, language="es"))
    assert overridden[0].language == "es"


def test_parse_many_with_options_in_workers() -> None:
    options = ParseOptions(language="fr", max_chars=len(STORY))
    texts = [STORY, STORY + "x", STORY]
    got = list(wireparse.parse_many(texts, options=options, workers=2, errors="collect"))
    assert [r.ok for r in got] == [True, False, True]
    assert got[0].article == wireparse.parse(STORY, options=options)
    assert got[1].error_type == "InputTooLargeError"


def test_parse_many_checks_options_at_once() -> None:
    with pytest.raises(TypeError, match="options must be a ParseOptions"):
        wireparse.parse_many([STORY], options="strict")  # type: ignore[call-overload]


def test_exported() -> None:
    assert wireparse.ParseOptions is ParseOptions
    assert "ParseOptions" in dir(wireparse)
    assert pathlib.Path(wireparse.options.__file__).name == "options.py"


# -- the command line ------------------------------------------------------------


def test_cli_builds_parse_options(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wireparse.cli import main

    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    args = [str(path), "--language", "de-CH", "--input-format", "text", "-q", "--indent", "0"]
    assert main([*args, "--reference-date", "2020-05-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = wireparse.parse(
        STORY.encode("utf-8"),
        options=ParseOptions(
            language="de", format="text", reference_date=datetime.date(2020, 5, 1)
        ),
    )
    assert data == expected.to_dict()
    assert data["language"] == "de"


def test_cli_strict_applies_to_a_capture(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wireparse.cli import main

    path = tmp_path / "capture.anpa"
    path.write_bytes(CAPTURE.encode("ascii") + b"caf\xe9\n")
    assert main([str(path), "-q"]) == 0
    capsys.readouterr()
    assert main([str(path), "--strict", "-q"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"wireparse: {path}: cannot decode input as utf-8-sig at byte {len(CAPTURE) + 3}: "
        "invalid continuation byte\n"
    )
    assert main([str(path), "--strict", "--encoding", "latin-1", "-q"]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert articles[-1]["source"].endswith("café\n")
