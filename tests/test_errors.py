"""Bad input: documented errors for what cannot be an article, defects for damage."""

from __future__ import annotations

import pytest

import wireparse
from wireparse import DecodeError, EmptyInputError, InputTooLargeError, WireparseError


@pytest.mark.parametrize("value", [None, 42, 3.5, ["text"], {"text": 1}, object()])
def test_non_text_is_a_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        wireparse.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\xa0\t\u200b\ufeff", b"", b"  \n"])
def test_empty_input(text: str | bytes) -> None:
    with pytest.raises(EmptyInputError):
        wireparse.parse(text)


def test_errors_are_one_family() -> None:
    for error in (EmptyInputError, InputTooLargeError, DecodeError):
        assert issubclass(error, WireparseError)
        assert issubclass(error, ValueError)


def test_input_too_large_has_a_default_the_caller_can_raise() -> None:
    text = "Headline\n\n" + "A sentence of text. " * 1000
    with pytest.raises(InputTooLargeError) as info:
        wireparse.parse(text, max_chars=100)
    assert info.value.size == len(text)
    assert info.value.limit == 100
    assert "max_chars" in str(info.value)
    assert wireparse.parse(text, max_chars=len(text)).paragraphs


def test_default_limit_is_documented() -> None:
    assert wireparse.reading.source.DEFAULT_MAX_CHARS == 10_000_000


def test_strict_decoding_raises() -> None:
    data = "Caf\xe9 reopens\n\nThe caf\xe9 reopened today.".encode("cp1252")
    with pytest.raises(DecodeError) as info:
        wireparse.parse(data, strict=True)
    assert info.value.encoding == "utf-8"
    assert info.value.position == 3


def test_fallback_decoding_records_the_encoding() -> None:
    data = "Caf\xe9 reopens\n\n\u201cWe are back,\u201d the owner said.".encode("cp1252")
    article = wireparse.parse(data)
    assert article.encoding == "cp1252"
    assert article.headline == "Caf\xe9 reopens"
    assert article.paragraphs[0].text == "\u201cWe are back,\u201d the owner said."


def test_cp1252_gaps_fall_back_to_latin1() -> None:
    article = wireparse.parse(b"Headline text here\n\nA paragraph with \x81 an undefined byte.")
    assert article.encoding == "cp1252"
    assert "\x81" in article.source


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeffHeadline\n\nBody text here.".encode("utf-8"), "utf-8-sig"),
        ("Headline\n\nBody text here.".encode("utf-16"), "utf-16"),
        ("Headline\n\nBody text here.".encode("utf-32"), "utf-32"),
    ],
)
def test_byte_order_marks(data: bytes, encoding: str) -> None:
    article = wireparse.parse(data)
    assert article.encoding == encoding
    assert article.source == "Headline\n\nBody text here."


def test_forced_encoding() -> None:
    data = "Caf\xe9 text\n\nMore text.".encode("latin-1")
    assert wireparse.parse(data, encoding="latin-1").encoding == "latin-1"
    with pytest.raises(DecodeError):
        wireparse.parse(b"\xff\xfe\xfa", encoding="ascii", strict=True)
    assert "\ufffd" in wireparse.parse(b"ab \xff cd", encoding="ascii").source


def test_unknown_encoding_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        wireparse.parse(b"text", encoding="no-such-codec")


def test_damage_is_reported_as_defects_not_raised() -> None:
    article = wireparse.parse("just some words")
    codes = [d.code for d in article.defects]
    assert "no-headline" in codes
    assert article.blocks
    assert "".join(b.text for b in article.blocks) == "just some words"


def test_memoryview_and_bytearray() -> None:
    data = b"Headline here\n\nThe body of the story."
    assert wireparse.parse(bytearray(data)).source == wireparse.parse(memoryview(data)).source


def test_import_defers_the_modules_parse_does_not_need() -> None:
    import subprocess
    import sys

    code = """if True:
        import sys, wireparse
        wireparse.parse("Harbor gates approved\\n\\nThe council approved the gates.")
        heavy = ["wireparse.batch", "wireparse.outputs.view", "wireparse.outputs.nitf",
                 "wireparse.model.serialise", "multiprocessing", "xml.etree.ElementTree"]
        print(sorted(m for m in heavy if m in sys.modules))
        from wireparse import parse_many, render_html, to_nitf, dumps, SchemaError
        print(wireparse.render_html is render_html, "render_html" in dir(wireparse))
    """
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["[]", "True True"]


def test_unknown_attribute_raises_attribute_error() -> None:
    import wireparse

    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        wireparse.nothing  # noqa: B018
