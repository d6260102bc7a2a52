"""Thirteenth round of probed structure conventions of German, French and Spanish copy.

Every text here is invented: it imitates a convention of Belga copy as web
pages carry it, and none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

import pytest

import wireparse
from wireparse.metadata.datelines import match_dateline

# --------------------------------------------------------------------------
# Belga's dateline: the place, the day and month in figures, the tag
# --------------------------------------------------------------------------


def test_a_belga_dateline_alone_on_its_line_is_the_stories_dateline() -> None:
    text = (
        "La commune d'Hervaux ouvre une nouvelle piscine\n\n"
        "HERVAUX 14/03 (BELGA)\n\n"
        "La commune d'Hervaux a inauguré samedi sa piscine couverte.\n\n"
        "Le bassin mesure 25 mètres.\n"
    )
    article = wireparse.parse(text, reference_date=dt.date(2027, 3, 20))
    dateline = article.dateline
    assert dateline is not None
    assert dateline.text == "HERVAUX 14/03 (BELGA)"
    assert dateline.place == "HERVAUX"
    assert dateline.canonical_agency == "Belga"
    assert (dateline.date_text, dateline.month, dateline.day) == ("14/03", 3, 14)
    assert dateline.date == dt.date(2027, 3, 14)
    assert [p.text for p in article.paragraphs] == [
        "HERVAUX 14/03 (BELGA) La commune d'Hervaux a inauguré samedi sa piscine couverte.",
        "Le bassin mesure 25 mètres.",
    ]
    assert article.blocks[1].rule == "paragraph.lead_dateline"


def test_a_belga_dateline_with_a_dash_opens_the_lead() -> None:
    found = match_dateline("NIVELLE, 2/11 (Belga) - Le conseil communal a voté lundi.")
    assert found is not None
    assert (found.text, found.place, found.agency, found.month, found.day) == (
        "NIVELLE, 2/11 (Belga) -",
        "NIVELLE",
        "Belga",
        11,
        2,
    )
    assert found.body_start == 24
    assert found.date is None


@pytest.mark.parametrize(
    "text",
    [
        "HERVAUX 14/13 (BELGA)",  # no thirteenth month
        "HERVAUX 32/03 (BELGA)",  # no day 32
        "HERVAUX 14/03 (Comité des fêtes)",  # no agency's tag
        "HERVAUX 14/03 (BELGA) le conseil",  # the line goes on in lower case
    ],
)
def test_figures_and_a_tag_that_are_no_belga_dateline(text: str) -> None:
    assert match_dateline(text) is None
