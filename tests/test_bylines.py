"""Bylines: names, titles and organisations in every wire's spelling."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.metadata.bylines import (
    display_name,
    is_byline_continuation,
    is_person_name,
    looks_like_byline,
    parse_byline,
)
from wireparse.model import Byline

# (text, names, title, organisation, agency)
EXAMPLES = [
    ("By MAREN HOLT and TOBIAS REYES", ("MAREN HOLT", "TOBIAS REYES"), None, None, None),
    ("By Ilse Varga and Piet Ostrander", ("Ilse Varga", "Piet Ostrander"), None, None, None),
    ("By LEONIE FARROW Associated Press", ("LEONIE FARROW",), None, "Associated Press", "AP"),
    ("By Jonas Pell, CNN", ("Jonas Pell",), None, "CNN", "CNN"),
    ("By ODILE MARSH, AP Economics Writer", ("ODILE MARSH",), "AP Economics Writer", "AP", "AP"),
    ("By Kofi Brandt, CNN Senior Producer", ("Kofi Brandt",), "CNN Senior Producer", "CNN", "CNN"),
    ("By the CNN Wire Staff", (), None, "the CNN Wire Staff", "CNN"),
    ("By The Associated Press", (), None, "The Associated Press", "AP"),
    ("By THE ASSOCIATED PRESS", (), None, "THE ASSOCIATED PRESS", "AP"),
    ("By REUTERS", (), None, "REUTERS", "Reuters"),
    ("By NBC News and wire services", (), None, "NBC News and wire services", "NBC News"),
    ("By NBC News' Signe Okafor and Lucian Dray", ("Signe Okafor", "Lucian Dray"), None,
     "NBC News", "NBC News"),
    ("By CNN's Anneke Bloom", ("Anneke Bloom",), None, "CNN", "CNN"),
    ("By Tamsin Ravi BBC Sport", ("Tamsin Ravi",), None, "BBC Sport", "BBC Sport"),
    ("By Maren Holt Science reporter BBC News", ("Maren Holt",), "Science reporter", "BBC News",
     "BBC News"),
    ("By MAREN J. HOLT", ("MAREN J. HOLT",), None, None, None),
    ("BY PIET OSTRANDER AND ILSE VARGA", ("PIET OSTRANDER", "ILSE VARGA"), None, None, None),
    ("By  Jonas Pell", ("Jonas Pell",), None, None, None),
    ("by Jonas Pell", ("Jonas Pell",), None, None, None),
    ("By Maren Holt, Tobias Reyes and Ilse Varga | Financial Times,",
     ("Maren Holt", "Tobias Reyes", "Ilse Varga"), None, "Financial Times", "Financial Times"),
    ("By Maren Holt, Tobias Reyes, and Ilse Varga", ("Maren Holt", "Tobias Reyes", "Ilse Varga"),
     None, None, None),
    ("By MAREN HOLT=\nAssociated Press=", ("MAREN HOLT",), None, "Associated Press", "AP"),
    ("By TOBIAS REYES=\nAP Sports Writer=", ("TOBIAS REYES",), "AP Sports Writer", "AP", "AP"),
    ("By Jonas Pell, dpa =", ("Jonas Pell",), None, "dpa", "dpa"),
    ("By dpa correspondents =", (), "correspondents", "dpa", "dpa"),
    ("Von Ilse Varga und Piet Ostrander, dpa", ("Ilse Varga", "Piet Ostrander"), None, "dpa",
     "dpa"),
    ("By Jonas Pell, The Harbor City Gazette", ("Jonas Pell",), None, "The Harbor City Gazette",
     None),
    ("By Jonas Pell, Staff Writer", ("Jonas Pell",), "Staff Writer", None, None),
    ("By Jonas Pell, Special to CNN", ("Jonas Pell",), "Special to CNN", "CNN", "CNN"),
    ("By Jonas Pell and Odile Marsh, Associated Press Writers", ("Jonas Pell", "Odile Marsh"),
     "Associated Press Writers", "Associated Press", "AP"),
    ("By Jonas Pell Jr. and Odile O'Marsh", ("Jonas Pell Jr.", "Odile O'Marsh"), None, None, None),
    ("By Anne-Marie van der Berg", ("Anne-Marie van der Berg",), None, None, None),
    ("By Jonas Pell | CNN", ("Jonas Pell",), None, "CNN", "CNN"),
    ("By Jonas Pell\nUpdated 6:40 PM EST, Wed March 4, 2026", ("Jonas Pell",), None, None,
     None),
    ("By April Holt", ("April Holt",), None, None, None),
    # Staff bylines: the outlet's staff, no person named.
    ("By Staff Reports", (), "Staff Reports", None, None),
    ("By Staff Reporter", (), "Staff Reporter", None, None),
    ("By the Lakeview Tribune staff", (), "staff", "Lakeview Tribune", None),
    ("By Courier Staff", (), "Staff", "Courier", None),
    ("By Courier staff and wire reports", (), "staff and wire reports", "Courier", None),
    ("By the staff of the Lakeview Tribune", (), "staff", "Lakeview Tribune", None),
    ("By Staff of The Harbor City Gazette", (), "Staff", "Harbor City Gazette", None),
    # A newsroom's or the wires' copy credited on a line of its own, no "By".
    ("From staff reports", (), "staff reports", None, None),
    ("Staff and wire reports", (), "Staff and wire reports", None, None),
    ("FROM WIRE REPORTS", (), "WIRE REPORTS", None, None),
    ("From news services", (), "news services", None, None),
    # Web copy: names, a bar, the outlet; no "By".
    ("Jonas Pell | The Harbor City Gazette", ("Jonas Pell",), None, "The Harbor City Gazette",
     None),
    ("Jonas Pell and Odile Marsh | Associated Press", ("Jonas Pell", "Odile Marsh"), None,
     "Associated Press", "AP"),
    # The outlet on the line under the names.
    ("By Jonas Pell\nThe Harbor City Gazette", ("Jonas Pell",), None, "The Harbor City Gazette",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "title", "organisation", "agency"), EXAMPLES)
def test_spellings(
    text: str,
    names: tuple[str, ...],
    title: str | None,
    organisation: str | None,
    agency: str | None,
) -> None:
    b = parse_byline(text)
    assert b is not None
    assert (b.names, b.title, b.organisation, b.agency) == (names, title, organisation, agency)
    assert b.text == text
    assert looks_like_byline(text)


def test_location() -> None:
    b = parse_byline("By Jonas Pell in Tromso")
    assert b is not None
    assert (b.names, b.location) == (("Jonas Pell",), "Tromso")


def test_display_names() -> None:
    b = parse_byline("By MAREN HOLT and BETSY MCKAY and ODILE O'BRIEN-SMITH")
    assert b is not None
    assert b.display_names == ("Maren Holt", "Betsy McKay", "Odile O'Brien-Smith")
    assert display_name("JOHN F. KEMP III") == "John F. Kemp III"
    assert display_name("David Román") == "David Román"
    assert display_name("TOMÁS IBÁÑEZ") == "Tomás Ibáñez"


NOT_BYLINES = [
    "By the end of the day, prices rose.",
    "By contrast",
    "By 2020, the plan",
    "By Monday, the plan was dead",
    "By Car To Berlin",
    "by On the waterfront",
    "By the time the ferry docked, the crowd had gone home.",
    "By Friday the river had dropped below flood stage",
    "By the staff room door",
    "By the staff of the",
    "From staff",
    "From the staff of the Tribune",
    "Staff meeting reports",
    "From wire reports, the mayor said",
    "Jonas Pell | Treasurer",
    "Name | Role",
    "Editor: Jonas Pell | Staff: Odile Marsh",
    "Jonas Pell | Harbor City Gazette | 2024",
    "Photo by Jonas Pell",
    "Byron Holt said",
    "The plan by Jonas Pell",
    "By",
    "",
]


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None
    assert not looks_like_byline(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AP Television Writer", True),
        ("Associated Press Sports", True),
        ("Associated Press=", True),
        ("Staff Writer", True),
        ("CNN", True),
        ("Harbor City Herald Online", False),
        ("The Harbor City Gazette", True),
        ("The river rose", False),
        ("The mayor said.", False),
        ("Updated 5:15 PM", False),
        ("", False),
    ],
)
def test_byline_continuation(text: str, expected: bool) -> None:
    assert is_byline_continuation(text) is expected


def test_person_names() -> None:
    assert is_person_name("Maren Holt")
    assert is_person_name("MAREN J. HOLT")
    assert is_person_name("Ludwig van Berg")
    assert not is_person_name("Maren")
    assert not is_person_name("On the waterfront")
    assert not is_person_name("Staff Writer")


def test_control_characters_after_by_are_no_byline() -> None:
    # str.strip keeps a unit separator that str.split drops: no words, no byline.
    assert parse_byline("By \x1f") is None


def test_pickles() -> None:
    b = parse_byline("By ODILE MARSH, AP Economics Writer")
    assert b is not None
    assert pickle.loads(pickle.dumps(b)) == b


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

FIRST = ["Maren", "Tobias", "Ilse", "Piet", "Leonie", "Jonas", "Odile", "Kofi", "Signe"]
LAST = ["Holt", "Reyes", "Varga", "Ostrander", "Farrow", "Pell", "Marsh", "Brandt", "Okafor"]
ORGS = {
    "Associated Press": "AP",
    "CNN": "CNN",
    "Reuters": "Reuters",
    "AFP": "AFP",
    "Bloomberg News": "Bloomberg",
    "BBC News": "BBC News",
}


BYLINE_TEXT = st.text(max_size=300) | st.builds(
    lambda by, rest: f"{by} {rest}",
    st.sampled_from(["By", "BY", "By:", "Von", "Par", "Written by"]),
    st.text(max_size=80),
)


@given(BYLINE_TEXT)
def test_never_raises_and_reads_only_what_is_written(text: str) -> None:
    b = parse_byline(text)
    assert looks_like_byline(text) == (parse_byline(text.lstrip()) is not None) or len(text) > 480
    if b is None:
        return
    assert b.text == text
    assert len(b.display_names) == len(b.names)
    folded = text.casefold()
    for name in b.names:
        assert all(word.casefold() in folded for word in name.split())
    for part in (b.title, b.organisation, b.location):
        assert part is None or all(word.casefold() in folded for word in part.split())


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, tuple[str, ...], str | None]:
    n = draw(st.integers(1, 3))
    names = tuple(f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}" for _ in range(n))
    caps = draw(st.booleans())
    written = tuple(x.upper() for x in names) if caps else names
    if n == 1:
        listed = written[0]
    else:
        listed = ", ".join(written[:-1]) + draw(st.sampled_from([" and ", ", and "])) + written[-1]
    org = draw(st.none() | st.sampled_from(sorted(ORGS)))
    text = draw(st.sampled_from(["By ", "BY ", "By: "])) + listed
    if org is not None:
        text += draw(st.sampled_from([", ", " | ", "\n"])) + org
    return text, written, ORGS[org] if org else None


@given(bylines())
def test_round_trip(case: tuple[str, tuple[str, ...], str | None]) -> None:
    text, names, agency = case
    b = parse_byline(text)
    assert b is not None
    assert b.names == names
    assert b.agency == agency
    assert isinstance(b, Byline)
