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
    # The point broken off in mid-sentence is one block with its wrapped line.
    assert [h.text for h in article.highlights] == [
        "-- Three hundred jobs in two new plants across the state of Maine",
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


AUTHOR_1 = (
    "Only a week after Acme Harbour Works recalled its pier decking in Canada, the company "
    "has now recalled the same decking across the United States, where far more of it was sold."
)
AUTHOR_2 = (
    "Acme says nobody has been hurt, but it will write to every owner later this month and "
    "replace the boards for free at any of its yards. Its statement follows."
)
RELEASE = (
    "PORTVALE, Maine – Acme Harbour Works is recalling 12,000 sets of pier decking sold "
    "since 2020 to replace boards that may split."
)


def test_author_paragraphs_above_a_quoted_release_are_the_body() -> None:
    text = (
        "Acme recalls pier decking\n\nBy Jane Roe\n\n"
        f"{AUTHOR_1}\n\n{AUTHOR_2}\n\nAcme Recalls Pier Decking\n\n{RELEASE}\n\n{BODY}\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Acme recalls pier decking"
    assert [p.text for p in article.paragraphs] == [AUTHOR_1, AUTHOR_2, RELEASE, BODY]
    assert [s.heading for s in article.sections] == [None, "Acme Recalls Pier Decking"]
    assert "prose-outside-body" not in [d.code for d in article.defects]


def test_one_caption_above_a_datelined_lead_stays_a_caption() -> None:
    text = f"Acme recalls pier decking\n\n{AUTHOR_1}\n\n{RELEASE}\n\n{BODY}\n"
    article = wireparse.parse(text)
    assert article.paragraphs[0].text == RELEASE
    assert [c.text for c in article.captions] == [AUTHOR_1]
