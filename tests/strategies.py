"""Hypothesis strategies that write wire-like articles and say what they hold.

:func:`articles` draws a :class:`Generated` story: site furniture, a headline,
sections with subheadings, paragraphs, trailers and a copyright notice, laid
out in one of several layouts (blank-line paragraphs with LF, CRLF or CR line
breaks, non-breaking-space separator lines, one paragraph per line, Reuters'
indented hard-wrapped copy).  Keyword switches turn each part on or off, in
the manner of attrs' own test strategies.  The expected values are kept
beside the text, so a property can check that what was generated is what is
parsed back.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from hypothesis import strategies as st

from wireparse.structure import rules

# Neutral words: none is a furniture, date, byline or attribution word.
WORDS = """
harbor council bridge river engineers budget project ferry island tide barrier storm
village market farmers orchard station railway tunnel valley summit glacier canal museum
library garden factory workers bakery lantern meadow quarry forest pilot captain
doctors nurses clinic school teachers students council voters ballots district region
plan design model estimate contract gates cranes steel timber copper grain wheat barley
quickly slowly carefully openly firmly early late again together nearly mostly
builds opens closes repairs crosses follows reaches moves carries lifts holds keeps
green quiet narrow broad northern southern coastal inland old new small large
""".split()
NAMES = """
Maren Holt Tobias Reyes Ilse Varga Piet Ostrander Leonie Farrow Anneke Bloom
Jonas Pell Odile Marsh Ravi Tamsin Kofi Brandt Signe Okafor Lucian Dray
""".split()
HOLDERS = {
    "The Associated Press": "The Associated Press",
    "Cable News Network, Inc.": "Cable News Network, Inc.",
    "Thomson Reuters": "Thomson Reuters",
    "AFP": "AFP",
    "Example Media Ltd.": "Example Media Ltd.",
}
LAYOUTS = ("lf", "crlf", "cr", "nbsp", "per_line", "wrapped")
FURNITURE_ABOVE = ("NewsWorld News", "Actions", "Share", "Skip Ad", "12 comments", "Advertisement")
FURNITURE_LABELS = ("Posted", "and last updated")
NOTES = (
    "This story is breaking and will be updated.",
    "Editor's note: An earlier version of this story gave the wrong date.",
    "This story has been updated.",
)
TAGLINES = ("The-CNN-Wire", "The-Example-Wire", "-- The Associated Press")


@dataclass
class Generated:
    """A generated article and what a parser should find in it."""

    text: str
    layout: str
    headline: str | None
    sections: list[tuple[str | None, list[str]]]
    furniture: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    taglines: list[str] = field(default_factory=list)
    copyright: tuple[int, str] | None = None
    copyright_text: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for _, paras in self.sections for p in paras]

    @property
    def headings(self) -> list[str]:
        return [h for h, _ in self.sections if h is not None]


def _capitalise(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:]


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 6, max_words: int = 14) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    return _capitalise(words) + "."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=2, max_size=4)))


@st.composite
def titles(draw: st.DrawFn, min_words: int, max_words: int) -> str:
    return _capitalise(
        draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    )


@st.composite
def person(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(NAMES[0::2]))
    last = draw(st.sampled_from(NAMES[1::2]))
    return f"{first} {last}"


@st.composite
def copyright_notices(draw: st.DrawFn) -> tuple[str, int, str]:
    """A notice in one of the spellings seen on wire copy: (text, year, holder)."""
    year = draw(st.integers(1990, 2030))
    holder = draw(st.sampled_from(sorted(HOLDERS)))
    form = draw(st.integers(0, 4))
    if form == 0:
        text = f"™ & © {year} {holder}, a Fictional Holdings Company. All rights reserved."
    elif form == 1:
        text = (
            f"Copyright {year} {holder}. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed."
        )
    elif form == 2:
        text = f"(c) Copyright {holder} {year}."
    elif form == 3:
        text = f"© {year} {holder}"
    else:
        text = f"Copyright {year} {holder}. All rights reserved.This material may not be published."
    return text, year, HOLDERS[holder]


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    layout: str | None = None,
    furniture: bool = True,
    headline: bool = True,
    headings: bool = True,
    trailers: bool = True,
    copyright: bool = True,
) -> Generated:
    """Draw a wire-like article; each keyword turns one part of it on or off."""
    layout = layout or draw(st.sampled_from(LAYOUTS))
    wrapped = layout == "wrapped"
    use_furniture = furniture and not wrapped and draw(st.booleans())
    sections: list[tuple[str | None, list[str]]] = []
    n_sections = draw(st.integers(1, 3)) if headings and not wrapped else 1
    seen_headings: set[str] = set()
    for n in range(n_sections):
        heading = None
        if n:
            heading = draw(titles(2, 6).filter(lambda h: h not in seen_headings))
            seen_headings.add(heading)
        sections.append((heading, draw(st.lists(paragraphs(), min_size=1, max_size=4))))
    gen = Generated("", layout, None, sections)
    head: list[str] = []
    if use_furniture:
        gen.furniture += draw(st.lists(st.sampled_from(FURNITURE_ABOVE), max_size=2))
        head += gen.furniture
    if headline:
        gen.headline = draw(titles(4, 12))
        head.append(gen.headline)
    if use_furniture and draw(st.booleans()):
        head += FURNITURE_LABELS
        gen.furniture += FURNITURE_LABELS
    tail: list[str] = []
    if trailers and draw(st.booleans()):
        gen.notes.append(draw(st.sampled_from(NOTES)))
        tail += gen.notes
    if trailers and draw(st.booleans()):
        gen.credits.append(f"{draw(person())} contributed to this report.")
        tail += gen.credits
    if trailers and not wrapped and draw(st.booleans()):
        gen.taglines.append(draw(st.sampled_from(TAGLINES)))
        tail += gen.taglines
    if copyright and draw(st.booleans()):
        text, year, holder = draw(copyright_notices())
        gen.copyright = (year, holder)
        gen.copyright_text = text
        tail.append(text)
    gen.text = _lay_out(layout, head, sections, tail, gen.furniture)
    return gen


def _lay_out(
    layout: str,
    head: list[str],
    sections: list[tuple[str | None, list[str]]],
    tail: list[str],
    furniture: list[str],
) -> str:
    body: list[str] = []
    for heading, paras in sections:
        if heading is not None:
            body.append(heading)
        body += paras
    if layout == "wrapped":
        lines = head[:]
        for block in body + tail:
            lines += textwrap.wrap(block, 65, initial_indent="    ", break_on_hyphens=False)
        return "\n".join(lines) + "\n"
    blocks = head + body + tail
    if layout == "per_line":
        return "\n".join(blocks) + "\n"
    if layout == "nbsp":
        return "\n\xa0\n".join(blocks) + "\n"
    # "Posted" and "and last updated" sit on adjacent lines on the pages that
    # have them; that layout is kept.
    text = "\n\n".join(blocks).replace("Posted\n\nand last updated", "Posted\nand last updated")
    newline = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}[layout]
    return text.replace("\n", newline) + newline


#: Invisible characters scrapers and editors leave in copy: the zero-width
#: space, the byte-order mark, the word joiner and the soft hyphen.
INVISIBLE = ("\u200b", "\ufeff", "\u2060", "\xad")


@st.composite
def sprinkled(draw: st.DrawFn, text: str, max_count: int = 12) -> str:
    """*text* with invisible characters (:data:`INVISIBLE`) put in at drawn places.

    Places are drawn anywhere: inside words, at the heads and ends of lines,
    on blank lines.
    """
    marks = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.sampled_from(INVISIBLE)),
            min_size=1,
            max_size=max_count,
        )
    )
    for pos, mark in sorted(marks, reverse=True):
        text = text[:pos] + mark + text[pos:]
    return text


#: The start-anchored block-rule patterns asked through ``rules.Opening``
#: (the shortcut tests compare the gate with the pattern itself).
OPENED_PATTERNS = [
    rules.COUNTER,
    rules.FURNITURE_START,
    rules.FURNITURE_START_LANG,
    rules.CREDIT_START,
    rules.CAPTION_START,
    rules.PROMOTION_START,
    rules.DISCLAIMER_START,
    rules.NOTE,
]
