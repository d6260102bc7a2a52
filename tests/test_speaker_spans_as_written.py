"""A speaker's mention and a cue are the text at their spans; the speaker readers never raise.

Bugs found by feeding the parser corpus articles mutated at random (marks
and line breaks put in, words cut, lines repeated), pinned here on invented
text, and the two properties behind them: whatever the copy, the strings a
quotation result gives are the text at the spans it gives with them, and
the quotation stage never raises on a text made of the words its readers
look for.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import Article, DefectCode

from .speaker_helpers import speakers


def assert_as_written(article: Article) -> None:
    """Every mention and cue of *article* is the source's text at its span (and nothing failed)."""
    assert DefectCode.QUOTATIONS_FAILED not in [d.code for d in article.defects]
    source = article.source
    for quote in article.quotes:
        pieces = " ".join(source[p.start : p.end] for p in quote.pieces)
        assert quote.text == " ".join(pieces.split()) or quote.text == pieces
        if quote.cue_span is not None:
            assert quote.cue == source[quote.cue_span.start : quote.cue_span.end]
        speaker = quote.speaker
        if speaker is not None:
            span = speaker.mention_span
            assert speaker.mention == source[span.start : span.end]
    for attribution in article.attributions:
        span = attribution.cue_span
        assert attribution.cue == source[span.start : span.end]
        where = attribution.speaker.mention_span
        assert attribution.speaker.mention == source[where.start : where.end]


# ---------------------------------------------------------------- pinned bugs


def test_a_source_phrase_before_a_name_in_marks_does_not_raise() -> None:
    # German copy names a paper or a body in marks after "laut der": the
    # article is no role of its own ("der"), and the reader ran past the
    # last word before the mark (IndexError).
    article = wireparse.parse("Die Mieten sind laut der »Chronik der Stadt« gestiegen.\n")
    assert [q.text for q in article.quotes] == ["Chronik der Stadt"]
    assert article.quotes[0].speaker is None
    assert speakers("Das Vorhaben ist laut der „Initiative für saubere Luft“ gescheitert.") == [
        None
    ]


def test_a_source_phrase_before_an_unclosed_mark_at_the_end_does_not_raise() -> None:
    # A teaser cut off inside its quotation.
    article = wireparse.parse("Die Mieten steigen laut der »Chronik die")
    assert article.quotes[0].speaker is None


def test_an_article_before_a_mark_gives_no_speaker_but_an_article_before_its_noun_does() -> None:
    # Only the article right before the mark is no role: "laut der Polizei"
    # keeps its reading.
    assert speakers("Die Lage ist laut der Polizei »sehr ernst«.") == ["der Polizei"]


def test_a_cue_over_a_wrapped_line_is_as_written() -> None:
    # Copy wrapped at a fixed width with CRLF line ends: the cue runs over
    # the break, and is the text at its span, "\r\n" and all.
    text = (
        "Harbour board meets\r\n\r\n"
        "The board met on Monday to hear the harbour master on the new gates.\r\n\r\n"
        '"The gates will be ready by May," harbour master Ines Varga added\r\n'
        "in the letter to the board.\r\n"
    )
    article = wireparse.parse(text)
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ines Varga"
    assert quote.cue == "added\r\nin the letter"
    assert_as_written(article)


def test_a_spanish_verb_without_a_subject_has_an_empty_mention() -> None:
    # «…», añadió.: no word names the source; the speaker is carried from
    # the sentence before, the mention is empty and so is its span.
    text = (
        "MADRID, 3 ene (EFE).- La alcaldesa de Villaverde, Rosa Quintana, "
        "presentó el plan el lunes. «El puerto abrirá en mayo», dijo Quintana.\n\n"
        "«Las obras van bien», añadió.\n"
    )
    article = wireparse.parse(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Rosa Quintana",
        "Rosa Quintana",
    ]
    last = article.quotes[-1].speaker
    assert last is not None
    assert last.mention == ""
    assert last.mention_span.start == last.mention_span.end
    assert_as_written(article)


def test_an_error_of_the_quotation_stage_keeps_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A rule that raises on a text nobody foresaw costs the quotations, not
    # the article: its structure stays, and a defect names the error.
    def broken(*args: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(wireparse.parser, "analyse", broken)
    text = (
        "Harbour gates approved\n\n"
        "KESTON (Wire) - The council approved the new harbour gates on Tuesday.\n\n"
        '"They will hold," harbour master Ines Varga said.\n'
    )
    article = wireparse.parse(text)
    assert article.headline == "Harbour gates approved"
    assert len(article.paragraphs) == 2
    assert (article.quotes, article.attributions, article.people) == ((), (), ())
    (defect,) = [d for d in article.defects if d.code is DefectCode.QUOTATIONS_FAILED]
    assert defect.span is None
    assert defect.message.startswith(
        "the quotation stage failed with IndexError: list index out of range"
    )
    assert article.to_dict()["defects"][-1]["code"] == "quotations-failed"


# ----------------------------------------------------------------- properties

#: Words the speaker readers of the four languages look for, marks and line
#: breaks among them, for texts that reach their rarest branches.
WORDS = (
    "Ines Varga", "Jan Ott", "Rosa Quintana", "Paul Roux", "the mayor", "he", "she",
    "said", "added", "told", "according to", "laut", "der", "die", "so", "sagte", "er",
    "sie", "diese", "selon", "le", "la", "a-t-il", "déclaré", "según", "el", "dijo",
    "añadió", "de", "del", "von", "Dr.", "Frau", "M.", "Mme", "don", "Bürgermeisterin",
    "maire", "alcaldesa", "portavoz", "47", "Jahre", "alte", "Trainer", "fuentes",
    '"', "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›", "—", "-", ",", ".", ":", ";",
    "(", ")", "(dpa)", "(AFP)", "(EFE).-", "\n", "\n\n", "\r\n", " \r\n ", "\t",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=60),
    st.sampled_from([None, "de", "fr", "es", "en"]),
)
def test_quotation_results_are_as_written_and_never_raise(
    words: list[str], language: str | None
) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    article = wireparse.parse(text, language=language)
    assert_as_written(article)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"The gates will hold," Ines Varga said.',
                "Ines Varga, the harbour master of the town since last year, told reporters\r\n"
                '   on Monday at the quay: "We will open the new gates in May."',
                '"We will open the new gates in May as planned," harbour master Ines\r\n'
                "Varga of the town's port authority added in a letter to the board on\r\n"
                "Monday after the vote.",
                "„Wir bauen weiter, auch wenn es teurer wird“, sagte die Bürgermeisterin Ilse\r\n"
                "Varga am Montag nach der Sitzung des Rates im alten Rathaus.",
                "« Nous tiendrons jusqu'au bout, quoi qu'il arrive », a déclaré lundi\r\n"
                "le maire de la ville, Paul Roux, devant le conseil municipal réuni.",
                "«Las obras van bien», añadió.",
                "«El puerto abrirá en mayo», dijo la alcaldesa Rosa Quintana.",
                "The board met on Monday.",
            ]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_wrapped_and_multilingual_quotations_are_as_written(paragraphs: list[str]) -> None:
    text = "Harbour gates\r\n\r\n" + "\r\n\r\n".join(paragraphs) + "\r\n"
    assert_as_written(wireparse.parse(text))
