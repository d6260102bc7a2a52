"""Body integrity of feed captures, round 20: conventions read on feed captures without gold.

Every text here is invented: it imitates a convention of wire copy and
none is copied from a real story.
"""

from __future__ import annotations

import wireparse
from tests.structure_helpers import line_kind

# --------------------------------------------------------------------------
# Double-spaced ANPA copy: a blank line between a paragraph's wrapped lines
# --------------------------------------------------------------------------

_DOUBLE_SPACED = (
    "\x16\x16\x01a0031\x1fhbrp-\n"
    "d n\x13\x11 bc-QUAY     06-11 0210   \r\n"
    "\x02\r\n"
    "HBR31:UPDATE:CRANE TIPS OVER ON NORTH QUAY\r\n"
    "\r\n"
    "\t   HBR31             -CRANE\r\n"
    "\t   \r\n"
    "\t   PORTVALE (BCN)\r\n"
    "\r\n"
    "\t   Harbour police closed the north quay this afternoon after a \r\n"
    "\r\n"
    "loading crane tipped over onto an empty barge.\r\n"
    "\r\n"
    "\t   Nobody was hurt, said Sgt. Ines Varga, who added that the \r\n"
    "\r\n"
    "crane's operator had climbed down minutes before it fell.  Divers \r\n"
    "\r\n"
    "will inspect the quay wall on Thursday.\r\n"
    "\r\n"
    "\t   The quay will stay closed until the barge is towed away.\r\n"
    "\r\n"
    "\t   L.Moreno/T.Adair512p6/11/96  \r\n"
    "\t   \r\n"
    "\t   CONTACT: Harbour police (555) 014-2200\r\n"
    "\r\n"
    "\x03\x04\r\n"
)


def test_double_spaced_anpa_paragraphs_run_on_over_their_blank_lines() -> None:
    article = wireparse.parse(_DOUBLE_SPACED)
    body = [(b.kind.value, b.rule) for b in article.blocks if b.kind.value == "paragraph"]
    assert body == [
        ("paragraph", "paragraph.lead_dateline"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
    ]
    assert [p.text for p in article.paragraphs] == [
        "PORTVALE (BCN) Harbour police closed the north quay this afternoon after a "
        "loading crane tipped over onto an empty barge.",
        "Nobody was hurt, said Sgt. Ines Varga, who added that the crane's operator had "
        "climbed down minutes before it fell.  Divers will inspect the quay wall on Thursday.",
        "The quay will stay closed until the barge is towed away.",
    ]
    assert not any(b.kind.value == "furniture" for b in article.blocks)


def test_the_dateline_alone_over_double_spaced_copy_is_the_dateline() -> None:
    article = wireparse.parse(_DOUBLE_SPACED)
    assert article.headline == "CRANE TIPS OVER ON NORTH QUAY"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("PORTVALE", "BCN")
    assert line_kind(article, "PORTVALE (BCN)") == ("paragraph", "paragraph.lead_dateline")


def test_single_spaced_anpa_paragraphs_stop_at_a_blank_line() -> None:
    # One TAB line broken off mid-sentence is no double spacing: the
    # untagged line after the blank line is a block of its own.
    story = (
        "\x16\x16\x01a0032\x1fhbrp-\n"
        "d n\x13\x11 bc-QUAY     06-11 0120   \r\n"
        "\x02\r\n"
        "HBR32:CRANE TIPS OVER ON NORTH QUAY\r\n"
        "\r\n"
        "\t   Harbour police closed the north quay this afternoon after a\r\n"
        "loading crane tipped over onto an empty barge.\r\n"
        "\t   Nobody was hurt, police said, and the quay reopens on\r\n"
        "\r\n"
        "Thursday morning.\r\n"
        "\r\n"
        "\x03\x04\r\n"
    )
    article = wireparse.parse(story)
    start = story.index("Nobody was hurt")
    block = next(b for b in article.blocks if b.span.start <= start < b.span.end)
    assert block.text.endswith("the quay reopens on")
    assert "Thursday" not in block.text


def test_a_bay_city_sign_off_of_two_staffers_or_on_the_hour_is_a_sign_off() -> None:
    article = wireparse.parse(_DOUBLE_SPACED)
    assert line_kind(article, "L.Moreno/T.Adair512p6/11/96") == ("signoff", "anpa.signoff")
    on_the_hour = _DOUBLE_SPACED.replace("L.Moreno/T.Adair512p6/11/96", "L.Moreno4p6/11/96")
    assert line_kind(wireparse.parse(on_the_hour), "L.Moreno4p6/11/96") == (
        "signoff",
        "anpa.signoff",
    )
