"""Article-level metadata: publication and update times, credits with roles and spans."""

from __future__ import annotations

import datetime as dt

import wireparse

_BODY = (
    "HARBOURTON, Maine (AP) - The ferry to the outer islands ran again on Tuesday "
    "after a week of storms kept it tied up at the pier.\n\n"
    '"We were lucky nobody was out there," said Ada Finch, who runs the ticket office.\n\n'
    "Repairs to the pier are expected to take until spring.\n"
)


def test_posted_and_updated_lines_give_both_times() -> None:
    text = (
        "Ferry runs again after storms\n\n"
        "Posted 3:54 PM, July 7, 2017\n"
        "Updated 5:15 PM EST, July 8, 2017\n\n" + _BODY
    )
    article = wireparse.parse(text)
    assert article.published == dt.datetime(2017, 7, 7, 15, 54)
    est = dt.timezone(dt.timedelta(hours=-5), "EST")
    assert article.updated == dt.datetime(2017, 7, 8, 17, 15, tzinfo=est)


def test_an_update_label_inside_one_line_splits_it() -> None:
    text = (
        "Ferry runs again after storms\n\n"
        "Posted: July 7, 2017 3:54 PM Last updated: July 8, 2017 9:02 AM\n\n" + _BODY
    )
    article = wireparse.parse(text)
    assert article.published == dt.datetime(2017, 7, 7, 15, 54)
    assert article.updated == dt.datetime(2017, 7, 8, 9, 2)


def test_an_update_time_alone_is_also_the_publication_time() -> None:
    text = "Ferry runs again after storms\n\nUpdated 5:15 PM, July 8, 2017\n\n" + _BODY
    article = wireparse.parse(text)
    assert article.updated == dt.datetime(2017, 7, 8, 17, 15)
    assert article.published == article.updated


def test_no_timestamp_gives_no_update_time() -> None:
    article = wireparse.parse("Ferry runs again after storms\n\n" + _BODY)
    assert article.updated is None


def test_credits_carry_roles_and_spans() -> None:
    text = (
        "Ferry runs again after storms\n\n"
        + _BODY
        + "\n(Reporting by Ola Brenner; Editing by Tomas Weil)\n\n"
        + "Associated Press writer Mina Dorsey contributed to this report.\n"
    )
    article = wireparse.parse(text)
    assert [c.text for c in article.credits] == [
        "(Reporting by Ola Brenner; Editing by Tomas Weil)",
        "Associated Press writer Mina Dorsey contributed to this report.",
    ]
    first, second = article.credits
    assert [(r.role, r.names) for r in first.roles] == [
        ("reporting", ("Ola Brenner",)),
        ("editing", ("Tomas Weil",)),
    ]
    assert second.names() == ("Mina Dorsey",)
    assert second.agency == "AP"
    for credit in article.credits:
        assert credit.span is not None
        assert credit.span.of(article.source) == credit.text


_DATED = (
    "Harbor reopens after strike\n\n"
    "PORTVALE, Jan 3 (Example Wire) - The harbor reopened on Friday after a strike,"
    " the port authority said.\n\n"
)


def test_dateline_without_a_year_takes_the_copyright_year() -> None:
    article = wireparse.parse(_DATED + "Copyright 2012 Example Wire Media, Inc.\n")
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2012, 1, 3)
    assert article.published == dt.date(2012, 1, 3)
    # A range gives its last year; December stays in that year too.
    ranged = _DATED.replace("Jan 3", "Dec 30") + "Copyright 2010-2013 Example Wire\n"
    assert wireparse.parse(ranged).published == dt.date(2013, 12, 30)


def test_reference_date_wins_over_the_copyright_year() -> None:
    text = _DATED + "Copyright 2012 Example Wire Media, Inc.\n"
    article = wireparse.parse(text, reference_date=dt.date(2015, 12, 20))
    assert article.published == dt.date(2016, 1, 3)


def test_no_year_anywhere_gives_no_date() -> None:
    article = wireparse.parse(_DATED)
    assert article.dateline is not None
    assert article.dateline.date is None
    assert article.published is None


def test_anpa_trailer_gives_the_year_to_the_dateline() -> None:
    from tests.feed_samples import ANPA_STORY

    story = ANPA_STORY.replace("PORTVALE, Norway (AP) _", "PORTVALE, Norway, March 13 (AP) _")
    article = wireparse.parse(story)
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2018, 3, 13)


def test_year_reference() -> None:
    from wireparse.metadata.collect import year_reference
    from wireparse.model import Copyright

    assert year_reference(None, None) is None
    from wireparse.model import Span

    notice = Copyright(text="(c) 2019 X", span=Span(0, 10), year=2019, end_year=None, holder="X")
    assert year_reference(None, notice) == dt.date(2019, 7, 2)
    ranged = Copyright(text="(c) 2019-21 X", span=Span(0, 13), year=2019, end_year=2021, holder="X")
    assert year_reference(None, ranged) == dt.date(2021, 7, 2)


_LEAD = "PORTVALE (Example Wire) - The harbor reopened on Friday after a strike, the port said.\n"


def test_update_time_alone_is_on_the_day_stated_before_it() -> None:
    """Pinned: the time after the label used to be lost for want of a date."""
    text = "Harbor reopens\n\n3 June 2026 Last updated at 21:47 GMT\n\n" + _LEAD
    article = wireparse.parse(text)
    assert article.published == dt.date(2026, 6, 3)
    assert article.updated == dt.datetime(2026, 6, 3, 21, 47, tzinfo=dt.UTC)


def test_posted_and_updated_on_one_long_line() -> None:
    """Pinned: a 15-word line of both used to be too long for a timestamp."""
    line = "Posted 3:54 PM, November 6, 2012 | Updated 5:15 PM EST, Wed November 7, 2012"
    article = wireparse.parse("Harbor reopens\n\n" + line + "\n\n" + _LEAD)
    assert [b.rule for b in article.blocks] == ["headline", "timestamp", "paragraph.lead"]
    assert article.published == dt.datetime(2012, 11, 6, 15, 54)
    est = dt.timezone(dt.timedelta(hours=-5))
    assert article.updated == dt.datetime(2012, 11, 7, 17, 15, tzinfo=est)


def test_feed_signatures_and_timestamp_lines_share_one_zone_table() -> None:
    from wireparse.feeds.base import ZONE_OFFSETS, make_timestamp
    from wireparse.metadata.dates import TIMEZONES

    assert set(ZONE_OFFSETS) == set(TIMEZONES)
    moment = make_timestamp(2026, 3, 3, 16, 42, "HKT")
    assert moment is not None
    assert moment.utcoffset() == dt.timedelta(hours=8)
