"""Stage 5 of the pipeline: the story's provenance, read from its classified blocks.

Byline, dateline, agency and publication date are read here from what the
block rules found, with the convention modules (:mod:`wireparse.bylines`,
:mod:`wireparse.datelines`, :mod:`wireparse.dates`, :mod:`wireparse.agencies`,
:mod:`wireparse.credits`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import regex

from wireparse.agencies import AgencyDecision, decide_agency, find_self_references
from wireparse.bylines import Byline, parse_byline
from wireparse.credits import Credit, parse_credit
from wireparse.datelines import Dateline, match_dateline
from wireparse.dates import parse_timestamp

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse.feeds.base import Envelope, Trailer
    from wireparse.model import Copyright, Fragment, Paragraph

__all__ = ["Metadata", "read_metadata", "year_reference"]


@attrs.frozen(slots=True)
class Metadata:
    """What the metadata stage found.

    :param byline: The parsed byline, if any.
    :param dateline: The lead's dateline (span into the source), if any.
    :param agency: The agency decision with its evidence.
    :param published: The publication date or time stated by the text.
    :param updated: The time of the last update the text states, if any.
    :param credits: The credit lines with their roles and spans, in order (a
        line no role was read from has no roles).
    """

    byline: Byline | None
    dateline: Dateline | None
    agency: AgencyDecision
    published: dt.datetime | dt.date | None
    updated: dt.datetime | dt.date | None
    credits: tuple[Credit, ...]


def read_metadata(
    source: str,
    *,
    bylines: Sequence[Fragment],
    timestamps: Sequence[Fragment],
    paragraphs: Sequence[Paragraph],
    taglines: Sequence[Fragment],
    signoffs: Sequence[Fragment],
    credits: Sequence[Fragment],
    copyright: Copyright | None,
    trailer: Trailer | None,
    reference_date: dt.date | None,
    envelope: Envelope | None = None,
    headings: Sequence[str] = (),
    datelines: Sequence[Fragment] = (),
) -> Metadata:
    """Read byline, dateline, agency and publication date from the classified blocks.

    The section *headings* are read with the body for the agency's mentions
    of itself: a reporter's box opens with a heading that signs it
    (``Analysis - Jane Doe, BBC News, Oslo``).  When the lead opens with no
    dateline, the first of *datelines* (a press release's dateline set alone,
    summary points between it and the lead) gives the story's.

    Dates written without a year take it from *reference_date*; without one,
    from the feed trailer's timestamp, else from the copyright notice's year
    (:func:`year_reference`); never from the clock.
    """
    if reference_date is None:
        reference_date = year_reference(trailer, copyright)
    byline = _read_byline(source, bylines)
    dateline = None
    if paragraphs:
        lead = paragraphs[0]
        found = match_dateline(
            source[lead.span.start : lead.span.end], reference_date=reference_date
        )
        if found is not None:
            dateline = attrs.evolve(
                found,
                span=found.span.shift(lead.span.start),
                body_start=found.body_start + lead.span.start,
            )
    if dateline is None and datelines:
        alone = datelines[0]
        found = match_dateline(
            source[alone.span.start : alone.span.end], reference_date=reference_date
        )
        if found is not None:
            dateline = attrs.evolve(
                found,
                span=found.span.shift(alone.span.start),
                body_start=found.body_start + alone.span.start,
            )
    published, updated = _published(timestamps, source, dateline, trailer, reference_date)
    parsed_credits = tuple(
        attrs.evolve(parsed, span=c.span)
        if (parsed := parse_credit(c.text)) is not None
        else Credit(c.text, (), span=c.span)
        for c in credits
    )
    body = (
        " ".join(p.text for p in paragraphs[:3])
        + " "
        + " ".join(p.text for p in paragraphs[-3:])
        + "".join(f" {h}." for h in headings)
    )
    agency = decide_agency(
        dateline=dateline.agency if dateline else None,
        byline=byline,
        taglines=[t.text for t in taglines],
        signoffs=[s.text for s in signoffs],
        copyright_holder=copyright.holder if copyright else None,
        feed=getattr(envelope, "agency", None) or (trailer.agency if trailer else None),
        credits=[c if c.roles else c.text for c in parsed_credits],
        mentions=find_self_references(body),
    )
    return Metadata(byline, dateline, agency, published, updated, parsed_credits)


def _read_byline(source: str, bylines: Sequence[Fragment]) -> Byline | None:
    """Parse the first byline, with the lines that carry it on.

    AP sets ``By JANE DOE`` / ``AP Television Writer`` on lines of their own:
    byline blocks right after the first (white space between) that are no
    bylines themselves are read with it, as one byline whose text is theirs,
    one line each.
    """
    for k, fragment in enumerate(bylines):
        byline = parse_byline(fragment.text)
        if byline is None:
            continue
        lines = [fragment.text]
        end = fragment.span.end
        for following in bylines[k + 1 :]:
            if source[end : following.span.start].strip() or parse_byline(following.text):
                break
            lines.append(following.text)
            end = following.span.end
        if len(lines) > 1:
            byline = parse_byline("\n".join(lines)) or byline
        return byline
    return None


def year_reference(trailer: Trailer | None, copyright: Copyright | None) -> dt.date | None:
    """Return the date that gives a year to dates written without one, from the story itself.

    The date of the feed trailer's timestamp when it has a whole one (ANPA's
    ``AP-WF-03-14-18 1642GMT``); else the middle (2 July) of the copyright
    notice's year, its last year for a range, so that any month and day read
    against it falls in that year (:func:`wireparse.dates.year_near`); else
    ``None``.

    :param trailer: The feed trailer, if any.
    :param copyright: The copyright notice, if any.
    """
    if trailer is not None and trailer.timestamp is not None:
        return trailer.timestamp.date()
    if copyright is not None:
        year = copyright.end_year or copyright.year
        if year is not None and dt.MINYEAR < year < dt.MAXYEAR:
            return dt.date(year, 7, 2)
    return None


#: An update label inside a timestamp run: ``Updated``, ``last updated at``, ``Modified:``.
_UPDATE_LABEL = regex.compile(r"(?i)(?<![\w-])(?:last\s+)?(?:updated|modified)\b")


def _published(
    timestamps: Sequence[Fragment],
    source: str,
    dateline: Dateline | None,
    trailer: Trailer | None,
    reference_date: dt.date | None,
) -> tuple[dt.datetime | dt.date | None, dt.datetime | dt.date | None]:
    """Return the publication and update times the text states.

    Timestamp lines next to each other form a run.  A run, or the part of one,
    labelled ``Updated`` (``Last updated at``, ``Modified``) gives the update
    time; the first other run that parses gives the publication time, else the
    dateline's date, else the feed trailer's, else the update time itself when
    that is all the text states.
    """
    runs: list[list[Fragment]] = []
    for fragment in timestamps:
        if runs and source[runs[-1][-1].span.end : fragment.span.start].count("\n") <= 1:
            runs[-1].append(fragment)
        else:
            runs.append([fragment])
    published: dt.datetime | dt.date | None = None
    updated: dt.datetime | dt.date | None = None
    for run in runs:
        text = " ".join(f.text for f in run)
        label = _UPDATE_LABEL.search(text)
        head, tail = (text, "") if label is None else (text[: label.start()], text[label.start() :])
        stated = parse_timestamp(head, reference_date=reference_date) if head.strip() else None
        if published is None:
            published = stated
        if updated is None and tail:
            # ``3 June 2026 Last updated at 21:47 ET``: a time alone after the
            # label is on the day the run states before it.
            day = stated.date() if isinstance(stated, dt.datetime) else stated
            updated = parse_timestamp(tail, reference_date=day or reference_date)
    if published is None and dateline is not None and dateline.date is not None:
        published = dateline.date
    if published is None and trailer is not None and trailer.timestamp is not None:
        published = trailer.timestamp
    if published is None:
        published = updated
    return published, updated
