"""A feed format is a plugin: one module and one registration call.

This file is that module for an invented format, ``pctstory``: a story opens
with a ``%%STORY <number> desk=<desk>`` header line, its next line is the
headline, and a ``%%END`` line closes it.  The tests register it (only inside
a fixture, so that other tests never see it) and check that detection, the
stream splitter, the parser, the rule preset and the dict form all use it
without a line of per-format code anywhere else.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, ClassVar

import attrs
import pytest
import regex

import wireparse
from wireparse import feeds
from wireparse.feeds.base import Builder, FeedFormat, FeedStory
from wireparse.model import BlockKind, DefectCode, Envelope, Span
from wireparse.model.envelopes import envelope_class, envelope_classes
from wireparse.reading.source import split_lines
from wireparse.structure.rules import BLOCK_RULES, LAYOUT_RULES, Rule, State, item_slugs

if TYPE_CHECKING:
    from collections.abc import Iterator

# --------------------------------------------------------------------------
# The plugin module: an envelope, a detector, a reader, a preset, a format.

NAME = "pctstory"
HEADER = regex.compile(r"%%STORY[ ](?P<number>[0-9]{1,6})(?:[ ]desk=(?P<desk>[a-z]{1,20}))?")
END = "%%END"


@attrs.frozen(slots=True, kw_only=True)
class PctEnvelope(Envelope):
    """The header line of a ``pctstory`` story.

    :param raw: The header line as written.
    :param span: Where it is.
    :param number: The story number, as written.
    :param desk: The desk that filed it, if named.
    """

    format_name: ClassVar[str] = NAME

    number: str | None = None
    desk: str | None = None


def detect(text: str) -> tuple[int, tuple[str, ...]]:
    """Score a text: a header line is strong evidence, a closing line weak."""
    m = HEADER.search(text)
    if m is None:
        return 0, ()
    evidence = [f"%%STORY header at {m.start()}"]
    score = 8
    if END in text:
        score += 2
        evidence.append("%%END line")
    return score, tuple(evidence)


def read(text: str, reference_date: dt.date | None = None) -> FeedStory:
    """Cut one story: header, headline, body (generic text), end line."""
    builder = Builder(text, "pct")
    lines = [ln for ln in split_lines(text) if text[ln.start : ln.end].strip()]
    envelope = None
    body = 0
    if lines and (m := HEADER.match(text, lines[0].start, lines[0].end)) is not None:
        header = lines[0]
        builder.add(header.start, header.end, BlockKind.FRAMING, "header")
        envelope = PctEnvelope(
            raw=text[header.start : header.end],
            span=Span(header.start, header.end),
            number=m.group("number"),
            desk=m.group("desk"),
        )
        if len(lines) > 1:
            builder.add(lines[1].start, lines[1].end, BlockKind.HEADLINE, "headline")
            body = lines[1].end
    else:
        builder.defect(DefectCode.FEED_MISSING_HEADER, "no %%STORY header line")
    end = text.rfind(END, body)
    builder.generic(body, end if end >= 0 else len(text), "body")
    if end >= 0:
        builder.add(end, end + len(END), BlockKind.FRAMING, "end")
    segments, defects = builder.finish()
    return FeedStory(format=NAME, envelope=envelope, segments=segments, defects=defects)


def desk_note(state: State, i: int) -> BlockKind | None:
    """A ``DESK:`` line is a note to editors: ``DESK: corrects the ferry's name``."""
    return BlockKind.NOTE if state.blocks[i].match.startswith("DESK:") else None


FORMAT = FeedFormat(
    name=NAME,
    description="an invented format: %%STORY header line, headline, text, %%END",
    detect=detect,
    read=read,
    story_start=r"(?<![^\r\n])%%STORY[ ]",
    story_hints=("%%STORY",),
    envelope=PctEnvelope,
    block_rules=(Rule("pct.desk-note", desk_note, 12), *BLOCK_RULES),
)

# --------------------------------------------------------------------------
# The tests.

STORY = (
    "%%STORY 0042 desk=harbour\n"
    "Island ferry to sail twice a day from April\n"
    "\n"
    "DESK: corrects the operator's name\n"
    "\n"
    "The island ferry will sail twice a day from April, its operator, Tidewell"
    " Lines, said on Monday.\n"
    "\n"
    '"We listened to the people who use it," said Mara Quint, the director of'
    " Tidewell Lines.\n"
    "%%END\n"
)
SECOND = (
    "%%STORY 0043\n"
    "Harbour cafe reopens after the storm\n"
    "\n"
    "The cafe on the north pier opened its doors again on Tuesday, its owner said.\n"
    "%%END\n"
)


@pytest.fixture
def pct() -> Iterator[FeedFormat]:
    """The invented format, registered for one test only."""
    with feeds.registered(FORMAT) as registered:
        yield registered


def test_not_known_unless_registered() -> None:
    assert NAME not in feeds.format_names()
    assert wireparse.detect(STORY).format == "text"
    assert envelope_class(NAME) is Envelope
    with pytest.raises(ValueError, match="unknown format"):
        wireparse.parse(STORY, format=NAME)


def test_detect(pct: FeedFormat) -> None:
    detection = wireparse.detect(STORY)
    assert detection.format == NAME
    assert detection.evidence == ("%%STORY header at 0", "%%END line")
    assert detection.score == 10
    assert NAME in feeds.format_names()
    assert feeds.get_format(NAME) is pct


