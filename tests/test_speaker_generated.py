"""A generated article with known quotations and speakers comes back with them.

Each paragraph quotes one person in one of the constructions of news copy
the speaker rules read (a cue after or before the quotation, an inverted cue
with an appositive, a transcript label, a colon after a clause, a possessive
noun of speech, a surname after the full name, a unit number in a title, an
inverted verb of promising, a calling given by a copula, a statement and its
issuer); the property is that every
quotation is found with the person's full name and a rule chain from the
tables.  The text is generated from invented words and names.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse.quotations import rules

from .strategies import NAMES, sentences

FIRST_NAMES = NAMES[0::2]
LAST_NAMES = NAMES[1::2]

#: The forms: {s} the quoted words, {n} the full
#: name, {last} the surname alone.
CONSTRUCTIONS = (
    '"{s}," {n} said.',
    '"{s}," said {n}, a harbour pilot.',
    '{n} said: "{s}."',
    '{n}: "{s}."',
    '{n} sent a blunt note to the board: "{s}."',
    'The crews cheered {n}\'s pledge to "{s}" on the quay.',
    '{n} chairs the board. "{s}," {last} added.',
    '"{s}," points out {n}.',
    '"{s}," {n}, emergency program co-ordinator, said.',
    '"{s}," said Local 14 president {n}.',
    '"{s}," said Ward 5 councillor {n}.',
    '"{s}," {n} wrote on Twitter.',
    '{n} also spoke about the barrier. "{s}," {last} said.',
    '"{s}," the agency quoted {n} as saying.',
    '"{s}," said Sgt. {n} with the Harborton Police Department.',
    '{n}, who lives in Dayton, Ohio, in a house by the dock, said: "{s}."',
    '"{s}," {n}, R-Harborton, said.',
    'The crews mocked {n}\'s claim that the board "{s}" on the quay.',
    '"{s}," Local 14 president {n} said.',
    '"{s}," promised {n}.',
    '{n} is a meteorologist. "{s}," the meteorologist said.',
    '{n} issued a statement. "{s}," the statement said.',
)


@st.composite
def quoted_people(draw: st.DrawFn) -> list[tuple[str, str, str]]:
    """Draw one to five paragraphs as (form, full name, surname), one person each."""
    count = draw(st.integers(1, 5))
    firsts = draw(st.permutations(FIRST_NAMES))[:count]
    lasts = draw(st.permutations(LAST_NAMES))[:count]
    return [
        (draw(st.sampled_from(CONSTRUCTIONS)), f"{first} {last}", last)
        for first, last in zip(firsts, lasts, strict=True)
    ]


@settings(max_examples=60, deadline=None)
@given(quoted_people(), st.lists(sentences(), min_size=5, max_size=5))
def test_generated_quotations_come_back_with_their_speakers(
    people: list[tuple[str, str, str]], words: list[str]
) -> None:
    paragraphs = []
    expected = []
    for (form, name, last), said in zip(people, words, strict=False):
        said = said.rstrip(".")
        paragraphs.append(form.format(s=said, n=name, last=last))
        expected.append(name)
    text = "Harbor board meets on barrier\n\n" + "\n\n".join(paragraphs) + "\n"
    article = wireparse.parse(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == expected
    for quote in article.quotes:
        assert quote.rules
        assert all(name in rules.RULES for name in quote.rules)
