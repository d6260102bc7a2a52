"""The metadata nodes of an article: byline, dateline, credits and the agency decision.

The readers in :mod:`wireparse.metadata` build them.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 (the dict form reads the type hints at run time)

import attrs

from wireparse.model.core import Span  # noqa: TC001 (the dict form reads the type hints at run time)

__all__ = [
    "AgencyDecision",
    "Byline",
    "Credit",
    "CreditRole",
    "Dateline",
]


@attrs.frozen(slots=True)
class Byline:
    """A parsed byline.

    :param text: The byline as given, untouched.
    :param names: The people named, each as written (``MAREN HOLT``); empty
        when the byline names only an organisation (``By the CNN Wire Staff``).
    :param display_names: The names for display: names written in capitals
        are title-cased (``Paul Byrne``, ``Betsy McKay``), others kept.
    :param title: The job title as written (``AP Television Writer``,
        ``Education reporter``, ``Wire Staff``), or ``None``.
    :param organisation: The organisation as written (``Associated Press``,
        ``The San Diego Union-Tribune``), or ``None``.
    :param agency: The organisation's canonical agency name (``AP``), or
        ``None`` when it names none or one that is not a known agency.
    :param location: Where the writer filed from (``By Jane Doe in Beijing``), or ``None``.
    """

    text: str
    names: tuple[str, ...]
    display_names: tuple[str, ...]
    title: str | None = None
    organisation: str | None = None
    agency: str | None = None
    location: str | None = None


@attrs.frozen(slots=True)
class Dateline:
    """A dateline opening a story's lead paragraph.

    :param place: The place as written (``KIEV, Ukraine``, ``SAO PAULO``,
        ``Washington, DC, United States``), or ``None`` (``(Reuters) -``).
    :param agency: The agency tag as written inside its brackets (``AP``,
        ``Reuters``, ``CBS/AP``, ``HawaiiNewsNow``) or slashes
        (``PRNewswire-AsiaNet``), or ``None``.
    :param date_text: The date as written (``Nov 7``, ``Aug 29, 2014``), or ``None``.
    :param date: The date, when its year is written or was supplied by a
        reference date; else ``None``.
    :param month: The month of *date_text* (1-12), or ``None``.
    :param day: The day of *date_text*, or ``None``.
    :param span: Where the dateline is in the given text, from its first
        character to the end of its dash (or of its tag when no dash follows).
    :param body_start: Offset in the given text where the running text begins.
    :param text: The dateline as written, ``span.of(text)``.
    :param canonical_agency: The tag's canonical agency name (``AP`` for
        ``Associated Press``), if known.
    """

    place: str | None
    agency: str | None
    date_text: str | None
    date: dt.date | None
    month: int | None
    day: int | None
    span: Span
    body_start: int
    text: str
    canonical_agency: str | None = None


@attrs.frozen(slots=True)
class CreditRole:
    """One role of a credit and the people (or organisations) given it.

    :param role: One of ``reporting``, ``additional reporting``, ``writing``, ``editing``,
        ``compiling``, ``production``, ``contributing``, ``assistance``, ``reporter contact``
        and ``editor contact``.
    :param names: The people, as written, places and titles left out.
    :param text: The clause as written (``Reporting by Jonas Pell``).
    """

    role: str
    names: tuple[str, ...]
    text: str


@attrs.frozen(slots=True)
class Credit:
    """A parsed credit line.

    :param text: The credit as given, untouched.
    :param roles: Each role with its people, in the order written.
    :param agency: The agency whose own staff the line credits (``CNN's Piet
        Ostrander``, ``Associated Press writers``, ``APTN contributor``), canonical.
    :param organisations: Organisations credited as contributors, as written
        (``The Associated Press``, ``Reuters`` in ``NBC News' Jane Doe, The
        Associated Press and Reuters contributed``).
    :param house_style: The agency whose house style the line is in:
        ``Reuters`` for ``(Reporting by ...; Editing by ...)``, ``Bloomberg``
        for ``--With assistance from`` and contact lines, ``dpa`` for
        ``Reporting by:`` lists; else ``None``.
    :param span: Where the line is in the article's source: always set on the
        credits of an :class:`~wireparse.Article`, ``None`` on a credit read
        from a bare string by :func:`~wireparse.metadata.credits.parse_credit`.
    """

    text: str
    roles: tuple[CreditRole, ...]
    agency: str | None = None
    organisations: tuple[str, ...] = ()
    house_style: str | None = None
    span: Span | None = None

    def names(self, role: str | None = None) -> tuple[str, ...]:
        """Return the people credited, for one role or for all, without repeats.

        :param role: One of the roles :class:`CreditRole` names, or ``None`` for every role.
        """
        out: list[str] = []
        for r in self.roles:
            if role is None or r.role == role:
                out.extend(n for n in r.names if n not in out)
        return tuple(out)


@attrs.frozen(slots=True)
class AgencyDecision:
    """Which organisation wrote a story, and why.

    :param name: The agency: a canonical name of :data:`~wireparse.metadata.agencies.AGENCIES`, or a
        dateline tag as written when it is not a known agency
        (``HawaiiNewsNow``); ``None`` when nothing names one.
    :param source: The kind of evidence that decided (one of
        :data:`~wireparse.metadata.agencies.PRECEDENCE`), or ``None``.
    :param evidence: Every piece of evidence read, strongest first, as
        ``"kind: as written -> agency"`` strings.
    """

    name: str | None
    source: str | None
    evidence: tuple[str, ...]

    @property
    def conflicting(self) -> bool:
        """Whether the evidence names more than one agency."""
        names = {e.rsplit(" -> ", 1)[1] for e in self.evidence}
        return len(names) > 1