def test_parse(pct: FeedFormat) -> None:
    article = wireparse.parse(STORY)
    assert article.format == NAME
    assert article.headline == "Island ferry to sail twice a day from April"
    assert [p.text for p in article.paragraphs] == [
        "The island ferry will sail twice a day from April, its operator, Tidewell"
        " Lines, said on Monday.",
        '"We listened to the people who use it," said Mara Quint, the director of Tidewell Lines.',
    ]
    assert article.envelope == PctEnvelope(
        raw="%%STORY 0042 desk=harbour", span=Span(0, 25), number="0042", desk="harbour"
    )
    assert [(b.rule, b.kind) for b in article.blocks] == [
        ("pct.header", BlockKind.FRAMING),
        ("pct.headline", BlockKind.HEADLINE),
        ("pct.desk-note", BlockKind.NOTE),
        ("paragraph.lead", BlockKind.PARAGRAPH),
        ("paragraph", BlockKind.PARAGRAPH),
        ("pct.end", BlockKind.FRAMING),
    ]
    assert [n.text for n in article.notes] == ["DESK: corrects the operator's name"]
    assert [(q.speaker.name if q.speaker else None, q.text) for q in article.quotes] == [
        ("Mara Quint", "We listened to the people who use it,")
    ]
    assert not [d for d in article.defects if d.code.startswith("feed-")]


def test_the_preset_is_the_formats_own(pct: FeedFormat) -> None:
    # Read as plain text, the desk line is no note: the plain-text preset
    # has no such rule.
    article = wireparse.parse(STORY, format="text")
    assert "pct.desk-note" not in [b.rule for b in article.blocks]


def test_iter_articles_splits_a_capture(pct: FeedFormat) -> None:
    capture = STORY + SECOND
    assert list(feeds.split_stories(capture)) == [
        (0, len(STORY)),
        (len(STORY), len(capture)),
    ]
    for stream in (io.StringIO(capture), io.BytesIO(capture.encode("utf-8"))):
        articles = list(wireparse.iter_articles(stream))
        assert [(a.format, a.headline) for a in articles] == [
            (NAME, "Island ferry to sail twice a day from April"),
            (NAME, "Harbour cafe reopens after the storm"),
        ]
        assert [a.envelope.number for a in articles if isinstance(a.envelope, PctEnvelope)] == [
            "0042",
            "0043",
        ]
    several = wireparse.parse(capture)
    assert [d.code for d in several.defects if d.code == "several-stories"] == ["several-stories"]


def test_dict_form_round_trip(pct: FeedFormat) -> None:
    article = wireparse.parse(STORY)
    data = article.to_dict()
    assert data["envelope"] == {
        "raw": "%%STORY 0042 desk=harbour",
        "span": [0, 25],
        "number": "0042",
        "desk": "harbour",
    }
    back = wireparse.Article.from_dict(data)
    assert type(back.envelope) is PctEnvelope
    assert back.envelope == article.envelope
    assert back.to_dict() == data
    assert "PctEnvelope" in wireparse.json_schema()["$defs"]


def test_unregistering_forgets_the_format_and_its_envelope() -> None:
    schema = wireparse.json_schema()
    with feeds.registered(FORMAT):
        assert PctEnvelope in envelope_classes()
    assert PctEnvelope not in envelope_classes()
    assert NAME not in feeds.format_names()
    assert wireparse.json_schema() == schema
    assert "PctEnvelope" not in schema["$defs"]
    assert list(feeds.split_stories(STORY + SECOND)) == [(0, len(STORY + SECOND))]


def test_register_refuses_a_name_taken(pct: FeedFormat) -> None:
    with pytest.raises(ValueError, match="registered already"):
        feeds.register(FORMAT)
    with pytest.raises(ValueError, match="registered already"):
        feeds.register(attrs.evolve(FORMAT, name="text", envelope=None))
    with pytest.raises(ValueError, match="format_name"):
        feeds.register(attrs.evolve(FORMAT, name="other"))
    with pytest.raises(ValueError, match="no feed format"):
        feeds.unregister("other")


def test_first_wins_ties() -> None:
    rival = attrs.evolve(FORMAT, name="rival", envelope=None)
    with feeds.registered(FORMAT), feeds.registered(rival, first=True):
        assert feeds.formats()[0] is rival
        assert wireparse.detect(STORY).format == "rival"
    with feeds.registered(FORMAT), feeds.registered(rival):
        assert wireparse.detect(STORY).format == NAME


def test_the_anpa_preset_adds_item_slugs() -> None:
    anpa = feeds.get_format("anpa1312")
    assert anpa is not None
    assert anpa.layout_rules == (*LAYOUT_RULES, item_slugs)
    assert item_slugs not in LAYOUT_RULES
    assert feeds.TEXT_FORMAT.layout_rules == LAYOUT_RULES


@pytest.mark.parametrize("hints", [("%%STORY",), ()])
def test_story_starts_with_and_without_hints(hints: tuple[str, ...]) -> None:
    capture = "a line before the first story\n" + STORY + SECOND
    first = capture.index("%%STORY")
    second = capture.index("%%STORY", first + 1)
    with feeds.registered(attrs.evolve(FORMAT, story_hints=hints)):
        assert feeds.story_starts(capture) == [first, second]
        assert feeds.story_starts("before\n%%STORY 9") == [7]  # the text before is not one
        assert feeds.story_starts("no story here") == []
