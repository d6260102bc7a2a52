"""German, French and Spanish wire copy: language, quotation marks, datelines, dates.

Every text here is invented: it imitates a convention of dpa, APA, AFP, ATS,
EFE or Europa Press copy, and none is copied from a real article.
"""

from __future__ import annotations

import re

import pytest

from wireparse.model import Paragraph, Span
from wireparse.quotes import QuoteAnalysis, analyse


def paragraphs_of(text: str) -> list[Paragraph]:
    """Cut *text* into blank-line paragraphs, as the parser gives them."""
    out = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        out.append(Paragraph(" ".join(m.group().split()), Span(m.start(), m.end())))
    return out


def spans(text: str) -> list[str]:
    """The text of every quoted span, speech or not, in order."""
    result: QuoteAnalysis = analyse(text, paragraphs_of(text))
    found = sorted(result.quotes + result.others, key=lambda q: q.span.start)
    return [q.text for q in found]


# --------------------------------------------------------------------------
# Quotation marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: guillemets with inner spaces, no-break spaces, narrow no-break spaces.
        (
            "Le maire parle d'« un gâchis », puis ajoute : « Nous reconstruirons le pont. »",
            [" un gâchis ", " Nous reconstruirons le pont. "],
        ),
        (
            "La ministre a dénoncé un « scandale\xa0», avant de promettre «\xa0des mesures\xa0».",
            [" scandale\xa0", "\xa0des mesures\xa0"],
        ),
        (
            "Il juge le projet «\u202ftrop coûteux\u202f», selon l'élu.",
            ["\u202ftrop coûteux\u202f"],
        ),
        # French, tight guillemets.
        ("Le syndicat réclame «une vraie négociation», dit-il.", ["une vraie négociation"]),
        # German: low-high marks, reversed guillemets, Swiss guillemets.
        ("Er sagte: „Wir bauen die Brücke neu.“ Dann ging er.", ["Wir bauen die Brücke neu."]),
        ("Die Ministerin nannte den Plan »unausgegoren«, so ein Sprecher.", ["unausgegoren"]),
        ("Der Gemeinderat spricht von «grossen Fortschritten».", ["grossen Fortschritten"]),
        # Spanish: guillemets and curly marks.
        ("El alcalde afirmó que «el puente estará listo en mayo».", ["el puente estará listo en mayo"]),
        ("“No habrá recortes”, aseguró la ministra.", ["No habrá recortes"]),
    ],
)
def test_quotation_marks_of_each_language(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
