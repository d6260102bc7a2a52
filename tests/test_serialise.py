"""The dict and JSON forms of an article: round trips, the JSON Schema, bad data."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import Article, SchemaError
from wireparse.model import SCHEMA_VERSION, AnpaEnvelope, Iptc7901Envelope, ZczcEnvelope
from wireparse.model.serialise import SCHEMA_FILE, json_schema, schema_text

from . import feed_samples
from .strategies import Generated, articles
from .test_properties import wire_text

STORY = (
    "Ferry runs again after storms\n\n"
    "By Ada Finch\n\n"
    "Updated 5:15 PM EST, July 8, 2017\n\n"
    "HARBOURTON, Maine (AP) - The ferry to the outer islands ran again on Tuesday.\n\n"
    '"We were lucky nobody was out there," said Ola Brenner, the harbour master.\n\n'
    "(Reporting by Ola Brenner; Editing by Tomas Weil)\n\n"
    "Copyright 2017 The Associated Press. All rights reserved.\n"
)

SHIPPED = json.loads(resources.files("wireparse").joinpath(SCHEMA_FILE).read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SHIPPED)


def assert_round_trips(article: Article) -> None:
    data = article.to_dict()
    assert Article.from_dict(data) == article
    assert Article.from_dict(data).to_dict() == data
    text = wireparse.dumps(article)
    assert wireparse.loads(text) == article
    assert wireparse.loads(text.encode("utf-8")) == article
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert not errors, errors[:3]


@given(articles())
def test_generated_articles_round_trip(gen: Generated) -> None:
    assert_round_trips(wireparse.parse(gen.text))


@given(wire_text)
def test_any_text_round_trips(text: str) -> None:
    try:
        article = wireparse.parse(text)
    except (wireparse.EmptyInputError, wireparse.NotTextError):
        return
    assert_round_trips(article)


@pytest.mark.parametrize(
    ("name", "envelope_class"),
    [
        ("ANPA_STORY", AnpaEnvelope),
        ("ANPA_AGATE", AnpaEnvelope),
        ("IPTC_STORY", Iptc7901Envelope),
        ("IPTC_DIGITALWIRES", Iptc7901Envelope),
        ("ZCZC_AAP", ZczcEnvelope),
        ("ZCZC_RACING", ZczcEnvelope),
    ],
)
def test_feed_articles_keep_their_envelope_class(name: str, envelope_class: type) -> None:
    article = wireparse.parse(getattr(feed_samples, name))
    assert type(article.envelope) is envelope_class
    back = Article.from_dict(article.to_dict())
    assert type(back.envelope) is envelope_class
    assert_round_trips(article)


def test_the_story_round_trips_with_its_fields() -> None:
    article = wireparse.parse(STORY)
    assert_round_trips(article)
    back = wireparse.loads(wireparse.dumps(article, indent=2))
    assert back.updated == dt.datetime(
        2017, 7, 8, 17, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert back.byline is not None
    assert back.byline.names == ("Ada Finch",)
    assert back.quotes[0].speaker is not None
    assert back.quotes[0].speaker.name == "Ola Brenner"
    assert [r.role for r in back.credits[0].roles] == ["reporting", "editing"]


def test_the_top_level_keys_are_stable() -> None:
    data = wireparse.parse(STORY).to_dict()
    assert list(data) == [
        "source",
        "encoding",
        "format",
        "language",
        "envelope",
        "trailer",
        "headline",
        "headline_span",
        "sections",
        "copyright",
        "notes",
        "credits",
        "taglines",
        "signoffs",
        "captions",
        "highlights",
        "bylines",
        "timestamps",
        "boilerplate",
        "byline",
        "dateline",
        "agency",
        "agency_decision",
        "published",
        "updated",
        "quotes",
        "quoted",
        "attributions",
        "people",
        "blocks",
        "defects",
        "paragraphs",
        "schema_version",
    ]
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["headline_span"] == [0, 29]
    assert data["updated"] == "2017-07-08T17:15:00-05:00"
    assert data["blocks"][0] == {
        "kind": "headline",
        "span": [0, 29],
        "rule": data["blocks"][0]["rule"],
        "text": "Ferry runs again after storms",
    }


def test_the_shipped_schema_is_the_one_the_model_gives() -> None:
    assert resources.files("wireparse").joinpath(SCHEMA_FILE).read_text("utf-8") == (
        schema_text()
    ), (
        "the model changed; regenerate the schema with "
        "`wireparse --schema > src/wireparse/article.schema.json`"
    )


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert SHIPPED["properties"]["schema_version"] == {
        "description": "The version of this layout; raised on any change of keys.",
        "const": SCHEMA_VERSION,
    }
    assert SHIPPED["$defs"]["Span"]["minItems"] == 2


def test_the_schema_catches_a_wrong_dict() -> None:
    data = wireparse.parse(STORY).to_dict()
    data["blocks"][0]["kind"] = "sidebar"
    data["sections"][0]["paragraphs"][0]["span"] = [1]
    data["surprise"] = True
    paths = sorted(str(list(e.absolute_path)) for e in VALIDATOR.iter_errors(data))
    assert paths == ["['blocks', 0, 'kind']", "['sections', 0, 'paragraphs', 0, 'span']", "[]"]


def _broken(change: Any) -> dict[str, Any]:
    data = wireparse.parse(STORY).to_dict()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("schema_version"), "data: no 'schema_version' key"),
        (lambda d: d.update(schema_version=99), "schema_version: this wireparse reads version 2"),
        (lambda d: d.update(colour="red"), "data: unknown key 'colour' for Article"),
        (lambda d: d.pop("source"), "data: missing key 'source' of Article"),
        (lambda d: d.update(headline=7), "headline: expected str, got int"),
        (
            lambda d: d["sections"][0]["paragraphs"][0].update(span=[5, 2]),
            "sections[0].paragraphs[0].span: Span end 2 is before its start 5",
        ),
        (
            lambda d: d["sections"][0]["paragraphs"][0].update(span="0-5"),
            "sections[0].paragraphs[0].span: expected a [start, end] pair",
        ),
        (lambda d: d["blocks"][1].update(kind="sidebar"), "blocks[1].kind: 'sidebar' is not one"),
        (
            lambda d: d.update(updated="yesterday"),
            "updated: expected an ISO 8601 date and time or date, got 'yesterday'",
        ),
        (
            lambda d: d.update(updated="2017-13-40"),
            "updated: expected an ISO 8601 date and time or date, got '2017-13-40' (month must",
        ),
        (lambda d: d.update(notes={}), "notes: expected a list, got dict"),
        (lambda d: d["quotes"][0].update(speaker=[]), "quotes[0].speaker: expected an object"),
    ],
)
def test_bad_data_names_the_key_at_fault(change: Any, message: str) -> None:
    with pytest.raises(SchemaError) as raised:
        Article.from_dict(_broken(change))
    assert str(raised.value).startswith(message)
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, wireparse.WireparseError)


def test_keys_with_defaults_may_be_left_out() -> None:
    data = {"source": "Hello", "schema_version": SCHEMA_VERSION}
    assert Article.from_dict(data) == Article(source="Hello")


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", "null", b"\xff\xfe{"])
def test_loads_refuses_what_is_not_an_article(text: str | bytes) -> None:
    with pytest.raises(SchemaError):
        wireparse.loads(text)


@given(st.recursive(st.none() | st.integers() | st.text(max_size=5), st.lists, max_leaves=8))
def test_from_dict_raises_only_schema_errors(junk: Any) -> None:
    for key in (None, "source", "blocks", "sections"):
        data = junk if key is None else {"schema_version": SCHEMA_VERSION, key: junk}
        try:
            article = Article.from_dict(data)
        except SchemaError:
            continue
        # What it accepts is an article that round-trips and that the schema accepts.
        assert isinstance(article, Article)
        assert isinstance(article.source, str)
        assert_round_trips(article)
