"""The safety net: running text of real length that lands outside the body is reported."""

from __future__ import annotations

import pytest

import wireparse

LEAD = (
    "PORTVALE, Maine (AP) — The harbour board voted on Tuesday to keep the old pier, "
    "ending two years of debate over its future."
)
BODY = "The vote was five to two. The mayor said repairs would start in the spring."


def _codes(text: str) -> list[str]:
    return [d.code for d in wireparse.parse(text).defects]


def test_several_sentences_above_the_lead_are_reported() -> None:
    opening = (
        "I have covered this harbour for twenty years and never seen a meeting like it. "
        "Residents filled the hall an hour before the doors opened. "
        "Some of them had brought their grandchildren to watch the vote."
    )
    text = f"Portvale keeps its pier\n\n{opening}\n\n{LEAD}\n\n{BODY}\n"
    article = wireparse.parse(text)
    found = [d for d in article.defects if d.code == "prose-outside-body"]
    assert len(found) == 1
    assert found[0].span is not None
    assert article.source[found[0].span.start : found[0].span.end] == opening
    assert "caption" in found[0].message


def test_one_long_sentence_outside_the_body_is_reported() -> None:
    long_sentence = (
        "The harbour board, which has met every month since the storm that broke the deck "
        "and which has heard from fishermen, shop owners, divers, the ferry company and "
        "the families who have walked on the pier for generations, will publish its full "
        "reasons for keeping the pier in a report that residents can read at the library."
    )
    text = f"Portvale keeps its pier\n\n{long_sentence}\n\n{LEAD}\n\n{BODY}\n"
    assert _codes(text).count("prose-outside-body") == 1


def test_a_short_caption_is_not_reported() -> None:
    text = (
        "Portvale keeps its pier\n\n"
        "The old pier at dawn on Tuesday. Residents gathered to watch.\n\n"
        f"{LEAD}\n\n{BODY}\n"
    )
    assert "prose-outside-body" not in _codes(text)


def test_an_ordinary_story_has_no_such_defect() -> None:
    text = f"Portvale keeps its pier\n\nBy Jane Roe\n\n{LEAD}\n\n{BODY}\n"
    assert "prose-outside-body" not in _codes(text)


def test_readers_comments_are_not_reported() -> None:
    comment = (
        "I walk on that pier every single morning with my dog. "
        "The board finally listened to the people who use it. "
        "Now they should fix the lights at the far end as well."
    )
    text = f"Portvale keeps its pier\n\n{LEAD}\n\n{BODY}\n\nComments\n\n{comment}\n"
    article = wireparse.parse(text)
    assert comment not in [p.text for p in article.paragraphs]
    assert "prose-outside-body" not in _codes(text)


def test_a_standfirst_question_is_not_reported() -> None:
    standfirst = (
        "Die Stadt ersetzt die alte Fähre nach vierzig Jahren. "
        "Der Umbau des Anlegers dauert den ganzen Sommer lang. "
        "Doch wer soll das alles am Ende bezahlen?"
    )
    lead = (
        "Die neue Fähre fährt ab Montag zwischen den beiden Ufern der Weser, wie die "
        "Stadtwerke am Dienstag mitteilten. Sie bietet Platz für zweihundert Fahrgäste, "
        "vierzig Fahrräder und zwölf Autos, doppelt so viele wie die alte Fähre."
    )
    text = f"Neue Fähre für Portstadt\n\n{standfirst}\n\n{lead}\n\n{BODY}\n"
    article = wireparse.parse(text)
    rules = {
        b.rule for b in article.blocks if article.source[b.span.start : b.span.end] == standfirst
    }
    assert rules == {"standfirst.question"}
    assert article.paragraphs[0].text == lead
    assert "prose-outside-body" not in _codes(text)


@pytest.mark.parametrize(
    "line",
    [
        "Tom Reyes, whose boat sank in May, said: \u201cI did not know what to feel\u201d",
        'Ada Marsh told reporters on the quay: "We will not stop until the pier is rebuilt"',
    ],
)
def test_a_lead_in_and_its_quotation_without_a_full_stop_is_a_paragraph(line: str) -> None:
    """``..., said: "..."`` with no full stop after the marks: reported speech, not a link."""
    article = wireparse.parse(
        "Pier closes\n\nPORTVALE (Wire) — The pier closed on Monday after a storm.\n\n"
        "The ferry stopped on Monday.\n\n" + line + "\n\nIt was the third closure this year.\n"
    )
    (block,) = [b for b in article.blocks if b.text == line]
    assert (block.kind.value, block.rule) == ("paragraph", "paragraph")
    assert len(article.quotes) == 1
