"""Speaker conventions of the lead's round 31: a union local with its
article, a ticket's running mate called back, a document's ``claims``, an
aside opened by an irregular participle (invented)."""

from __future__ import annotations

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


def test_the_running_mate_calls_back_the_name_given_that_role() -> None:
    """``Tom Reyes, her running mate, ... "...," the running mate said.``: Tom Reyes."""
    speaker, kind, rules = last_quote(
        CAMPAIGN,
        "Gov. Ada Lind spoke first. Tom Reyes, her running mate, followed her on stage. "
        '"We will fix the roads," the running mate said.\n',
    )
    assert (speaker, kind) == ("Tom Reyes", SourceKind.PERSON)
    assert rules[-1] == "resolve.role_noun"


def test_a_ships_mate_unnamed_stays_the_mate() -> None:
    """``"...," the first mate said.`` with nobody named so: the first mate, unnamed."""
    speaker, _, _ = last_quote(
        LABOUR, 'The trawler lost power at dawn. "We drifted for six hours," the first mate said.\n'
    )
    assert speaker == "the first mate"


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
