"""Datelines: every spelling of the wires, and no false datelines on ordinary sentences."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.metadata.datelines import (
    _DATE_FIRST,
    _DATELINE_MARK,
    _PLACE_FIRST,
    is_agency_tag,
    match_dateline,
    parse_month_day,
    shift_dateline,
)
from wireparse.model import Dateline, Span

# (text, place, agency, date_text, body opening)
EXAMPLES = [
    # AP: place, tag, em dash
    ("TARNOW, Poland (AP) — Farmers blocked the road", "TARNOW, Poland", "AP", None, "Farmers"),
    ("GREEN BAY, Wis. (AP) — The ferry left", "GREEN BAY, Wis.", "AP", None, "The ferry"),
    ("ST. CLOUD, Minn. (AP) — A bakery opened", "ST. CLOUD, Minn.", "AP", None, "A bakery"),
    ("RIO DE JANEIRO (AP) — Dock workers struck", "RIO DE JANEIRO", "AP", None, "Dock"),
    # ANPA: indent and underscore
    ("\t   OSLO, Norway (AP) _ The harbor froze", "OSLO, Norway", "AP", None, "The harbor"),
    # tag before the place
    ("(AP) BOISE, Idaho - A tunnel collapsed", "BOISE, Idaho", "AP", None, "A tunnel"),
    ("(CBS/AP) LYON - Engineers said", "LYON", "CBS/AP", None, "Engineers"),
    # Reuters: date inside
    ("QUITO, Feb 3 (Reuters) - Miners returned", "QUITO", "Reuters", "Feb 3", "Miners"),
    ("TURKU, Finland, Oct. 12 (Reuters) - The mill", "TURKU, Finland", "Reuters", "Oct. 12", "The"),
    ("(Reuters) - Grain prices rose", None, "Reuters", None, "Grain"),
    ("(Reuters) — The port reopened", None, "Reuters", None, "The port"),
    # AFP with a year
    ("BERGEN, May 4, 2016 (AFP) - The glacier", "BERGEN", "AFP", "May 4, 2016", "The glacier"),
    ("Lille (AFP) – Voters queued", "Lille", "AFP", None, "Voters"),
    # CNN
    ("Denver (CNN) -- Crews cleared the pass", "Denver", "CNN", None, "Crews"),
    ("(CNN) -- Snow fell", None, "CNN", None, "Snow"),
    ("(CNN)  -- Snow fell", None, "CNN", None, "Snow"),
    ("(CNN)Snow fell across the valley", None, "CNN", None, "Snow"),
    ("Ghent, Belgium (CNN)The canal flooded", "Ghent, Belgium", "CNN", None, "The canal"),
    ("Taipei (CNN Business) Chip makers rallied", "Taipei", "CNN Business", None, "Chip"),
    # dpa and others
    ("Kassel (dpa) - Die Brücke", "Kassel", "dpa", None, "Die"),
    ("Leipzig (dpa/sn) - The zoo", "Leipzig", "dpa/sn", None, "The zoo"),
    ("(Bloomberg) -- Copper slid", None, "Bloomberg", None, "Copper"),
    ("PERTH (UPI) -- The mine", "PERTH", "UPI", None, "The mine"),
    ("HILO, Hawaii (KHON2News) - Lava crossed", "HILO, Hawaii", "KHON2News", None, "Lava"),
    ("HILO, Hawaii (IslandNewsNow) - Lava crossed", "HILO, Hawaii", "IslandNewsNow", None, "Lava"),
    # no tag
    ("NAIROBI -- More than a dozen", "NAIROBI", None, None, "More"),
    ("BOGOTA — What now?", "BOGOTA", None, None, "What"),
    ("HAMBURG—Shipping lines said", "HAMBURG", None, None, "Shipping"),
    ("    Ravenna, june 9 - Harvest figures show", "Ravenna", None, "june 9", "Harvest"),
    ("    TROMSO, March 30 - The fleet", "TROMSO", None, "March 30", "The fleet"),
    ("Lima, april 2 - exports rose", "Lima", None, "april 2", "exports"),
    ("Lagos, Lagos State, Nigeria: Traders gathered", "Lagos, Lagos State, Nigeria", None, None,
     "Traders"),
    # a press-release wire between slashes
    ("DENVER, Colo., Jan. 5, 2018 /PRNewswire/ -- Acme Corp", "DENVER, Colo.", "PRNewswire",
     "Jan. 5, 2018", "Acme"),
    # AAP writes the agency bare
    ("HOBART, Jul 16 AAP - Trainers met", "HOBART", "AAP", "Jul 16", "Trainers"),
    # broadcast copy: a place in brackets
    ("(Fresno, California) -- Five pilots", "Fresno, California", None, None, "Five"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "agency", "date_text", "body"), EXAMPLES)
def test_spellings(
    text: str, place: str | None, agency: str | None, date_text: str | None, body: str | None
) -> None:
    d = match_dateline(text)
    if body is None:
        assert d is None
        return
    assert d is not None
    assert (d.place, d.agency, d.date_text) == (place, agency, date_text)
    assert text[d.body_start :].startswith(body)
    assert d.span.of(text) == d.text
    assert text[d.span.start :].startswith(d.text)
    assert not d.text[0].isspace()


def test_span_covers_the_dash() -> None:
    text = "QUITO, Feb 3 (Reuters) - Miners returned"
    d = match_dateline(text)
    assert d is not None
    assert d.span == Span(0, len("QUITO, Feb 3 (Reuters) -"))
    assert d.body_start == len("QUITO, Feb 3 (Reuters) - ")


def test_span_after_an_indent() -> None:
    text = "   OSLO (AP) _ The harbor froze"
    d = match_dateline(text)
    assert d is not None
    assert d.span == Span(3, len("   OSLO (AP) _"))


def test_without_a_dash_the_span_ends_at_the_tag() -> None:
    text = "(CNN)Snow fell"
    d = match_dateline(text)
    assert d is not None
    assert d.span == Span(0, 5)
    assert d.body_start == 5


def test_a_dateline_line_of_its_own() -> None:
    text = "MILLVILLE, N.J. Aug 3, 2011 (AP)"
    d = match_dateline(text)
    assert d is not None
    assert (d.place, d.agency, d.date) == ("MILLVILLE, N.J.", "AP", dt.date(2011, 8, 3))
    assert d.body_start == len(text)


def test_a_date_and_a_tag_without_a_place() -> None:
    d = match_dateline("Aug 3, 2011 (AP)")
    assert d is not None
    assert (d.place, d.agency, d.date_text, d.date) == (
        None,
        "AP",
        "Aug 3, 2011",
        dt.date(2011, 8, 3),
    )
    d = match_dateline("May 5 (Reuters) - Oil rose")
    assert d is not None
    assert (d.place, d.agency, d.date_text, d.date) == (None, "Reuters", "May 5", None)
    assert match_dateline("June Holt (left) said") is None


def test_dates() -> None:
    d = match_dateline("BERGEN, May 4, 2016 (AFP) - The glacier")
    assert d is not None
    assert (d.date, d.month, d.day) == (dt.date(2016, 5, 4), 5, 4)
    d = match_dateline("QUITO, Feb 3 (Reuters) - Miners returned")
    assert d is not None
    assert (d.date, d.month, d.day) == (None, 2, 3)


def test_reference_date_supplies_the_year() -> None:
    text = "QUITO, Dec 30 (Reuters) - Miners returned"
    d = match_dateline(text, reference_date=dt.date(2015, 1, 2))
    assert d is not None
    assert d.date == dt.date(2014, 12, 30)
    d = match_dateline(text, reference_date=dt.date(2015, 12, 1))
    assert d is not None
    assert d.date == dt.date(2015, 12, 30)


def test_canonical_agency_of_the_tag() -> None:
    d = match_dateline("VIGO (Associated Press) - The fleet")
    assert d is not None
    assert d.agency == "Associated Press"
    assert d.canonical_agency == "AP"


NOT_DATELINES = [
    "WASHINGTON is a city with many bridges.",
    "Mr. Holt - who runs the bakery - said no.",
    "The council said on Monday - again - that the plan stands.",
    "However, Holt: the plan failed.",
    "BREAKING - The council has resigned",
    "UPDATE: The storm moved east",
    "EDITOR'S NOTE - This story contains",
    "QUARTERLY EARNINGS SUMMARY - ACME <ACM>",
    "WEEKLY REPORT 1 - FEB 26",
    "NATO-led forces said",
    "Acme (ACM) shares rose - sharply",
    "Holt (R-Ore.) - said the bill",
    "(AP Photo/Jane Doe) The bridge at dawn",
    "(File 2013/The Associated Press) A ferry",
    "harbor engineers said",
    "“We will go,” Holt said.",
    "Photo OSLO -- The harbor",
    "",
    "(",
    "((((((((((",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_agency_tags() -> None:
    assert is_agency_tag("AP")
    assert is_agency_tag("tca/dpa")
    assert is_agency_tag("CNN Business")
    assert is_agency_tag("KXTV")
    assert is_agency_tag("IslandNewsNow")
    assert is_agency_tag("Kyodo News")
    assert not is_agency_tag("left")
    assert not is_agency_tag("R-Texas")
    assert not is_agency_tag("AP Photo/Jane Doe")
    assert not is_agency_tag("2014")


def test_parse_month_day() -> None:
    assert parse_month_day("Aug 29, 2014") == (2014, 8, 29)
    assert parse_month_day("march 18") == (None, 3, 18)
    assert parse_month_day("29 August") == (None, 8, 29)
    assert parse_month_day("Smarch 40") == (None, None, None)


def test_pickles() -> None:
    d = match_dateline("QUITO, Feb 3 (Reuters) - Miners returned")
    assert d is not None
    assert pickle.loads(pickle.dumps(d)) == d


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

WORDS = """
harbor council bridge river engineers budget project ferry island tide barrier storm village
market farmers orchard station railway tunnel valley summit glacier canal museum library garden
factory workers bakery lantern meadow quarry forest pilot captain plan design estimate contract
""".split()
CITIES = ["OSLO", "QUITO", "TARNOW", "GREEN BAY", "ST. CLOUD", "RIO DE JANEIRO", "NAIROBI"]
TITLE_CITIES = ["Oslo", "Quito", "Green Bay", "Lille", "Ghent"]
REGIONS = ["Norway", "Ecuador", "Wis.", "N.M.", "South Dakota"]
AGENCY_TAGS = ["AP", "Reuters", "AFP", "CNN", "dpa", "UPI", "Bloomberg", "CBS/AP"]
DASHES = [" - ", " -- ", " — ", " – ", "—", " _ "]
MONTHS = ["Jan", "Feb", "March", "Aug.", "Sept", "Oct"]


@given(st.text(max_size=300))
def test_never_raises_and_is_deterministic(text: str) -> None:
    first = match_dateline(text)
    assert first == match_dateline(text)
    if first is not None:
        assert 0 <= first.span.start <= first.span.end <= first.body_start <= len(text)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
    first = words[0].capitalize()
    middle = list(words[1:])
    if draw(st.booleans()):
        i = draw(st.integers(0, len(middle) - 1))
        middle.insert(i, draw(st.sampled_from(["-", "--", "—", "(left)", ":", ","])))
    if draw(st.booleans()):
        middle[0] = middle[0].capitalize()
    return " ".join([first, *middle]) + "."


@given(sentences())
def test_no_dateline_in_ordinary_sentences(text: str) -> None:
    assert match_dateline(text) is None


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, str | None, str | None, str | None, str]:
    """A dateline built from parts, with the parts: (text, place, agency, date, body)."""
    kind = draw(st.sampled_from(["place_tag", "tag_place", "tag_only", "place_only"]))
    tag = draw(st.sampled_from(AGENCY_TAGS)) if kind != "place_only" else None
    caps = kind in {"tag_place", "place_only"} or draw(st.booleans())
    place: str | None = draw(st.sampled_from(CITIES if caps else TITLE_CITIES))
    if draw(st.booleans()):
        place = f"{place}, {draw(st.sampled_from(REGIONS))}"
    date_text = None
    if kind in {"place_tag", "place_only"} and draw(st.booleans()):
        date_text = f"{draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 28))}"
        if draw(st.booleans()):
            date_text += f", {draw(st.integers(1950, 2030))}"
    dash = draw(st.sampled_from(DASHES if tag is not None else DASHES[:-1]))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8))
    body = " ".join([words[0].capitalize(), *words[1:]])
    head = place if date_text is None else f"{place}, {date_text}"
    if kind == "place_tag":
        text = f"{head} ({tag}){dash}{body}"
    elif kind == "tag_place":
        text = f"({tag}) {head}{dash}{body}"
    elif kind == "tag_only":
        place = None
        text = f"({tag}){dash}{body}"
    else:
        text = f"{head}{dash}{body}"
    return text, place, tag, date_text, body


@given(datelines())
def test_round_trip(case: tuple[str, str | None, str | None, str | None, str]) -> None:
    text, place, tag, date_text, body = case
    d = match_dateline(text)
    assert d is not None
    assert (d.place, d.agency, d.date_text) == (place, tag, date_text)
    assert text[d.body_start :] == body


@given(datelines(), st.sampled_from(["", "  ", "\t   ", "    "]))
def test_round_trip_with_indent(
    case: tuple[str, str | None, str | None, str | None, str], indent: str
) -> None:
    text = indent + case[0]
    d = match_dateline(text)
    assert d is not None
    assert d.span.start == len(indent)
    assert isinstance(d, Dateline)


#: The marks one of which a dateline holds after its place (see ``_DATELINE_MARK``).
DATELINE_MARKS = "(/-—–‒―_:)"


@given(datelines(), st.sampled_from([" ", ".", ",", ";", "!", "~", "|", "*", "+", "=", "‐", "'"]))
def test_no_dateline_without_a_mark(
    case: tuple[str, str | None, str | None, str | None, str], stand_in: str
) -> None:
    """A dateline whose bracket, slash, dash, underscore or colon is replaced reads as none.

    :func:`match_dateline` runs its patterns only over a window holding one
    of those marks; this holds only while every dateline needs one.
    """
    text = "".join(stand_in if ch in DATELINE_MARKS else ch for ch in case[0])
    assert _DATELINE_MARK.search(text) is None
    assert _PLACE_FIRST.match(text) is None
    assert _DATE_FIRST.match(text) is None
    assert match_dateline(text) is None


def test_dateline_marks_are_looked_for() -> None:
    """Each mark a dateline may hold is one the pre-check looks for."""
    assert [ch for ch in DATELINE_MARKS if _DATELINE_MARK.search(ch) is None] == [")"]


def test_shift_dateline_moves_the_offsets_as_evolve_does() -> None:
    text = "PORTVALE, March 3 (Reuters) - The ferry runs again."
    found = match_dateline(text)
    assert found is not None
    shifted = shift_dateline(found, 40)
    assert shifted == attrs.evolve(
        found, span=found.span.shift(40), body_start=found.body_start + 40
    )
    # The helper names every field of a dateline.
    assert len(attrs.fields(type(found))) == 10
