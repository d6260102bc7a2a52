"""Stage 5 of the pipeline: the story's provenance, read from its classified blocks.

Byline, dateline, agency and publication date are read here from what the
block rules found, with the convention modules
(:mod:`wireparse.metadata.bylines`, :mod:`wireparse.metadata.datelines`,
:mod:`wireparse.metadata.dates`, :mod:`wireparse.metadata.agencies`,
:mod:`wireparse.metadata.credits`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from wireparse.metadata.agencies import (
    AGENCY_SIGNOFF,
    PRECEDENCE,
    SLASHED_SIGNOFF,
    agency_at,
    canonical_agency,
    find_agency,
    find_self_references,
    source_line_agency,
)
from wireparse.metadata.bylines import (
    STAFF_TITLE_LINE,
    is_person_name,
    parse_byline,
    stated_time,
)
from wireparse.metadata.credits import parse_credit
from wireparse.metadata.datelines import (
    language_timestamp,
    language_update,
    match_dateline,
    shift_dateline,
)
from wireparse.metadata.dates import parse_timestamp
from wireparse.model import AgencyDecision, Byline, Credit, Dateline
from wireparse.reading.patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from wireparse.model import Copyright, Envelope, Fragment, Paragraph, Trailer

__all__ = ["Metadata", "decide_agency", "read_metadata", "year_reference"]


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
            dateline = shift_dateline(found, lead.span.start)
    if dateline is None and datelines:
        alone = datelines[0]
        found = match_dateline(
            source[alone.span.start : alone.span.end], reference_date=reference_date
        )
        if found is not None:
            dateline = shift_dateline(found, alone.span.start)
    published, updated = _published(timestamps, source, dateline, trailer, reference_date)
    if published is None and bylines:
        # "By Ada Roe on Dec 3, 2026": a web page dates the story on its
        # byline's line when no timestamp line stands apart.
        when = stated_time(bylines[0].text)
        if when is not None:
            published = parse_timestamp(when, reference_date=reference_date)
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
        byline = (
            parse_byline(fragment.text)
            or _signature(fragment.text)
            or _agency_alone(fragment.text)
            or _staff_alone(fragment.text)
        )
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


def _signature(text: str) -> Byline | None:
    """A byline read from an author's name signing the story alone on its line.

    ``Anne Roy`` under the last paragraph (``byline.signature``) reads as
    ``By Anne Roy`` would; a line that is no person's name gives ``None``.
    """
    if not is_person_name(text):
        return None
    byline = parse_byline(f"By {text}")
    return attrs.evolve(byline, text=text) if byline is not None and byline.names else None


def _agency_alone(text: str) -> Byline | None:
    """A byline read from an agency's name alone on its line (``byline.agency``).

    ``Associated Press`` under the headline signs the story as ``By The
    Associated Press`` would: the agency is its byline's organisation.  A
    line that is no agency's name gives ``None``.
    """
    if canonical_agency(text.strip()) is None:
        return None
    byline = parse_byline(f"By {text.strip()}")
    return attrs.evolve(byline, text=text) if byline is not None else None


def _staff_alone(text: str) -> Byline | None:
    """A byline read from a staff title alone on its line (``byline.staff``).

    ``Staff Writer`` under the headline, with no name, signs the story as
    ``By Staff Writer`` would: a byline with the title and no names.  A line
    that is no staff title gives ``None``.
    """
    title = text.strip()
    if STAFF_TITLE_LINE.fullmatch(title) is None:
        return None
    return Byline(
        text=text, names=(), display_names=(), title=title, organisation=None, agency=None
    )


def year_reference(trailer: Trailer | None, copyright: Copyright | None) -> dt.date | None:
    """Return the date that gives a year to dates written without one, from the story itself.

    The date of the feed trailer's timestamp when it has a whole one (ANPA's
    ``AP-WF-03-14-18 1642GMT``); else the middle (2 July) of the copyright
    notice's year, its last year for a range, so that any month and day read
    against it falls in that year (:func:`wireparse.metadata.dates.year_near`); else
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
_UPDATE_LABEL = lazy_compile(r"(?i)(?<![\w-])(?:last\s+)?(?:updated|modified)\b")


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
        if stated is None and label is None:
            # "Publié le 21 janvier 2019 à 10h30", "Aktualisiert am ...".
            foreign = language_timestamp(text)
            if foreign is not None:
                if foreign[1]:
                    updated = updated or foreign[0]
                    continue
                stated = foreign[0]
                # "Publié le 9 mars 2026 à 18h05, mis à jour à 21h15".
                updated = updated or language_update(text)
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


# --------------------------------------------------------------------------
# The agency decision
# --------------------------------------------------------------------------

#: A sign-off naming an agency: Reuters' ``Reuter`` (in any case), ``(AP)``,
#: and dpa's desk codes after its name (``dpa kmr tlb``).
_SIGNOFF_AGENCY = lazy_compile(
    r"[\s\-–—(]*(Reuters?|REUTERS?|reuters?|AP|AFP|dpa|UPI)[\s)\.]*|"
    r"(dpa)(?:\s[a-z0-9]{1,6}){1,5}\s*"
    # German, Swiss and Austrian services: the name and desk codes in
    # brackets, ``(ats/nxp)``, ``(SDA\\/sj)``, ``(APA)``: group 3.
    r"|" + AGENCY_SIGNOFF.pattern
)


#: Where a dateline tag names two agencies (``(CBS/AP)``, ``(AFP + Reuters)``, ``(AP and AFP)``).
_SPLIT_TAG = lazy_compile(r"\s?[/+]\s?|\s(?:and|&)\s")


