"""Stage 5 of the pipeline: the story's provenance, read from its classified blocks.

Byline, dateline, agency and publication date are read here from what the
block rules found, with the convention modules (:mod:`wireparse.bylines`,
:mod:`wireparse.datelines`, :mod:`wireparse.dates`, :mod:`wireparse.agencies`,
:mod:`wireparse.credits`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from wireparse.agencies import AgencyDecision, decide_agency, find_self_references
from wireparse.bylines import Byline, parse_byline
from wireparse.credits import Credit, parse_credit
from wireparse.datelines import Dateline, match_dateline
from wireparse.dates import parse_timestamp

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from wireparse.feeds.base import Trailer
    from wireparse.model import Copyright, Fragment, Paragraph

__all__ = ["Metadata", "read_metadata"]


@attrs.frozen(slots=True)
class Metadata:
    """What the metadata stage found.

    :param byline: The parsed byline, if any.
    :param dateline: The lead's dateline (span into the source), if any.
    :param agency: The agency decision with its evidence.
    :param published: The publication date or time stated by the text.
    :param credits: The credit lines with their roles, in order (``None``
        for a credit line no role was read from).
    """

    byline: Byline | None
    dateline: Dateline | None
    agency: AgencyDecision
    published: dt.datetime | dt.date | None
    credits: tuple[Credit | None, ...]


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
) -> Metadata:
    """Read byline, dateline, agency and publication date from the classified blocks."""
    byline = None
    for fragment in bylines:
        byline = parse_byline(fragment.text)
        if byline is not None:
            break
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
    published = _published(timestamps, source, dateline, trailer, reference_date)
    parsed_credits = tuple(parse_credit(c.text) for c in credits)
    body = (
        " ".join(p.text for p in paragraphs[:3]) + " " + " ".join(p.text for p in paragraphs[-3:])
    )
    agency = decide_agency(
        dateline=dateline.agency if dateline else None,
        byline=byline,
        taglines=[t.text for t in taglines],
        signoffs=[s.text for s in signoffs],
        copyright_holder=copyright.holder if copyright else None,
        credits=[
            c if c is not None else f.text for c, f in zip(parsed_credits, credits, strict=True)
        ],
        mentions=find_self_references(body),
    )
    return Metadata(byline, dateline, agency, published, parsed_credits)


def _published(
    timestamps: Sequence[Fragment],
    source: str,
    dateline: Dateline | None,
    trailer: Trailer | None,
    reference_date: dt.date | None,
) -> dt.datetime | dt.date | None:
    """The first timestamp run that parses, else the dateline's date, else the trailer's."""
    runs: list[list[Fragment]] = []
    for fragment in timestamps:
        if runs and source[runs[-1][-1].span.end : fragment.span.start].count("\n") <= 1:
            runs[-1].append(fragment)
        else:
            runs.append([fragment])
    for run in runs:
        when = parse_timestamp(" ".join(f.text for f in run), reference_date=reference_date)
        if when is not None:
            return when
    if dateline is not None and dateline.date is not None:
        return dateline.date
    if trailer is not None and trailer.timestamp is not None:
        return trailer.timestamp
    return None
