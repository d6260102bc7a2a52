"""Speaker conventions of the lead's round 31: a union local with its
article, a document's ``claims``, an aside opened by an irregular
participle, names broken over wrapped lines (invented)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The headline and dateline of a labour story.
LABOUR = "Pier deal signed\n\nKESTON, Maine (Wire) — The harbour board signed the pier deal.\n\n"

#: The headline and dateline of a campaign story.
CAMPAIGN = "Mailers flood the county\n\nDUNMORE, Iowa (Wire) — The race tightened.\n\n"


def test_a_union_local_with_its_article_after_a_quotation_is_the_local() -> None:
    """``"...," the Keston Net Menders Local 31 said.``: the local, with its article."""
    speaker, kind, rules = last_quote(
        LABOUR, '"We will hold the line on pay," the Keston Net Menders Local 31 said.\n'
    )
    assert (speaker, kind) == ("the Keston Net Menders Local 31", SourceKind.ORGANISATION)
    assert rules[:2] == ("cue.after", "mention.phrase_before")


def test_a_union_local_by_its_number_alone_with_its_article() -> None:
    """``"...," the Local 8 said.``: the local."""
    speaker, kind, _ = last_quote(LABOUR, '"Nobody crosses a picket line," the Local 8 said.\n')
    assert (speaker, kind) == ("the Local 8", SourceKind.ORGANISATION)


def test_a_mailer_that_claims_after_a_quotation_is_the_source() -> None:
    """``"...," the mailer claims.``: ``claims`` after a document noun is its verb."""
    speaker, _, rules = last_quote(
        CAMPAIGN,
        'A new mailer went out on Friday. "Ed Voss raised your taxes," the mailer claims.\n',
    )
    assert speaker == "the mailer"
    assert rules[0] == "cue.after"


def test_a_document_that_claims_before_a_quotation_is_the_source() -> None:
    """``The complaint claims the county "ignored the law."``: the complaint."""
    speaker, _, rules = last_quote(
        CAMPAIGN, 'The complaint claims the county "ignored its own zoning law for years."\n'
    )
    assert speaker == "the complaint"
    assert rules[0] == "cue.before"


def test_claims_as_a_plural_noun_is_no_cue() -> None:
    """``Rival claims to the island have grown.``: the noun, no attribution at ``claims``."""
    article = wireparse.parse(
        LABOUR + "Rival claims to the island have grown since the survey. Substantial claims "
        "remain open.\n"
    )
    assert [a.cue for a in article.attributions if a.cue == "claims"] == []


def test_an_aside_opened_by_paid_for_by_is_skipped_to_the_document() -> None:
    """``A third ad, paid for by the Lind Fund, says the plan "..."``: the ad."""
    speaker, _, rules = last_quote(
        CAMPAIGN,
        'A third ad, paid for by the Lind Fund, says the plan "would close two schools."\n',
    )
    assert speaker == "a third ad"
    assert "mention.appositive" in rules


def test_an_aside_opened_by_sent_is_skipped_to_the_name() -> None:
    """``Ivo Brandt, sent home after the first inning, said: "..."``: Ivo Brandt."""
    speaker, kind, _ = last_quote(
        LABOUR,
        'Ivo Brandt, sent home after the first shift, said: "Nobody told us about the deal."\n',
    )
    assert (speaker, kind) == ("Ivo Brandt", SourceKind.PERSON)


#: A wire story as a fixed-width feed sends it: lines of about 70 characters
#: ending in ``\r\n``, paragraphs indented by three spaces (invented).
WRAPPED = (
    "Port talks stall =\r\n\r\n"
    "   Keston (Wire) - Talks on the new pier stalled on Tuesday, a union\r\n"
    "official said.\r\n\r\n"
    '   "Nobody can say yet whether it will work," senior union official Ines\r\n'
    'Varga told reporters. "Two hard weeks lie\r\nbefore us."\r\n\r\n'
    '   "We will wait," said harbour master Ola \r\n'
    "Brandt, who chairs the board.\r\n"
)


def test_a_name_broken_over_a_wrapped_line_is_one_name() -> None:
    """``senior union official Ines\\r\\nVarga told reporters``: Ines Varga, not Varga alone."""
    article = wireparse.parse(WRAPPED)
    speakers = [(q.speaker.name if q.speaker else None) for q in article.quotes]
    assert speakers == ["Ines Varga", "Ines Varga", "Ola Brandt"]
    first = article.quotes[0]
    assert first.speaker is not None
    assert first.rules[:2] == ("cue.after", "mention.phrase_before")
    assert first.speaker.mention == "senior union official Ines\r\nVarga"


def test_a_wrapped_line_keeps_every_span_an_offset_into_the_source() -> None:
    """Spans of quotations, speakers and people read the source as it was sent."""
    article = wireparse.parse(WRAPPED)
    source = article.source
    second = article.quotes[1]
    assert second.text == "Two hard weeks lie before us."
    assert second.span.of(source) == "Two hard weeks lie\r\nbefore us."
    for quote in article.quotes:
        assert quote.speaker is not None
        assert quote.speaker.mention_span.of(source) == quote.speaker.mention
        assert quote.open_mark.of(source) == '"'
    last = article.quotes[-1]
    assert last.speaker is not None
    assert last.speaker.mention == "harbour master Ola \r\nBrandt"
    names = {p.name: [m.of(source) for m in p.mentions] for p in article.people}
    assert names["Ines Varga"][0] == "senior union official Ines\r\nVarga"


def test_a_compound_of_a_place_before_a_name_is_no_word_of_it() -> None:
    """``the promotion of Perth-based Ana Dorn ... said Dorn``: Ana Dorn."""
    speaker, kind, _ = last_quote(
        LABOUR,
        "The board approved the promotion of Perth-based Ana Dorn to harbour master.\n\n"
        '"We will open the pier in May," said Dorn.\n',
    )
    assert (speaker, kind) == ("Ana Dorn", SourceKind.PERSON)


def test_a_corporate_suffix_after_a_comma_ends_the_company_name() -> None:
    """``Kessel Marine, Inc., a maker of buoys, today announced ...``: Kessel Marine Inc."""
    article = wireparse.parse(
        LABOUR + "Kessel Marine, Inc., a maker of buoys, today announced that it will hire 40 "
        "welders.\n"
    )
    assert [(a.speaker.name, a.cue) for a in article.attributions] == [
        ("Kessel Marine Inc.", "announced")
    ]


def test_a_ticker_in_brackets_after_a_company_is_passed_over() -> None:
    """``Kessel Marine Inc. (NYSE: KMAR) announced ...``: the company, not the ticker."""
    article = wireparse.parse(
        LABOUR + "Kessel Marine Inc. (NYSE: KMAR) announced that it will hire 40 welders.\n"
    )
    assert [(a.speaker.name, a.cue) for a in article.attributions] == [
        ("Kessel Marine Inc.", "announced")
    ]


#: A story whose paragraphs a test wraps at a fixed width (invented).
_FLAT_STORY = (
    "Ferry fares rise\n\n"
    "KESTON (Wire) - Harbour master Ines Varga said on Monday that fares would rise by a "
    "tenth from June.\n\n"
    '"We have no choice," said Ola Brandt, who chairs the ferry board. "Fuel costs more, '
    'and the boats are old."\n\n'
    'Varga told reporters the rise was "small and fair" and that the board would meet again '
    "in the autumn.\n"
)


def _wrap(paragraph: str, width: int, breaker: str) -> str:
    """Break *paragraph* at spaces so that no line is longer than *width* (one word may be)."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return breaker.join(lines)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=40, max_value=90),
    st.sampled_from(["\r\n", " \r\n", " \n"]),
    st.sampled_from(["", "   "]),
)
def test_wrapping_lines_changes_no_speaker_and_no_span_invariant(
    width: int, breaker: str, indent: str
) -> None:
    """The body wrapped at a fixed width, as feeds send it: the same quotations and speakers.

    Feeds end lines with ``\r\n`` or pad them with a space, and may indent
    a paragraph's first line.
    """
    head, *paragraphs = _FLAT_STORY.rstrip("\n").split("\n\n")
    body = [indent + _wrap(p, width, breaker) for p in paragraphs]
    wrapped = "\n\n".join([head, *body]) + "\n"
    plain = wireparse.parse(_FLAT_STORY)
    article = wireparse.parse(wrapped)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        (q.text, q.speaker.name if q.speaker else None) for q in plain.quotes
    ]
    for quote in article.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(wrapped)
        if quote.speaker is not None:
            assert quote.speaker.mention_span.of(wrapped) == quote.speaker.mention
    for person in article.people:
        for mention in person.mentions:
            assert 0 <= mention.start < mention.end <= len(wrapped)


#: The headline and dateline of a court story.
COURT = "Trial opens in Keston\n\nKESTON, Maine (Wire) — A trial opened on Monday.\n\n"


def test_a_clause_of_manner_on_as_after_a_quotation_names_its_speaker() -> None:
    """``"...," as Ivo Brandt explains.``: the clause on ``as`` tags the quotation."""
    lead = COURT + "Ivo Brandt has built the parade floats for 20 years.\n\n"
    speaker, _, rules = last_quote(lead, '"Feathers cost a fortune," as Brandt explains.\n')
    assert speaker == "Ivo Brandt"
    assert rules[0] == "cue.after"
    speaker, _, _ = last_quote(lead, '"It was a long night," as one juror put it.\n')
    assert speaker == "one juror"


def test_a_speech_verbs_participle_after_an_article_is_part_of_the_source() -> None:
    """``The accused man told the court ...``: the accused man, not the man."""
    speaker, _, _ = last_quote(
        COURT, 'The accused man told the court he was "asleep at home" that night.\n'
    )
    assert speaker == "the accused man"
    speaker, _, _ = last_quote(COURT, 'An alleged getaway driver says he was "never in the car."\n')
    assert speaker == "an alleged getaway driver"