def _from_tag(tag: str) -> str:
    """The agency a dateline tag names: ``CBS/AP`` is read as CBS's."""
    canonical = canonical_agency(tag)
    if canonical is not None:
        return canonical
    for part in _SPLIT_TAG.split(tag):
        canonical = canonical_agency(part) or canonical_agency(part.upper())
        if canonical is not None:
            return canonical
    m = agency_at(tag, 0, 60)
    if m is not None:
        return m.agency
    return tag.strip()


def _slashed_agency(line: str) -> str | None:
    """The agency a slashed sign-off names: ``The Courier/AFP/jd`` gives AFP.

    The parts before the desk initials are tried last first: the agency that
    supplied the copy is set after the publisher that ran it.
    """
    for part in reversed(line.split("/")[:-1]):
        agency = canonical_agency(part.strip())
        if agency is not None:
            return agency
    return None


def _texts(values: Iterable[str] | str | None) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        return [values]
    return [v for v in values if v]


def decide_agency(
    *,
    dateline: str | None = None,
    byline: str | Byline | None = None,
    taglines: Iterable[str] | str = (),
    signoffs: Iterable[str] | str = (),
    copyright_holder: str | None = None,
    feed: str | None = None,
    credits: Iterable[str | Credit] | str = (),
    mentions: Iterable[str] = (),
) -> AgencyDecision:
    """Decide which organisation wrote a story, by the order of its evidence.

    The kinds of evidence rank as :data:`~wireparse.metadata.agencies.PRECEDENCE` lists them.

    :param dateline: The dateline's agency tag as written (``AP``,
        ``Reuters``, ``CBS/AP``, ``HawaiiNewsNow``), e.g.
        :attr:`wireparse.Dateline.agency`.  A tag that is not a
        known agency is taken as written; of a combined tag (``CBS/AP``) the
        first known part is taken.
    :param byline: The byline, parsed (:class:`~wireparse.Byline`)
        or as text (``By Odile Marsh, CNN``, read with
        :func:`~wireparse.metadata.bylines.parse_byline`), or an agency name.
    :param taglines: Tagline blocks (``The-CNN-Wire``, ``-- The Associated Press``).
    :param signoffs: Sign-off blocks (``Reuter``); end marks such as ``-0-`` name none.
    :param copyright_holder: The copyright notice's holder, as written.
    :param feed: The agency a raw feed's header or end signature names
        (:attr:`Iptc7901Envelope.agency
        <wireparse.Iptc7901Envelope.agency>`,
        :attr:`Trailer.agency <wireparse.Trailer.agency>`).
    :param credits: Credit lines, parsed (:class:`~wireparse.Credit`)
        or as text (read with :func:`~wireparse.metadata.credits.parse_credit`).
    :param mentions: Canonical names found by
        :func:`~wireparse.metadata.agencies.find_self_references`.
    :returns: The decision, with the evidence that led to it.

    >>> decide_agency(dateline="Reuters", signoffs=["Reuter"]).name
    'Reuters'
    """
    evidence: list[tuple[str, str, str]] = []
    if dateline and dateline.strip():
        evidence.append(("dateline", dateline, _from_tag(dateline)))
    if isinstance(byline, str) and byline:
        agency = canonical_agency(byline)
        if agency is None:
            parsed = parse_byline(byline)
            agency = parsed.agency if parsed is not None else None
        if agency is not None:
            evidence.append(("byline", byline, agency))
    elif byline is not None and not isinstance(byline, str) and byline.agency is not None:
        evidence.append(("byline", byline.text, byline.agency))
    for line in _texts(taglines):
        agency = canonical_agency(line.strip(" \t-–—_=<>")) or source_line_agency(line)
        if agency is not None:
            evidence.append(("tagline", line, agency))
    for line in _texts(signoffs):
        m = _SIGNOFF_AGENCY.fullmatch(line)
        agency = canonical_agency(m.group(1) or m.group(2) or m.group(3)) if m is not None else None
        if agency is None and SLASHED_SIGNOFF.fullmatch(line.strip()):
            agency = _slashed_agency(line.strip())
        if agency is not None:
            evidence.append(("signoff", line, agency))
    if copyright_holder:
        agency = canonical_agency(copyright_holder)
        if agency is None:
            m2 = find_agency(copyright_holder, 0, min(len(copyright_holder), 60))
            agency = m2.agency if m2 is not None and m2.start <= 4 else None
        if agency is not None:
            evidence.append(("copyright", copyright_holder, agency))
    if feed and feed.strip():
        # A service code after the agency's name (``dpa-spe``) is dropped.
        agency = canonical_agency(feed)
        if agency is None:
            m3 = find_agency(feed, 0, len(feed))
            agency = m3.agency if m3 is not None and m3.start == 0 else feed.strip()
        evidence.append(("feed", feed, agency))
    styles: list[tuple[str, str, str]] = []
    for item in [credits] if isinstance(credits, str) else credits:
        credit = parse_credit(item) if isinstance(item, str) else item
        if credit is None:
            continue
        if credit.agency is not None:
            evidence.append(("credit", credit.text, credit.agency))
        if credit.house_style is not None:
            styles.append(("house_style", credit.text, credit.house_style))
    evidence.extend(styles)
    evidence.extend(("mention", name, name) for name in mentions if name)
    if not evidence:
        return AgencyDecision(None, None, ())
    rank = {kind: i for i, kind in enumerate(PRECEDENCE)}
    evidence.sort(key=lambda e: rank[e[0]])
    kind, _, name = evidence[0]
    shown = tuple(f"{k}: {' '.join(w.split())} -> {a}" for k, w, a in evidence)
    return AgencyDecision(name, kind, shown)
