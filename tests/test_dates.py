"""Timestamps: web page lines, feed signatures, zones, and the dateparser fallback."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import wireparse
from wireparse.metadata.dates import TIMEZONES, is_timestamp_line, parse_timestamp, zone_offset


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


EST, EDT, PDT, UTC = tz(-5), tz(-4), tz(-7), tz(0)

EXAMPLES = [
    ("Posted 3:54 PM, July 7, 2017", dt.datetime(2017, 7, 7, 15, 54)),
    ("updated 6:40 PM EST, Wed March 4, 2026", dt.datetime(2026, 3, 4, 18, 40, tzinfo=EST)),
    ("updated 9:12 PM EDT, Thu October 1, 2026", dt.datetime(2026, 10, 1, 21, 12, tzinfo=EDT)),
    ("March 3, 2026 12:05 AM", dt.datetime(2026, 3, 3, 0, 5)),
    ("March 3, 2026 12:05 PM", dt.datetime(2026, 3, 3, 12, 5)),
    ("Tuesday, 03.10.2026 / 4:10 PM", dt.datetime(2026, 3, 10, 16, 10)),
    ("24 Jul 2012 10:48am, EDT", dt.datetime(2012, 7, 24, 10, 48, tzinfo=EDT)),
    ("24\nJul\n2012\n10:48am, EDT", dt.datetime(2012, 7, 24, 10, 48, tzinfo=EDT)),
    ("3 June 2026 Last updated at 21:47 ET", dt.datetime(2026, 6, 3, 21, 47, tzinfo=EDT)),
    ("9 January 2013 Last updated at 07:10 ET", dt.datetime(2013, 1, 9, 7, 10, tzinfo=EST)),
    ("June 2, 2026, 7:46 p.m. ET", dt.datetime(2026, 6, 2, 19, 46, tzinfo=EDT)),
    ("Updated June 3, 2026, 8:52 a.m. ET", dt.datetime(2026, 6, 3, 8, 52, tzinfo=EDT)),
    ("Published: June 3, 2026 at 7:14 AM ET", dt.datetime(2026, 6, 3, 7, 14, tzinfo=EDT)),
    ("Published: June 2, 2026", dt.date(2026, 6, 2)),
    ("updated 4:18 p.m. ET June 2, 2026", dt.datetime(2026, 6, 2, 16, 18, tzinfo=EDT)),
    ("June 3, 2026 4:30 AM PDT", dt.datetime(2026, 6, 3, 4, 30, tzinfo=PDT)),
    ("Posted Mar 9th 2026 2:25PM", dt.datetime(2026, 3, 9, 14, 25)),
    ("Posted on 24th July, 2012", dt.date(2012, 7, 24)),
    ("Tue 13 October 2026", dt.date(2026, 10, 13)),
    ("Sunday, Nov. 15, 2026", dt.date(2026, 11, 15)),
    ("08 June 2026 14:30:00", dt.datetime(2026, 6, 8, 14, 30)),
    ("26-FEB-1987 15:21:16.13", dt.datetime(1987, 2, 26, 15, 21, 16, 130000)),
    ("Wed, 07 Nov 2012 17:15:00 -0500", dt.datetime(2012, 11, 7, 17, 15, tzinfo=EST)),
    ("12:05 GMT+1 Jan 3, 2019", dt.datetime(2019, 1, 3, 12, 5, tzinfo=tz(1))),
    ("14:30 CEST, 3 June 2019", dt.datetime(2019, 6, 3, 14, 30, tzinfo=tz(2))),
    ("16.00 BST 3 June 2019", dt.datetime(2019, 6, 3, 16, 0, tzinfo=tz(1))),
    ("Date: 2012/07/24", dt.date(2012, 7, 24)),
    ("7/24/2012 3:00 PM PT", dt.datetime(2012, 7, 24, 15, 0, tzinfo=PDT)),
    ("24.07.2012", dt.date(2012, 7, 24)),
    ("Jul 24 '12", dt.date(2012, 7, 24)),
    ("June 3, 2026 (AP)", dt.date(2026, 6, 3)),
    # ISO 8601
    ("2012-07-24", dt.date(2012, 7, 24)),
    ("2012-07-24T08:18:00Z", dt.datetime(2012, 7, 24, 8, 18, tzinfo=UTC)),
    ("2012-07-24 08:18:00+02:00", dt.datetime(2012, 7, 24, 8, 18, tzinfo=tz(2))),
    ("2012-07-24T08:18", dt.datetime(2012, 7, 24, 8, 18)),
    # feed signatures
    ("AP-WF-03-04-26 0517GMT", dt.datetime(2026, 3, 4, 5, 17, tzinfo=UTC)),
    ("AP-NY-04-11-94 1420EDT", dt.datetime(1994, 4, 11, 14, 20, tzinfo=EDT)),
    ("141530 GMT Mar 26", dt.datetime(2026, 3, 14, 15, 30, tzinfo=UTC)),
    ("091125 GMT Okt 25", dt.datetime(2025, 10, 9, 11, 25, tzinfo=UTC)),
    ("170940 Sep 25", dt.datetime(2025, 9, 17, 9, 40)),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_spellings(text: str, expected: dt.datetime | dt.date) -> None:
    got = parse_timestamp(text)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime)
        assert got.utcoffset() == expected.utcoffset()


REF = dt.date(2012, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov 7", dt.date(2012, 11, 7)),
        ("Dec 30", dt.date(2012, 12, 30)),
        ("Jan 2", dt.date(2013, 1, 2)),
        ("151042 GMT Nov 13", dt.datetime(2013, 11, 15, 10, 42, tzinfo=UTC)),
        ("151042 GMT Nov", dt.datetime(2012, 11, 15, 10, 42, tzinfo=UTC)),
        ("10:48am, EDT", dt.datetime(2012, 11, 20, 10, 48, tzinfo=EDT)),
        ("3 hours ago", dt.date(2012, 11, 20)),
        ("2 days ago", dt.date(2012, 11, 18)),
        ("yesterday", dt.date(2012, 11, 19)),
    ],
)
def test_reference_date(text: str, expected: dt.datetime | dt.date) -> None:
    assert parse_timestamp(text, reference_date=REF) == expected


@pytest.mark.parametrize("text", ["Nov 7", "10:48am, EDT", "3 hours ago", "yesterday"])
def test_no_year_without_reference(text: str) -> None:
    assert parse_timestamp(text) is None


def test_day_first() -> None:
    assert parse_timestamp("11/02/2017") == dt.date(2017, 11, 2)
    assert parse_timestamp("11/02/2017", day_first=True) == dt.date(2017, 2, 11)
    assert parse_timestamp("11.02.2017") == dt.date(2017, 2, 11)
    assert parse_timestamp("Saturday, 11/02/2017") == dt.date(2017, 2, 11)
    assert parse_timestamp("24/07/2012") == dt.date(2012, 7, 24)


@pytest.mark.parametrize(
    "text",
    ["we", "sat", "May and June", "Share this story", "87comments", "", "24", "Posted",
     "July 2012", "32 July 2012", "February 30, 2012", "25:61 PM, July 7, 2017", "x" * 500],
)  # fmt: skip
def test_not_a_timestamp(text: str) -> None:
    assert parse_timestamp(text) is None


def test_zone_offsets() -> None:
    assert zone_offset("EST") == EST
    assert zone_offset("cest") == tz(2)
    assert zone_offset("GMT+5:30") == dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert zone_offset("-0330") == dt.timezone(-dt.timedelta(hours=3, minutes=30))
    assert zone_offset("ET", dt.date(2012, 7, 1)) == EDT
    assert zone_offset("ET", dt.date(2012, 12, 1)) == EST
    assert zone_offset("ET", dt.date(2005, 4, 1)) == EST  # before the 2007 rule: April
    assert zone_offset("PT") == tz(-8)
    assert zone_offset("XYZ") is None
    assert set(TIMEZONES) >= {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC",
                              "BST", "CET", "CEST"}  # fmt: skip


TIMESTAMP_LINES = [
    "Posted 3:54 PM, July 7, 2017",
    "updated 6:40 PM EST, Wed March 4, 2026",
    "Tuesday, 03.10.2026 / 4:10 PM",
    "10:48am, EDT",
    "07.13",
    "16:05",
    "Published: June 2, 2026",
    "Last updated at 21:47 ET",
    "2012-07-24T08:18:00Z",
    "24",
    "Jul",
    "2012",
    "14 minutes ago",
]
NOT_TIMESTAMP_LINES = [
    "Posted",
    "and last updated",
    "Share this story",
    "87comments",
    "1 of 4.",
    "May and June",
    "(207) 555-0134",
    "Call 555-0134 for tickets",
    "555-0134",
    "Tuesday, 03.10.2026 / 4:05 PM / News",
    "The council met on July 7, 2017",
    "512,306             $9,402,118.40",
    "24.10",
    "Friday",
    "150",
]


@pytest.mark.parametrize("text", TIMESTAMP_LINES)
def test_timestamp_lines(text: str) -> None:
    assert is_timestamp_line(text)


@pytest.mark.parametrize("text", NOT_TIMESTAMP_LINES)
def test_not_timestamp_lines(text: str) -> None:
    assert not is_timestamp_line(text)


def test_dateparser_fallback() -> None:
    assert parse_timestamp("Tuesday the 24th of July 2012 at noon") == dt.datetime(
        2012, 7, 24, 12, 0
    )


def test_import_does_not_load_dateparser() -> None:
    code = "import sys, wireparse.metadata.dates; print('dateparser' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_parsing_common_timestamps_does_not_load_dateparser() -> None:
    code = """if True:
        import sys, wireparse
        text = (
            "Harbor gates approved\\n\\nBy Jane Roe\\n\\n"
            "Updated 6:40 PM EST, Wed March 4, 2026\\n\\n"
            "VALLETTA, March 3 (Example Wire) - The council approved the harbor gates"
            " on Tuesday after a long debate that ran late into the night.\\n"
        )
        article = wireparse.parse(text)
        assert article.published is not None, article.published
        print('dateparser' in sys.modules)
    """
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_results_pickle() -> None:
    got = parse_timestamp("updated 6:40 PM EST, Wed March 4, 2026")
    assert pickle.loads(pickle.dumps(got)) == got


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

ZONES = {"EST": -5, "EDT": -4, "CST": -6, "PDT": -7, "GMT": 0, "UTC": 0, "CET": 1, "CEST": 2}
WORDS = "harbor council bridge river ferry island tide storm village market".split()


@given(st.text(max_size=200))
def test_never_raises_and_gives_a_date_or_nothing(text: str) -> None:
    # Text without a digit or a month name never reaches dateparser, so this stays quick.
    value = parse_timestamp(text, reference_date=REF)
    assert value is None or isinstance(value, dt.date)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        offset = value.utcoffset()
        assert offset is not None
        assert abs(offset) <= dt.timedelta(hours=15)
    if not text.strip():
        assert value is None
        assert is_timestamp_line(text) is False
    assert is_timestamp_line(text) in {True, False}


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join))
def test_words_are_no_dates(text: str) -> None:
    assert parse_timestamp(text, reference_date=REF) is None
    assert not is_timestamp_line(text)


FORMATS = [
    "Posted {I}:{M} {p}, {B} {d}, {Y}",
    "updated {I}:{M} {p} {Z}, {a} {B} {d}, {Y}",
    "{B} {d}, {Y} {I}:{M} {p}",
    "{d} {b} {Y} {I}:{M}{pl}, {Z}",
    "Published: {B} {d}, {Y} at {I}:{M} {p} {Z}",
    "{A}, {m}.{dd}.{Y} / {I}:{M} {p}",
    "{Y}-{m}-{dd}T{H}:{M}:00",
    "{d} {B} {Y} {H}:{M}:00",
    "{a} {d} {B} {Y}",
]


@given(
    st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.sampled_from(FORMATS),
    st.sampled_from(sorted(ZONES)),
)
def test_round_trip(moment: dt.datetime, fmt: str, zone: str) -> None:
    moment = moment.replace(second=0, microsecond=0)
    # 01.06 is 1 June or January 6: the weekday settles it unless both fall on it.
    assume("{m}.{dd}" not in fmt or moment.day > 12 or moment.month == moment.day)
    hour12 = moment.hour % 12 or 12
    text = fmt.format(
        I=hour12,
        M=f"{moment.minute:02d}",
        H=f"{moment.hour:02d}",
        p="PM" if moment.hour >= 12 else "AM",
        pl="pm" if moment.hour >= 12 else "am",
        B=moment.strftime("%B"),
        b=moment.strftime("%b"),
        A=moment.strftime("%A"),
        a=moment.strftime("%a"),
        d=moment.day,
        dd=f"{moment.day:02d}",
        m=f"{moment.month:02d}",
        Y=moment.year,
        Z=zone,
    )
    got = parse_timestamp(text)
    if fmt == "{a} {d} {B} {Y}":
        assert got == moment.date()
        return
    assert isinstance(got, dt.datetime)
    assert got.replace(tzinfo=None) == moment
    if "{Z}" in fmt:
        assert got.utcoffset() == dt.timedelta(hours=ZONES[zone])


#: U+1CCF0..U+1CCF9, OUTLINED DIGIT ZERO to NINE (Unicode 16): the ``regex``
#: module knows them as digits, Python 3.11's ``int()`` does not.
_NEW_DIGITS = "".join(chr(0x1CCF0 + n) for n in range(10))


@pytest.mark.parametrize(
    "line",
    [
        _NEW_DIGITS[0],
        f"Posted {_NEW_DIGITS[1:3]}:{_NEW_DIGITS[:2]} PM",
        f"June {_NEW_DIGITS[3]}, 2026",
        f"{_NEW_DIGITS[:2]}.{_NEW_DIGITS[:2]}.2026",
        f"Updated 3:54 PM, July {_NEW_DIGITS[7]}, 2017",
    ],
)
def test_digits_that_int_cannot_read_are_no_numbers(line: str) -> None:
    """Pinned: hypothesis found that U+1CCF0 alone crashed the parse (int() raised)."""
    assert is_timestamp_line(line) is False
    assert parse_timestamp(line) is None
    article = wireparse.parse("Harbor gates approved\n\n" + line + "\n\nThe council voted.\n")
    assert article.published is None


def test_digits_that_int_cannot_read_elsewhere() -> None:
    """Copyright years and dateline dates read ASCII digits only, never crash."""
    from wireparse.metadata.copyright import find_notice
    from wireparse.metadata.datelines import match_dateline

    assert find_notice(f"© 20{_NEW_DIGITS[2:4]} Example Wire") is None
    assert find_notice("© 2026 Example Wire") is not None
    line = "PORT ALDER, June {} (Example Wire) -- The council voted."
    assert match_dateline(line.format(_NEW_DIGITS[3])) is None
    dateline = match_dateline(line.format("3"))
    assert dateline is not None
    assert dateline.day == 3


@pytest.mark.parametrize("line", ["1.49/51", "12-3/26", "3/4.2026", "Posted 1.49/51 GMT"])
def test_numbers_with_two_separators_are_no_date(line: str) -> None:
    """Pinned: ``1.49/51`` (fuzzing found it in a Reuters table) crashed _numdate."""
    assert parse_timestamp(line) is None
    assert is_timestamp_line(line) is False
    wireparse.parse("Dollar opens easier\n\n" + line + "\n\nThe dollar opened easier.\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [("2026-07-24", dt.date(2026, 7, 24)), ("03.10.2026", dt.date(2026, 10, 3))],
)
def test_numeric_dates_with_one_separator(line: str, expected: dt.date) -> None:
    assert parse_timestamp(line) == expected
    assert is_timestamp_line(line) is True


@pytest.mark.parametrize("line", ["frİday Sept. 5", "FRİDAY, SEPT. 5", "Updated frİ 3 July 2026"])
def test_a_dotted_capital_i_in_a_date_word_never_raises(line: str) -> None:
    # Found by hypothesis: "İ" folds to two characters, and a cut of three
    # characters then names no weekday ("fri̇").
    article = wireparse.parse("Harbour plan\n\n" + line + "\n\nThe board met on Monday.\n")
    assert article.headline == "Harbour plan"
    is_timestamp_line(line)
