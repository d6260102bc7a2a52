"""Press releases: envelope labels, the title, a dateline set alone over summary points."""

from __future__ import annotations

import wireparse

LEAD = (
    "Acme Harbour Works, a maker of pier decking, today announced two new plants "
    "in Maine and said it would hire three hundred people this year."
)
BODY = "The plants will open in the spring. Acme said demand had doubled since 2024."


def test_envelope_labels_are_furniture_and_the_title_is_the_headline() -> None:
    text = (
        "Source: Acme Harbour Works, Inc.\n\nMEDIA RELEASE PR12345\n\n"
        "Acme Harbour Works Opens Two Plants in Maine\n\n"
        f"PORTVALE, Maine, March 3, 2026 /PRNewswire/ -- {LEAD}\n\n{BODY}\n\n"
        "SOURCE: Acme Harbour Works, Inc.\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Acme Harbour Works Opens Two Plants in Maine"
    rules = [(b.rule, b.text) for b in article.blocks]
    assert ("furniture.release", "Source: Acme Harbour Works, Inc.") in rules
    assert ("furniture.release", "MEDIA RELEASE PR12345") in rules
    assert ("furniture.release", "SOURCE: Acme Harbour Works, Inc.") in rules


def test_dateline_alone_over_summary_points_gives_dateline_and_agency() -> None:
    text = (
        "Acme Harbour Works Opens Two Plants in Maine\n\n"
        "PORTVALE, Maine, March 3, 2026 /PRNewswire-AsiaNet/ --\n\n"
        "-- Three hundred jobs in two new plants\n"
        "across the state of Maine\n\n"
        "• Output to double by 2027\n\n"
        f"{LEAD}\n\n{BODY}\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Acme Harbour Works Opens Two Plants in Maine"
    assert article.dateline is not None
    assert article.dateline.place == "PORTVALE, Maine"
    assert article.agency == "PR Newswire"
    assert [h.text for h in article.highlights] == [
        "-- Three hundred jobs in two new plants",
        "across the state of Maine",
        "• Output to double by 2027",
    ]
    assert article.paragraphs[0].text == LEAD
    kinds = {b.text: b.rule for b in article.blocks}
    assert kinds["PORTVALE, Maine, March 3, 2026 /PRNewswire-AsiaNet/ --"] == "dateline.alone"


def test_dateline_alone_right_above_the_lead_is_still_joined() -> None:
    text = (
        "Acme Harbour Works Opens Two Plants in Maine\n\n"
        f"PORTVALE, Maine, March 3, 2026 /PRNewswire/ --\n\n{LEAD}\n\n{BODY}\n"
    )
    article = wireparse.parse(text)
    assert article.paragraphs[0].text.startswith("PORTVALE, Maine, March 3, 2026 /PRNewswire/ --")
    assert "dateline.alone" not in [b.rule for b in article.blocks]
